"""Neo4j: `neo4j-admin database import` CSVs and an equivalent Cypher script.

The folder holds `nodes.csv`, `relationships.csv`, `import.cypher` (batched
`UNWIND ... MERGE` that builds the same graph in a running database) and a README with
the import command. Names are safe by construction: node labels are CamelCase ASCII
words, relationship types ASCII UPPER_SNAKE_CASE.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.export.base import GraphData
from kg.fsutil import atomic_write_text

ARRAY_DELIMITER = ";"
BATCH_SIZE = 500
NODE_HEADER = (
    "id:ID",
    "label",
    ":LABEL",
    "type",
    "kind",
    "aliases:string[]",
    "roles:string[]",
    "mention_count:long",
)
RELATIONSHIP_HEADER = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "statement_id",
    "relation",
    "relation_text",
    "stance",
    "polarity:long",
    "negated:boolean",
    "modality",
    "attributed_to",
    "confidence:double",
    "rule",
    "cue",
    "doc_id",
    "sentence_index:long",
    "char_start:long",
    "char_end:long",
    "sentence",
)
DEFAULT_RELATIONSHIP_TYPE = "RELATED_TO"
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")

IMPORT_README = """# Importing into Neo4j

Offline bulk import into an empty database (Neo4j 5):

    neo4j-admin database import full --overwrite-destination \\
        --nodes=nodes.csv --relationships=relationships.csv \\
        --array-delimiter=";" --multiline-fields=true neo4j

Into a running database instead, run `import.cypher` (for example with
`cypher-shell -f import.cypher`); it MERGEs, so running it twice changes nothing.
"""


def node_labels(kind: str, entity_type: str) -> list[str]:
    """Neo4j labels: `KgNode` (the id constraint), then `Entity` and its type, or `Issue`."""
    if kind == "issue":
        return ["KgNode", "Issue"]
    return ["KgNode", "Entity", safe_label(entity_type)]


def safe_label(name: str) -> str:
    """CamelCase ASCII that never starts with a digit: `world cup` -> `WorldCup`."""
    words = [word for word in _NOT_NAME.split(name) if word]
    label = "".join(word[:1].upper() + word[1:] for word in words) or "Thing"
    return label if not label[0].isdigit() else "N" + label


def relationship_type(stance: str | None) -> str:
    """ASCII UPPER_SNAKE_CASE: the stance type, or RELATED_TO for a plain relation."""
    if not stance:
        return DEFAULT_RELATIONSHIP_TYPE
    name = _NOT_NAME.sub("_", stance).strip("_").upper()
    return name if name and not name[0].isdigit() else "R_" + name


def _nodes(data: GraphData) -> list[dict[str, Any]]:
    rows = []
    for node, attributes in sorted(data.graph.nodes(data=True)):
        rows.append(
            {
                "id": node,
                "label": attributes["label"],
                "labels": node_labels(attributes["kind"], attributes["type"]),
                "type": attributes["type"],
                "kind": attributes["kind"],
                "aliases": list(attributes["aliases"]),
                "roles": list(attributes["roles"]),
                "mention_count": attributes["mention_count"],
            }
        )
    return rows


def _relationships(data: GraphData) -> list[dict[str, Any]]:
    rows = []
    edges = sorted(data.graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    for source, target, key, attributes in edges:
        rows.append(
            {
                "start": source,
                "end": target,
                "type": relationship_type(attributes["stance"]),
                "statement_id": key,
                **{k: attributes[k] for k in RELATIONSHIP_PROPERTIES},
            }
        )
    return rows


RELATIONSHIP_PROPERTIES = (
    "relation",
    "relation_text",
    "stance",
    "polarity",
    "negated",
    "modality",
    "attributed_to",
    "confidence",
    "rule",
    "cue",
    "doc_id",
    "sentence_index",
    "char_start",
    "char_end",
    "sentence",
)


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, ",") for item in value)
    return value


def generate_nodes_csv(data: GraphData) -> str:
    return _csv(
        NODE_HEADER,
        (
            [
                _csv_value(row[key])
                for key in (
                    "id",
                    "label",
                    "labels",
                    "type",
                    "kind",
                    "aliases",
                    "roles",
                    "mention_count",
                )
            ]
            for row in _nodes(data)
        ),
    )


def generate_relationships_csv(data: GraphData) -> str:
    keys = ("start", "end", "type", "statement_id", *RELATIONSHIP_PROPERTIES)
    return _csv(
        RELATIONSHIP_HEADER,
        ([_csv_value(row[key]) for key in keys] for row in _relationships(data)),
    )


def cypher_value(value: Any) -> str:
    """A Cypher literal. Strings use JSON escapes, which Cypher's string syntax accepts."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {cypher_value(v)}" for k, v in value.items()) + "}"
    # JSON escapes \" \\ \n \t \uXXXX; Cypher needs ' escaped too inside '...' strings,
    # so use a double-quoted Cypher string, which accepts the same escapes as JSON.
    return json.dumps(str(value), ensure_ascii=True)


def generate_cypher(data: GraphData) -> str:
    """Batched `UNWIND ... MERGE` statements building the same graph as the CSVs."""
    lines = [
        "// Generated by kg. Idempotent: MERGE on ids, so re-running changes nothing.",
        "CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:KgNode) REQUIRE n.id IS UNIQUE;",
    ]
    nodes = _nodes(data)
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in nodes:
        by_labels.setdefault(tuple(row["labels"]), []).append(row)
    for labels, rows in sorted(by_labels.items()):
        label_text = ":".join(labels)
        for batch in _batches(rows):
            props = [
                {
                    k: r[k]
                    for k in ("id", "label", "type", "kind", "aliases", "roles", "mention_count")
                }
                for r in batch
            ]
            lines.append(
                f"UNWIND {cypher_value(props)} AS row\n"
                f"MERGE (n:KgNode {{id: row.id}})\nSET n += row, n:{label_text};"
            )
    relationships = _relationships(data)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for row in relationships:
        by_type.setdefault(row["type"], []).append(row)
    for rel_type, rows in sorted(by_type.items()):
        for batch in _batches(rows):
            props = [
                {
                    "start": r["start"],
                    "end": r["end"],
                    "props": {
                        "statement_id": r["statement_id"],
                        **{k: r[k] for k in RELATIONSHIP_PROPERTIES},
                    },
                }
                for r in batch
            ]
            lines.append(
                f"UNWIND {cypher_value(props)} AS row\n"
                "MATCH (a:KgNode {id: row.start}), (b:KgNode {id: row.end})\n"
                f"MERGE (a)-[r:{rel_type} {{statement_id: row.props.statement_id}}]->(b)\n"
                "SET r += row.props;"
            )
    return "\n".join(lines) + "\n"


def _batches(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]


def write_neo4j(data: GraphData, folder: Path) -> None:
    """Write the import folder: CSVs, Cypher script and README."""
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(folder / "nodes.csv", generate_nodes_csv(data))
    atomic_write_text(folder / "relationships.csv", generate_relationships_csv(data))
    atomic_write_text(folder / "import.cypher", generate_cypher(data))
    atomic_write_text(folder / "README.md", IMPORT_README)
