"""Every registered format is written and read back; hostile strings survive."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.errors import FormatError
from kg.export import EXPORTERS, GraphData, get_exporter
from kg.graph.rdf import union_graph
from tests.records import HOSTILE, sample_data


def _graph_triples(path: Path, data: GraphData, fmt: str) -> None:
    parsed = Graph().parse(path, format=fmt)
    assert len(parsed) == len(union_graph(data.dataset))
    assert any(str(o) == HOSTILE for o in parsed.objects())


def _dataset_quads(path: Path, data: GraphData, fmt: str) -> None:
    parsed = Dataset()
    parsed.parse(path, format=fmt)
    expected = {(str(g.identifier), len(g)) for g in data.dataset.graphs() if len(g)}
    found = {(str(g.identifier), len(g)) for g in parsed.graphs() if len(g)}
    assert found == expected


def _jsonld(path: Path, data: GraphData) -> None:
    parsed = Dataset()
    parsed.parse(path, format="json-ld")
    assert sum(len(g) for g in parsed.graphs()) == sum(len(g) for g in data.dataset.graphs())


def _graphml(path: Path, data: GraphData) -> None:
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_nodes() == data.graph.number_of_nodes()
    assert graph.number_of_edges() == data.graph.number_of_edges()
    assert graph.nodes["organization/1-hostile"]["label"] == HOSTILE
    assert graph.nodes["person/müller"]["aliases"] == "Herr Müller"


def _neo4j(folder: Path, data: GraphData) -> None:
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as stream:
        nodes = list(csv.DictReader(stream))
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as stream:
        relationships = list(csv.DictReader(stream))
    assert len(nodes) == data.graph.number_of_nodes()
    assert len(relationships) == data.graph.number_of_edges()
    assert {row[":TYPE"] for row in relationships} == {"REJECT", "SUPPORT", "RELATED_TO"}
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", row[":TYPE"]) for row in relationships)
    assert any(row["label"] == HOSTILE for row in nodes)
    ids = {row["id:ID"] for row in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in relationships)
    cypher = (folder / "import.cypher").read_text(encoding="utf-8")
    assert cypher.count("UNWIND") >= 2 and "MERGE" in cypher
    assert "neo4j-admin database import full" in (folder / "README.md").read_text()


def _html(path: Path, data: GraphData) -> None:
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    payload = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert payload is not None
    assert "</script" not in payload.group(1) and "<img" not in payload.group(1)
    parsed = json.loads(payload.group(1))
    assert len(parsed["nodes"]) == data.graph.number_of_nodes()
    assert len(parsed["edges"]) == data.graph.number_of_edges()
    assert any(node["label"] == HOSTILE for node in parsed["nodes"])


READERS: dict[str, Callable[[Path, GraphData], None]] = {
    "ttl": lambda p, d: _graph_triples(p, d, "turtle"),
    "nt": lambda p, d: _graph_triples(p, d, "nt"),
    "trig": lambda p, d: _dataset_quads(p, d, "trig"),
    "nq": lambda p, d: _dataset_quads(p, d, "nquads"),
    "jsonld": _jsonld,
    "graphml": _graphml,
    "neo4j": _neo4j,
    "html": _html,
}


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_round_trips(tmp_path: Path, name: str) -> None:
    assert name in READERS, f"format {name!r} has no round-trip reader in this test"
    data = sample_data()
    exporter = EXPORTERS[name]
    target = tmp_path / exporter.target
    exporter.write(data, target)
    READERS[name](target, data)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_is_deterministic(tmp_path: Path, name: str) -> None:
    exporter = EXPORTERS[name]
    first, second = tmp_path / "a" / exporter.target, tmp_path / "b" / exporter.target
    exporter.write(sample_data(), first)
    exporter.write(sample_data(), second)
    files = sorted(p.relative_to(first.parent) for p in first.parent.rglob("*") if p.is_file())
    for relative in files:
        assert (first.parent / relative).read_bytes() == (second.parent / relative).read_bytes()


def test_aliases_and_unknown_format() -> None:
    assert get_exporter("Turtle").name == "ttl"
    assert get_exporter("n-quads").name == "nq"
    with pytest.raises(FormatError, match=r"unknown format 'dot'; choose one of: graphml, html"):
        get_exporter("dot")
