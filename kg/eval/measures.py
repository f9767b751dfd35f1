"""Measures shared by the stance evaluations: actor matching, intervals, per-class F1.

Actors are matched by normalised token overlap (DESIGN §8): both names are lower-cased,
NFKC-normalised, stripped of possessives and split into word tokens; function words and
titles are dropped. Two names match when they share at least one content token and the
shared tokens make up at least half of the shorter name ("Senate Majority Leader Mitch
McConnell" matches "Mitch McConnell"; "Egyptian police" matches "police"; "Iran"
does not match "Iraq"). A word matches another it is a prefix of, when it has
at least four letters and the other adds at most two: the benchmarks clip names
("[Sander]s" for "Sanders"), and "Iraqi" names Iraq.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Words that carry no identity in an actor name.
FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "with", "from", "s"}
)
# Titles and honorifics: "President Donald Trump" is "Donald Trump".
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister"})
_WORD = re.compile(r"\w+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?\b")


def name_tokens(name: str) -> frozenset[str]:
    """The content tokens of an actor name.

    Example:
        >>> sorted(name_tokens("Senate Majority Leader Mitch McConnell’s"))
        ['leader', 'majority', 'mcconnell', 'mitch', 'senate']
    """
    text = _POSSESSIVE.sub(" ", unicodedata.normalize("NFKC", name).casefold())
    tokens = {token for token in _WORD.findall(text) if token not in FUNCTION_WORDS}
    content = tokens - TITLE_WORDS
    return frozenset(content or tokens)


def names_match(gold: str, predicted: str) -> bool:
    """Whether two actor names refer to the same actor (see the module docstring).

    Example:
        >>> names_match("Mitch McConnell", "Senate Majority Leader Mitch McConnell")
        True
        >>> names_match("Iran", "Iraqi Kurds")
        False
        >>> names_match("Sander", "Bernie Sanders")
        True
    """
    left, right = name_tokens(gold), name_tokens(predicted)
    if not left or not right:
        return False
    shared = sum(1 for word in left if any(_same_word(word, other) for other in right))
    return shared > 0 and shared / min(len(left), len(right)) >= 0.5


def _same_word(left: str, right: str) -> bool:
    # Benchmark spans are often clipped ("[Sander]s", "[Edward]s"): a prefix of at
    # least four letters counts as the same word.
    short, long = sorted((left, right), key=len)
    return short == long or (
        len(short) >= 4 and len(long) - len(short) <= 2 and long.startswith(short)
    )


def wilson_interval(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default).

    Example:
        >>> low, high = wilson_interval(45, 50)
        >>> round(low, 3), round(high, 3)
        (0.786, 0.957)
    """
    if total == 0:
        return 0.0, 0.0
    rate = hits / total
    denominator = 1 + z * z / total
    centre = (rate + z * z / (2 * total)) / denominator
    margin = z * math.sqrt(rate * (1 - rate) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - margin), min(1.0, centre + margin)


@dataclass(frozen=True, slots=True)
class ClassScore:
    """Precision, recall and F1 of one class.

    Attributes:
        label: The class.
        support: Gold items of the class.
        predicted: Items predicted as the class.
        correct: Items predicted as the class that are of the class.
    """

    label: str
    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def class_scores(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[ClassScore]:
    """Per-class counts for paired gold and predicted labels.

    Raises:
        ValueError: The two sequences differ in length.

    Example:
        >>> [round(s.f1, 2) for s in class_scores(["a", "b", "b"], ["a", "a", "b"], ["a", "b"])]
        [0.67, 0.67]
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    return [
        ClassScore(
            label=label,
            support=sum(1 for g in gold if g == label),
            predicted=sum(1 for p in predicted if p == label),
            correct=sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label),
        )
        for label in labels
    ]


def macro_f1(scores: Sequence[ClassScore]) -> float:
    """The unweighted mean F1 over the classes.

    Example:
        >>> macro_f1(class_scores(["a", "b"], ["a", "a"], ["a", "b"]))
        0.3333333333333333
    """
    return sum(score.f1 for score in scores) / len(scores) if scores else 0.0


def majority_baseline(gold: Sequence[str], labels: Sequence[str]) -> float:
    """Macro-F1 of always predicting the most frequent gold class."""
    majority = max(labels, key=lambda label: sum(1 for g in gold if g == label))
    return macro_f1(class_scores(gold, [majority] * len(gold), labels))
