"""The RDF model: named graphs per document, statement nodes, direct stance edges."""

from __future__ import annotations

import pytest
from rdflib import RDF, Literal

from kg.extract.stance import STANCE_TYPES
from kg.graph.rdf import union_graph
from kg.graph.vocab import KG, OA, PROV, document_graph_iri, entity_iri, statement_iri
from tests.records import sample_data


def test_one_named_graph_per_document_plus_entities() -> None:
    dataset = sample_data().dataset
    names = {str(graph.identifier) for graph in dataset.graphs() if len(graph)}
    assert str(document_graph_iri("doc-1")) in names
    assert str(document_graph_iri("doc-2")) in names
    assert any(name.endswith("/graph/entities") for name in names)


def test_statement_node_has_fields_and_provenance() -> None:
    dataset = sample_data().dataset
    graph = dataset.graph(document_graph_iri("doc-1"))
    node = statement_iri("st-1")
    assert (node, RDF.type, KG.Statement) in graph
    assert (node, KG.stance, KG.REJECT) in graph
    assert graph.value(node, KG.polarity) == Literal(-1)
    assert graph.value(node, PROV.wasDerivedFrom) is not None
    selectors = set(graph.objects(node, OA.hasSelector))
    assert len(selectors) == 2
    starts = [graph.value(s, OA.start) for s in selectors]
    assert [start.toPython() for start in starts if start is not None] == [0]


def test_direct_edge_only_for_non_negated_entity_stances() -> None:
    union = union_graph(sample_data().dataset)
    muller, hostile = entity_iri("person/müller"), entity_iri("organization/1-hostile")
    assert (muller, KG.rejects, hostile) in union
    assert (muller, KG.supports, hostile) in union
    # st-3 is negated and has a literal object: no direct edge from the hostile org.
    stance_edges = {KG[t.verb] for t in STANCE_TYPES.values()}
    assert not [p for _, p, _ in union.triples((hostile, None, None)) if p in stance_edges]


def test_vocabulary_is_closed() -> None:
    with pytest.raises(AttributeError):
        _ = KG.rejectz


def test_entity_iris_are_ascii_and_stable() -> None:
    iri = str(entity_iri("person/müller"))
    assert iri.isascii() and iri.endswith("person/m%C3%BCller")


def test_stance_edges_graph_aggregates_across_documents() -> None:
    from kg.graph.vocab import STANCE_EDGES_GRAPH

    data = sample_data()
    graph = data.dataset.graph(STANCE_EDGES_GRAPH)
    edges = list(graph.subjects(RDF.type, KG.StanceEdge))
    # st-1 (REJECT), st-2 (SUPPORT) and st-4 (REJECT, another pair); st-3 is negated.
    assert len(edges) == 3
    russia = [e for e in edges if graph.value(e, KG.holder) == entity_iri("place/russia")]
    [edge] = russia
    assert graph.value(edge, KG.supportCount) == Literal(1)
    assert graph.value(edge, KG.sourceCount) == Literal(1)
    assert str(graph.value(edge, KG.firstSeen)) == "2017-01-28"
    assert set(graph.objects(edge, KG.evidence)) == {statement_iri("st-4")}


def test_statement_selectors_have_the_document_as_source() -> None:
    from kg.graph.vocab import document_iri

    graph = sample_data().dataset.graph(document_graph_iri("doc-2"))
    node = statement_iri("st-4")
    assert graph.value(node, OA.hasSource) == document_iri("doc-2")
    quote = next(s for s in graph.objects(node, OA.hasSelector) if str(s).endswith("-quote"))
    assert str(graph.value(quote, OA.exact)) == "Russia rej"


def test_dates_are_typed_when_they_are_iso_8601() -> None:
    from rdflib import XSD

    from kg.graph.triples import date_literal

    assert date_literal("2017-01-28").datatype == XSD.date
    assert date_literal("2017-01-28T10:00:00Z").datatype == XSD.dateTime
    assert date_literal("yesterday") == Literal("yesterday")


def test_only_the_changed_document_graph_changes_fingerprint() -> None:
    from dataclasses import replace

    from kg.graph.rdf import named_graphs

    data = sample_data()
    before = {
        str(g.name): g.fingerprint()
        for g in named_graphs(data.documents, data.entities, data.statements)
    }
    changed = (replace(data.documents[0], title="Another title"), data.documents[1])
    after = {
        str(g.name): g.fingerprint() for g in named_graphs(changed, data.entities, data.statements)
    }
    differing = {name for name in before if before[name] != after[name]}
    assert differing == {str(document_graph_iri("doc-1"))}
