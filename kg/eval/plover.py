"""`kg eval plover`: actor -> stance -> target recall on the PLOVER gold records.

The 322 coded records of `plover-gsr/PLOVER_GSR_CAMEO.txt` are single news-style
sentences with a source actor, an optional target actor and a PLOVER 2016 (0.5b1) event
category. Each sentence is extracted as a document of its own; a record counts as found
when some statement of it matches:

- source: the statement's subject (its label or the holder as written) matches a gold
  source actor (name token overlap, `kg.eval.measures.names_match`);
- source-polarity-target (records with a target): besides the source, the object (its
  label, as written, or an entity a literal object mentions) matches a gold target,
  and the statement has a
  stance whose polarity is the gold category's polarity;
- category: besides the source, the statement's stance is the gold category mapped to
  ours (`CATEGORY_MAP`, DESIGN §4).

PLOVER has no train/test split: the rules are not tuned to single records, and every
rate comes with a 95% Wilson interval and per-category counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.eval.data import benchmark_dir
from kg.eval.measures import names_match, wilson_interval
from kg.eval.runner import extract_texts
from kg.extract.stance import STANCE_TYPES
from kg.model import Statement

BENCHMARK = "plover-gsr"
RECORDS_FILE = "PLOVER_GSR_CAMEO.txt"
# PLOVER 0.5b1 (2016) categories -> our stance types (DESIGN §4; CAMEO roots agree).
CATEGORY_MAP: dict[str, str] = {
    "AGREE": "AGREE",
    "CONSULT": "CONSULT",
    "SUPPORT": "SUPPORT",
    "COOPERATE": "COOPERATE",
    "AID": "AID",
    "CONCEDE": "CONCEDE",
    "RETREAT": "CONCEDE",
    "INVESTIGATE": "INVESTIGATE",
    "DEMAND": "DEMAND",
    "DISAPPROVE": "DISAPPROVE",
    "REJECT": "REJECT",
    "THREATEN": "THREATEN",
    "PROTEST": "PROTEST",
    "MOBILIZE": "MOBILIZE",
    "SANCTION": "SANCTION",
    "COERCE": "COERCE",
    "ASSAULT": "ASSAULT",
    "FIGHT": "ASSAULT",
}


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One coded record.

    Attributes:
        id: The record id (`PLOVER-GSR01-DISAPPROVE-0002`).
        text: The sentence.
        event: The PLOVER 0.5b1 category.
        sources: Source actor texts.
        targets: Target actor texts (empty when the event has none).
    """

    id: str
    text: str
    event: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]

    @property
    def stance(self) -> str:
        """The gold category as one of our stance types."""
        return CATEGORY_MAP[self.event]


def _actor_texts(value: Any) -> tuple[str, ...]:
    # A missing, null or string target (one record has "diplomatic" there) has no actor.
    if not isinstance(value, list):
        return ()
    return tuple(
        a["actorText"].strip() for a in value if isinstance(a, dict) and a.get("actorText")
    )


def load_records(folder: Path | None = None) -> list[PloverRecord]:
    """Read the coded records (the documentation record is left out).

    Raises:
        InputError: The file is missing or not the expected JSON array, or a record has
            a category we cannot map.
    """
    path = (folder or benchmark_dir(BENCHMARK)) / RECORDS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read PLOVER records {path}: {error}") from error
    if not isinstance(data, list):
        raise InputError(f"{path} is not a JSON array of records; use PLOVER_GSR_CAMEO.txt")
    records = []
    for item in data:
        if item.get("event") == "DOCUMENT":
            continue
        if item.get("event") not in CATEGORY_MAP:
            options = ", ".join(CATEGORY_MAP)
            raise InputError(
                f"{path}: record {item.get('id')!r} has category {item.get('event')!r}; "
                f"kg maps only {options}"
            )
        records.append(
            PloverRecord(
                id=item["id"],
                text=item["text"].strip(),
                event=item["event"],
                sources=_actor_texts(item.get("source")),
                targets=_actor_texts(item.get("target")),
            )
        )
    return records


@dataclass(frozen=True, slots=True)
class RecordResult:
    """What the extraction found for one record."""

    record: PloverRecord
    source: bool
    source_polarity_target: bool
    category: bool
    predicted: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.record.id,
            "event": self.record.event,
            "text": self.record.text,
            "sources": list(self.record.sources),
            "targets": list(self.record.targets),
            "source": self.source,
            "source_polarity_target": self.source_polarity_target,
            "category": self.category,
            "predicted": list(self.predicted),
        }


def _targets_of(statement: Statement) -> list[str]:
    labels = [statement.object.label, statement.object_text]
    return [label for label in (*labels, *(ref.label for ref in statement.about)) if label]


def _holders_of(statement: Statement) -> list[str]:
    return [name for name in (statement.subject.label, statement.subject_text) if name]


def score_record(record: PloverRecord, statements: Sequence[Statement]) -> RecordResult:
    """Match one record's gold actors and category against its statements.

    Example:
        >>> from kg.model import EntityRef
        >>> record = PloverRecord("r1", "Albania denounced Serbia.", "DISAPPROVE",
        ...                       ("Albania",), ("Serbia",))
        >>> s = Statement("s", "d", 0, 0, 9, "", EntityRef("place/albania", "Albania"),
        ...               "denounce", "denounced", EntityRef("place/serbia", "Serbia"),
        ...               "DISAPPROVE", -1, False, "asserted", None, 0.8, "clause:svo")
        >>> result = score_record(record, [s])
        >>> result.source, result.source_polarity_target, result.category
        (True, True, True)
    """
    polarity = STANCE_TYPES[record.stance].polarity
    by_source = [
        s
        for s in statements
        if any(names_match(src, name) for src in record.sources for name in _holders_of(s))
    ]
    with_target = [
        s
        for s in by_source
        if s.stance is not None
        and s.polarity == polarity
        and any(names_match(t, label) for t in record.targets for label in _targets_of(s))
    ]
    return RecordResult(
        record=record,
        source=bool(by_source),
        source_polarity_target=bool(with_target),
        category=any(s.stance == record.stance for s in by_source),
        predicted=tuple(
            f"{s.subject.label} -{s.stance}{'(neg)' if s.negated else ''}-> {s.object.label}"
            for s in statements
        ),
    )


def _rate(hits: int, total: int) -> dict[str, Any]:
    low, high = wilson_interval(hits, total)
    return {
        "hits": hits,
        "total": total,
        "recall": round(hits / total, 4) if total else 0.0,
        "ci95": [round(low, 4), round(high, 4)],
    }


def summarise(results: Sequence[RecordResult]) -> dict[str, Any]:
    """Overall and per-category recall with 95% Wilson intervals."""
    with_source = [r for r in results if r.record.sources]
    with_target = [r for r in with_source if r.record.targets]
    categories: dict[str, Any] = {}
    for event in sorted({r.record.event for r in results}):
        group = [r for r in with_source if r.record.event == event]
        targeted = [r for r in group if r.record.targets]
        categories[event] = {
            "records": len(group),
            "source": sum(r.source for r in group),
            "with_target": len(targeted),
            "source_polarity_target": sum(r.source_polarity_target for r in targeted),
            "category": sum(r.category for r in group),
        }
    return {
        "benchmark": BENCHMARK,
        "records": len(results),
        "records_without_source": len(results) - len(with_source),
        "source": _rate(sum(r.source for r in with_source), len(with_source)),
        "source_polarity_target": _rate(
            sum(r.source_polarity_target for r in with_target), len(with_target)
        ),
        "category": _rate(sum(r.category for r in with_source), len(with_source)),
        "per_category": categories,
    }


def evaluate(
    records: Sequence[PloverRecord], *, model: str | None = None
) -> tuple[dict[str, Any], list[RecordResult]]:
    """Extract every record's sentence and score it; return the summary and details."""
    extractions = extract_texts([r.text for r in records], prefix="plover", model=model)
    results = [
        score_record(record, extraction.statements)
        for record, extraction in zip(records, extractions, strict=True)
    ]
    return summarise(results), results


def format_summary(summary: dict[str, Any]) -> Iterable[str]:
    """Human-readable lines of a summary."""
    yield (
        f"PLOVER gold records: {summary['records']} "
        f"({summary['records_without_source']} without a source actor, left out)"
    )
    for key, title in (
        ("source", "source actor recall"),
        ("source_polarity_target", "(source, polarity, target) recall"),
        ("category", "stance-category recall"),
    ):
        rate = summary[key]
        low, high = rate["ci95"]
        yield (
            f"  {title:36} {rate['recall']:.3f}  ({rate['hits']}/{rate['total']}, "
            f"95% CI {low:.3f}-{high:.3f})"
        )
    yield "  per category: records  source  spt(with target)  category"
    for event, row in summary["per_category"].items():
        yield (
            f"    {event:12} {row['records']:4} {row['source']:7} "
            f"{row['source_polarity_target']:6}/{row['with_target']:<4} {row['category']:9}"
        )
