"""The closed `kg:` vocabulary: every term declared, described, documented and stored."""

from __future__ import annotations

from rdflib import RDF, RDFS

from kg.graph.terms import TERMS
from kg.graph.triples import vocabulary_triples
from kg.graph.vocab import KG, kg_term_names
from kg.graph.vocabulary_doc import vocabulary_markdown
from tests.conftest import ROOT


def test_every_declared_term_is_described_and_nothing_else() -> None:
    assert set(kg_term_names()) == set(TERMS)


def test_vocabulary_graph_labels_and_comments_every_term() -> None:
    triples = set(vocabulary_triples())
    for name in kg_term_names():
        node = KG[name]
        assert any(s == node and p == RDFS.comment for s, p, _ in triples), name
        assert any(s == node and p == RDF.type for s, p, _ in triples), name


def test_stance_types_link_to_their_direct_edge_property() -> None:
    triples = set(vocabulary_triples())
    assert (KG.REJECT, KG.edgeProperty, KG.rejects) in triples
    assert (KG.SUPPORT, KG.edgeProperty, KG.supports) in triples


def test_docs_vocabulary_md_is_current() -> None:
    written = (ROOT / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    assert written == vocabulary_markdown(), (
        "run: python -m kg.graph.vocabulary_doc > docs/vocabulary.md"
    )
