"""`kg query` on a workspace store and on RDF files: prefixes, union, formats, refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError, StoreError, UsageError
from kg.graph.vocab import entity_iri
from kg.query import parse_bindings, run
from kg.workspace import load_graph_data, workspace_lock
from tests.conftest import read_jsonl
from tests.records import HOSTILE
from tests.test_workspace import make_workspace, sample_records

COUNT = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }"
runner = CliRunner()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workspace(tmp_path_factory.mktemp("query") / "ws", sample_records())


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_statement_count_equals_statements_jsonl(workspace: Path) -> None:
    rows = _csv(run(workspace, COUNT, "csv"))
    lines = (workspace / "statements.jsonl").read_text(encoding="utf-8").split("\n")
    assert rows == [["n"], [str(len([line for line in lines if line]))]]


@pytest.mark.model
def test_statement_count_equals_statements_jsonl_on_the_seed(seed_build: Path) -> None:
    answer = json.loads(run(seed_build, COUNT, "json"))
    [binding] = answer["results"]["bindings"]
    assert int(binding["n"]["value"]) == len(read_jsonl(seed_build / "statements.jsonl"))


def test_json_is_sparql_results_json(workspace: Path) -> None:
    answer = json.loads(run(workspace, "SELECT ?d ?t WHERE { ?d schema:headline ?t }", "json"))
    assert answer["head"]["vars"] == ["d", "t"]
    [binding] = answer["results"]["bindings"]
    assert binding["d"] == {"type": "uri", "value": "https://kg.local/doc/doc-1"}
    assert binding["t"] == {"type": "literal", "value": HOSTILE}


def test_table_compacts_iris_and_keeps_every_character(workspace: Path) -> None:
    text = run(workspace, "SELECT ?e ?label WHERE { ?e a kg:Entity ; rdfs:label ?label }")
    lines = text.splitlines()
    assert lines[0].split() == ["e", "label"] and lines[-1] == "(3 rows)"
    assert any(line.startswith("ent:place/russia") for line in lines)
    # Whitespace inside a value is collapsed to keep one row per line; nothing is cut.
    assert "</script><img src=x onerror=alert(1)> 🙂 中文" in text


def test_the_union_of_graphs_is_the_default_graph(workspace: Path) -> None:
    # Statements (document graphs) join entity labels (graph:entities) without GRAPH.
    text = run(
        workspace,
        "SELECT ?label WHERE { ?s a kg:Statement ; kg:stance kg:SUPPORT ; kg:subject ?a . "
        "?a rdfs:label ?label }",
        "csv",
    )
    assert _csv(text) == [["label"], ["Müller"]]


def test_rdf_files_can_be_queried_too(workspace: Path) -> None:
    for name in ("graph.trig", "graph.ttl"):
        assert _csv(run(workspace / name, COUNT, "csv"))[1] == ["4"], name


def test_ask_and_construct(workspace: Path) -> None:
    assert run(workspace, "ASK { ?a kg:rejects ?b }") == "true\n"
    turtle = run(workspace, "CONSTRUCT { ?a kg:rejects ?b } WHERE { ?a kg:rejects ?b }")
    assert "kg:rejects" in turtle and "@prefix kg:" in turtle
    with pytest.raises(UsageError, match="CONSTRUCT and DESCRIBE return RDF"):
        run(workspace, "CONSTRUCT WHERE { ?a kg:rejects ?b }", "csv")


def test_bindings_fix_a_variable(workspace: Path) -> None:
    query = "SELECT ?label ?n WHERE { ?e rdfs:label ?label ; kg:mentionCount ?n }"
    rows = _csv(run(workspace, query, "csv", parse_bindings(["label=Russia"])))
    assert rows == [["label", "n"], ["Russia", "3"]]
    # The variable need not be selected; the binding applies before LIMIT.
    query = "SELECT ?n WHERE { ?e rdfs:label ?label ; kg:mentionCount ?n } ORDER BY ?n LIMIT 1"
    assert _csv(run(workspace, query, "csv", parse_bindings(["label=Russia"]))) == [["n"], ["3"]]
    # Quotes, backslashes, newlines and markup in a value are escaped, not injected.
    hostile = parse_bindings([f"label={HOSTILE}"])
    found = _csv(run(workspace, "SELECT ?e WHERE { ?e rdfs:label ?label }", "csv", hostile))
    [entity] = [e for e in load_graph_data(workspace).entities if e.label == HOSTILE]
    assert found == [["e"], [str(entity_iri(entity.id))]]
    with pytest.raises(QueryError, match=r"the query has no variable \?name"):
        run(workspace, query, "csv", parse_bindings(["name=Russia"]))
    with pytest.raises(QueryError, match="needs a query with a WHERE clause"):
        run(workspace, "DESCRIBE ?label", "csv", parse_bindings(["label=x"]))
    # Aggregates count the bound answer only.
    count = "SELECT (COUNT(?e) AS ?n) WHERE { ?e rdfs:label ?label }"
    assert _csv(run(workspace, count, "csv", parse_bindings(["label=Russia"]))) == [["n"], ["1"]]
    with pytest.raises(UsageError, match="is not NAME=VALUE"):
        parse_bindings(["Russia"])


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("DELETE WHERE { ?s ?p ?o }", "updates are refused"),
        ("INSERT DATA { <x:a> <x:b> <x:c> }", "updates are refused"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "SERVICE clauses"),
        ("SELECT ?x WHERE { ?x ", "does not parse"),
    ],
)
def test_refused_and_broken_queries_are_clean_errors(
    workspace: Path, sparql: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        run(workspace, sparql)


def test_bad_targets_and_formats(workspace: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        run(tmp_path / "missing", COUNT)
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(UsageError, match=r"unknown RDF file type '\.txt'"):
        run(tmp_path / "notes.txt", COUNT)
    with pytest.raises(StoreError, match="no store"):
        run(tmp_path, COUNT)
    with pytest.raises(UsageError, match="choose one of: table, csv, json"):
        run(workspace, COUNT, "xml")


def test_a_workspace_being_rebuilt_is_not_read(workspace: Path) -> None:
    with (
        workspace_lock(workspace, exclusive=True),
        pytest.raises(StoreError, match="being changed"),
    ):
        run(workspace, COUNT)


def test_cli_query_text_file_and_saved(workspace: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", str(workspace), COUNT, "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines() == ["n", "4"]
    query_file = tmp_path / "q.rq"
    query_file.write_text(COUNT)
    result = runner.invoke(app, ["query", str(workspace), "--file", str(query_file)])
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "(1 row)"
    result = runner.invoke(
        app, ["query", str(workspace), "--saved", "who_opposes", "-b", "target=Müller"]
    )
    assert result.exit_code == 0 and "Russia" in result.output and "REJECT" in result.output


def test_cli_query_errors_are_one_clean_line(workspace: Path) -> None:
    both = runner.invoke(app, ["query", str(workspace), COUNT, "--saved", "who_opposes"])
    assert both.exit_code == 2 and "give the query exactly once" in both.output
    unknown = runner.invoke(app, ["query", str(workspace), "--saved", "nope"])
    assert unknown.exit_code == 2 and "choose one of: who_opposes, stances_of" in unknown.output
    update = runner.invoke(app, ["query", str(workspace), "DROP ALL"])
    assert update.exit_code == 1 and update.output.startswith("error: updates are refused")
    assert "Traceback" not in update.output
