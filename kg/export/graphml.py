"""GraphML for Gephi, yEd and graph databases; list attributes are joined with `;`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.base import GraphData
from kg.fsutil import atomic_write_bytes

LIST_SEPARATOR = ";"


def flatten(attributes: dict[str, Any]) -> dict[str, Any]:
    """Scalars only: lists become `;`-joined strings, None becomes an empty string."""
    flat: dict[str, Any] = {}
    for key, value in attributes.items():
        if isinstance(value, list | tuple | set):
            flat[key] = LIST_SEPARATOR.join(str(item) for item in value)
        elif value is None:
            flat[key] = ""
        else:
            flat[key] = value
    return flat


def scalar_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the graph with every attribute flattened to a scalar."""
    flat = nx.MultiDiGraph()
    for node, attributes in sorted(graph.nodes(data=True)):
        flat.add_node(node, **flatten(attributes))
    for source, target, key, attributes in sorted(
        graph.edges(keys=True, data=True), key=lambda edge: (edge[0], edge[1], edge[2])
    ):
        flat.add_edge(source, target, key=key, **flatten(attributes))
    return flat


def generate_graphml(data: GraphData) -> bytes:
    return "\n".join(nx.generate_graphml(scalar_graph(data.graph))).encode("utf-8") + b"\n"


def write_graphml(data: GraphData, path: Path) -> None:
    atomic_write_bytes(path, generate_graphml(data))
