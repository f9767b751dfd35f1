"""Stance edges aggregated across documents: support, distinct sources, first/last seen.

A stance edge is every statement with the same subject, stance type and object. It is a
pure function of the documents and statements, so it is recomputed, never updated: the
same set of documents always gives the same edges, whatever order they were added in.

Example:
    >>> from dataclasses import replace
    >>> from kg.model import Document, EntityRef, Statement
    >>> putin, trump = EntityRef("person/putin", "Putin", "person"), EntityRef(
    ...     "person/trump", "Trump", "person")
    >>> one = Statement("s1", "d1", 0, 0, 14, "Putin praised Trump.", putin, "praise",
    ...     "praised", trump, "SUPPORT", 1, False, "asserted", None, 0.8, "clause:svo")
    >>> two = replace(one, id="s2", doc_id="d2")
    >>> documents = [Document("d1", "…", published="2017-01-28"), Document("d2", "…")]
    >>> [edge] = stance_edges(documents, [one, two])
    >>> edge.support_count, edge.source_count, edge.first_seen, edge.last_seen
    (2, 2, '2017-01-28', '2017-01-28')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kg.extract.stance import STANCE_TYPES
from kg.ids import short_hash, slugify
from kg.model import Document, EntityRef, Statement


def issue_node_id(label: str) -> str:
    """The node id of a literal object ("lifting sanctions on Russia").

    Example:
        >>> issue_node_id("Lifting sanctions on Russia")
        'issue/lifting-sanctions-on-russia'
    """
    return "issue/" + slugify(label)


def node_id(ref: EntityRef) -> str:
    """The graph node of a subject or object: its entity id, or its issue id."""
    return ref.id if ref.id else issue_node_id(ref.label)


def participants(statement: Statement) -> tuple[EntityRef, ...]:
    """Everyone a statement is about: subject, object, speaker, and entities in the object."""
    speaker = (statement.attributed_to,) if statement.attributed_to else ()
    return (statement.subject, statement.object, *speaker, *statement.about)


@dataclass(frozen=True, slots=True)
class StanceEdge:
    """All statements of one stance from one subject to one object.

    Attributes:
        id: Stable: a hash of subject node, stance and object node.
        subject: The actor.
        stance: The stance type (`REJECT`).
        object: The target (an entity, or a literal issue).
        polarity: The polarity of its stance type (DESIGN §4).
        statement_ids: The supporting statements, sorted.
        doc_ids: The distinct documents they come from, sorted.
        first_seen: The earliest `published` date of those documents (ISO `YYYY-MM-DD`),
            None when none has a readable date.
        last_seen: The latest such date.
    """

    id: str
    subject: EntityRef
    stance: str
    object: EntityRef
    polarity: int
    statement_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None

    @property
    def support_count(self) -> int:
        return len(self.statement_ids)

    @property
    def source_count(self) -> int:
        return len(self.doc_ids)


def published_date(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 `published` value, or None when it has none.

    Example:
        >>> published_date("2017-01-28T14:05:00Z"), published_date("2017-01-28")
        (datetime.date(2017, 1, 28), datetime.date(2017, 1, 28))
        >>> published_date("last Tuesday") is None
        True
    """
    if not value:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def stance_edge_key(statement: Statement) -> tuple[str, str, str] | None:
    """(subject node, stance, object node) of a statement that asserts a stance, else None."""
    if statement.stance is None or statement.negated:
        return None
    return (node_id(statement.subject), statement.stance, node_id(statement.object))


def stance_edges(
    documents: Iterable[Document], statements: Iterable[Statement]
) -> tuple[StanceEdge, ...]:
    """Group the stance statements by (subject, stance, object); sorted by edge id.

    Negated statements and statements without a stance assert no stance edge.
    """
    dates = {document.id: published_date(document.published) for document in documents}
    groups: dict[tuple[str, str, str], list[Statement]] = {}
    for statement in statements:
        key = stance_edge_key(statement)
        if key is not None:
            groups.setdefault(key, []).append(statement)
    edges = []
    for key, group in groups.items():
        doc_ids = tuple(sorted({statement.doc_id for statement in group}))
        seen = sorted(day for doc_id in doc_ids if (day := dates.get(doc_id)) is not None)
        first = min(group, key=lambda s: (s.doc_id, s.char_start, s.id))
        edges.append(
            StanceEdge(
                id=short_hash(*key, length=24),
                subject=first.subject,
                stance=key[1],
                object=first.object,
                polarity=STANCE_TYPES[key[1]].polarity,
                statement_ids=tuple(sorted(statement.id for statement in group)),
                doc_ids=doc_ids,
                first_seen=seen[0].isoformat() if seen else None,
                last_seen=seen[-1].isoformat() if seen else None,
            )
        )
    return tuple(sorted(edges, key=lambda edge: edge.id))
