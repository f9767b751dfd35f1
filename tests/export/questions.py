"""The analyst questions in SPARQL, twins of `kg/queries/*.cypher`, with their answers
read from each store as rows of plain strings and numbers."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph

from tests.export.stores import term_text

PREFIXES = """\
PREFIX kg: <https://kg.local/vocab#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# Statements with a negative stance, not negated: actor, stance, target (entity label or
# the literal issue).
WHO_OPPOSES_WHAT = (
    PREFIXES
    + """SELECT ?actor ?stance ?target WHERE {
  ?s a kg:Statement ; kg:subject ?a ; kg:object ?o ; kg:stance ?st ;
     kg:polarity ?polarity ; kg:negated false .
  FILTER(?polarity < 0)
  ?a rdfs:label ?actor .
  OPTIONAL { ?o rdfs:label ?object_label }
  BIND(STR(COALESCE(?object_label, ?o)) AS ?target)
  BIND(STRAFTER(STR(?st), "#") AS ?stance)
}"""
)
# Statements with a stance whose subject's label contains ?name, any case.
STANCES_OF = (
    PREFIXES
    + """SELECT ?actor ?stance ?relation ?target ?sentence WHERE {
  ?s a kg:Statement ; kg:subject ?a ; kg:object ?o ; kg:stance ?st ;
     kg:relation ?relation ; kg:sentence ?sentence .
  ?a rdfs:label ?actor .
  FILTER(CONTAINS(LCASE(?actor), LCASE(?name)))
  OPTIONAL { ?o rdfs:label ?object_label }
  BIND(STR(COALESCE(?object_label, ?o)) AS ?target)
  BIND(STRAFTER(STR(?st), "#") AS ?stance)
}"""
)
# name: (SPARQL, Cypher file, parameters)
QUESTIONS: dict[str, tuple[str, str, dict[str, str]]] = {
    "who opposes what": (WHO_OPPOSES_WHAT, "who-opposes-what.cypher", {}),
    "all stances of McCain": (STANCES_OF, "stances-of.cypher", {"name": "McCain"}),
}


def rows(found: list[Any]) -> list[tuple[str | None, ...]]:
    """Answer rows as sorted tuples of strings: order-free comparison across stores."""
    return sorted(
        (tuple(term_text(value) for value in row) for row in found),
        key=lambda row: tuple(value or "" for value in row),
    )


def with_values(query: str, parameters: dict[str, str]) -> str:
    """The query with each parameter bound by a `VALUES` block opening its `WHERE`
    group (standard SPARQL 1.1; a trailing `VALUES` would bind after the `FILTER`s)."""
    if not parameters:
        return query
    names = " ".join(f"?{name}" for name in parameters)
    values = " ".join(str(ox.Literal(value)) for value in parameters.values())
    assert query.count("WHERE {") == 1, "one WHERE group, please"
    return query.replace("WHERE {", f"WHERE {{\n  VALUES ({names}) {{ ({values}) }}", 1)


def ask_rdflib(graph: Graph | Dataset, query: str, parameters: dict[str, str]) -> list[Any]:
    return list(graph.query(with_values(query, parameters)))


def ask_oxigraph(store: ox.Store, query: str, parameters: dict[str, str]) -> list[Any]:
    solutions = store.query(with_values(query, parameters), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return [[solution[v] for v in solutions.variables] for solution in solutions]
