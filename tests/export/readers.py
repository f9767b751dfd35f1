"""Read every export format back with the tool a user would use, as comparable values.

Each reader returns a `ReadBack`: the nodes and edges it found, and every string value
in them, so one test can check counts and another that hostile strings survive.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal

from kg.export import GraphData
from kg.export.ladybug import generate_ladybug_schema
from kg.export.propgraph import property_graph
from tests.export.stores import Ladybug, oxigraph_store


@dataclass
class ReadBack:
    """What a reader found: node and edge counts (None for RDF), and all strings."""

    nodes: int | None
    edges: int | None
    strings: set[str] = field(default_factory=set)
    triples: int | None = None


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values()), set())
    if isinstance(value, list | tuple):
        return set().union(*(_strings(v) for v in value), set())
    return set()


def _rdf(path: Path, rdflib_format: str, oxigraph_format: ox.RdfFormat, quads: bool) -> ReadBack:
    parsed: Graph | Dataset
    if quads:
        parsed = Dataset()
        parsed.parse(path, format=rdflib_format)
        triples = [t for g in parsed.graphs() for t in g]
    else:
        parsed = Graph().parse(path, format=rdflib_format)
        triples = list(parsed)
    rdflib_literals = {str(o) for _, _, o in triples if isinstance(o, Literal)}
    # The same file through Oxigraph's strict parser must give the same literals.
    store = oxigraph_store(path, oxigraph_format)
    oxigraph_literals = {quad.object.value for quad in store if isinstance(quad.object, ox.Literal)}
    assert oxigraph_literals == rdflib_literals
    assert len(store) == len(triples)
    return ReadBack(None, None, rdflib_literals, triples=len(triples))


def _networkx(graph: nx.MultiDiGraph) -> ReadBack:
    strings = {str(node) for node in graph.nodes}
    for _, attributes in graph.nodes(data=True):
        strings |= _strings(attributes)
    for _, _, attributes in graph.edges(data=True):
        strings |= _strings(attributes)
    return ReadBack(graph.number_of_nodes(), graph.number_of_edges(), strings)


def read_graphml(path: Path) -> ReadBack:
    return _networkx(nx.read_graphml(path, force_multigraph=True))


def read_gexf(path: Path) -> ReadBack:
    return _networkx(nx.read_gexf(path))


def read_nodelink(path: Path) -> ReadBack:
    data = json.loads(path.read_text(encoding="utf-8"))
    return _networkx(nx.node_link_graph(data, directed=True, multigraph=True, edges="edges"))


def _ladybug_readback(db: Ladybug) -> ReadBack:
    nodes, relationships = db.nodes(), db.relationships()
    strings = _strings(list(nodes.values())) | _strings(list(relationships.values()))
    return ReadBack(len(nodes), len(relationships), strings)


def read_neo4j(folder: Path) -> ReadBack:
    """The CSVs through Python's csv module, then imported into LadybugDB."""
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as stream:
        nodes = list(csv.DictReader(stream))
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as stream:
        relationships = list(csv.DictReader(stream))
    ids = {row["id:ID"] for row in nodes}
    assert len(ids) == len(nodes), "duplicate node ids"
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in relationships)
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", r[":TYPE"]) for r in relationships)
    # The delimiter the README's import command names (";" unless an item holds one).
    readme = (folder / "README.md").read_text(encoding="utf-8")
    delimiter = re.findall(r'--array-delimiter="(.)"', readme)[0]
    labels = {label for row in nodes for label in row[":LABEL"].split(delimiter)}
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", label) for label in labels)
    db = Ladybug(folder.parent / (folder.name + ".ladybug"))
    db.import_csv_folder(folder)
    found = _ladybug_readback(db)
    assert (found.nodes, found.edges) == (len(nodes), len(relationships))
    return found


def read_cypher(path: Path, data: GraphData) -> ReadBack:
    """The script run in LadybugDB after its schema, Neo4j-only statements skipped."""
    db = Ladybug(path.parent / "cypher.ladybug")
    db.run_script(generate_ladybug_schema(property_graph(data)))
    db.run_script(path.read_text(encoding="utf-8"), skip_neo4j_only=True)
    return _ladybug_readback(db)


def read_html(path: Path) -> ReadBack:
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "page loads a URL"
    payload = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert payload is not None
    assert "</script" not in payload.group(1) and "<img" not in payload.group(1)
    parsed = json.loads(payload.group(1))
    # The page draws one edge per stance between two nodes; each lists its statements.
    statements = sum(len(edge["evidence"]) for edge in parsed["edges"])
    return ReadBack(len(parsed["nodes"]), statements, _strings(parsed))


READERS: dict[str, Callable[[Path, GraphData], ReadBack]] = {
    "ttl": lambda p, _: _rdf(p, "turtle", ox.RdfFormat.TURTLE, quads=False),
    "nt": lambda p, _: _rdf(p, "nt", ox.RdfFormat.N_TRIPLES, quads=False),
    "trig": lambda p, _: _rdf(p, "trig", ox.RdfFormat.TRIG, quads=True),
    "nq": lambda p, _: _rdf(p, "nquads", ox.RdfFormat.N_QUADS, quads=True),
    "jsonld": lambda p, _: _rdf(p, "json-ld", ox.RdfFormat.JSON_LD, quads=True),
    "graphml": lambda p, _: read_graphml(p),
    "gexf": lambda p, _: read_gexf(p),
    "nodelink": lambda p, _: read_nodelink(p),
    "neo4j": lambda p, _: read_neo4j(p),
    "cypher": read_cypher,
    "html": lambda p, _: read_html(p),
}
