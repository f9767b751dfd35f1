"""The networkx view keeps parallel edges and issue nodes."""

from __future__ import annotations

from kg.graph.nxgraph import issue_node_id
from tests.records import HOSTILE, sample_data


def test_parallel_edges_between_same_pair_are_kept() -> None:
    graph = sample_data().graph
    edges = graph.get_edge_data("person/müller", "organization/1-hostile")
    assert sorted(edges) == ["st-1", "st-2"]
    assert {data["stance"] for data in edges.values()} == {"REJECT", "SUPPORT"}


def test_literal_objects_become_issue_nodes() -> None:
    graph = sample_data().graph
    node = issue_node_id("lifting sanctions on " + HOSTILE)
    assert graph.nodes[node]["kind"] == "issue"
    assert graph.number_of_nodes() == 4
    assert graph.number_of_edges() == 4


def test_stance_edges_carry_their_support_across_documents() -> None:
    graph = sample_data().graph
    rejects = graph.get_edge_data("place/russia", "person/müller")["st-4"]
    assert (rejects["support_count"], rejects["source_count"]) == (1, 1)
    assert rejects["first_seen"] == rejects["last_seen"] == "2017-01-28"
    negated = graph.get_edge_data(
        "organization/1-hostile", issue_node_id("lifting sanctions on " + HOSTILE)
    )
    assert [data["support_count"] for data in negated.values()] == [0]
