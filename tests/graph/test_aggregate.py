"""Stance edges across documents: support, distinct sources, first and last seen."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from kg.graph.aggregate import published_date, stance_edges
from kg.model import Document, EntityRef, Statement
from tests.records import statement

MERKEL = EntityRef("person/angela-merkel", "Angela Merkel", "person")
PUTIN = EntityRef("person/vladimir-putin", "Vladimir Putin", "person")
ISSUE = EntityRef(None, "lifting sanctions on Russia")


def _documents() -> list[Document]:
    return [
        Document("d1", "…", published="2017-01-28"),
        Document("d2", "…", published="2017-02-03T09:30:00Z"),
        Document("d3", "…", published="sometime in March"),
        Document("d4", "…"),
    ]


def _statements() -> list[Statement]:
    return [
        statement(1, MERKEL, PUTIN, doc_id="d1"),
        statement(2, MERKEL, PUTIN, doc_id="d2"),
        statement(3, MERKEL, PUTIN, doc_id="d2"),
        statement(4, MERKEL, PUTIN, doc_id="d3"),
        statement(5, MERKEL, PUTIN, stance="SUPPORT", polarity=1, doc_id="d4"),
        statement(6, MERKEL, PUTIN, stance=None, polarity=0, negated=True, doc_id="d1"),
        statement(7, PUTIN, ISSUE, doc_id="d4"),
    ]


def test_support_sources_and_dates() -> None:
    edges = {
        (e.subject.id, e.stance, e.object.label): e
        for e in stance_edges(_documents(), _statements())
    }
    rejects = edges[(MERKEL.id, "REJECT", "Vladimir Putin")]
    assert rejects.support_count == 4 and rejects.source_count == 3
    assert rejects.statement_ids == ("st-1", "st-2", "st-3", "st-4")
    # d3's date is not ISO 8601: it counts as a source but gives no date.
    assert (rejects.first_seen, rejects.last_seen) == ("2017-01-28", "2017-02-03")
    supports = edges[(MERKEL.id, "SUPPORT", "Vladimir Putin")]
    assert supports.support_count == 1 and supports.first_seen is None
    assert edges[(PUTIN.id, "REJECT", ISSUE.label)].object.id is None


def test_negated_and_stanceless_statements_make_no_edge() -> None:
    edges = stance_edges(_documents(), _statements())
    assert sum(edge.support_count for edge in edges) == 6
    assert all("st-6" not in edge.statement_ids for edge in edges)


def test_edges_do_not_depend_on_order() -> None:
    statements = _statements()
    shuffled = statements[:]
    random.Random(7).shuffle(shuffled)
    documents = _documents()[::-1]
    assert stance_edges(documents, shuffled) == stance_edges(_documents(), statements)


def test_issue_objects_group_by_their_slug() -> None:
    variant = replace(
        statement(8, PUTIN, EntityRef(None, "Lifting sanctions on  Russia")), doc_id="d1"
    )
    edges = stance_edges(_documents(), [*_statements(), variant])
    [edge] = [e for e in edges if e.subject == PUTIN]
    assert edge.support_count == 2 and edge.source_count == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-01-28", "2017-01-28"),
        ("2017-01-28T23:30:00-05:00", "2017-01-28"),
        ("2017-01-28 10:00", "2017-01-28"),
        ("2017-01-28Z", "2017-01-28"),
        ("28/01/2017", None),
        ("", None),
        (None, None),
    ],
)
def test_published_date(value: str | None, expected: str | None) -> None:
    day = published_date(value)
    assert (day.isoformat() if day else None) == expected
