"""Resolution accuracy of `resolve_actors` on the hand-annotated coreference set.

    .venv/bin/python -m bench.coref_accuracy [--split dev|test|all] [--errors] [--json]

Reads tests/data/coref/<split>/*.jsonl (see its README), parses every passage with the
default pipeline, resolves actors, and scores each annotated mention: correct when the
resolved entities match the annotated antecedent (see `is_correct`), or when a mention
annotated as "no actor" is left unresolved. Prints accuracy per split, file and kind.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.extract.actors import ActorIndex, resolve_actors
from kg.extract.actors.names import fold
from kg.nlp import load_pipeline

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "coref"
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Scored:
    """One annotated mention and what the resolver made of it."""

    file: str
    passage: str
    kind: str
    text: str
    start: int
    gold: tuple[tuple[str, ...], ...]
    system: tuple[str, ...]
    correct: bool


def load(split: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file name, passage) pairs of one split, in file order."""
    for path in sorted((DATA / split).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield f"{split}/{path.name}", json.loads(line)


def answers(mention: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The acceptable answers of a mention: the antecedent, then any alternatives."""
    return (tuple(mention["antecedent"]), *(tuple(a) for a in mention.get("also", ())))


def system_entities(index: ActorIndex, doc_tokens: list[int]) -> tuple[str, ...]:
    """Entity ids the resolver gives a mention: by its head token, else its first token."""
    for token in doc_tokens:
        found = index.resolve_all(token)
        if found:
            return tuple(ref.id or "" for ref in found)
    return ()


def is_correct(index: ActorIndex, system: tuple[str, ...], gold: Iterable[Iterable[str]]) -> bool:
    """Whether the resolved entities match one acceptable answer exactly.

    Each annotated name must equal (folded) the label or an alias of a distinct resolved
    entity, and there must be as many entities as names; no names means unresolved.
    """
    for answer in gold:
        names = [fold(name) for name in answer]
        if len(names) != len(system):
            continue
        remaining = list(system)
        for name in names:
            match = next((i for i in remaining if name in _names_of(index, i)), None)
            if match is None:
                break
            remaining.remove(match)
        else:
            return True
    return False


def _names_of(index: ActorIndex, entity_id: str) -> set[str]:
    entity = index.entities[entity_id]
    return {fold(entity.label), *(fold(alias) for alias in entity.aliases)}


def score(split: str) -> list[Scored]:
    """Resolve and score every annotated mention of a split."""
    nlp = load_pipeline()
    results = []
    for file, passage in load(split):
        doc = nlp(passage["text"])
        index = resolve_actors(doc)
        for mention in passage["mentions"]:
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if span is None:
                raise ValueError(f"{file} {passage['id']}: no tokens at {mention}")
            system = system_entities(index, [span.root.i, span.start])
            gold = answers(mention)
            results.append(
                Scored(
                    file=file,
                    passage=passage["id"],
                    kind=mention["kind"],
                    text=mention["text"],
                    start=mention["start"],
                    gold=gold,
                    system=tuple(index.entities[i].label for i in system),
                    correct=is_correct(index, system, gold),
                )
            )
    return results


def summary(results: list[Scored]) -> dict[str, Any]:
    """Accuracy overall, by file and by kind, plus precision of resolved answers."""

    def accuracy(rows: list[Scored]) -> dict[str, Any]:
        correct = sum(row.correct for row in rows)
        return {"correct": correct, "total": len(rows), "accuracy": _ratio(correct, len(rows))}

    resolved = [row for row in results if row.system]
    with_actor = [row for row in results if row.gold[0]]
    no_actor = [row for row in results if not row.gold[0]]
    return {
        "all": accuracy(results),
        "by_file": {
            f: accuracy([r for r in results if r.file == f]) for f in _keys(results, "file")
        },
        "by_kind": {
            k: accuracy([r for r in results if r.kind == k]) for k in _keys(results, "kind")
        },
        "antecedent_is_an_actor": accuracy(with_actor),
        "no_actor_left_unresolved": accuracy(no_actor),
        "precision_of_resolutions": accuracy(resolved),
    }


def _keys(results: list[Scored], attribute: str) -> list[str]:
    return sorted(Counter(getattr(row, attribute) for row in results))


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--errors", action="store_true", help="list every wrong answer")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    report: dict[str, Any] = {}
    started = time.perf_counter()
    for split in splits:
        results = score(split)
        report[split] = summary(results)
        if args.errors:
            for row in results:
                if not row.correct:
                    print(
                        f"WRONG {row.file} {row.passage} @{row.start} {row.kind} {row.text!r}: "
                        f"gold {[list(g) for g in row.gold]} system {list(row.system)}"
                    )
    report["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for split in splits:
        data = report[split]
        total = data["all"]
        print(f"{split}: accuracy {total['accuracy']:.3f} ({total['correct']}/{total['total']})")
        for group in ("by_file", "by_kind"):
            for key, value in data[group].items():
                print(f"  {key:28} {value['accuracy']:.3f} ({value['correct']}/{value['total']})")
        for key in (
            "antecedent_is_an_actor",
            "no_actor_left_unresolved",
            "precision_of_resolutions",
        ):
            value = data[key]
            print(f"  {key:28} {value['accuracy']:.3f} ({value['correct']}/{value['total']})")
    print(f"({report['seconds']}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
