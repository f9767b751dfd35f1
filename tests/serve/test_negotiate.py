"""Content negotiation: q-values, wildcards, aliases, and our order on ties."""

from __future__ import annotations

import pytest

from kg.serve.negotiate import GRAPH_FORMATS, SOLUTION_FORMATS, choose, parse_accept


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("", "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/xml", "application/sparql-results+xml"),
        ("text/*", "text/csv"),
        ("text/*;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0, */*;q=0.1", "application/sparql-results+json"),
        ("text/html", None),
        ("*/*;q=0", None),
    ],
)
def test_solution_formats(accept: str, expected: str | None) -> None:
    assert choose(accept, SOLUTION_FORMATS) == expected


def test_graph_formats() -> None:
    assert choose("", GRAPH_FORMATS) == "text/turtle"
    assert choose("application/n-triples, text/turtle;q=0.5", GRAPH_FORMATS) == (
        "application/n-triples"
    )
    assert choose("application/sparql-results+json", GRAPH_FORMATS) is None


def test_malformed_q_values_count_as_not_acceptable() -> None:
    assert parse_accept("text/csv;q=high, ,") == [("text/csv", 0.0)]
