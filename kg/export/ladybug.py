"""LadybugDB (an embedded Cypher graph database): tables, and COPY from the Neo4j CSVs.

LadybugDB needs a schema before data: one node table `KgNode` keyed by `id`, and one
relationship table per relationship type. Its `COPY ... FROM (LOAD WITH HEADERS ...)`
reads the `neo4j-admin` CSVs as they are: typed header columns are declared, lists are
split with `string_split`, and the extra Neo4j labels become the list property `labels`
(a LadybugDB node has one label, its table). The scripts name the CSVs by relative
path: run them from the folder that holds them.

Example:
    >>> from kg.export.propgraph import PropertyGraph
    >>> print(generate_ladybug_schema(PropertyGraph((), ())).splitlines()[0][:61])
    CREATE NODE TABLE KgNode(id STRING PRIMARY KEY, labels STRING
"""

from __future__ import annotations

from kg.export.cypher import cypher_key, cypher_string
from kg.export.names import NODE_LABEL
from kg.export.propgraph import (
    NODE_PROPERTIES,
    RELATIONSHIP_PROPERTIES,
    Property,
    PropertyGraph,
    PropertyType,
)

COLUMN_TYPES: dict[PropertyType, str] = {
    "string": "STRING",
    "long": "INT64",
    "double": "DOUBLE",
    "boolean": "BOOLEAN",
    "string[]": "STRING[]",
}


def _column(prop: Property) -> str:
    return f"{cypher_key(prop.name)} {COLUMN_TYPES[prop.type]}"


def generate_ladybug_schema(graph: PropertyGraph) -> str:
    """`CREATE NODE TABLE` and one `CREATE REL TABLE` per relationship type present."""
    node_columns = ", ".join(_column(p) for p in NODE_PROPERTIES)
    lines = [
        f"CREATE NODE TABLE {NODE_LABEL}(id STRING PRIMARY KEY, labels STRING[], {node_columns});"
    ]
    rel_columns = ", ".join(_column(p) for p in RELATIONSHIP_PROPERTIES)
    lines.extend(
        f"CREATE REL TABLE {rel_type}(FROM {NODE_LABEL} TO {NODE_LABEL}, {rel_columns});"
        for rel_type in graph.relationship_types
    )
    return "\n".join(lines) + "\n"


def _load(header: list[tuple[str, str]], path: str) -> str:
    columns = ", ".join(f"`{name}` {column_type}" for name, column_type in header)
    return (
        f"LOAD WITH HEADERS ({columns})\n  FROM {cypher_string(path)} (HEADER=true, PARALLEL=false)"
    )


def _read(prop: Property, delimiter: str) -> str:
    column = f"`{prop.header}`"
    if prop.type == "string[]":
        return f"string_split({column}, {cypher_string(delimiter)})"
    return column


def _csv_type(prop: Property) -> str:
    # Lists arrive as one delimited string, split after reading.
    return "STRING" if prop.type == "string[]" else COLUMN_TYPES[prop.type]


def generate_ladybug_copy(
    graph: PropertyGraph, delimiter: str, nodes_file: str, relationships_file: str
) -> str:
    """`COPY` statements that load the Neo4j CSVs into the tables of the schema."""
    node_header = [("id:ID", "STRING"), (":LABEL", "STRING")]
    node_header += [(p.header, _csv_type(p)) for p in NODE_PROPERTIES]
    node_values = ", ".join(
        ["`id:ID`", f"string_split(`:LABEL`, {cypher_string(delimiter)})"]
        + [_read(p, delimiter) for p in NODE_PROPERTIES]
    )
    statements = [
        f"COPY {NODE_LABEL} FROM (\n  {_load(node_header, nodes_file)}\n  RETURN {node_values}\n);"
    ]
    rel_header = [(":START_ID", "STRING"), (":END_ID", "STRING"), (":TYPE", "STRING")]
    rel_header += [(p.header, _csv_type(p)) for p in RELATIONSHIP_PROPERTIES]
    rel_values = ", ".join(
        ["`:START_ID`", "`:END_ID`"] + [_read(p, delimiter) for p in RELATIONSHIP_PROPERTIES]
    )
    statements.extend(
        f"COPY {rel_type} FROM (\n  {_load(rel_header, relationships_file)}\n"
        f"  WHERE `:TYPE` = {cypher_string(rel_type)}\n  RETURN {rel_values}\n);"
        for rel_type in graph.relationship_types
    )
    return "\n".join(statements) + "\n"
