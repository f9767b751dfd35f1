"""The command line: a thin Typer shell over library functions (DESIGN §6).

Errors from `kg` (`KGError`) are printed as one clean line on stderr and exit non-zero.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli_common import clean_errors, read_lines
from kg.cli_eval import eval_app
from kg.cli_paths import output_file
from kg.errors import IncompleteInputError, UsageError
from kg.queries import saved_queries

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of actors and their stances from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.add_typer(eval_app)


@app.command()
@clean_errors
def build(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .md .html .jsonl), folders, or - for stdin."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("output"),
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline name (default: best installed English).")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes that parse (with --dask local: its workers).")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Documents per batch (one parser call, one task).")
    ] = 32,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Parse on a Dask cluster: 'local' starts one here; tcp://HOST:PORT joins one."
        ),
    ] = None,
    exports: Annotated[
        bool,
        typer.Option(
            help="Write graph.ttl, graph.trig, graph.graphml, graph.html and neo4j/; "
            "--no-exports writes only the JSONL files and the store (kg export adds any later)."
        ),
    ] = True,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar on stderr.")
    ] = False,
    strict: Annotated[
        bool, typer.Option(help="Exit with code 3 if any input was skipped or partly read.")
    ] = False,
) -> None:
    """Build into a workspace: adds new documents, replaces changed ones, never duplicates.

    Writes statements.jsonl, entities.jsonl, the store, graph files, neo4j/, report.json.
    Exit codes: 0 when every input is accounted for in report.json (read, or skipped with
    a reason); 2 for usage errors (a missing input, a bad option); 1 for other errors;
    3 with --strict when any input was skipped or only partly read.
    """
    from contextlib import nullcontext

    from rich.console import Console

    from kg.engine.progress import SILENT, BuildProgress, ProgressBar
    from kg.pipeline import build as run_build

    console = Console(stderr=True)
    bar = ProgressBar(console) if console.is_terminal and not quiet else None
    with bar or nullcontext():
        progress: BuildProgress = bar or SILENT
        report = run_build(
            inputs,
            out,
            model=model,
            workers=workers,
            batch_size=batch_size,
            dask=dask,
            exports=exports,
            progress=progress,
        )
    counts = report["counts"]
    workspace = report["workspace"]
    typer.echo(
        f"{counts['documents']} documents ({counts['inputs_skipped']} inputs skipped, "
        f"{counts['inputs_partial']} partial), "
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
        for warning in record["warnings"]:
            typer.echo(f"  warning: {record['source']}: {warning}", err=True)
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

    not_read = counts["inputs_skipped"] + counts["inputs_partial"]
    if strict and not_read:
        raise IncompleteInputError(
            f"--strict: {counts['inputs_skipped']} input(s) skipped and "
            f"{counts['inputs_partial']} partly read (reasons above and in "
            f"{out / 'report.json'}); fix or remove them, or drop --strict"
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
    lines = read_lines(file)
    render = format_carb if format == CARB else format_jsonl
    for line, found in extract_lines(load_pipeline(model), lines, pretokenized=pretokenized):
        for triple in found:
            typer.echo(render(line, triple))


@app.command()
@clean_errors
def explain(
    statement_id: Annotated[str, typer.Argument(help="A statement id (or a unique prefix).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The build folder.")] = Path("output"),
) -> None:
    """Explain one statement: sentence, evidence, rule, cue, dependency path, speaker."""
    from kg.cli_paths import build_folder, read_build
    from kg.explain import explain as account
    from kg.explain import find_statement
    from kg.workspace import DOCUMENTS_FILE, _read_jsonl

    folder = build_folder(out, "--out")
    statement = read_build(folder, lambda path: find_statement(path, statement_id))
    documents = folder / DOCUMENTS_FILE
    rows = read_build(folder, lambda _: _read_jsonl(documents)) if documents.is_file() else []
    texts = read_build(folder, lambda _: {row["id"]: row["text"] for row in rows})
    typer.echo(account(statement, texts.get(statement.doc_id)))


def _format_table() -> str:
    """One line per export format: name, aliases, default file name and description."""
    from kg.export import EXPORTERS

    lines = []
    for exporter in EXPORTERS.values():
        aliases = f" (also {', '.join(exporter.aliases)})" if exporter.aliases else ""
        lines.append(
            f"{exporter.name}{aliases}: {exporter.description}; default file: {exporter.target}"
        )
    return "\n\n".join(lines)


@app.command(
    help="Write a build folder's graph in another format. Formats:\n\n" + _format_table(),
)
@clean_errors
def export(
    folder: Annotated[Path, typer.Argument(help="A folder written by kg build.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="A format name or alias (listed above).")
    ],
    to: Annotated[
        Path | None,
        typer.Option(
            "--to",
            "-t",
            help="File (folder for neo4j) to write; default: in FOLDER, the default file above.",
        ),
    ] = None,
) -> None:
    from kg.cli_paths import build_folder, read_build, write_checked
    from kg.export import get_exporter
    from kg.workspace import load_graph_data

    exporter = get_exporter(format)
    build_folder(folder, "FOLDER")
    target = to if to is not None else folder / exporter.target
    if exporter.name != "neo4j":  # the neo4j format writes a folder
        output_file(target, "--to", exporter.target)
    data = read_build(folder, load_graph_data)
    write_checked(target, lambda path: exporter.write(data, path), "--to")
    typer.echo(
        f"{exporter.name}: {len(data.graph)} nodes, {data.graph.number_of_edges()} edges "
        f"({len(data.statements)} statements) -> {target}"
    )


def main() -> None:
    """Run the command line."""
    app()
