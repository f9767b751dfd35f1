"""`kg eval newsmtsc`: polarity towards a person mention (Hamborg & Donnay, EACL 2021).

Each target mention of a sentence is labelled negative, neutral or positive: the
sentiment the sentence expresses towards that person, whoever holds it. Our reading: a
statement with a non-neutral stance, not negated, whose target (object, or an entity
the literal object mentions) matches the mention gives its polarity; the most confident
one decides; no such statement means neutral. So this measures only the stance edges
that name the person as their target, not general sentiment.

The two files (`devtest_rw`: natural distribution; `devtest_mt`: multi-target sentences)
are scored separately and together; the metric is 3-class macro-F1.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, UsageError
from kg.eval.data import benchmark_dir
from kg.eval.measures import class_scores, macro_f1, majority_baseline, names_match
from kg.eval.runner import extract_texts
from kg.model import Statement

BENCHMARK = "newsmtsc"
FILES = {"rw": "devtest_rw.jsonl", "mt": "devtest_mt.jsonl"}
LABELS = ("negative", "neutral", "positive")
POLARITY_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


@dataclass(frozen=True, slots=True)
class Target:
    """One labelled mention.

    Attributes:
        sentence: Index of its sentence in the file.
        mention: The mention text.
        start: Character offset of the mention in the sentence.
        label: negative, neutral or positive.
    """

    sentence: int
    mention: str
    start: int
    label: str


def load_file(name: str, folder: Path | None = None) -> tuple[list[str], list[Target]]:
    """The sentences and labelled targets of `devtest_rw` (`rw`) or `devtest_mt` (`mt`).

    Raises:
        UsageError: `name` is not `rw` or `mt`.
        InputError: The file is missing or a line is malformed.
    """
    if name not in FILES:
        raise UsageError(f"unknown NewsMTSC file {name!r}; choose one of: {', '.join(FILES)}")
    path = (folder or benchmark_dir(BENCHMARK)) / FILES[name]
    sentences: list[str] = []
    targets: list[Target] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["sentence_normalized"]
            found = [
                Target(len(sentences), t["mention"], t["from"], POLARITY_LABELS[t["polarity"]])
                for t in item["targets"]
            ]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(
                f"{path}:{number}: expected a NewsMTSC record with sentence_normalized and "
                f"targets (mention, from, polarity 2/4/6): {error!r}"
            ) from error
        sentences.append(text)
        targets.extend(found)
    return sentences, targets


def classify(target: Target, statements: Sequence[Statement]) -> str:
    """The predicted polarity towards one target mention.

    Example:
        >>> from kg.model import EntityRef
        >>> s = Statement("s", "d", 0, 0, 9, "", EntityRef("group/democrats", "Democrats"),
        ...               "censure", "censuring", EntityRef("person/trump", "Trump"),
        ...               "DISAPPROVE", -1, False, "intended", None, 0.7, "clause:svo")
        >>> classify(Target(0, "Mr. Trump", 0, "negative"), [s])
        'negative'
    """
    best: tuple[float, str] | None = None
    for statement in statements:
        if statement.stance is None or statement.negated or statement.polarity == 0:
            continue
        labels = [
            statement.object.label,
            statement.object_text,
            *(ref.label for ref in statement.about),
        ]
        if not any(names_match(target.mention, label) for label in labels if label):
            continue
        label = "positive" if statement.polarity > 0 else "negative"
        if best is None or statement.confidence > best[0]:
            best = (statement.confidence, label)
    return best[1] if best else "neutral"


def evaluate(names: Sequence[str], *, model: str | None = None) -> dict[str, Any]:
    """Score each named file and all of them together."""
    summary: dict[str, Any] = {"benchmark": BENCHMARK, "files": {}}
    all_gold: list[str] = []
    all_predicted: list[str] = []
    for name in names:
        sentences, targets = load_file(name)
        extractions = list(extract_texts(sentences, prefix=f"newsmtsc-{name}", model=model))
        gold = [t.label for t in targets]
        predicted = [classify(t, extractions[t.sentence].statements) for t in targets]
        summary["files"][name] = _scores(gold, predicted)
        all_gold += gold
        all_predicted += predicted
    summary["all"] = _scores(all_gold, all_predicted)
    return summary


def _scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    scores = class_scores(gold, predicted, LABELS)
    return {
        "targets": len(gold),
        "macro_f1": round(macro_f1(scores), 4),
        "majority_baseline_macro_f1": round(majority_baseline(gold, LABELS), 4),
        "per_class": {
            s.label: {
                "support": s.support,
                "predicted": s.predicted,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }
            for s in scores
        },
    }


def format_summary(summary: dict[str, Any]) -> Iterable[str]:
    """Human-readable lines of a summary."""
    parts = [
        *((name, summary["files"][name]) for name in summary["files"]),
        ("all", summary["all"]),
    ]
    for name, scores in parts:
        baseline = scores["majority_baseline_macro_f1"]
        yield (
            f"NewsMTSC {name} ({scores['targets']} targets): 3-class macro-F1 "
            f"{scores['macro_f1']:.3f} (majority baseline {baseline:.3f})"
        )
        for label, row in scores["per_class"].items():
            yield (
                f"  {label:9} support {row['support']:5} predicted {row['predicted']:5} "
                f"P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}"
            )
