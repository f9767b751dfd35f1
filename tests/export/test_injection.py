"""Nothing injected: the shared hostile strings through every export format.

One test per format. Each writes the graph of `tests/export/hostile.py` (every hostile
string in every string field, ids and IRIs minted from them), reads the file back with
the parser a user would use (rdflib and Oxigraph, the csv module and LadybugDB, an XML
parser, json, a real Chromium), and checks that the file holds exactly our graph (no
triple, node, statement or element of the attacker's) and that every string comes back
intact where the format carries it.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef

from kg.export import EXPORTERS, GraphData
from kg.export.cypher import generate_cypher, parse_script
from kg.export.propgraph import property_graph
from kg.graph.rdf import union_graph
from kg.graph.vocab import DOCUMENT_GRAPH_PREFIX, entity_iri
from tests.export.browser import OpenPage
from tests.export.hostile import HOSTILE_STRINGS, SCRIPT_PAYLOADS, hostile_graph
from tests.export.readers import READERS, ReadBack, _strings
from tests.export.stores import Ladybug, expected_nodes, expected_relationships

Pages = Callable[..., OpenPage]
EVIL = "http://evil.example/"
# A double-quoted Cypher string: anything but a quote or backslash, or an escape.
CYPHER_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
FORMULAS = tuple(text for name, text in HOSTILE_STRINGS.items() if name.startswith("formula"))


def _write(tmp_path: Path, name: str) -> tuple[GraphData, Path, ReadBack]:
    """Write the hostile graph in format `name`, read it back, check every string."""
    data = hostile_graph()
    target = tmp_path / EXPORTERS[name].target
    EXPORTERS[name].write(data, target)
    found = READERS[name](target, data)
    missing = [key for key, text in HOSTILE_STRINGS.items() if text not in found.strings]
    assert missing == [], f"{name} lost or altered: {missing}"
    return data, target, found


def _no_evil_terms(triples: list[tuple[object, ...]]) -> None:
    for triple in triples:
        for term in triple:
            assert not (isinstance(term, URIRef) and str(term).startswith(EVIL)), triple


def _entity_iris(triples: list[tuple[object, ...]], data: GraphData) -> None:
    """Every entity IRI minted from a hostile label is in the file, as minted."""
    subjects = {str(t[0]) for t in triples}
    assert {str(entity_iri(entity.id)) for entity in data.entities} <= subjects


def _rdf_triples(name: str, tmp_path: Path, rdflib_format: str) -> None:
    data, target, found = _write(tmp_path, name)
    parsed = Graph().parse(target, format=rdflib_format)
    expected = union_graph(data.dataset)
    # Exactly our triples: nothing added by a string that left its literal or IRI.
    assert set(parsed) == set(expected)
    assert found.triples == len(expected)
    _no_evil_terms(list(parsed))
    _entity_iris(list(parsed), data)


def _rdf_quads(name: str, tmp_path: Path, rdflib_format: str) -> None:
    data, target, found = _write(tmp_path, name)
    parsed = Dataset()
    parsed.parse(target, format=rdflib_format)
    quads = {(g.identifier, *t) for g in parsed.graphs() for t in g}
    expected = {(g.identifier, *t) for g in data.dataset.graphs() for t in g}
    assert quads == expected
    assert found.triples == len(expected)
    # One named graph per document, named from the hostile document id.
    documents = {q[0] for q in quads if str(q[0]).startswith(DOCUMENT_GRAPH_PREFIX)}
    assert len(documents) == len(data.documents)
    _no_evil_terms([q[1:] for q in quads])
    _entity_iris([q[1:] for q in quads], data)


def test_turtle(tmp_path: Path) -> None:
    _rdf_triples("ttl", tmp_path, "turtle")


def test_ntriples(tmp_path: Path) -> None:
    _rdf_triples("nt", tmp_path, "nt")
    # One triple per line: a line break in a literal is escaped, never written raw.
    lines = (tmp_path / "graph.nt").read_text(encoding="utf-8").split("\n")
    assert all(line == "" or line.endswith(" .") for line in lines)


def test_trig(tmp_path: Path) -> None:
    _rdf_quads("trig", tmp_path, "trig")


def test_nquads(tmp_path: Path) -> None:
    _rdf_quads("nq", tmp_path, "nquads")
    lines = (tmp_path / "graph.nq").read_text(encoding="utf-8").split("\n")
    assert all(line == "" or line.endswith(" .") for line in lines)


def test_jsonld(tmp_path: Path) -> None:
    _rdf_quads("jsonld", tmp_path, "json-ld")
    # Strict JSON, and the string that looks like JSON-LD keywords stayed a value.
    json.loads((tmp_path / "graph.jsonld").read_text(encoding="utf-8"))
    store = ox.Store()
    store.load(path=str(tmp_path / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)
    values = {quad.object.value for quad in store if isinstance(quad.object, ox.Literal)}
    assert HOSTILE_STRINGS["json"] in values


def test_neo4j_csv(tmp_path: Path) -> None:
    data, folder, found = _write(tmp_path, "neo4j")
    graph = property_graph(data)
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as stream:
        nodes = {row["id:ID"]: row for row in csv.DictReader(stream)}
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as stream:
        relationships = list(csv.DictReader(stream))
    # The csv module sees exactly our rows: no quote, line break or delimiter split one.
    assert set(nodes) == {node.id for node in graph.nodes}
    assert len(relationships) == len(graph.relationships)
    labels = {entity.id: entity.label for entity in data.entities}
    assert all(nodes[key]["label"] == label for key, label in labels.items())
    texts = {row["statement_id"]: row["relation_text"] for row in relationships}
    assert texts == {s.id: s.relation_text for s in data.statements}
    # Formula-looking names are written exactly (a database import must not alter data),
    # inside quotes; the README warns not to open the CSVs in a spreadsheet.
    assert [nodes[key]["label"] for key in labels if labels[key] in FORMULAS] == list(FORMULAS)
    raw = (folder / "nodes.csv").read_text(encoding="utf-8")
    assert all(f'"{text.replace(chr(34), chr(34) * 2)}"' in raw for text in FORMULAS)
    assert "not for spreadsheets" in (folder / "README.md").read_text(encoding="utf-8")
    # ... and LadybugDB imported exactly the property graph (`read_neo4j` ran the import).
    db = Ladybug(tmp_path / "check.ladybug")
    db.import_csv_folder(folder)
    assert db.nodes() == expected_nodes(graph, labels=True)
    assert db.relationships() == expected_relationships(graph)
    assert (found.nodes, found.edges) == (len(graph.nodes), len(graph.relationships))


def test_cypher(tmp_path: Path) -> None:
    data, target, found = _write(tmp_path, "cypher")
    graph = property_graph(data)
    script = target.read_text(encoding="utf-8")
    statements = parse_script(script)
    # Outside its string literals, every statement is only our own code: no `;`, `//`,
    # quote or backtick of the data ended a string or statement or named an identifier.
    for statement in statements:
        code = CYPHER_STRING.sub('""', statement.text)
        assert re.match(r"(UNWIND \[|CREATE CONSTRAINT )", code), code[:80]
        assert not re.search(r"DETACH|DELETE|//|;|`|'", code), code[:200]
    assert len(statements) == len(parse_script(generate_cypher(data)))
    # LadybugDB ran the script (`read_cypher`) and holds our graph, nothing deleted.
    assert (found.nodes, found.edges) == (len(graph.nodes), len(graph.relationships))


def _xml(name: str, tmp_path: Path) -> ElementTree.Element:
    _, target, found = _write(tmp_path, name)
    text = target.read_text(encoding="utf-8")
    # The data's DOCTYPE and entity stayed text: nothing can define or expand "&e;".
    assert "<!DOCTYPE" not in text and "<!ENTITY" not in text and "&e;" not in text
    assert "&lt;!DOCTYPE" in text
    root = ElementTree.fromstring(target.read_bytes())
    data = hostile_graph()
    nodes = {e.id for e in data.entities} | {
        s.object.label for s in data.statements if s.object.id is None
    }
    assert found.nodes == len(nodes)
    assert found.edges == len(data.statements)
    return root


def test_graphml(tmp_path: Path) -> None:
    root = _xml("graphml", tmp_path)
    namespace = "{http://graphml.graphdrawing.org/xmlns}"
    node_ids = {node.attrib["id"] for node in root.iter(f"{namespace}node")}
    assert {entity.id for entity in hostile_graph().entities} <= node_ids
    assert sum(1 for _ in root.iter(f"{namespace}edge")) == len(hostile_graph().statements)


def test_gexf(tmp_path: Path) -> None:
    root = _xml("gexf", tmp_path)
    assert sum(1 for element in root.iter() if element.tag.endswith("}edge")) == len(
        hostile_graph().statements
    )


def test_nodelink(tmp_path: Path) -> None:
    data, target, found = _write(tmp_path, "nodelink")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert {node["id"] for node in document["nodes"]} >= {e.id for e in data.entities}
    assert len(document["edges"]) == len(data.statements) == found.edges


@pytest.mark.parametrize("policy", ["with CSP", "CSP removed"])
def test_html_page_in_chromium(pages: Pages, tmp_path: Path, policy: str) -> None:
    data, target, _ = _write(tmp_path, "html")
    text = target.read_text(encoding="utf-8")
    payload = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S)
    assert payload is not None
    # Inside the inline JSON: no markup, and no raw U+2028/2029 (old JS parsers end a
    # line there); `json.loads` gives every string back.
    assert not re.search("[<>&\u2028\u2029]", payload.group(1))
    if policy == "CSP removed":
        # Escaping alone must be enough; the policy is a second line of defence.
        text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
        assert "Content-Security-Policy" not in text
        target.write_text(text, encoding="utf-8")
    opened = pages(target)
    page = opened.page
    # Show every string the page can show: each node's panel, each edge's evidence,
    # the tooltips, the document filter, a search.
    nodes = page.evaluate("window.kg.data.nodes.length")
    edges = page.evaluate("window.kg.data.edges.length")
    shown = []
    for index in range(nodes):
        page.evaluate(f"window.kg.showNode({index})")
        shown.append(page.eval_on_selector("#details h2", "el => el.textContent"))
    for index in range(edges):
        page.evaluate(f"window.kg.showEdge({index})")
        page.evaluate(f"window.kg.showEdgeTooltip(10, 10, window.kg.data.edges[{index}])")
    for payload_text in SCRIPT_PAYLOADS:
        page.fill("#search", payload_text[:12])
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.dialogs == [] and opened.blocked == [] and opened.errors == []
    assert opened.violations() == []
    # Nothing from the data became an element or a link: the page's six scripts only.
    assert page.evaluate("document.scripts.length") == 6
    assert (
        page.locator("img, iframe, svg, object, embed, base, meta[http-equiv=refresh]").count() == 0
    )
    assert page.evaluate("[...document.querySelectorAll('a')].map((a) => a.href)") == []
    # Every label reached the page intact, as text.
    labels = page.evaluate("window.kg.data.nodes.map((node) => node.label)")
    assert shown == labels
    assert {e.label for e in data.entities} <= set(labels)
    titles = page.evaluate(
        "[...document.querySelectorAll('#filter-document option')].map((o) => o.textContent)"
    )
    assert all(any(d.title in title for title in titles) for d in data.documents if d.title)
    # The data as the browser parsed it holds every hostile string exactly.
    browser_strings = _strings(page.evaluate("window.kg.data"))
    assert [key for key, text in HOSTILE_STRINGS.items() if text not in browser_strings] == []
