"""The networkx view: a `MultiDiGraph` of actors and issues, one edge per statement.

Nodes are entities (keyed by entity id) and issues (literal objects, keyed
`issue/<slug>`). Parallel edges are kept: "A supports B" and "A criticises B" are two
edges. Attributes may be lists; exporters flatten them at their boundary.

It comes from the same records and the same aggregation as the RDF model: an edge whose
statement asserts a stance carries its stance edge's `support_count`, `source_count`,
`first_seen` and `last_seen` (`kg.graph.aggregate`); other edges have a support count
of 0 and empty dates.

Example:
    >>> from kg.model import Entity
    >>> graph = build_graph([Entity("person/a", "A", "person")], [])
    >>> graph.nodes["person/a"]["label"]
    'A'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.graph.aggregate import StanceEdge, issue_node_id, node_id, stance_edges
from kg.model import Document, Entity, EntityRef, Statement

__all__ = ["build_graph", "edge_attributes", "issue_node_id", "node_id"]


def build_graph(
    entities: Iterable[Entity],
    statements: Iterable[Statement],
    documents: Iterable[Document] = (),
) -> nx.MultiDiGraph:
    """Entities and issues as nodes, statements as keyed edges (key = statement id).

    Args:
        entities: The entities (nodes with their attributes).
        statements: One edge each.
        documents: Their documents, for the first/last seen dates of stance edges.
    """
    statements = tuple(statements)
    edge_of: dict[str, StanceEdge] = {
        statement_id: edge
        for edge in stance_edges(documents, statements)
        for statement_id in edge.statement_ids
    }
    graph = nx.MultiDiGraph()
    for entity in entities:
        graph.add_node(
            entity.id,
            kind="entity",
            label=entity.label,
            type=entity.type,
            aliases=list(entity.aliases),
            roles=list(entity.roles),
            mention_count=entity.mention_count,
        )
    for statement in statements:
        source = node_id(statement.subject)
        target = node_id(statement.object)
        for ref, node in ((statement.subject, source), (statement.object, target)):
            if node not in graph:
                graph.add_node(node, **_issue_attributes(ref))
        attributes = edge_attributes(statement) | _support_attributes(edge_of.get(statement.id))
        graph.add_edge(source, target, key=statement.id, **attributes)
    return graph


def _support_attributes(edge: StanceEdge | None) -> dict[str, Any]:
    if edge is None:
        return {"support_count": 0, "source_count": 0, "first_seen": "", "last_seen": ""}
    return {
        "support_count": edge.support_count,
        "source_count": edge.source_count,
        "first_seen": edge.first_seen or "",
        "last_seen": edge.last_seen or "",
    }


def _issue_attributes(ref: EntityRef) -> dict[str, Any]:
    return {
        "kind": "issue" if ref.id is None else "entity",
        "label": ref.label,
        "type": ref.type or "issue",
        "aliases": [],
        "roles": [],
        "mention_count": 0,
    }


def edge_attributes(statement: Statement) -> dict[str, Any]:
    """The statement's fields as edge attributes (the ids of refs, not nested dicts)."""
    return {
        "relation": statement.relation,
        "relation_text": statement.relation_text,
        "stance": statement.stance or "",
        "polarity": statement.polarity,
        "negated": statement.negated,
        "modality": statement.modality,
        "attributed_to": statement.attributed_to.id if statement.attributed_to else "",
        "confidence": statement.confidence,
        "rule": statement.rule,
        "cue": statement.cue or "",
        "doc_id": statement.doc_id,
        "sentence_index": statement.sentence_index,
        "char_start": statement.char_start,
        "char_end": statement.char_end,
        "sentence": statement.sentence,
        "about": [ref.id for ref in statement.about if ref.id],
    }
