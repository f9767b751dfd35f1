"""Every registered format: written, read back by a real reader, deterministic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import FormatError
from kg.export import ALIASES, EXPORTERS, get_exporter
from kg.graph.rdf import union_graph
from tests.conftest import ROOT
from tests.export.readers import READERS
from tests.records import hostile_data, sample_data


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and ".ladybug" not in str(path)
    }


def test_every_format_has_a_reader() -> None:
    assert sorted(READERS) == sorted(EXPORTERS)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_round_trips_with_its_counts(tmp_path: Path, name: str) -> None:
    data = hostile_data()
    exporter = EXPORTERS[name]
    target = tmp_path / exporter.target
    exporter.write(data, target)
    found = READERS[name](target, data)
    if found.triples is not None:
        expected = (
            len(union_graph(data.dataset))
            if name in {"ttl", "nt"}
            else sum(len(g) for g in data.dataset.graphs())
        )
        assert found.triples == expected
    else:
        assert (found.nodes, found.edges) == (
            data.graph.number_of_nodes(),
            data.graph.number_of_edges(),
        )


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_is_deterministic_in_one_process(tmp_path: Path, name: str) -> None:
    exporter = EXPORTERS[name]
    exporter.write(hostile_data(), tmp_path / "a" / exporter.target)
    exporter.write(hostile_data(), tmp_path / "b" / exporter.target)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first and first == second


WRITE_ALL = """
import sys
from pathlib import Path
from kg.export import EXPORTERS
from tests.records import hostile_data
data = hostile_data()
for exporter in EXPORTERS.values():
    exporter.write(data, Path(sys.argv[1]) / exporter.target)
"""


def test_every_format_is_deterministic_across_processes(tmp_path: Path) -> None:
    """Hash order changes between processes (PYTHONHASHSEED): it must not reach a file."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITE_ALL, str(tmp_path / seed)],
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        )
        for seed in ("1", "2")
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    first, second = _files(tmp_path / "1"), _files(tmp_path / "2")
    assert len(first) >= len(EXPORTERS)
    differing = [name for name in first if first[name] != second.get(name)]
    assert not differing


def test_aliases_and_unknown_format() -> None:
    assert get_exporter("Turtle").name == "ttl"
    assert get_exporter(" n-quads ").name == "nq"
    assert get_exporter("JSON").name == "nodelink"
    assert all(alias not in EXPORTERS for alias in ALIASES)
    with pytest.raises(FormatError, match=r"unknown format 'dot'; choose one of: cypher, gexf"):
        get_exporter("dot")


def test_sample_data_exports_too(tmp_path: Path) -> None:
    """The plain sample (no odd names) takes the same paths."""
    for exporter in EXPORTERS.values():
        exporter.write(sample_data(), tmp_path / exporter.target)
    assert len(_files(tmp_path)) >= len(EXPORTERS)
