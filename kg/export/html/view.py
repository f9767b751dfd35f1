"""Which nodes a big page shows first: best-first growth from the most connected actors.

The page shows the first N nodes of one order (N = 500 by default) and can show more.
The order grows a connected region: it starts at the most connected node, then always
takes the most connected node adjacent to what it already has. When a connected
component is exhausted it starts again at the most connected node left, so every
prefix of the order is a union of connected subgraphs around the hubs. Nodes without
any edge come last, most mentioned first.

Example:
    >>> import networkx as nx
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_edges_from([("hub", "a"), ("hub", "b"), ("hub", "d"), ("b", "c"), ("x", "y")])
    [0, 0, 0, 0, 0]
    >>> graph.add_node("lonely")
    >>> growth = growth_order(graph)
    >>> growth.order
    ('hub', 'b', 'a', 'c', 'd', 'x', 'y', 'lonely')
    >>> growth.parent["c"], growth.parent["x"]
    ('b', None)
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import count

import networkx as nx


@dataclass(frozen=True)
class GrowthOrder:
    """Nodes in the order the page reveals them.

    Attributes:
        order: Every node of the graph exactly once.
        parent: For each node, the already-ordered neighbour through which it was
            reached, or None for the first node of a connected component.
    """

    order: tuple[str, ...]
    parent: dict[str, str | None]

    def rank(self) -> dict[str, int]:
        """Each node's position in `order`."""
        return {node: position for position, node in enumerate(self.order)}


def neighbours(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Undirected adjacency without self-loops (parallel edges collapse)."""
    adjacent: dict[str, set[str]] = {node: set() for node in graph}
    for source, target in graph.edges():
        if source != target:
            adjacent[source].add(target)
            adjacent[target].add(source)
    return adjacent


def growth_order(graph: nx.MultiDiGraph) -> GrowthOrder:
    """Best-first order by degree (statements touching a node), ties by mentions and id."""
    adjacent = neighbours(graph)

    def priority(node: str) -> tuple[int, int, bool, str]:
        attributes = graph.nodes[node]
        return (
            -graph.degree(node),
            -int(attributes.get("mention_count", 0)),
            attributes.get("kind") != "entity",
            node,
        )

    order: list[str] = []
    parent: dict[str, str | None] = {}
    tiebreak = count()
    for seed in sorted(graph, key=priority):
        if seed in parent:
            continue
        frontier: list[tuple[tuple[int, int, bool, str], int, str, str | None]] = [
            (priority(seed), next(tiebreak), seed, None)
        ]
        while frontier:
            _, _, node, via = heapq.heappop(frontier)
            if node in parent:
                continue
            parent[node] = via
            order.append(node)
            for neighbour in adjacent[node]:
                if neighbour not in parent:
                    heapq.heappush(frontier, (priority(neighbour), next(tiebreak), neighbour, node))
    return GrowthOrder(tuple(order), parent)
