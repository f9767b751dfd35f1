"""The CaRB metric (Bhardwaj et al. 2019), written from the benchmark's description.

Sentences are paired with the gold by a normalised key; each prediction is matched
against each gold tuple by token multiset overlap (the relation must share a token);
recall lets one prediction serve many gold tuples, precision matches one to one,
greedily. F1 is the best over every confidence threshold; AUC is the area under the
precision-recall curve with (recall 0, precision 1) added.

Example:
    >>> gold = {"k": [CarbTuple("was born in", ("Obama", "Hawaii"))]}
    >>> predicted = {"k": [CarbTuple("was born in", ("Obama", "Hawaii"), 0.9)]}
    >>> score_corpus(gold, predicted).f1
    1.0
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from kg.errors import InputError

# Bracket tokens of the Penn Treebank, turned back into brackets in sentence keys.
PTB_ESCAPES = (
    ("(", "-LRB-"),
    (")", "-RRB-"),
    ("[", "-LSB-"),
    ("]", "-RSB-"),
    ("{", "-LCB-"),
    ("}", "-RCB-"),
)
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
# Gold argument fields holding this are context/attribution clauses; the scorer drops them.
CONTEXT_MARK = "C: "
# A gold relation containing one of these is a speech relation: the prediction is also
# scored with its arguments swapped ("X said Y" is often extracted as Y; said; X).
SPEECH_RELATION_WORDS = ("said", "told", "added", "adds", "says")
# An unmatched "be" in a predicted relation counts once if the gold relation has a form.
FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")


@dataclass(frozen=True, slots=True)
class CarbTuple:
    """One extraction: a relation, its arguments (arg1 first) and a confidence.

    Attributes:
        relation: The relation phrase, whitespace-tokenised.
        arguments: arg1 (the subject), then arg2, arg3...
        confidence: The system's confidence; 1.0 for gold tuples.
    """

    relation: str
    arguments: tuple[str, ...]
    confidence: float = 1.0

    def binary(self) -> tuple[list[str], list[list[str]]]:
        """Relation tokens and at most two argument token lists (arg2+ joined)."""
        arguments = list(self.arguments)
        if len(arguments) >= 2:
            arguments = [arguments[0], " ".join(arguments[1:])]
        return self.relation.split(), [argument.split() for argument in arguments]


@dataclass(frozen=True, slots=True)
class CarbScore:
    """The result of scoring a system against the gold.

    Attributes:
        precision: Precision at the best threshold.
        recall: Recall at the best threshold.
        f1: The best F1 over all confidence thresholds.
        auc: Area under the precision-recall curve, with (0, 1) added.
        threshold: The confidence threshold that gives the best F1.
        curve: (threshold, precision, recall) for every distinct confidence, ascending.
        sentences: Gold sentences scored.
        gold_tuples: Gold tuples scored.
        predictions: Predictions for gold sentences (all thresholds).
    """

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float
    curve: tuple[tuple[float, float, float], ...]
    sentences: int
    gold_tuples: int
    predictions: int

    def summary(self) -> str:
        """One line with P, R, F1 and AUC, three decimals."""
        return (
            f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"AUC {self.auc:.3f}  (threshold {self.threshold:g}; {self.sentences} sentences, "
            f"{self.gold_tuples} gold tuples, {self.predictions} predictions)"
        )


def sentence_key(sentence: str) -> str:
    """The key that pairs a sentence with its gold: no spaces, brackets, no punctuation.

    Example:
        >>> sentence_key("He said -LRB- twice -RRB- : `` no . ''")
        'Hesaidtwiceno'
    """
    text = sentence.replace(" ", "")
    for bracket, escape in PTB_ESCAPES:
        text = text.replace(escape, bracket)
    return _PUNCTUATION.sub("", text)


def read_gold(path: Path) -> dict[str, list[CarbTuple]]:
    """Read a gold file (`sentence<TAB>relation<TAB>arg1<TAB>arg2...`) by sentence key.

    Argument fields holding `C: ` are dropped; fields are stripped.

    Raises:
        InputError: The file is missing or a line has no relation field.
    """
    gold: dict[str, list[CarbTuple]] = {}
    for number, line in enumerate(_read_lines(path), start=1):
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise InputError(
                f"{path}:{number}: a gold line needs sentence<TAB>relation<TAB>args..., "
                f"got {line.strip()[:80]!r}; fix or remove the line"
            )
        arguments = tuple(f.strip() for f in fields[2:] if CONTEXT_MARK not in f)
        gold.setdefault(sentence_key(fields[0]), []).append(CarbTuple(fields[1].strip(), arguments))
    return gold


def parse_predictions(
    lines: Iterable[str], source: str = "<predictions>"
) -> dict[str, list[CarbTuple]]:
    """Read predictions (`sentence<TAB>confidence<TAB>relation<TAB>arg1...`) by key.

    Blank lines are skipped; a line is stripped before it is split, as CaRB does.

    Raises:
        InputError: A line has fewer than three fields or a confidence that is no number.
    """
    predicted: dict[str, list[CarbTuple]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        try:
            if len(fields) < 3:
                raise ValueError("too few fields")
            confidence = float(fields[1])
        except ValueError as error:
            raise InputError(
                f"{source}:{number}: expected sentence<TAB>confidence<TAB>relation<TAB>"
                f"arg1..., got {line.strip()[:80]!r} ({error}); fix the line"
            ) from error
        predicted.setdefault(sentence_key(fields[0]), []).append(
            CarbTuple(fields[2], tuple(fields[3:]), confidence)
        )
    return predicted


def match(gold: CarbTuple, predicted: CarbTuple) -> tuple[float, float]:
    """(precision, recall) of one prediction against one gold tuple.

    Example:
        >>> match(CarbTuple("said", ("He", "it rained")), CarbTuple("said", ("it rained", "He")))
        (1.0, 1.0)
        >>> gold = CarbTuple("was born in", ("Obama", "Hawaii"))
        >>> match(gold, CarbTuple("left", ("Obama", "Hawaii")))
        (0.0, 0.0)
    """
    straight = _binary_match(gold, predicted.binary())
    if not any(word in gold.relation for word in SPEECH_RELATION_WORDS):
        return straight
    relation, arguments = predicted.binary()
    swapped = (relation, arguments[::-1]) if len(arguments) >= 2 else (relation, arguments)
    return max(straight, _binary_match(gold, swapped))


def _binary_match(
    gold: CarbTuple, predicted: tuple[list[str], list[list[str]]]
) -> tuple[float, float]:
    gold_relation, gold_arguments = gold.binary()
    relation, arguments = predicted
    shared = _shared(gold_relation, relation)
    leftover = list((Counter(relation) - Counter(gold_relation)).elements())
    if "be" in leftover and any(form in gold_relation for form in FORMS_OF_BE):
        shared += 1
    if shared == 0:
        return 0.0, 0.0
    hits, predicted_total, gold_total = shared, len(relation), len(gold_relation)
    for slot, gold_words in enumerate(gold_arguments):
        gold_total += len(gold_words)
        if slot >= len(arguments):
            if slot < 2:
                return 0.0, 0.0
            continue
        predicted_total += len(arguments[slot])
        hits += _shared(gold_words, arguments[slot])
    return hits / predicted_total, hits / gold_total


def _shared(gold: Sequence[str], predicted: Sequence[str]) -> int:
    return sum((Counter(gold) & Counter(predicted)).values())


def score_corpus(
    gold: Mapping[str, Sequence[CarbTuple]], predicted: Mapping[str, Sequence[CarbTuple]]
) -> CarbScore:
    """Score predictions against the gold (both keyed by `sentence_key`).

    Predictions for sentences without gold are ignored. With no prediction at all the
    scores are zero.
    """
    thresholds = sorted({p.confidence for key in gold for p in predicted.get(key, ())})
    index = {threshold: i for i, threshold in enumerate(thresholds)}
    size = len(thresholds)
    # Per threshold: precision numerator/denominator, recall numerator/denominator.
    p_hits, p_total = [0.0] * (size + 1), [0.0] * (size + 1)
    r_hits, r_total = [0.0] * (size + 1), [0.0] * (size + 1)
    predictions = 0
    for key, gold_tuples in gold.items():
        candidates = list(predicted.get(key, ()))
        predictions += len(candidates)
        scores = [[match(g, p) for p in candidates] for g in gold_tuples]
        start = 0
        for confidence in sorted({p.confidence for p in candidates}):
            kept = [j for j, p in enumerate(candidates) if p.confidence >= confidence]
            end = index[confidence] + 1
            recall = sum(max((row[j][1] for j in kept), default=0.0) for row in scores)
            precision = _greedy_precision(scores, kept)
            for position in range(start, end):
                p_hits[position] += precision
                p_total[position] += len(kept)
                r_hits[position] += recall
                r_total[position] += len(gold_tuples)
            start = end
        for position in range(start, size):
            r_total[position] += len(gold_tuples)
    return _summarise(thresholds, p_hits, p_total, r_hits, r_total, gold, predictions)


def _greedy_precision(scores: list[list[tuple[float, float]]], kept: list[int]) -> float:
    """Pair gold tuples and kept predictions one to one, best precision first."""
    used_rows: set[int] = set()
    used_columns: set[int] = set()
    total = 0.0
    for _ in range(min(len(scores), len(kept))):
        best, best_row, best_column = -1.0, -1, -1
        for row_index, row in enumerate(scores):
            if row_index in used_rows:
                continue
            for column in kept:
                if column not in used_columns and row[column][0] > best:
                    best, best_row, best_column = row[column][0], row_index, column
        used_rows.add(best_row)
        used_columns.add(best_column)
        total += best
    return total


def _summarise(
    thresholds: list[float],
    p_hits: list[float],
    p_total: list[float],
    r_hits: list[float],
    r_total: list[float],
    gold: Mapping[str, Sequence[CarbTuple]],
    predictions: int,
) -> CarbScore:
    precisions = [h / t if t > 0 else 1.0 for h, t in zip(p_hits, p_total, strict=False)]
    recalls = [h / t if t > 0 else 0.0 for h, t in zip(r_hits, r_total, strict=False)]
    curve = tuple(zip(thresholds, precisions, recalls, strict=False))
    best = (0.0, 0.0, 0.0, 0.0)
    for threshold, precision, recall in curve:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best[0]:
            best = (f1, precision, recall, threshold)
    points = [(recall, precision) for _, precision, recall in curve] + [(0.0, 1.0)]
    area = sum((x0 - x1) * (y0 + y1) / 2 for (x0, y0), (x1, y1) in pairwise(points))
    return CarbScore(
        precision=best[1],
        recall=best[2],
        f1=best[0],
        auc=area,
        threshold=best[3],
        curve=curve,
        sentences=len(gold),
        gold_tuples=sum(len(tuples) for tuples in gold.values()),
        predictions=predictions,
    )


def _read_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise InputError(f"CaRB file {str(path)!r} does not exist; check the benchmark folder")
    return path.read_text(encoding="utf-8").splitlines()
