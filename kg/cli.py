"""The command line: a thin Typer shell over library functions (DESIGN §6).

Errors from `kg` (`KGError`) are printed as one clean line on stderr and exit non-zero.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from kg.errors import KGError, UsageError
from kg.queries import saved_queries

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of actors and their stances from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

P = ParamSpec("P")
R = TypeVar("R")


def clean_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a `KGError` as one line on stderr and exit with its code, no traceback."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(error.exit_code) from error

    return run


@app.command()
@clean_errors
def build(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt .md .jsonl), folders, or - for stdin.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("output"),
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline name (default: best installed English).")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Parser processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per parser batch.")] = 32,
) -> None:
    """Build into a workspace: adds new documents, replaces changed ones, never duplicates."""
    from kg.pipeline import build as run_build

    report = run_build(inputs, out, model=model, workers=workers, batch_size=batch_size)
    counts = report["counts"]
    workspace = report["workspace"]
    typer.echo(
        f"{counts['documents']} documents ({counts['inputs_skipped']} inputs skipped), "
        f"{counts['sentences']} sentences, {counts['statements']} statements, "
        f"{counts['entities']} entities -> {out}/ in {report['timings']['total_s']:.1f}s"
    )
    typer.echo(
        f"  this run: {workspace['added']} added, {workspace['replaced']} replaced, "
        f"{workspace['unchanged']} unchanged"
    )
    for record in report["inputs"]:
        if record["status"] != "ok":
            typer.echo(f"  {record['status']}: {record['source']}: {record['reason']}", err=True)
    if workspace["discarded_legacy_documents"]:
        typer.echo(
            f"  note: {out}/ held {workspace['discarded_legacy_documents']} documents from an "
            "older kg without per-document records; they were not kept (build their inputs "
            "again to add them)",
            err=True,
        )
    if workspace["stale_records"]:
        typer.echo(
            f"  note: {workspace['stale_records']} documents in {out}/ were extracted by another "
            "kg version or model; build their inputs again to refresh them",
            err=True,
        )


@app.command()
@clean_errors
def remove(
    folder: Annotated[Path, typer.Argument(help="A workspace folder (kg build --out).")],
    doc_ids: Annotated[list[str], typer.Argument(help="Document ids (see documents.jsonl).")],
) -> None:
    """Remove documents from a workspace, and every fact only they supported."""
    from kg.pipeline import remove as run_remove

    report = run_remove(folder, doc_ids)
    counts = report["counts"]
    typer.echo(
        f"removed {report['workspace']['removed']} documents; {counts['documents']} documents, "
        f"{counts['statements']} statements, {counts['entities']} entities remain in {folder}/"
    )


@app.command()
@clean_errors
def query(
    target: Annotated[
        str, typer.Argument(help="A workspace folder (kg build --out) or an RDF file.")
    ],
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query text.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")
    ] = None,
    saved: Annotated[
        str | None,
        typer.Option(
            "--saved", "-s", help=f"Run an analyst question: {', '.join(saved_queries())}."
        ),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", help="table, csv or json (SPARQL 1.1 results JSON).")
    ] = "table",
    bind: Annotated[
        list[str] | None,
        typer.Option("--bind", "-b", help="NAME=VALUE: fix a SELECTed variable (repeatable)."),
    ] = None,
) -> None:
    """Ask SPARQL: the union of all graphs, prefixes kg schema prov oa rdfs skos xsd bound."""
    from kg.query import parse_bindings, run

    text = _query_text(sparql, file, saved)
    typer.echo(run(target, text, format, parse_bindings(bind or [])), nl=False)


def _query_text(sparql: str | None, file: Path | None, saved: str | None) -> str:
    given = [value for value in (sparql, file, saved) if value is not None]
    if len(given) != 1:
        raise UsageError(
            "give the query exactly once: as text, with --file Q.rq, or with --saved NAME "
            "(kg query --help lists the options)"
        )
    if saved is not None:
        from kg.queries import saved_query

        return saved_query(saved).text
    if file is not None:
        if not file.is_file():
            raise UsageError(f"query file {str(file)!r} does not exist; pass a .rq file")
        return file.read_text(encoding="utf-8")
    return sparql or ""


@app.command()
@clean_errors
def serve(
    folder: Annotated[Path, typer.Argument(help="A workspace folder (kg build --out).")],
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 7878,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")
    ] = 10.0,
    workers: Annotated[int, typer.Option(min=1, help="Queries that may run at once.")] = 2,
) -> None:
    """Serve the store read-only as a SPARQL 1.1 Protocol endpoint at /query."""
    from kg.serve.endpoint import EndpointConfig, serve_forever

    config = EndpointConfig(folder=folder, host=host, port=port, timeout=timeout, workers=workers)
    serve_forever(config, announce=lambda line: typer.echo(line, err=True))


@app.command()
@clean_errors
def triples(
    file: Annotated[str, typer.Argument(help="One sentence per line; - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="carb or jsonl.")] = "carb",
    pretokenized: Annotated[
        bool, typer.Option(help="Keep whitespace tokens exactly (CaRB input).")
    ] = False,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
) -> None:
    """Extract subject-relation-object triples, one sentence per input line."""
    from kg.nlp import load_pipeline
    from kg.openie import CARB, TRIPLE_FORMATS, extract_lines, format_carb, format_jsonl

    if format not in TRIPLE_FORMATS:
        raise UsageError(f"unknown --format {format!r}; choose one of: {', '.join(TRIPLE_FORMATS)}")
    lines = _read_lines(file)
    render = format_carb if format == CARB else format_jsonl
    for line, found in extract_lines(load_pipeline(model), lines, pretokenized=pretokenized):
        for triple in found:
            typer.echo(render(line, triple))


def _read_lines(file: str) -> list[str]:
    if file == "-":
        return sys.stdin.read().splitlines()
    path = Path(file)
    if not path.is_file():
        raise UsageError(f"input {file!r} is not a file; pass a text file or - for stdin")
    return path.read_text(encoding="utf-8").splitlines()


def main() -> None:
    """Run the command line."""
    app()
