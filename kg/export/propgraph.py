"""The property-graph view shared by the Neo4j CSVs, the Cypher script and LadybugDB.

One closed schema of typed properties drives every property-graph file we write: the
CSV headers (`mention_count:long`), the Cypher literals and the LadybugDB tables. Values
are coerced to their declared type here, once, so `1` and `1.0` never mix in a column.

Absent values are `None` everywhere (an empty CSV field, `null` in Cypher): a statement
without a stance has no `stance` property, and an entity without aliases has no
`aliases` property, in every store and by every import route.

Example:
    >>> from kg.model import Entity
    >>> data = GraphData((), (Entity("person/a", "A", "person", ("Al",)),), ())
    >>> row = property_graph(data).nodes[0]
    >>> row.labels, row.properties["aliases"], row.properties["roles"]
    (('KgNode', 'Entity', 'Person'), ('Al',), None)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from kg.export.base import GraphData
from kg.export.names import node_labels, relationship_type

PropertyType = Literal["string", "long", "double", "boolean", "string[]"]


@dataclass(frozen=True, slots=True)
class Property:
    """A typed property of nodes or relationships.

    Attributes:
        name: The property key, ASCII snake_case (a bare identifier in Cypher).
        type: Its type, named as `neo4j-admin` headers name them.
    """

    name: str
    type: PropertyType

    @property
    def header(self) -> str:
        """The `neo4j-admin` CSV header: `name` for strings, else `name:type`."""
        return self.name if self.type == "string" else f"{self.name}:{self.type}"


NODE_PROPERTIES: tuple[Property, ...] = (
    Property("label", "string"),
    Property("type", "string"),
    Property("kind", "string"),
    Property("aliases", "string[]"),
    Property("roles", "string[]"),
    Property("mention_count", "long"),
)
RELATIONSHIP_PROPERTIES: tuple[Property, ...] = (
    Property("statement_id", "string"),
    Property("relation", "string"),
    Property("relation_text", "string"),
    Property("stance", "string"),
    Property("polarity", "long"),
    Property("negated", "boolean"),
    Property("modality", "string"),
    Property("attributed_to", "string"),
    Property("confidence", "double"),
    Property("rule", "string"),
    Property("cue", "string"),
    Property("doc_id", "string"),
    Property("sentence_index", "long"),
    Property("char_start", "long"),
    Property("char_end", "long"),
    Property("sentence", "string"),
    Property("about", "string[]"),
)
# Graph attributes that hold "" for "none" (networkx keeps no None): absent here.
_EMPTY_MEANS_ABSENT = frozenset({"stance", "cue", "attributed_to"})


@dataclass(frozen=True, slots=True)
class NodeRow:
    """One node: its id, its labels and its typed properties (`None` = absent)."""

    id: str
    labels: tuple[str, ...]
    properties: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RelationshipRow:
    """One relationship (one statement): endpoints, type and typed properties."""

    source: str
    target: str
    type: str
    properties: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PropertyGraph:
    """Nodes sorted by id; relationships sorted by source, target and statement id."""

    nodes: tuple[NodeRow, ...]
    relationships: tuple[RelationshipRow, ...]

    @property
    def relationship_types(self) -> tuple[str, ...]:
        """The relationship types present, sorted."""
        return tuple(sorted({row.type for row in self.relationships}))


def coerce(value: Any, kind: PropertyType) -> Any:
    """A value as its declared type; `None` and empty lists become `None` (absent).

    Example:
        >>> coerce(1, "double"), coerce(["a", 2], "string[]"), coerce([], "string[]")
        (1.0, ('a', '2'), None)
    """
    if value is None:
        return None
    if kind == "string[]":
        items = tuple(str(item) for item in value)
        return items or None
    if kind == "long":
        return int(value)
    if kind == "double":
        return float(value)
    if kind == "boolean":
        return bool(value)
    return str(value)


def property_graph(data: GraphData) -> PropertyGraph:
    """The networkx view of a build as typed property-graph rows, in a stable order."""
    graph = data.graph
    nodes = tuple(
        NodeRow(
            id=node,
            labels=node_labels(attributes["kind"], attributes["type"]),
            properties={p.name: coerce(attributes[p.name], p.type) for p in NODE_PROPERTIES},
        )
        for node, attributes in sorted(graph.nodes(data=True))
    )
    relationships = []
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for source, target, key, attributes in edges:
        values = {**attributes, "statement_id": key}
        for name in _EMPTY_MEANS_ABSENT:
            values[name] = values[name] or None
        relationships.append(
            RelationshipRow(
                source=source,
                target=target,
                type=relationship_type(values["stance"]),
                properties={
                    p.name: coerce(values[p.name], p.type) for p in RELATIONSHIP_PROPERTIES
                },
            )
        )
    return PropertyGraph(nodes, tuple(relationships))
