"""A workspace is a pure function of its documents, however they arrived (real model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import build, remove
from kg.query import run
from kg.workspace import read_records, record_path
from tests.test_workspace import assert_same_workspace

pytestmark = pytest.mark.model

ARTICLES = {
    "a.jsonl": {
        "id": "a",
        "published": "2017-01-27",
        "text": "Senator John McCain criticised Vladimir Putin on Friday. "
        "The Kremlin rejected the accusations.",
    },
    "b.jsonl": {
        "id": "b",
        "published": "2017-02-03",
        "text": "Angela Merkel praised Emmanuel Macron in Berlin. "
        "Senator John McCain criticised Vladimir Putin again.",
    },
}


def _write(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.write_text(json.dumps(ARTICLES[name]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_build_a_then_b_equals_build_a_and_b(tmp_path: Path) -> None:
    [a] = _write(tmp_path / "in", "a.jsonl")
    [b] = _write(tmp_path / "in", "b.jsonl")
    build([a], tmp_path / "grown")
    report = build([b], tmp_path / "grown")
    assert report["workspace"]["added"] == 1 and report["counts"]["documents"] == 2
    build([a, b], tmp_path / "together")
    assert_same_workspace(tmp_path / "grown", tmp_path / "together")
    # The shared stance edge is supported by both documents, first seen in a, last in b.
    answer = run(
        tmp_path / "together",
        "SELECT ?documents ?first ?last WHERE { ?e kg:holder/rdfs:label 'John McCain' ; "
        "kg:stance kg:DISAPPROVE ; kg:sourceCount ?documents ; kg:firstSeen ?first ; "
        "kg:lastSeen ?last }",
        "csv",
    )
    assert answer.splitlines()[1:] == ["2,2017-01-27,2017-02-03"]


def test_building_the_same_input_twice_changes_nothing(tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", "a.jsonl", "b.jsonl")
    build(paths, tmp_path / "ws")
    before = {p.name: p.read_bytes() for p in (tmp_path / "ws").iterdir() if p.is_file()}
    report = build(paths, tmp_path / "ws")
    assert report["workspace"]["unchanged"] == 2 and report["workspace"]["added"] == 0
    assert report["store"]["graphs_written"] == 0
    after = {p.name: p.read_bytes() for p in (tmp_path / "ws").iterdir() if p.is_file()}
    before.pop("report.json")
    after.pop("report.json")
    assert after == before


def test_remove_a_equals_build_b_alone(tmp_path: Path) -> None:
    a, b = _write(tmp_path / "in", "a.jsonl", "b.jsonl")
    build([a, b], tmp_path / "both")
    remove(tmp_path / "both", ["a"])
    build([b], tmp_path / "b")
    assert_same_workspace(tmp_path / "both", tmp_path / "b")


def test_a_changed_document_replaces_its_old_version(tmp_path: Path) -> None:
    [a] = _write(tmp_path / "in", "a.jsonl")
    build([a], tmp_path / "ws")
    changed = dict(ARTICLES["a.jsonl"], text="Angela Merkel praised Emmanuel Macron.")
    a.write_text(json.dumps(changed) + "\n", encoding="utf-8")
    report = build([a], tmp_path / "ws")
    assert report["workspace"]["replaced_ids"] == ["a"] and report["counts"]["documents"] == 1
    rows = [json.loads(line) for line in (tmp_path / "ws" / "statements.jsonl").open()]
    assert {row["subject"]["label"] for row in rows} == {"Angela Merkel"}


def test_a_record_from_another_extractor_is_extracted_again(tmp_path: Path) -> None:
    [a] = _write(tmp_path / "in", "a.jsonl")
    build([a], tmp_path / "ws")
    path = record_path(tmp_path / "ws", "a")
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["extractor"] = "an older kg"
    path.write_text(json.dumps(stored), encoding="utf-8")
    assert build([], tmp_path / "ws")["workspace"]["stale_records"] == 1
    report = build([a], tmp_path / "ws")
    assert report["workspace"]["replaced"] == 1 and report["workspace"]["stale_records"] == 0
    assert read_records(tmp_path / "ws")["a"].extractor != "an older kg"


def test_a_folder_from_before_workspaces_is_reported_not_kept(tmp_path: Path) -> None:
    [a] = _write(tmp_path / "in", "a.jsonl")
    old = tmp_path / "old"
    old.mkdir()
    (old / "documents.jsonl").write_text(
        '{"id": "x"}\n{"id": "a"}\n{"id": "y"}\n', encoding="utf-8"
    )
    report = build([a], old)
    assert report["workspace"]["discarded_legacy_documents"] == 2
    assert report["counts"]["documents"] == 1
