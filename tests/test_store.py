"""The Oxigraph store holds exactly the model's named graphs, whatever its history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.export import GraphData
from kg.graph.rdf import named_graphs
from kg.store import manifest_path, open_store, sync_store
from tests.records import sample_data


def _graphs(data: GraphData) -> list:  # type: ignore[type-arg]
    return list(named_graphs(data.documents, data.entities, data.statements))


def nquads(path: Path) -> list[str]:
    """The store's content as sorted canonical N-Quads lines."""
    with open_store(path, read_only=True) as store:
        text = ox.serialize(store, format=ox.RdfFormat.N_QUADS) or b""
    return sorted(line for line in text.decode("utf-8").split("\n") if line)


def dataset_nquads(data: GraphData) -> list[str]:
    """The rdflib dataset (what the exports write), as canonical N-Quads via Oxigraph."""
    store = ox.Store()
    store.load(data.dataset.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
    text = ox.serialize(store, format=ox.RdfFormat.N_QUADS) or b""
    return sorted(line for line in text.decode("utf-8").split("\n") if line)


# The sample's graphs: 2 documents, entities, stance edges, vocabulary, and the
# co-mention graphs of its 3 entities that share a document with another.
SAMPLE_GRAPHS = 8


def test_store_holds_the_same_quads_as_the_exported_dataset(tmp_path: Path) -> None:
    data = sample_data()
    sync = sync_store(tmp_path / "store", _graphs(data))
    assert sync.written == SAMPLE_GRAPHS and sync.quads == len(nquads(tmp_path / "store"))
    assert nquads(tmp_path / "store") == dataset_nquads(data)


def test_second_sync_changes_nothing_and_a_change_rewrites_one_graph(tmp_path: Path) -> None:
    data = sample_data()
    sync_store(tmp_path / "store", _graphs(data))
    again = sync_store(tmp_path / "store", _graphs(data))
    assert (again.written, again.removed, again.kept) == (0, 0, SAMPLE_GRAPHS)
    retitled = replace(data, documents=(replace(data.documents[0], title="New"), data.documents[1]))
    changed = sync_store(tmp_path / "store", _graphs(retitled))
    assert (changed.written, changed.removed, changed.kept) == (1, 1, SAMPLE_GRAPHS - 1)
    assert nquads(tmp_path / "store") == dataset_nquads(retitled)


def test_any_history_converges_to_the_same_store(tmp_path: Path) -> None:
    data = sample_data()
    only_first = GraphData(
        data.documents[:1],
        data.entities,
        tuple(s for s in data.statements if s.doc_id == "doc-1"),
    )
    sync_store(tmp_path / "grown", _graphs(only_first))
    sync_store(tmp_path / "grown", _graphs(data))
    sync_store(tmp_path / "fresh", _graphs(data))
    assert nquads(tmp_path / "grown") == nquads(tmp_path / "fresh")
    sync_store(tmp_path / "grown", _graphs(only_first))
    sync_store(tmp_path / "first", _graphs(only_first))
    assert nquads(tmp_path / "grown") == nquads(tmp_path / "first")


def _add_junk(path: Path) -> None:
    # In a function: Oxigraph releases the store when the last reference to it goes.
    with open_store(path) as store:
        junk = ox.NamedNode("https://example.org/junk")
        store.add(ox.Quad(junk, junk, ox.Literal("stray"), junk))
        store.add(ox.Quad(junk, junk, ox.Literal("default graph")))


def test_a_lost_manifest_or_foreign_data_is_repaired(tmp_path: Path) -> None:
    data = sample_data()
    path = tmp_path / "store"
    sync_store(path, _graphs(data))
    _add_junk(path)
    repaired = sync_store(path, _graphs(data))
    assert repaired.removed == 1 and repaired.written == 0
    assert nquads(path) == dataset_nquads(data)
    manifest_path(path).unlink()
    rewritten = sync_store(path, _graphs(data))
    assert rewritten.written == SAMPLE_GRAPHS and nquads(path) == dataset_nquads(data)
    manifest_path(path).write_text("{not json")
    assert sync_store(path, _graphs(data)).written == SAMPLE_GRAPHS


def test_a_store_open_elsewhere_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path), pytest.raises(StoreError, match="open in another process"):
        sync_store(path, _graphs(sample_data()))


def test_reading_a_missing_store_names_the_fix(tmp_path: Path) -> None:
    with (
        pytest.raises(StoreError, match=r"kg build INPUT\.\.\. --out"),
        open_store(tmp_path / "store", read_only=True),
    ):
        pass
