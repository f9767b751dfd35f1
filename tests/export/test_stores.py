"""Real imports: the RDF files into Oxigraph, the Neo4j folder and the Cypher script
into LadybugDB. The stores must hold exactly the graph we exported."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import XSD, Dataset, Literal
from rdflib.term import Node

from kg.export import EXPORTERS
from kg.export.cypher import generate_cypher
from kg.export.ladybug import generate_ladybug_schema
from kg.export.propgraph import property_graph
from kg.graph.rdf import union_graph
from tests.export.stores import Ladybug, expected_nodes, expected_relationships, oxigraph_store
from tests.records import hostile_data

RDF_FORMATS = {
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "ttl": (ox.RdfFormat.TURTLE, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}


# Oxigraph's store keeps integer subtypes (xsd:nonNegativeInteger) as xsd:integer; its
# parser keeps them. Compare the store's contents with that one difference allowed.
INTEGER_TYPES = {XSD.nonNegativeInteger, XSD.positiveInteger, XSD.long, XSD.int}
Quad = tuple[str, Node, Node, Node]


def _as_stored(term: Node) -> Node:
    if isinstance(term, Literal) and term.datatype in INTEGER_TYPES:
        return Literal(str(term), datatype=XSD.integer)
    return term


def _quads(dataset: Dataset, *, graphs: bool) -> set[Quad]:
    return {
        (str(graph.identifier) if graphs else "", s, p, o)
        for graph in dataset.graphs()
        for s, p, o in graph
    }


def _rdflib(nquads: bytes) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=nquads.decode("utf-8"), format="nquads")
    return dataset


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_oxigraph_reads_exactly_the_exported_dataset(tmp_path: Path, name: str) -> None:
    """Our file -> Oxigraph's parser -> its N-Quads -> rdflib equals what we built; the
    same file loaded into an Oxigraph store holds the same quads."""
    data = hostile_data()
    rdf_format, graphs = RDF_FORMATS[name]
    target = tmp_path / EXPORTERS[name].target
    EXPORTERS[name].write(data, target)
    expected = (
        _quads(data.dataset, graphs=True)
        if graphs
        else {("", *triple) for triple in union_graph(data.dataset)}
    )
    parsed = ox.parse(path=str(target), format=rdf_format)
    assert _quads(_rdflib(ox.serialize(parsed, format=ox.RdfFormat.N_QUADS)), graphs=graphs) == (
        expected
    )
    store = oxigraph_store(target, rdf_format)
    stored = _quads(_rdflib(store.dump(format=ox.RdfFormat.N_QUADS)), graphs=graphs)
    assert stored == {(g, s, p, _as_stored(o)) for g, s, p, o in expected}


def test_ladybug_csv_import_holds_exactly_the_property_graph(tmp_path: Path) -> None:
    data = hostile_data()
    EXPORTERS["neo4j"].write(data, tmp_path / "neo4j")
    db = Ladybug(tmp_path / "db")
    db.import_csv_folder(tmp_path / "neo4j")
    graph = property_graph(data)
    assert db.nodes() == expected_nodes(graph, labels=True)
    assert db.relationships() == expected_relationships(graph)


def test_import_cypher_in_ladybug_builds_the_same_graph_and_is_idempotent(
    tmp_path: Path,
) -> None:
    """import.cypher, minus its Neo4j-only statements, gives the CSV import's graph (but
    for Neo4j's extra labels), and running it twice changes nothing."""
    data = hostile_data()
    graph = property_graph(data)
    EXPORTERS["neo4j"].write(data, tmp_path / "neo4j")
    script = (tmp_path / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    assert script == generate_cypher(data)
    db = Ladybug(tmp_path / "db")
    db.run_script((tmp_path / "neo4j" / "ladybug-schema.cypher").read_text(encoding="utf-8"))
    skipped = db.run_script(script, skip_neo4j_only=True)
    labelled = {node.labels for node in graph.nodes}
    # The constraint, and one label statement per label set.
    assert skipped == 1 + len(labelled)
    first = (db.nodes(), db.relationships())
    assert first == (expected_nodes(graph, labels=False), expected_relationships(graph))
    db.run_script(script, skip_neo4j_only=True)
    assert (db.nodes(), db.relationships()) == first


def test_ladybug_schema_has_a_table_per_relationship_type() -> None:
    graph = property_graph(hostile_data())
    schema = generate_ladybug_schema(graph)
    assert [line.split("(")[0] for line in schema.splitlines()] == [
        "CREATE NODE TABLE KgNode",
        *(f"CREATE REL TABLE {t}" for t in graph.relationship_types),
    ]
