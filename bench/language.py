"""How often `kg.io.detect_language` skips English (it must not) and catches the rest.

English: news sentences from the benchmarks. The threshold (`NOT_ENGLISH_BELOW`) was
chosen on the dev splits (CaRB dev, directed-sentiment valid); the test splits and
NewsMTSC were not looked at for it. Each set is scored sentence by sentence and as
"documents" of 5 consecutive sentences (closer to an article).

Non-English: the example sentences spaCy ships for 66 other languages (real sentences,
offline: `spacy.lang.<code>.examples`), one by one and joined per language. They were
looked at while choosing the threshold: there is no held-out non-English set.

    .venv/bin/python -m bench.language
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import time
from collections import Counter
from collections.abc import Callable

import spacy.lang

from kg.eval.data import benchmark_dir
from kg.io.language import NOT_ENGLISH_BELOW, detect_language

DOCUMENT_SENTENCES = 5


def _carb(split: str) -> list[str]:
    path = benchmark_dir("carb") / f"{split}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _directed(split: str) -> list[str]:
    path = benchmark_dir("directed-sentiment-news") / f"{split}.txt"
    rows = path.read_text(encoding="utf-8").splitlines()
    # The entity marks ("[Trump]") are annotation, not text.
    return [row.split("\t")[0].replace("[", "").replace("]", "") for row in rows if row.strip()]


def _newsmtsc() -> list[str]:
    folder = benchmark_dir("newsmtsc")
    return [
        json.loads(line)["sentence_normalized"]
        for name in ("devtest_rw.jsonl", "devtest_mt.jsonl")
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


ENGLISH_SETS: dict[str, Callable[[], list[str]]] = {
    "carb dev (tuning)": lambda: _carb("dev"),
    "directed-sentiment valid (tuning)": lambda: _directed("valid"),
    "carb test": lambda: _carb("test"),
    "directed-sentiment test": lambda: _directed("test"),
    "newsmtsc devtest": _newsmtsc,
}


def foreign_sentences() -> dict[str, list[str]]:
    """spaCy's example sentences per language, English and the multi-language set left out."""
    found: dict[str, list[str]] = {}
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if module.name in ("en", "xx"):
            continue
        try:
            examples = importlib.import_module(f"spacy.lang.{module.name}.examples")
        except ImportError:
            continue
        sentences = [s for s in getattr(examples, "sentences", []) if s.strip()]
        if sentences:
            found[module.name] = sentences
    return found


def _documents(sentences: list[str]) -> list[str]:
    return [
        " ".join(sentences[i : i + DOCUMENT_SENTENCES])
        for i in range(0, len(sentences), DOCUMENT_SENTENCES)
    ]


def _score(texts: list[str]) -> tuple[int, int, int]:
    """(texts, called non-English, too short to judge)."""
    guesses = [detect_language(text) for text in texts]
    return (
        len(texts),
        sum(not guess.is_english for guess in guesses),
        sum(guess.language is None for guess in guesses),
    )


def main() -> None:
    detect_language("warm up: load the model before timing anything else")
    print(f"threshold: non-English when P(English) < {NOT_ENGLISH_BELOW}")
    print(f"{'English set':38} {'unit':9} {'n':>6} {'skipped':>8} {'rate':>7} {'short':>6}")
    for name, load in ENGLISH_SETS.items():
        sentences = load()
        for unit, texts in (("sentence", sentences), ("5-sent", _documents(sentences))):
            n, skipped, short = _score(texts)
            print(f"{name:38} {unit:9} {n:>6} {skipped:>8} {skipped / n:>7.2%} {short:>6}")
        for sentence in sentences:
            guess = detect_language(sentence)
            if not guess.is_english:
                print(f"    skipped as {guess.language!r}: {sentence[:70]!r}")
    foreign = foreign_sentences()
    every = [sentence for sentences in foreign.values() for sentence in sentences]
    per_language = [" ".join(sentences) for sentences in foreign.values()]
    print(f"\n{'non-English (spaCy examples)':38} {'unit':9} {'n':>6} {'caught':>8} {'rate':>7}")
    for unit, texts in (("sentence", every), ("language", per_language)):
        n, caught, short = _score(texts)
        print(f"{len(foreign)} languages{'':26} {unit:9} {n:>6} {caught:>8} {caught / n:>7.2%}")
        print(f"{'':38} {'':9} too short to judge (read as English): {short}")
    missed = Counter(
        code
        for code, sentences in foreign.items()
        for sentence in sentences
        if detect_language(sentence).is_english
    )
    print("missed sentences by language:", dict(sorted(missed.items())))
    start = time.perf_counter()
    article = " ".join(_carb("test")[:40])
    for _ in range(100):
        detect_language(article)
    took = (time.perf_counter() - start) / 100
    print(f"time per {len(article):,}-character text: {took * 1000:.2f} ms")


if __name__ == "__main__":
    main()
