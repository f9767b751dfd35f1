"""How much time the triple extraction (all rule families) adds to spaCy parsing.

Same texts twice: bare `nlp.pipe`, then `nlp.pipe` plus `extract_triples` on every
sentence; each run is repeated and the fastest kept (the machine is shared). The extraction
time on already-parsed documents is reported too, as the cleanest measure of its cost.

    .venv/bin/python -m bench.extraction_overhead [--repeats 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.eval.carb_run import split_files
from kg.extract import extract_triples
from kg.nlp import load_pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def texts() -> list[str]:
    """CaRB dev and test sentences (news-like encyclopaedic text) and the seed article."""
    found: list[str] = []
    for split in ("dev", "test"):
        sentence_file, _ = split_files(split)
        found += [line for line in sentence_file.read_text(encoding="utf-8").splitlines() if line]
    found += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return found


def parse_only(nlp: Language, inputs: list[str]) -> list[Doc]:
    return list(nlp.pipe(inputs, batch_size=64))


def parse_and_extract(nlp: Language, inputs: list[str]) -> int:
    return sum(
        len(extract_triples(s)) for doc in nlp.pipe(inputs, batch_size=64) for s in doc.sents
    )


def extract_only(docs: list[Doc]) -> int:
    return sum(len(extract_triples(sentence)) for doc in docs for sentence in doc.sents)


def fastest(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    nlp = load_pipeline()
    inputs = texts()
    docs = parse_only(nlp, inputs)  # warm-up, and the parsed docs for extract_only
    sentences = sum(1 for doc in docs for _ in doc.sents)
    triples = extract_only(docs)
    parse = fastest(lambda: parse_only(nlp, inputs), args.repeats)
    both = fastest(lambda: parse_and_extract(nlp, inputs), args.repeats)
    extract = fastest(lambda: extract_only(docs), args.repeats)
    print(f"texts {len(inputs)}, sentences {sentences}, triples {triples}, repeats {args.repeats}")
    print(f"parse only             {parse:7.2f} s")
    print(f"parse + extraction     {both:7.2f} s  ({100 * (both - parse) / parse:+.1f}%)")
    print(f"extraction on parses   {extract:7.2f} s  ({100 * extract / parse:.1f}% of parse time)")


if __name__ == "__main__":
    main()
