"""Node positions computed in Python (networkx, seeded), so the page need not simulate.

Each connected component is laid out on its own: its first `CORE_SIZE` nodes in growth
order (the hubs and what surrounds them) with networkx's spring layout, the rest, the
periphery of a big component, fanned out around the neighbour through which they were
reached. networkx's spring layout is quadratic in the number of nodes (and needs scipy
from 500 nodes on), so a 10,000-node graph costs a few small layouts, not one huge one.
Components are then packed in rows, the biggest first. Positions are in pixels of the
page's canvas and depend only on the graph and the seed.

Example:
    >>> import networkx as nx
    >>> from kg.export.html.view import growth_order
    >>> graph = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> positions = layout(graph, growth_order(graph))
    >>> sorted(positions) == ["a", "b", "c"] and positions == layout(graph, growth_order(graph))
    True
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from kg.export.html.view import GrowthOrder, neighbours

SEED = 20170128
# networkx lays out fewer than 500 nodes without scipy; the spring layout is O(n²).
CORE_SIZE = 400
# Roughly the distance between neighbouring nodes, in canvas pixels.
SPACING = 110.0
# Periphery nodes around one parent: how many share a ring, on a half circle.
RING_SLOTS = 9

LONE_NODE_GAP = 0.6

Point = tuple[float, float]


def _components(growth: GrowthOrder) -> list[list[str]]:
    """Connected components, each in growth order, in the order they were grown."""
    components: list[list[str]] = []
    for node in growth.order:
        if growth.parent[node] is None:
            components.append([])
        components[-1].append(node)
    return components


def _core_layout(nodes: list[str], adjacent: dict[str, set[str]], seed: int) -> dict[str, Point]:
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    members = set(nodes)
    core = nx.Graph()
    core.add_nodes_from(nodes)
    core.add_edges_from((u, v) for u in nodes for v in adjacent[u] if v in members)
    # spring_layout scales into [-1, 1]; neighbours sit about 2 / sqrt(n) apart.
    scale = SPACING * math.sqrt(len(nodes)) / 2
    raw = nx.spring_layout(core, seed=seed, scale=scale)
    return {node: (float(raw[node][0]), float(raw[node][1])) for node in nodes}


def _fan_out(
    periphery: list[str], growth: GrowthOrder, positions: dict[str, Point], centre: Point
) -> None:
    """Place each node on rings around its parent, on the side facing away from the centre."""
    children: dict[str, int] = defaultdict(int)
    for node in periphery:
        via = growth.parent[node]
        # The growth order reaches every periphery node from an earlier node.
        assert via is not None
        assert via in positions
        px, py = positions[via]
        outward = math.atan2(py - centre[1], px - centre[0])
        slot = children[via]
        children[via] += 1
        ring, seat = divmod(slot, RING_SLOTS)
        angle = outward + (seat - (RING_SLOTS - 1) / 2) * (math.pi / RING_SLOTS)
        radius = SPACING * 0.7 * (ring + 1)
        positions[node] = (px + radius * math.cos(angle), py + radius * math.sin(angle))


def _component_layout(
    nodes: list[str], growth: GrowthOrder, adjacent: dict[str, set[str]], seed: int
) -> dict[str, Point]:
    positions = _core_layout(nodes[:CORE_SIZE], adjacent, seed)
    if len(nodes) > CORE_SIZE:
        xs, ys = zip(*positions.values(), strict=True)
        centre = (sum(xs) / len(xs), sum(ys) / len(ys))
        _fan_out(nodes[CORE_SIZE:], growth, positions, centre)
    return positions


def _pack(layouts: list[dict[str, Point]]) -> dict[str, Point]:
    """Shelf packing: components left to right in rows about as wide as the whole is tall."""
    boxes = []
    for positions in layouts:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        # Lone nodes (actors without any statement) sit closer together.
        gap = SPACING if len(positions) > 1 else SPACING * LONE_NODE_GAP
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + gap, max(ys) - min(ys) + gap))
    area = sum(width * height for _, _, width, height in boxes)
    row_width = max(math.sqrt(area) * 1.3, max((box[2] for box in boxes), default=0.0))
    packed: dict[str, Point] = {}
    x = y = row_height = 0.0
    for positions, (left, top, width, height) in zip(layouts, boxes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (nx_, ny_) in positions.items():
            packed[node] = (round(nx_ - left + x, 1), round(ny_ - top + y, 1))
        x += width
        row_height = max(row_height, height)
    return packed


def layout(graph: nx.MultiDiGraph, growth: GrowthOrder, seed: int = SEED) -> dict[str, Point]:
    """Positions for every node of `graph`, deterministic for a given seed."""
    adjacent = neighbours(graph)
    layouts = [_component_layout(nodes, growth, adjacent, seed) for nodes in _components(growth)]
    return _pack(layouts)
