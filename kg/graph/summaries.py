"""What analysts ask of the merged view, computed once at build time.

A question such as "who is criticised most?" aggregates over every stance edge; asked
of the store it would scan and join the whole graph at every query. These records hold
the answers' building blocks instead, as pure functions of the stance edges and the
statements (recomputed, never updated, like `kg.graph.aggregate`):

- `TargetCriticism`: per entity, the statements that take a negative stance towards it,
  its distinct critics, and its rank among all criticised entities;
- `AmbivalentStance`: an actor that takes both positive and negative stances towards
  the same target, with the statements on each side;
- `CoMention`: two entities that the statements of the same documents are about, with
  the number of documents; each entity keeps its `CO_MENTION_LIMIT` most frequent
  companions;
- `strength_ranks`: each stance edge between two entities ranked by distinct documents,
  then statements.

Example:
    >>> from kg.model import EntityRef, Statement
    >>> a, b, c = (EntityRef(f"person/{n}", n.title(), "person") for n in "abc")
    >>> one = Statement("s1", "d1", 0, 0, 5, "A hit B.", a, "criticise", "hit", b,
    ...     "DISAPPROVE", -1, False, "asserted", None, 0.8, "clause:svo")
    >>> two = Statement("s2", "d1", 0, 6, 9, "C praised B.", c, "praise", "praised", b,
    ...     "SUPPORT", 1, False, "asserted", None, 0.8, "clause:svo")
    >>> [(m.actor, m.companion, m.documents) for m in co_mentions([one, two])[:2]]
    [('person/a', 'person/b', 1), ('person/a', 'person/c', 1)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from kg.graph.aggregate import StanceEdge, node_id, participants
from kg.ids import short_hash
from kg.model import EntityRef, Statement

# Companions kept per entity: the co-mention question lists at most this many pairs,
# and a pair in the corpus-wide top list is always in the top list of both its members.
CO_MENTION_LIMIT = 100


@dataclass(frozen=True, slots=True)
class TargetCriticism:
    """The negative stances an entity receives, over all stance edges.

    Attributes:
        target: The entity.
        criticisms: Statements of negative stance edges towards it.
        critics: Distinct holders of those edges.
        rank: 1 for the most criticised entity; by criticisms, then critics, then label
            (then id), all descending but the label.
    """

    target: EntityRef
    criticisms: int
    critics: int
    rank: int


@dataclass(frozen=True, slots=True)
class AmbivalentStance:
    """An actor with both positive and negative stances towards one target.

    Attributes:
        id: Stable: a hash of the holder and target nodes.
        holder: The actor.
        target: The entity or literal issue.
        positive: Statements of its positive stance edges towards the target.
        negative: Statements of its negative ones.
    """

    id: str
    holder: EntityRef
    target: EntityRef
    positive: int
    negative: int


@dataclass(frozen=True, slots=True)
class CoMention:
    """Two entities that statements of the same documents are about.

    Attributes:
        actor: The entity id whose companion list this is.
        companion: The other entity id.
        documents: The documents whose statements are about both.
    """

    actor: str
    companion: str
    documents: int

    @property
    def id(self) -> str:
        return short_hash(self.actor, self.companion, length=24)


def target_criticisms(edges: Iterable[StanceEdge]) -> tuple[TargetCriticism, ...]:
    """Per entity target of a negative stance edge: statements and critics, ranked."""
    criticisms: Counter[str] = Counter()
    critics: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, EntityRef] = {}
    for edge in edges:
        if edge.polarity < 0 and edge.object.id:
            criticisms[edge.object.id] += edge.support_count
            critics[edge.object.id].add(node_id(edge.subject))
            targets.setdefault(edge.object.id, edge.object)
    ordered = sorted(
        targets,
        key=lambda i: (-criticisms[i], -len(critics[i]), targets[i].label, i),
    )
    return tuple(
        TargetCriticism(targets[i], criticisms[i], len(critics[i]), rank)
        for rank, i in enumerate(ordered, start=1)
    )


def ambivalent_stances(edges: Iterable[StanceEdge]) -> tuple[AmbivalentStance, ...]:
    """(holder, target) pairs with positive and negative stance edges; sorted by id."""
    sides: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    ends: dict[tuple[str, str], tuple[EntityRef, EntityRef]] = {}
    for edge in edges:
        key = (node_id(edge.subject), node_id(edge.object))
        sides[key][edge.polarity] += edge.support_count
        ends.setdefault(key, (edge.subject, edge.object))
    found = [
        AmbivalentStance(
            short_hash("ambivalent", *key, length=24), *ends[key], counts[1], counts[-1]
        )
        for key, counts in sides.items()
        if counts[1] and counts[-1]
    ]
    return tuple(sorted(found, key=lambda stance: stance.id))


def strength_ranks(edges: Sequence[StanceEdge], labels: dict[str, str]) -> dict[str, int]:
    """Edge id -> rank (1 = strongest) of the stance edges between two known entities.

    By distinct documents, then statements (both descending), then the holder's label,
    the stance and the target's label: the order of "which stances are best supported?".
    """
    between = [e for e in edges if e.subject.id in labels and e.object.id in labels]
    between.sort(
        key=lambda e: (
            -e.source_count,
            -e.support_count,
            labels[e.subject.id or ""],
            e.stance,
            labels[e.object.id or ""],
            e.id,
        )
    )
    return {edge.id: rank for rank, edge in enumerate(between, start=1)}


def co_mentions(
    statements: Iterable[Statement],
    labels: dict[str, str] | None = None,
    limit: int = CO_MENTION_LIMIT,
) -> tuple[CoMention, ...]:
    """Each entity's `limit` most frequent companions, sorted by actor, then companion.

    The entities of a document are those its statements are about (subject, object,
    speaker, topics: `kg.graph.triples.participants`). A companion list is ordered by
    shared documents (descending), then the companion's label (from `labels`, else its
    id), then its id.
    """
    in_document: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        refs = participants(statement)
        in_document[statement.doc_id].update(ref.id for ref in refs if ref.id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in in_document.values():
        shared.update(combinations(sorted(ids), 2))
    companions: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), count in shared.items():
        companions[a].append((b, count))
        companions[b].append((a, count))
    names = labels or {}
    kept = []
    for actor, others in companions.items():
        others.sort(key=lambda pair: (-pair[1], names.get(pair[0], pair[0]), pair[0]))
        kept += [CoMention(actor, other, count) for other, count in others[:limit]]
    return tuple(sorted(kept, key=lambda m: (m.actor, m.companion)))
