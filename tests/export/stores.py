"""Real stores for import tests: LadybugDB (embedded Cypher) and Oxigraph (SPARQL).

Helpers that load our export files the way a user would, and read everything back as
plain Python values for comparison.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ladybug
import pyoxigraph as ox

from kg.export.cypher import parse_script
from kg.export.propgraph import PropertyGraph

QUERIES = Path(__file__).resolve().parents[2] / "kg" / "queries"


@contextmanager
def working_directory(folder: Path) -> Iterator[None]:
    """The LadybugDB scripts read the CSVs by relative path, as a user runs them."""
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


class Ladybug:
    """An on-disk LadybugDB database with a connection."""

    def __init__(self, path: Path) -> None:
        self.database = ladybug.Database(str(path))
        self.connection = ladybug.Connection(self.database)

    def run(self, statement: str, parameters: dict[str, Any] | None = None) -> list[list[Any]]:
        result = self.connection.execute(statement, parameters or {})
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return rows

    def run_script(self, script: str, *, skip_neo4j_only: bool = False) -> int:
        """Run every statement of a script; return how many Neo4j-only ones were skipped."""
        skipped = 0
        for statement in parse_script(script):
            if statement.neo4j_only and skip_neo4j_only:
                skipped += 1
                continue
            self.run(statement.text)
        return skipped

    def import_csv_folder(self, folder: Path) -> None:
        """The README's route: the schema script, then the COPY script, from the folder."""
        with working_directory(folder):
            self.run_script((folder / "ladybug-schema.cypher").read_text(encoding="utf-8"))
            self.run_script((folder / "ladybug-copy.cypher").read_text(encoding="utf-8"))

    def query_file(
        self, name: str, parameters: dict[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        [statement] = parse_script((QUERIES / name).read_text(encoding="utf-8"))
        return [tuple(row) for row in self.run(statement.text, parameters)]

    def nodes(self) -> dict[str, dict[str, Any]]:
        """Every node's properties by id (internal `_ID`/`_LABEL` dropped)."""
        found = {}
        for [node] in self.run("MATCH (n:KgNode) RETURN n"):
            found[node["id"]] = {k: v for k, v in node.items() if not k.startswith("_")}
        return found

    def relationships(self) -> dict[str, tuple[str, str, str, dict[str, Any]]]:
        """Every relationship by statement id: source id, type, target id, properties."""
        found = {}
        for source, rel_type, rel, target in self.run(
            "MATCH (a:KgNode)-[r]->(b:KgNode) RETURN a.id, label(r), r, b.id"
        ):
            properties = {k: v for k, v in rel.items() if not k.startswith("_")}
            found[properties["statement_id"]] = (source, rel_type, target, properties)
        return found


def expected_nodes(graph: PropertyGraph, *, labels: bool) -> dict[str, dict[str, Any]]:
    """What LadybugDB should hold for the property graph (lists as lists, None kept)."""
    return {
        node.id: {
            "id": node.id,
            "labels": list(node.labels) if labels else None,
            **{k: list(v) if isinstance(v, tuple) else v for k, v in node.properties.items()},
        }
        for node in graph.nodes
    }


def expected_relationships(graph: PropertyGraph) -> dict[str, tuple[str, str, str, dict[str, Any]]]:
    return {
        rel.properties["statement_id"]: (
            rel.source,
            rel.type,
            rel.target,
            {k: list(v) if isinstance(v, tuple) else v for k, v in rel.properties.items()},
        )
        for rel in graph.relationships
    }


def oxigraph_store(path: Path, rdf_format: ox.RdfFormat) -> ox.Store:
    """An in-memory Oxigraph store with one export file loaded (strict parsing)."""
    store = ox.Store()
    store.load(path=str(path), format=rdf_format)
    return store


def term_text(term: Any) -> str | None:
    """The lexical value of an rdflib or pyoxigraph term (None when unbound)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return str(term.value)
    return str(term)
