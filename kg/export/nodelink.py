"""networkx node-link JSON (for D3 and `networkx.node_link_graph`); lists stay lists.

Example:
    >>> import json
    >>> from kg.model import Entity
    >>> data = GraphData((), (Entity("person/a", "A", "person", ("Al",)),), ())
    >>> json.loads(generate_nodelink(data))["nodes"][0]["aliases"]
    ['Al']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.base import GraphData
from kg.fsutil import atomic_write_text

# networkx 3.4+ names: "edges" (not the old default "links"), and the edge key as "key".
EDGES = "edges"


def nodelink_data(data: GraphData) -> dict[str, Any]:
    """The node-link dict, nodes by id and edges by (source, target, key)."""
    ordered = nx.MultiDiGraph()
    ordered.add_nodes_from(sorted(data.graph.nodes(data=True)))
    ordered.add_edges_from(
        sorted(data.graph.edges(keys=True, data=True), key=lambda edge: edge[:3])
    )
    result: dict[str, Any] = nx.node_link_data(ordered, edges=EDGES)
    return result


def generate_nodelink(data: GraphData) -> str:
    """The JSON text: keys sorted, two-space indent, UTF-8 kept readable."""
    return json.dumps(nodelink_data(data), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def write_nodelink(data: GraphData, path: Path) -> None:
    """Write the node-link JSON file."""
    atomic_write_text(path, generate_nodelink(data))
