"""The data the page draws: nodes in growth order, stance edges with their evidence.

Statements with the same subject, object, stance (or, without a stance, relation),
polarity and negation become one drawn edge whose support is the number of statements
behind it; each of those statements stays in the edge's evidence list. Different
stances between the same pair stay separate edges, bent apart so that both are visible.

Example:
    >>> from kg.model import Entity
    >>> payload = page_payload(GraphData((), (Entity("person/a", "A", "person"),), ()))
    >>> payload["totals"], payload["nodes"][0]["label"]
    ({'nodes': 1, 'edges': 0, 'statements': 0}, 'A')
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from kg.export.base import GraphData
from kg.export.html.evidence import highlight, locate_sentence
from kg.export.html.layout import layout
from kg.export.html.view import growth_order
from kg.extract.stance.types import STANCE_TYPES
from kg.model import Document

# How many nodes the page shows before the reader asks for more.
DEFAULT_VIEW_LIMIT = 500
TYPE_COLORS = {
    "person": "#1e88e5",
    "organization": "#8e24aa",
    "place": "#43a047",
    "group": "#fb8c00",
    "event": "#00897b",
    "law": "#5e35b1",
    "work": "#6d4c41",
    "product": "#f4511e",
    "other": "#546e7a",
    "issue": "#9e9e9e",
}
FALLBACK_COLOR = "#546e7a"
POLARITY_COLORS = {"1": "#2e7d32", "0": "#757575", "-1": "#c62828"}
# A published value starting with an ISO date; the page filters on that date.
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WEB_LINK = re.compile(r"^https?://", re.IGNORECASE)
# Bend of the k-th edge between one pair of nodes: straight, then alternating sides.
CURVE_STEP = 0.25

EdgeKey = tuple[str, str, str, str, int, bool]


def document_entry(document: Document) -> dict[str, Any]:
    """Title, link (only http/https), raw url and ISO date of a document.

    Example:
        >>> document_entry(Document("d", "", url="javascript:alert(1)"))["link"]
        ''
    """
    url = document.url or ""
    published = document.published or ""
    date = published[:10] if _ISO_DATE.match(published) else ""
    return {
        "id": document.id,
        "title": document.title or "",
        "url": url,
        "link": url if _WEB_LINK.match(url) else "",
        "published": published,
        "date": date,
    }


def curves(keys: list[EdgeKey]) -> list[float]:
    """A bend for each edge so that edges between the same two nodes never coincide.

    The bend is relative to the edge's own direction, so an edge drawn B -> A gets the
    opposite sign of an A -> B edge with the same bend. Self-loops need none.

    Example:
        >>> curves([("a", "b", "X", "", 0, False), ("a", "b", "Y", "", 0, False),
        ...         ("b", "a", "Z", "", 0, False), ("c", "d", "X", "", 0, False)])
        [0.0, 0.25, 0.25, 0.0]
    """
    seen: dict[tuple[str, str], int] = defaultdict(int)
    bends = []
    for key in keys:
        source, target = key[0], key[1]
        pair = (min(source, target), max(source, target))
        position = seen[pair]
        seen[pair] += 1
        if source == target or position == 0:
            bends.append(0.0)
            continue
        side = 1 if position % 2 else -1
        bend = side * CURVE_STEP * ((position + 1) // 2)
        bends.append(bend if source <= target else -bend)
    return bends


def page_payload(data: GraphData, view_limit: int = DEFAULT_VIEW_LIMIT) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data (no HTML anywhere)."""
    graph = data.graph
    growth = growth_order(graph)
    rank = growth.rank()
    positions = layout(graph, growth)
    documents = sorted(data.documents, key=lambda document: document.id)
    document_index = {document.id: index for index, document in enumerate(documents)}
    texts = {document.id: document.text for document in documents}
    labels = {node: attributes["label"] for node, attributes in graph.nodes(data=True)}

    nodes: list[dict[str, Any]] = []
    for node in growth.order:
        attributes = graph.nodes[node]
        x, y = positions[node]
        nodes.append(
            {
                "id": node,
                "label": attributes["label"],
                "type": attributes["type"],
                "kind": attributes["kind"],
                "aliases": list(attributes["aliases"]),
                "roles": list(attributes["roles"]),
                "mentions": attributes["mention_count"],
                "degree": graph.degree(node),
                "x": x,
                "y": y,
            }
        )

    groups: dict[EdgeKey, list[dict[str, Any]]] = defaultdict(list)
    for source, target, key, attributes in sorted(
        graph.edges(keys=True, data=True), key=lambda edge: (rank[edge[0]], rank[edge[1]], edge[2])
    ):
        stance = attributes["stance"] or ""
        edge_key: EdgeKey = (
            source,
            target,
            stance,
            "" if stance else attributes["relation"],
            attributes["polarity"],
            attributes["negated"],
        )
        groups[edge_key].append(_evidence(key, attributes, texts, document_index, labels))

    keys = list(groups)
    edges: list[dict[str, Any]] = []
    for edge_key, bend in zip(keys, curves(keys), strict=True):
        source, target, stance, relation, polarity, negated = edge_key
        evidence = groups[edge_key]
        edges.append(
            {
                "from": rank[source],
                "to": rank[target],
                "label": stance or relation,
                "stance": stance,
                "polarity": polarity,
                "negated": negated,
                "curve": bend,
                "evidence": evidence,
            }
        )

    known = [name for name in STANCE_TYPES if any(e["stance"] == name for e in edges)]
    unknown = sorted({e["stance"] for e in edges} - set(STANCE_TYPES) - {""})
    return {
        "totals": {
            "nodes": graph.number_of_nodes(),
            "edges": len(edges),
            "statements": graph.number_of_edges(),
        },
        "viewLimit": view_limit,
        "stances": known + unknown + ([""] if any(not e["stance"] for e in edges) else []),
        "types": sorted({node["type"] for node in nodes}),
        "typeColors": {
            kind: TYPE_COLORS.get(kind, FALLBACK_COLOR) for kind in {n["type"] for n in nodes}
        },
        "polarityColors": POLARITY_COLORS,
        "documents": [document_entry(document) for document in documents],
        "nodes": nodes,
        "edges": edges,
    }


def _evidence(
    statement_id: str,
    attributes: dict[str, Any],
    texts: dict[str, str],
    document_index: dict[str, int],
    labels: dict[str, str],
) -> dict[str, Any]:
    """One statement behind an edge: its sentence with highlights and its provenance."""
    sentence = attributes["sentence"]
    doc_id = attributes["doc_id"]
    offset = locate_sentence(
        texts.get(doc_id, ""), sentence, attributes["char_start"], attributes["char_end"]
    )
    span = None
    if offset is not None:
        span = (attributes["char_start"] - offset, attributes["char_end"] - offset)
    speaker = attributes["attributed_to"] or ""
    return {
        "statement": statement_id,
        "doc": document_index.get(doc_id, -1),
        "docId": doc_id,
        "sentence": sentence,
        "marks": [list(mark) for mark in highlight(sentence, span, attributes["relation_text"])],
        "relation": attributes["relation_text"],
        "speaker": labels.get(speaker, speaker),
        "confidence": attributes["confidence"],
        "modality": attributes["modality"],
        "rule": attributes["rule"],
    }
