"""Workspaces without the model: records, locks, merged views, and removal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import StoreError, UsageError
from kg.export import GraphData
from kg.pipeline import merge_records, remove, write_outputs
from kg.workspace import (
    DocumentRecord,
    delete_record,
    load_graph_data,
    read_records,
    record_path,
    workspace_lock,
    write_record,
)
from tests.records import sample_data
from tests.test_store import nquads

DERIVED = ("statements.jsonl", "entities.jsonl", "documents.jsonl", "graph.trig", "graph.graphml")


def sample_records() -> list[DocumentRecord]:
    """The sample data as per-document records (each with the entities it mentions)."""
    data = sample_data()
    records = []
    for document in data.documents:
        statements = tuple(s for s in data.statements if s.doc_id == document.id)
        ids = {ref.id for s in statements for ref in (s.subject, s.object) if ref.id}
        entities = tuple(e for e in data.entities if e.id in ids)
        records.append(DocumentRecord(document, entities, statements, 1, len(statements)))
    return records


def make_workspace(folder: Path, records: list[DocumentRecord]) -> Path:
    for record in records:
        write_record(folder, record)
    merged = merge_records(read_records(folder).values())
    write_outputs(merged.data, folder, merged.merges)
    return folder


def assert_same_workspace(a: Path, b: Path) -> None:
    for name in DERIVED:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert nquads(a / "store") == nquads(b / "store")
    assert sorted(p.name for p in (a / "records").iterdir()) == sorted(
        p.name for p in (b / "records").iterdir()
    )


def test_record_round_trip(tmp_path: Path) -> None:
    [first, _] = sample_records()
    write_record(tmp_path, first)
    assert read_records(tmp_path) == {first.document.id: first}


def test_record_file_names_are_safe_for_any_id(tmp_path: Path) -> None:
    path = record_path(tmp_path, "../../etc/passwd\x00 😀")
    assert path.parent == tmp_path / "records" and path.name.endswith(".json")


def test_damaged_record_is_named(tmp_path: Path) -> None:
    [first, _] = sample_records()
    write_record(tmp_path, first)
    record_path(tmp_path, first.document.id).write_text("{truncated")
    with pytest.raises(StoreError, match=r"damaged document record .* delete that file"):
        read_records(tmp_path)


def test_merged_views_do_not_depend_on_record_order() -> None:
    records = sample_records()
    assert merge_records(records) == merge_records(records[::-1])


def test_merged_views_are_what_load_graph_data_reads(tmp_path: Path) -> None:
    folder = make_workspace(tmp_path / "ws", sample_records())
    loaded = load_graph_data(folder)
    assert loaded == merge_records(sample_records()).data
    assert isinstance(loaded, GraphData)


def test_remove_a_equals_building_b_alone(tmp_path: Path) -> None:
    first, second = sample_records()
    both = make_workspace(tmp_path / "both", [first, second])
    report = remove(both, [first.document.id])
    assert report["workspace"] == {"removed": 1, "removed_ids": ["doc-1"]}
    assert report["counts"]["documents"] == 1
    assert_same_workspace(both, make_workspace(tmp_path / "second", [second]))
    # The entities only doc-1 mentioned are gone; the statement count follows.
    entities = {json.loads(line)["id"] for line in (both / "entities.jsonl").open()}
    assert entities == {"place/russia", "person/müller"}


def test_a_remove_killed_half_way_is_finished_by_running_it_again(tmp_path: Path) -> None:
    first, second = sample_records()
    both = make_workspace(tmp_path / "both", [first, second])
    delete_record(both, first.document.id)  # killed here: views still list doc-1
    assert remove(both, [first.document.id])["counts"]["documents"] == 1
    assert_same_workspace(both, make_workspace(tmp_path / "second", [second]))
    with pytest.raises(UsageError, match="no document 'doc-1'"):
        remove(both, [first.document.id])


def test_remove_unknown_document_lists_known_ones(tmp_path: Path) -> None:
    folder = make_workspace(tmp_path / "ws", sample_records())
    with pytest.raises(UsageError, match=r"no document 'nope' .* e\.g\. 'doc-1', 'doc-2'"):
        remove(folder, ["nope"])
    assert len(read_records(folder)) == 2


def test_remove_outside_a_workspace_says_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a kg workspace"):
        remove(tmp_path, ["doc-1"])


def test_writers_exclude_each_other_and_readers(tmp_path: Path) -> None:
    with workspace_lock(tmp_path, exclusive=True):
        with (
            pytest.raises(StoreError, match="being changed by another kg process"),
            workspace_lock(tmp_path, exclusive=False),
        ):
            pass
        with pytest.raises(StoreError):
            remove(tmp_path, ["doc-1"])
    with (
        workspace_lock(tmp_path, exclusive=False),
        workspace_lock(tmp_path, exclusive=False),
        pytest.raises(StoreError, match="in use by another kg process"),
        workspace_lock(tmp_path, exclusive=True),
    ):
        pass
