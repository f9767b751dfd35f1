"""Neo4j: `neo4j-admin database import` CSVs, the Cypher script, and how to load both.

The `neo4j` folder holds:

- `nodes.csv`: `id:ID`, `:LABEL` and the typed node properties (`mention_count:long`,
  `aliases:string[]`);
- `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE` and the statement's properties;
- `import.cypher`: batched `UNWIND ... MERGE` building the same graph in a running
  database (`kg.export.cypher`);
- `ladybug-schema.cypher`, `ladybug-copy.cypher`: the same CSVs into LadybugDB
  (`kg.export.ladybug`);
- `README.md`: the commands.

CSV fields are quoted, quotes doubled; an absent value is an empty, unquoted field, so
`neo4j-admin` leaves the property out, while `""` stays an empty string. List values
are joined with the array delimiter, `;` unless a list item holds one (see
`array_delimiter`): nothing is altered to fit. Values that look like spreadsheet
formulas (`=`, `+`, `-`, `@` first) are written exactly too, since a database import
must not change data; the README says the files are not for spreadsheets.

Example:
    >>> csv_field('a "b" c', ";"), csv_field(None, ";"), csv_field(("a", "b"), ";")
    ('"a ""b"" c"', '', '"a;b"')
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.errors import ExportError
from kg.export.base import GraphData
from kg.export.cypher import generate_cypher
from kg.export.ladybug import generate_ladybug_copy, generate_ladybug_schema
from kg.export.propgraph import NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, PropertyGraph
from kg.export.propgraph import property_graph as build_property_graph
from kg.fsutil import atomic_write_text

NODES_FILE = "nodes.csv"
RELATIONSHIPS_FILE = "relationships.csv"
CYPHER_FILE = "import.cypher"
README_FILE = "README.md"
LADYBUG_SCHEMA_FILE = "ladybug-schema.cypher"
LADYBUG_COPY_FILE = "ladybug-copy.cypher"
# Tried in order; the first that no list item contains joins the lists.
ARRAY_DELIMITERS = (";", "|", "^", "~")
# When article text holds all of those ("a;b|c^d~e" in one alias), a character of the
# Private Use Area, which no news text uses for itself: the export must not fail.
PRIVATE_USE_DELIMITERS = range(0xE000, 0xF900)
# The label lists in `:LABEL` use the array delimiter too; labels are ASCII names.
NODE_HEADER = ("id:ID", ":LABEL", *(p.header for p in NODE_PROPERTIES))
RELATIONSHIP_HEADER = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    *(p.header for p in RELATIONSHIP_PROPERTIES),
)


def array_delimiter(graph: PropertyGraph) -> str:
    """The first of `ARRAY_DELIMITERS` that no list item contains, else a private-use one.

    `neo4j-admin` has no escape for the array delimiter, so it must not occur inside
    an item; the README's import command names the one chosen.

    Raises:
        ExportError: Every candidate, private-use characters included, occurs in some
            list item.

    Example:
        >>> from kg.export.propgraph import NodeRow
        >>> node = NodeRow("a", ("KgNode",), {"aliases": ("AT&T; Inc.",)})
        >>> array_delimiter(PropertyGraph((node,), ()))
        '|'
        >>> node = NodeRow("a", ("KgNode",), {"aliases": ("a;b|c^d~e",)})
        >>> hex(ord(array_delimiter(PropertyGraph((node,), ()))))
        '0xe000'
    """
    rows = [row.properties for row in graph.nodes] + [r.properties for r in graph.relationships]
    items = {
        item for row in rows for value in row.values() if isinstance(value, tuple) for item in value
    }
    used = set("".join(items))
    for delimiter in (*ARRAY_DELIMITERS, *map(chr, PRIVATE_USE_DELIMITERS)):
        if delimiter not in used:
            return delimiter
    raise ExportError(
        f"every array delimiter ({' '.join(ARRAY_DELIMITERS)} and the Private Use Area "
        "U+E000-U+F8FF) occurs in some alias, role or 'about' id; remove some of those "
        "characters from those lists and export again"
    )


def csv_field(value: Any, delimiter: str) -> str:
    """One CSV field: quoted with quotes doubled; `None` is an empty unquoted field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, tuple):
        text = delimiter.join(value)
    else:
        text = str(value)
    return '"' + text.replace('"', '""') + '"'


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str) -> str:
    lines = [",".join(csv_field(name, delimiter) for name in header)]
    lines.extend(",".join(csv_field(value, delimiter) for value in row) for row in rows)
    return "\n".join(lines) + "\n"


def generate_nodes_csv(graph: PropertyGraph, delimiter: str) -> str:
    """The nodes file for `neo4j-admin database import --nodes`.

    Example:
        >>> from kg.model import Entity
        >>> data = GraphData((), (Entity("person/a", "A", "person", ("B", "C")),), ())
        >>> generate_nodes_csv(build_property_graph(data), ";").split("\\n")[1]
        '"person/a","KgNode;Entity;Person","A","person","entity","B;C",,"0"'
    """
    rows = (
        (node.id, node.labels, *(node.properties[p.name] for p in NODE_PROPERTIES))
        for node in graph.nodes
    )
    return _csv(NODE_HEADER, rows, delimiter)


def generate_relationships_csv(graph: PropertyGraph, delimiter: str) -> str:
    """The relationships file for `neo4j-admin database import --relationships`."""
    rows = (
        (r.source, r.target, r.type, *(r.properties[p.name] for p in RELATIONSHIP_PROPERTIES))
        for r in graph.relationships
    )
    return _csv(RELATIONSHIP_HEADER, rows, delimiter)


def generate_readme(graph: PropertyGraph, delimiter: str) -> str:
    """How to import the folder into Neo4j (offline or running) and into LadybugDB."""
    counts = f"{len(graph.nodes)} nodes, {len(graph.relationships)} relationships"
    types = ", ".join(graph.relationship_types) or "none"
    about = textwrap.fill(
        "Every node has the label `KgNode` and an `id`; entities also have `Entity` and "
        "their type (`Person`, ...), literal objects `Issue`. Each relationship is one "
        f"statement, typed by its stance (`RELATED_TO` when it has none): {types}. Lists "
        f"(`aliases`, `roles`, `about`) are joined with `{delimiter}` in the CSVs. An "
        "absent value is an empty field.",
        width=88,
    )
    return f"""# Importing this graph ({counts})

{about}

## Neo4j, offline bulk import (Neo4j 5, into a new database)

    neo4j-admin database import full --overwrite-destination \\
        --nodes={NODES_FILE} --relationships={RELATIONSHIPS_FILE} \\
        --array-delimiter="{delimiter}" --multiline-fields=true neo4j

`--multiline-fields=true` is needed: sentences and names may hold line breaks.

These CSVs are for database import, not for spreadsheets: every value is written
exactly as the article has it, so a name or sentence that starts with `=`, `+`, `-` or
`@` would be taken as a formula by a spreadsheet program. To look at the graph in a
spreadsheet, query the database and export from there.

## Neo4j, into a running database

    cypher-shell -f {CYPHER_FILE}

It MERGEs on ids, so running it twice changes nothing.

## LadybugDB (embedded Cypher; the same CSVs)

Run `{LADYBUG_SCHEMA_FILE}`, then `{LADYBUG_COPY_FILE}` from this folder (it reads the
CSVs by relative path). Or run `{LADYBUG_SCHEMA_FILE}`, then `{CYPHER_FILE}` without
the statements marked `// neo4j-only`. Differences from Neo4j:

- Tables first: one node table `KgNode` (primary key `id`) and one relationship table
  per type. There are no constraints (`CREATE CONSTRAINT` is Neo4j-only).
- One label per node: Neo4j's extra labels are the list property `labels` after the
  CSV import, and missing after `{CYPHER_FILE}` (`kind` and `type` say the same).
- `COPY ... FROM (LOAD WITH HEADERS (...) FROM 'file.csv' ...)` replaces
  `neo4j-admin`: it reads the typed header columns, splits lists with `string_split`,
  and needs `PARALLEL=false` for quoted line breaks.
- `type(r)` does not exist; use `label(r)` or the `stance` property.
- `{CYPHER_FILE}` keeps to what both read: no `SET n += map`, no map key `end`, list
  properties set only where not empty (`[]` is a list of integers there), strings
  with emoji written as UTF-8 rather than `\\u` surrogate pairs.
"""


def write_neo4j(data: GraphData, folder: Path) -> None:
    """Write the import folder: CSVs, Cypher script, LadybugDB scripts and README.

    Raises:
        ExportError: `folder` is an existing file.
    """
    if folder.exists() and not folder.is_dir():
        raise ExportError(
            f"the neo4j format writes a folder, but {str(folder)!r} is a file; "
            "pass a folder path with --to"
        )
    graph = build_property_graph(data)
    delimiter = array_delimiter(graph)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(folder / NODES_FILE, generate_nodes_csv(graph, delimiter))
    atomic_write_text(folder / RELATIONSHIPS_FILE, generate_relationships_csv(graph, delimiter))
    atomic_write_text(folder / CYPHER_FILE, generate_cypher(data))
    atomic_write_text(folder / LADYBUG_SCHEMA_FILE, generate_ladybug_schema(graph))
    atomic_write_text(
        folder / LADYBUG_COPY_FILE,
        generate_ladybug_copy(graph, delimiter, NODES_FILE, RELATIONSHIPS_FILE),
    )
    atomic_write_text(folder / README_FILE, generate_readme(graph, delimiter))
