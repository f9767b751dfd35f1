"""Refusing updates and SERVICE before a query runs, without refusing harmless text."""

from __future__ import annotations

import pytest

from kg.sparql import is_update, refusal


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <x:a> <x:b> <x:c> }",
        "  delete where { ?s ?p ?o }",
        "PREFIX ex: <http://e/>\nBASE <http://b/>\n# comment\nDROP GRAPH ex:g",
        "WITH <x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
    ],
)
def test_updates_are_recognised(text: str) -> None:
    assert is_update(text) and refusal(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?insert WHERE { ?insert ?p 'DELETE' }",
        "# DROP ALL\nSELECT * WHERE { ?s ?p ?o }",
        "PREFIX delete: <http://e/>\nSELECT * WHERE { ?s delete:x ?o }",
        'ASK { ?s ?p """SERVICE <http://x>""" }',
        "SELECT ?service WHERE { ?service <http://e/SERVICE> ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ex:service ?o }",
    ],
)
def test_reads_are_allowed(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://x/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(text: str) -> None:
    assert refusal(text) == "SERVICE clauses are refused: kg never fetches data from the network"
