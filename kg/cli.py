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

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of actors and their stances from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

eval_app = typer.Typer(
    name="eval",
    help="Evaluate on external gold data (DESIGN §8).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app)

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
    """Build the graph: statements.jsonl, entities.jsonl, graph files, neo4j/, report.json."""
    from kg.pipeline import build as run_build

    report = run_build(inputs, out, model=model, workers=workers, batch_size=batch_size)
    counts = report["counts"]
    typer.echo(
        f"{counts['documents']} documents ({counts['inputs_skipped']} inputs skipped), "
        f"{counts['sentences']} sentences, {counts['statements']} statements, "
        f"{counts['entities']} entities -> {out}/ in {report['timings']['total_s']:.1f}s"
    )
    for record in report["inputs"]:
        if record["status"] != "ok":
            typer.echo(f"  {record['status']}: {record['source']}: {record['reason']}", err=True)


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
    from kg.export import get_exporter
    from kg.workspace import load_graph_data

    exporter = get_exporter(format)
    data = load_graph_data(folder)
    target = to if to is not None else folder / exporter.target
    exporter.write(data, target)
    typer.echo(
        f"{exporter.name}: {len(data.graph)} nodes, {data.graph.number_of_edges()} edges "
        f"({len(data.statements)} statements) -> {target}"
    )


@eval_app.command("carb")
@clean_errors
def eval_carb(
    split: Annotated[str, typer.Option(help="dev (tune on it) or test (report it).")] = "dev",
    predictions: Annotated[
        Path | None,
        typer.Option(help="Score this carb-format file instead of running kg's extractor."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Also write the predictions that were scored here.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
) -> None:
    """Score Open IE triples on CaRB: precision, recall, best F1 and AUC."""
    from kg.eval.carb import parse_predictions, read_gold, score_corpus
    from kg.eval.carb_run import evaluate_carb, split_files

    if predictions is not None:
        _, gold_file = split_files(split)
        lines = _read_lines(str(predictions))
        score = score_corpus(read_gold(gold_file), parse_predictions(lines, str(predictions)))
    else:
        from kg.nlp import load_pipeline

        run = evaluate_carb(split, load_pipeline(model))
        score, lines = run.score, list(run.lines)
    if out is not None:
        out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    typer.echo(f"CaRB {split}: {score.summary()}")


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
