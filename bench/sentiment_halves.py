"""Directed-sentiment macro-F1 on the two halves of the valid split, for tuning rules.

    .venv/bin/python -m bench.sentiment_halves [--split valid|test] [--save PATH]

A rule change is kept only if it helps on both halves (or does not lower the other):
study errors on half A (even row indices), check half B (odd) before keeping it. This
guards against the overfitting of tuning on the whole of valid (issue 5, round three).

Parses are cached per split in `$TMPDIR/kg-sentiment-<split>-<key>.docbin` (keyed by
the pipeline's name and version, the source of `kg.nlp`, which sets up the tokenizer
and sentence bounds, and the text), so a re-run after a rule change only
re-extracts (about 20 s for valid instead of 45 s). `--save` writes the predictions
(a JSON list in row order) to compare two runs row by row.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kg import nlp as kg_nlp
from kg.eval import sentiment
from kg.eval.measures import class_scores, macro_f1
from kg.extract import extract_document
from kg.model import Document
from kg.nlp import load_pipeline, parse

HALVES = {"A": 0, "B": 1}


def _cache_path(nlp: Language, split: str, rows: Sequence[sentiment.SentimentRow]) -> Path:
    key = hashlib.sha256(
        "\n".join(
            [nlp.meta.get("name", ""), nlp.meta.get("version", ""), inspect.getsource(kg_nlp)]
            + [r.text for r in rows]
        ).encode("utf-8")
    ).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"kg-sentiment-{split}-{key}.docbin"


def parsed(nlp: Language, split: str, rows: Sequence[sentiment.SentimentRow]) -> list[Doc]:
    """The rows' parses, from the cache when it matches."""
    cache = _cache_path(nlp, split, rows)
    if cache.exists():
        return list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    documents = [Document(f"sentiment-{i}", row.text) for i, row in enumerate(rows)]
    docs = [doc for _, doc in parse(nlp, documents, batch_size=64)]
    cache.write_bytes(DocBin(docs=docs, store_user_data=True).to_bytes())
    return docs


def half_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, float]]:
    """Macro-F1 and per-class F1 over all rows and over each half."""
    found = {}
    for name, parity in (("all", None), *HALVES.items()):
        index = [i for i in range(len(gold)) if parity is None or i % 2 == parity]
        scores = class_scores(
            [gold[i] for i in index], [predicted[i] for i in index], sentiment.LABELS
        )
        found[name] = {"macro_f1": round(macro_f1(scores), 4)} | {
            s.label: round(s.f1, 3) for s in scores
        }
    return found


def main(argv: Sequence[str] | None = None) -> None:
    """Score the split and print one line per half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sentiment.SPLITS, default="valid")
    parser.add_argument("--save", type=Path, help="write the predictions (JSON) here")
    args = parser.parse_args(argv)
    rows = sentiment.load_rows(args.split)
    nlp = load_pipeline()
    predicted = [
        sentiment.classify(
            row, extract_document(Document(f"sentiment-{i}", row.text), doc).statements
        )
        for i, (row, doc) in enumerate(zip(rows, parsed(nlp, args.split, rows), strict=True))
    ]
    for name, scores in half_scores([row.label for row in rows], predicted).items():
        print(f"{args.split} {name:3} {json.dumps(scores)}")
    if args.save is not None:
        args.save.write_text(json.dumps(predicted), encoding="utf-8")


if __name__ == "__main__":
    main()
