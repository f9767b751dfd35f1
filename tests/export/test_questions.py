"""The analyst questions answer the same everywhere the seed graph goes (real model):
SPARQL on the workspace (rdflib), on the N-Triples and the TriG loaded into Oxigraph,
and their Cypher twins (`kg/queries/*.cypher`) on the Neo4j CSVs and on the Cypher
script imported into LadybugDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.export import EXPORTERS, GraphData
from kg.export.propgraph import property_graph
from kg.graph.rdf import union_graph
from kg.workspace import load_graph_data
from tests.export.questions import QUESTIONS, ask_oxigraph, ask_rdflib, rows
from tests.export.stores import QUERIES, Ladybug, expected_nodes, oxigraph_store

pytestmark = pytest.mark.model

SPARQL_FILES = sorted(QUERIES.glob("*.rq"))


@pytest.fixture(scope="module")
def seed(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The seed build, exported and imported into every store once."""
    data = load_graph_data(seed_build)
    folder = tmp_path_factory.mktemp("seed-exports")
    for name in ("nt", "trig", "neo4j"):
        EXPORTERS[name].write(data, folder / EXPORTERS[name].target)
    from_csv = Ladybug(folder / "csv.ladybug")
    from_csv.import_csv_folder(folder / "neo4j")
    from_script = Ladybug(folder / "script.ladybug")
    from_script.run_script((folder / "neo4j" / "ladybug-schema.cypher").read_text("utf-8"))
    from_script.run_script(
        (folder / "neo4j" / "import.cypher").read_text("utf-8"), skip_neo4j_only=True
    )
    return {
        "data": data,
        "nt": oxigraph_store(folder / "graph.nt", ox.RdfFormat.N_TRIPLES),
        "trig": oxigraph_store(folder / "graph.trig", ox.RdfFormat.TRIG),
        "csv": from_csv,
        "script": from_script,
    }


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_question_answers_agree_across_stores(seed: dict[str, Any], question: str) -> None:
    sparql, cypher_file, parameters = QUESTIONS[question]
    data: GraphData = seed["data"]
    expected = rows(ask_rdflib(union_graph(data.dataset), sparql, parameters))
    assert expected, f"the seed article should answer {question!r}"
    assert rows(ask_oxigraph(seed["nt"], sparql, parameters)) == expected
    assert rows(ask_oxigraph(seed["trig"], sparql, parameters)) == expected
    assert rows(seed["csv"].query_file(cypher_file, parameters)) == expected
    assert rows(seed["script"].query_file(cypher_file, parameters)) == expected


def test_seed_graph_in_ladybug_is_the_exported_graph(seed: dict[str, Any]) -> None:
    graph = property_graph(seed["data"])
    assert seed["csv"].nodes() == expected_nodes(graph, labels=True)
    assert seed["script"].nodes() == expected_nodes(graph, labels=False)
    assert seed["csv"].relationships() == seed["script"].relationships()
    assert len(seed["csv"].relationships()) == len(seed["data"].statements)


@pytest.mark.parametrize("query_file", SPARQL_FILES, ids=[path.stem for path in SPARQL_FILES])
def test_shipped_sparql_questions_answer_the_same_from_oxigraph(
    seed: dict[str, Any], query_file: Path
) -> None:
    """Every `kg/queries/*.rq` gives the workspace's answers on the exported files."""
    query = query_file.read_text(encoding="utf-8")
    data: GraphData = seed["data"]
    expected = rows(ask_rdflib(union_graph(data.dataset), query, {}))
    assert rows(ask_oxigraph(seed["nt"], query, {})) == expected
    assert rows(ask_oxigraph(seed["trig"], query, {})) == expected
