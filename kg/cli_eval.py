"""`kg eval`: our extractor and stance reader scored on external gold data (DESIGN §8)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli_common import clean_errors, read_lines
from kg.cli_paths import output_file, write_jsonl, write_text

eval_app = typer.Typer(
    name="eval",
    help="Evaluate on external gold data (DESIGN §8).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


ModelOption = Annotated[str | None, typer.Option(help="spaCy pipeline name.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")]
DetailsOption = Annotated[
    Path | None, typer.Option(help="Also write one JSON line per gold item to this file.")
]


@eval_app.command("plover")
@clean_errors
def eval_plover(
    model: ModelOption = None, json_out: JsonOption = False, details: DetailsOption = None
) -> None:
    """Source, (source, polarity, target) and category recall on the PLOVER gold records."""
    from kg.eval import plover

    if details is not None:
        output_file(details, "--details", "details.jsonl")
    summary, results = plover.evaluate(plover.load_records(), model=model)
    if details is not None:
        write_jsonl(details, [result.to_dict() for result in results], "--details")
    _print_summary(summary, plover.format_summary(summary), json_out)


@eval_app.command("sentiment")
@clean_errors
def eval_sentiment(
    split: Annotated[
        str, typer.Option(help="valid (for tuning) or test (for reporting).")
    ] = "valid",
    model: ModelOption = None,
    json_out: JsonOption = False,
    details: DetailsOption = None,
) -> None:
    """Directed sentiment between two entities (5 classes, macro-F1)."""
    from kg.eval import sentiment

    rows = sentiment.load_rows(split)
    if details is not None:
        output_file(details, "--details", "details.jsonl")
    summary, predicted = sentiment.evaluate(rows, model=model)
    if details is not None:
        write_jsonl(
            details,
            [
                {"text": r.text, "p": r.p, "q": r.q, "gold": r.label, "predicted": label}
                for r, label in zip(rows, predicted, strict=True)
            ],
            "--details",
        )
    _print_summary(summary, sentiment.format_summary(summary, split), json_out)


@eval_app.command("newsmtsc")
@clean_errors
def eval_newsmtsc(
    file: Annotated[
        list[str] | None, typer.Option(help="rw, mt (repeatable); default both.")
    ] = None,
    model: ModelOption = None,
    json_out: JsonOption = False,
) -> None:
    """Polarity towards person mentions (3 classes, macro-F1)."""
    from kg.eval import newsmtsc

    summary = newsmtsc.evaluate(file or list(newsmtsc.FILES), model=model)
    _print_summary(summary, newsmtsc.format_summary(summary), json_out)


def _print_summary(summary: dict[str, Any], lines: Iterable[str], json_out: bool) -> None:
    if json_out:
        typer.echo(json.dumps(summary, indent=2))
        return
    for line in lines:
        typer.echo(line)


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

    if out is not None:
        output_file(out, "--out", "predictions.txt")
    if predictions is not None:
        _, gold_file = split_files(split)
        lines = read_lines(str(predictions))
        score = score_corpus(read_gold(gold_file), parse_predictions(lines, str(predictions)))
    else:
        from kg.nlp import load_pipeline

        run = evaluate_carb(split, load_pipeline(model))
        score, lines = run.score, list(run.lines)
    if out is not None:
        write_text(out, "".join(f"{line}\n" for line in lines), "--out", "predictions.txt")
    typer.echo(f"CaRB {split}: {score.summary()}")
