"""Scalar attributes for the XML graph formats (GraphML, GEXF), at the export boundary.

The networkx view keeps lists (aliases, roles); GraphML and GEXF hold scalars only, so
the copy written there joins lists with `;` and writes `None` as an empty string. XML
1.0 cannot hold most control characters at all, not even as character references: the
copy replaces them with U+FFFD, which `XML_REPLACEMENT` names. Article text rarely
has them (a form feed from a PDF, say); every other character is kept.

Example:
    >>> flatten({"aliases": ["A", "B"], "cue": None, "count": 2, "note": "a\\x0cb"})
    {'aliases': 'A;B', 'cue': '', 'count': 2, 'note': 'a�b'}
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

LIST_SEPARATOR = ";"
XML_REPLACEMENT = "\ufffd"
# Characters XML 1.0 forbids: C0 controls other than tab, LF, CR; surrogates; U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """The text with characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub(XML_REPLACEMENT, text)


def flatten(attributes: dict[str, Any]) -> dict[str, Any]:
    """Scalars only: lists become `;`-joined strings, None becomes an empty string."""
    flat: dict[str, Any] = {}
    for key, value in attributes.items():
        if isinstance(value, list | tuple | set | frozenset):
            value = LIST_SEPARATOR.join(str(item) for item in value)
        elif value is None:
            value = ""
        flat[key] = xml_text(value) if isinstance(value, str) else value
    return flat


def scalar_graph(graph: nx.MultiDiGraph, *, edge_ids: bool = False) -> nx.MultiDiGraph:
    """A copy with flattened attributes, nodes and edges in a stable order.

    Args:
        graph: The networkx view of a build.
        edge_ids: Also store each edge's key as its `id` attribute (GEXF takes edge ids
            from there).
    """
    flat = nx.MultiDiGraph()
    for node, attributes in sorted(graph.nodes(data=True)):
        flat.add_node(xml_text(node), **flatten(attributes))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda edge: edge[:3])
    for source, target, key, attributes in edges:
        extra = {"id": key} if edge_ids else {}
        flat.add_edge(
            xml_text(source), xml_text(target), key=xml_text(key), **flatten(attributes | extra)
        )
    return flat
