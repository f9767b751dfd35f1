"""`kg eval sentiment`: entity-to-entity directed sentiment (Park et al., ACL 2021).

Each row names two bracketed entities P and Q of a news sentence and one of five
classes: 0 neutral, 1 P->Q positive, 2 Q->P positive, 3 P->Q negative, 4 Q->P negative.
The sentence (brackets removed) is extracted as a document of its own. Its statements
that carry a non-neutral stance, not hedged or only reported, are candidates, and so
are negated ones with a polar cue, read with the opposite sign and half the
confidence; a candidate whose holder (subject label, or the holder as written)
matches one entity and whose target (object label, the object as written, or an
entity the literal object mentions) matches the other gives the direction, its
polarity the sign (but a negated stance towards "any" X shows none); an actor is also
matched by what the sentence calls it in apposition ("Beck, a Mormon, endorsed Cruz"
names the Mormon). The most confident
candidate decides; no candidate means neutral.
Names match by token overlap (`kg.eval.measures.names_match`), after stripping the
bracket clipping (`[Trump’]s`).

Tune on `valid`, report `test` (DESIGN §8). The metric is macro-F1 over the 5 classes,
with per-class precision and recall and the majority-class baseline.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, UsageError
from kg.eval.data import benchmark_dir
from kg.eval.measures import class_scores, macro_f1, majority_baseline, names_match
from kg.eval.runner import extract_texts
from kg.extract.stance.lexicon import cue_polarity
from kg.model import EntityRef, Statement

BENCHMARK = "directed-sentiment-news"
SPLITS = ("valid", "test")
LABELS = ("0", "1", "2", "3", "4")
LABEL_NAMES = {
    "0": "neutral",
    "1": "P->Q positive",
    "2": "Q->P positive",
    "3": "P->Q negative",
    "4": "Q->P negative",
}
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True, slots=True)
class SentimentRow:
    """One gold row.

    Attributes:
        text: The sentence without the entity brackets.
        p: Entity P as bracketed.
        q: Entity Q as bracketed.
        label: The gold class, "0".."4".
    """

    text: str
    p: str
    q: str
    label: str


def load_rows(split: str, folder: Path | None = None) -> list[SentimentRow]:
    """Read one split.

    Raises:
        UsageError: The split is not `valid` or `test`.
        InputError: The file is missing or a row is malformed.
    """
    if split not in SPLITS:
        raise UsageError(f"unknown --split {split!r}; choose one of: {', '.join(SPLITS)}")
    path = (folder or benchmark_dir(BENCHMARK)) / f"{split}.txt"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            raw = list(csv.reader(handle, delimiter="\t"))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error}") from error
    rows = []
    for number, fields in enumerate(raw, start=1):
        if len(fields) != 4 or fields[3] not in LABELS:
            raise InputError(
                f"{path}:{number}: expected 4 tab-separated fields ending in a label 0-4, "
                f"got {fields!r}"
            )
        sentence, p, q, label = fields
        rows.append(SentimentRow(_BRACKETED.sub(r"\1", sentence).strip(), p, q, label))
    return rows


def _clean_entity(text: str) -> str:
    return text.strip().rstrip("’'").strip()


Aliases = dict[str, list[str]]
# Prepositions that make an apposition name a second actor: "president of X" (and
# so does a possessive: "X's president").
ALIAS_STOPS = ("of", "at", "for", "from", "in", "with")


def apposition_aliases(statements: Sequence[Statement]) -> Aliases:
    """What the sentence calls each actor in apposition, by entity id: "Beck, a
    Mormon, ..." -> "a Mormon" names Beck too.

    Example:
        >>> from kg.model import EntityRef
        >>> s = Statement("s", "d", 0, 0, 9, "", EntityRef("person/beck", "Beck"),
        ...               "be", "", EntityRef(None, "a Mormon"), None, 0, False,
        ...               "asserted", None, 0.5, "apposition")
        >>> apposition_aliases([s])
        {'person/beck': ['a Mormon']}
    """
    aliases: Aliases = {}
    for statement in statements:
        # "Blackstone, president of the Chamber": a phrase with its own preposition
        # names another actor inside it, not only the subject.
        text = f" {statement.object_text.replace('’', chr(39))} "
        own_preposition = "'s " in text or any(f" {word} " in text for word in ALIAS_STOPS)
        if (
            statement.rule == "apposition"
            and statement.subject.id is not None
            and not own_preposition
        ):
            names = aliases.setdefault(statement.subject.id, [])
            names += [statement.object.label, statement.object_text]
            if statement.object.id is not None:
                aliases.setdefault(statement.object.id, []).append(statement.subject.label)
    return {key: [name for name in names if name] for key, names in aliases.items()}


def _names(ref: EntityRef, text: str, aliases: Aliases) -> list[str]:
    return [ref.label, text, *aliases.get(ref.id or "", [])]


def _involves(statement: Statement, holder: str, target: str, aliases: Aliases) -> bool:
    holders = _names(statement.subject, statement.subject_text, aliases)
    targets = [
        *_names(statement.object, statement.object_text, aliases),
        *(ref.label for ref in statement.about),
    ]
    return any(names_match(holder, name) for name in holders if name) and any(
        names_match(target, name) for name in targets if name
    )


def classify(row: SentimentRow, statements: Sequence[Statement]) -> str:
    """The predicted class of a row from its sentence's statements.

    Example:
        >>> from kg.model import EntityRef
        >>> row = SentimentRow("Ryan has endorsed Trump.", "Ryan", "Trump", "1")
        >>> s = Statement("s", "d", 0, 0, 9, "", EntityRef("person/ryan", "Ryan"),
        ...               "endorse", "endorsed", EntityRef("person/trump", "Trump"),
        ...               "SUPPORT", 1, False, "asserted", None, 0.8, "clause:svo")
        >>> classify(row, [s]), classify(SentimentRow("", "Trump", "Ryan", "2"), [s])
        ('1', '2')
    """
    p, q = _clean_entity(row.p), _clean_entity(row.q)
    aliases = apposition_aliases(statements)
    best: tuple[float, str] | None = None
    for statement in statements:
        polarity, confidence = _signed(statement)
        if polarity == 0:
            continue
        positive = polarity > 0
        if _involves(statement, p, q, aliases):
            label = "1" if positive else "3"
        elif _involves(statement, q, p, aliases):
            label = "2" if positive else "4"
        else:
            continue
        if best is None or confidence > best[0]:
            best = (confidence, label)
    return best[1] if best else "0"


# Modalities under which a stance is no sentiment the holder shows: "might criticise X"
# (hedged), "allegedly attacked X" or "accused of attacking X" (reported by another).
UNSHOWN_MODALITIES = frozenset({"hedged", "reported"})
# Words that make an object no one in particular under negation ("not endorsing [any]
# candidate", "did not criticise [anyone]").
ANY_WORDS = frozenset({"any", "anyone", "anybody"})


def _signed(statement: Statement) -> tuple[int, float]:
    """The sentiment sign a statement shows, and how sure: an asserted stance its own
    polarity; a negated polar cue the opposite, less surely ("George is not supporting
    Clinton" reads as negative towards Clinton); a hedged or reported stance none, but
    a refusal under a modal does ("would not support X")."""
    refusal = statement.negated and statement.modality == "hedged"
    if statement.modality in UNSHOWN_MODALITIES and not refusal:
        return 0, 0.0
    # "Thompson isn't endorsing any Republican candidate": a negated stance towards no
    # one in particular is no sentiment towards anyone it names.
    words = statement.object_text.lower().split(maxsplit=1)
    if statement.negated and words and words[0] in ANY_WORDS:
        return 0, 0.0
    if statement.stance is not None and not statement.negated:
        return statement.polarity, statement.confidence
    if statement.negated and statement.cue is not None:
        return -cue_polarity(statement.cue), statement.confidence / 2
    return 0, 0.0


def evaluate(
    rows: Sequence[SentimentRow], *, model: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Classify every row; return the summary and the predictions in row order."""
    extractions = extract_texts([row.text for row in rows], prefix="sentiment", model=model)
    predicted = [
        classify(row, extraction.statements)
        for row, extraction in zip(rows, extractions, strict=True)
    ]
    return summarise([row.label for row in rows], predicted), predicted


def summarise(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, per-class scores, the majority baseline and the confusion matrix."""
    scores = class_scores(gold, predicted, LABELS)
    confusion = {
        g: {
            p: sum(1 for a, b in zip(gold, predicted, strict=True) if (a, b) == (g, p))
            for p in LABELS
        }
        for g in LABELS
    }
    return {
        "benchmark": BENCHMARK,
        "rows": len(gold),
        "macro_f1": round(macro_f1(scores), 4),
        "majority_baseline_macro_f1": round(majority_baseline(gold, LABELS), 4),
        "per_class": {
            s.label: {
                "name": LABEL_NAMES[s.label],
                "support": s.support,
                "predicted": s.predicted,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
            }
            for s in scores
        },
        "confusion_gold_by_predicted": confusion,
    }


def format_summary(summary: dict[str, Any], split: str) -> Iterable[str]:
    """Human-readable lines of a summary."""
    yield (
        f"directed sentiment ({split}, {summary['rows']} rows): macro-F1 "
        f"{summary['macro_f1']:.3f} (majority baseline {summary['majority_baseline_macro_f1']:.3f})"
    )
    yield "  class               support  predicted  precision  recall  f1"
    for label, row in summary["per_class"].items():
        yield (
            f"  {label} {row['name']:16} {row['support']:7} {row['predicted']:10} "
            f"{row['precision']:10.3f} {row['recall']:7.3f} {row['f1']:.3f}"
        )
    yield "  confusion (rows gold, columns predicted 0-4):"
    for label, row in summary["confusion_gold_by_predicted"].items():
        yield f"    {label}: " + " ".join(f"{row[p]:5}" for p in LABELS)
