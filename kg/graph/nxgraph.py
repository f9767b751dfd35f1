"""The networkx view: a `MultiDiGraph` of actors and issues, one edge per statement.

Nodes are entities (keyed by entity id) and issues (literal objects, keyed
`issue/<slug>`). Parallel edges are kept: "A supports B" and "A criticises B" are two
edges. Attributes may be lists; exporters flatten them at their boundary.

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

from kg.ids import slugify
from kg.model import Entity, EntityRef, Statement


def issue_node_id(label: str) -> str:
    """The node id of a literal object ("lifting sanctions on Russia")."""
    return "issue/" + slugify(label)


def node_id(ref: EntityRef) -> str:
    return ref.id if ref.id else issue_node_id(ref.label)


def build_graph(entities: Iterable[Entity], statements: Iterable[Statement]) -> nx.MultiDiGraph:
    """Entities and issues as nodes, statements as keyed edges (key = statement id)."""
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
        graph.add_edge(source, target, key=statement.id, **edge_attributes(statement))
    return graph


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
