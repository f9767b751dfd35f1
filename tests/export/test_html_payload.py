"""The graph page's data, without a browser: evidence marks, growth order, layout, edges."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.errors import KGError
from kg.export import html
from kg.export.html.evidence import cue_marks, highlight, locate_sentence
from kg.export.html.layout import CORE_SIZE, layout
from kg.export.html.payload import curves, document_entry, page_payload
from kg.export.html.view import growth_order
from kg.model import Document
from tests.export.graphs import filter_graph, star_graph


def test_locate_sentence_picks_the_occurrence_that_holds_the_evidence() -> None:
    text = "He won. She said he won. He won."
    assert locate_sentence(text, "He won.", 25, 31) == 25
    assert locate_sentence(text, "He won.", 0, 6) == 0
    assert locate_sentence(text, "He lost.", 0, 6) is None
    assert locate_sentence(text, "", 0, 0) is None


def test_cue_marks_find_phrases_then_words_in_order() -> None:
    sentence = "McConnell said on Sunday that he opposes it, said on ABC."
    # The contiguous phrase, inside the evidence region only.
    assert cue_marks(sentence, 0, 24, "said on") == [(10, 17)]
    # Words apart are found one after the other, whole words only.
    assert cue_marks("Abe, in the call, agreed in principle.", 0, 38, "In agreed") == [
        (5, 7),
        (18, 24),
    ]
    assert cue_marks("The sanctions stay.", 0, 19, "on") == []
    assert cue_marks("Anything.", 0, 9, "  ") == []


def test_highlight_splits_the_evidence_around_the_cue() -> None:
    sentence = "Yesterday Trump spoke with Abe, aides said."
    marks = highlight(sentence, (10, 30), "spoke with")
    assert marks == [(10, 16, "evidence"), (16, 26, "cue"), (26, 30, "evidence")]
    assert "".join(sentence[a:b] for a, b, _ in marks) == "Trump spoke with Abe"
    # Evidence span unknown: only the cue.
    assert highlight(sentence, None, "said") == [(38, 42, "cue")]
    # A cue that is not there: the evidence alone, nothing lost.
    assert highlight(sentence, (10, 30), "vetoed") == [(10, 30, "evidence")]


def test_document_entry_links_only_web_urls_and_reads_iso_dates() -> None:
    web = document_entry(
        Document("d", "", title="T", url="HTTPS://x.org/a", published="2020-03-04")
    )
    assert (web["link"], web["date"]) == ("HTTPS://x.org/a", "2020-03-04")
    for url in ("javascript:alert(1)", "data:text/html,x", "//evil.example", " http://x"):
        assert document_entry(Document("d", "", url=url))["link"] == ""
    assert document_entry(Document("d", "", published="last Tuesday"))["date"] == ""


def test_parallel_edges_are_bent_apart_in_both_directions() -> None:
    keys = [("a", "b", s, "", 0, False) for s in ("X", "Y", "Z")] + [("b", "a", "W", "", 0, False)]
    bends = curves(keys)
    # a->b: straight, +, -, and b->a (drawn the other way round) bends like a->b would.
    assert bends == [0.0, 0.25, -0.25, -0.5]
    assert len({(abs(b), b > 0) for b in bends}) == 4
    assert curves([("a", "a", "X", "", 0, False), ("a", "a", "Y", "", 0, False)]) == [0.0, 0.0]


def test_payload_aggregates_statements_into_edges_with_support() -> None:
    payload = page_payload(filter_graph())
    assert payload["totals"] == {"nodes": 6, "edges": 7, "statements": 8}
    labels = {node["id"]: node["label"] for node in payload["nodes"]}
    by_label = {
        (payload["nodes"][e["from"]]["label"], e["label"], payload["nodes"][e["to"]]["label"]): e
        for e in payload["edges"]
    }
    support = by_label[("Alice Adams", "SUPPORT", "Bolt Corp")]
    assert [ev["statement"] for ev in support["evidence"]] == ["st-1", "st-2"]
    assert support["polarity"] == 1 and support["curve"] == 0.0
    assert by_label[("Alice Adams", "DISAPPROVE", "Bolt Corp")]["curve"] != 0.0
    negated = by_label[("Alice Adams", "reject", "tax cuts")]
    assert negated["negated"] is True and negated["stance"] == ""
    assert payload["stances"] == ["STATEMENT", "CONSULT", "SUPPORT", "DISAPPROVE", "REJECT", ""]
    assert payload["types"] == ["group", "issue", "organization", "person", "place"]
    assert [doc["date"] for doc in payload["documents"]] == ["2020-01-10", "2020-02-20", ""]
    # Nodes come in growth order: the best connected (Alice, 5 statements) first.
    assert payload["nodes"][0]["label"] == "Alice Adams"
    assert labels["group/elves"] == payload["nodes"][-1]["label"] == "Elves"


def test_payload_evidence_carries_provenance_and_marks() -> None:
    payload = page_payload(filter_graph())
    evidence = payload["edges"][0]["evidence"][0]
    assert set(evidence) == {
        "statement",
        "doc",
        "docId",
        "sentence",
        "marks",
        "relation",
        "speaker",
        "confidence",
        "modality",
        "rule",
    }
    start, end, kind = evidence["marks"][0]
    assert kind == "cue" and evidence["sentence"][start:end] == evidence["relation"]


def _random_graph(nodes: int, edges: int, seed: int) -> nx.MultiDiGraph:
    chooser = random.Random(seed)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(f"n{i:04d}" for i in range(nodes))
    for _ in range(edges):
        graph.add_edge(f"n{chooser.randrange(nodes):04d}", f"n{chooser.randrange(nodes):04d}")
    return graph


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_prefix_of_the_growth_order_grows_from_its_hubs(seed: int) -> None:
    graph = _random_graph(300, 260, seed)
    growth = growth_order(graph)
    assert sorted(growth.order) == sorted(graph)
    rank = growth.rank()
    undirected = nx.Graph(graph)
    for node in growth.order:
        parent = growth.parent[node]
        if parent is None:
            # A component starts at its most connected node.
            component = nx.node_connected_component(undirected, node)
            assert graph.degree(node) == max(graph.degree(n) for n in component)
            assert all(rank[n] >= rank[node] for n in component)
        else:
            assert rank[parent] < rank[node] and undirected.has_edge(parent, node)


def test_layout_is_deterministic_and_spreads_a_big_component() -> None:
    data = star_graph(leaves=CORE_SIZE + 150, islands=20)
    graph = data.graph
    positions = layout(graph, growth_order(graph))
    assert positions == layout(graph, growth_order(graph))
    assert set(positions) == set(graph)
    # No two nodes on the same spot, the periphery (beyond the core) included.
    assert len({(round(x), round(y)) for x, y in positions.values()}) == len(positions)


def test_a_script_that_would_break_out_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "_vis_script", lambda: "var a = '</script>';")
    with pytest.raises(KGError, match=r"'vis-network.min.js' contains '</script'"):
        html.generate_html(filter_graph())
