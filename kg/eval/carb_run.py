"""Run our extractor on a CaRB split and score it (`kg eval carb --split dev|test`).

The predictions go through the same `kg triples --format carb` lines a user gets, so
what is scored is exactly what the command prints.

Example:
    >>> from kg.nlp import load_pipeline
    >>> result = evaluate_carb("dev", load_pipeline(), limit=20)
    >>> result.score.sentences, 0 < result.score.f1 < 1
    (20, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from kg.errors import UsageError
from kg.eval.carb import CarbScore, parse_predictions, read_gold, score_corpus, sentence_key
from kg.eval.data import benchmark_dir
from kg.openie import extract_lines, format_carb

SPLITS = ("dev", "test")


@dataclass(frozen=True, slots=True)
class CarbRun:
    """A scored run: the score and the prediction lines that were scored."""

    split: str
    score: CarbScore
    lines: tuple[str, ...]


def split_files(split: str) -> tuple[Path, Path]:
    """The sentence file and the gold file of a split.

    Raises:
        UsageError: The split is not `dev` or `test`.
        InputError: The benchmark folder is missing.
    """
    if split not in SPLITS:
        raise UsageError(f"unknown CaRB split {split!r}; choose one of: {', '.join(SPLITS)}")
    folder = benchmark_dir("carb")
    return folder / f"{split}.txt", folder / "gold" / f"{split}.tsv"


def predict_lines(nlp: Language, sentences: list[str]) -> list[str]:
    """CaRB prediction lines for pre-tokenised sentences (the `kg triples` output)."""
    lines: list[str] = []
    for sentence, triples in extract_lines(nlp, sentences, pretokenized=True):
        lines.extend(format_carb(sentence, triple) for triple in triples)
    return lines


def evaluate_carb(split: str, nlp: Language, *, limit: int | None = None) -> CarbRun:
    """Extract from a split's sentences and score against its gold.

    Args:
        split: `dev` (tune on it) or `test` (report it).
        nlp: The spaCy pipeline.
        limit: Score only the first `limit` sentences (quick checks); None for all.
    """
    sentence_file, gold_file = split_files(split)
    sentences = [s for s in sentence_file.read_text(encoding="utf-8").splitlines() if s.strip()]
    gold = read_gold(gold_file)
    if limit is not None:
        sentences = sentences[:limit]
        keys = {sentence_key(s) for s in sentences}
        gold = {key: tuples for key, tuples in gold.items() if key in keys}
    lines = predict_lines(nlp, sentences)
    score = score_corpus(gold, parse_predictions(lines, source=f"{split} predictions"))
    return CarbRun(split, score, tuple(lines))
