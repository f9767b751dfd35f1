"""The analyst summaries computed at build time: criticism ranks, ambivalent stances,
strength ranks and co-mentions, each against a hand count."""

from __future__ import annotations

import random
from dataclasses import replace

from kg.graph.aggregate import stance_edges
from kg.graph.summaries import (
    ambivalent_stances,
    co_mentions,
    strength_ranks,
    target_criticisms,
)
from kg.model import Document, EntityRef, Statement
from tests.records import statement

MERKEL = EntityRef("person/angela-merkel", "Angela Merkel", "person")
PUTIN = EntityRef("person/vladimir-putin", "Vladimir Putin", "person")
TRUMP = EntityRef("person/donald-trump", "Donald Trump", "person")
ISSUE = EntityRef(None, "lifting sanctions on Russia")
LABELS = {ref.id or "": ref.label for ref in (MERKEL, PUTIN, TRUMP)}
DOCUMENTS = [Document(f"d{i}", "…") for i in range(1, 5)]


def _statements() -> list[Statement]:
    return [
        statement(1, MERKEL, PUTIN, doc_id="d1"),  # REJECT
        statement(2, MERKEL, PUTIN, doc_id="d2"),
        statement(3, TRUMP, PUTIN, stance="DISAPPROVE", doc_id="d2"),
        statement(4, MERKEL, PUTIN, stance="SUPPORT", polarity=1, doc_id="d3"),
        statement(5, PUTIN, TRUMP, doc_id="d3"),
        statement(6, PUTIN, TRUMP, doc_id="d4"),
        statement(7, PUTIN, ISSUE, doc_id="d4"),
        statement(8, TRUMP, MERKEL, negated=True, doc_id="d1"),  # asserts no edge
    ]


def test_criticisms_count_statements_and_distinct_critics_and_rank_them() -> None:
    found = target_criticisms(stance_edges(DOCUMENTS, _statements()))
    rows = [(c.rank, c.target.label, c.criticisms, c.critics) for c in found]
    # Putin: 2 REJECT by Merkel + 1 DISAPPROVE by Trump; Trump: 2 REJECT by Putin (ties
    # on statements broken by critics). Literal issues and negated statements: none.
    assert rows == [(1, "Vladimir Putin", 3, 2), (2, "Donald Trump", 2, 1)]


def test_ambivalent_stances_need_both_sides() -> None:
    [found] = ambivalent_stances(stance_edges(DOCUMENTS, _statements()))
    assert (found.holder, found.target, found.positive, found.negative) == (MERKEL, PUTIN, 1, 2)
    shuffled = _statements()
    random.Random(3).shuffle(shuffled)
    assert ambivalent_stances(stance_edges(DOCUMENTS, shuffled)) == (found,)


def test_strength_ranks_order_entity_edges_by_documents_then_statements() -> None:
    edges = stance_edges(DOCUMENTS, _statements())
    ranks = strength_ranks(edges, LABELS)
    ranked = sorted((rank, e.subject.label, e.stance, e.object.label) for e in edges
                    if (rank := ranks.get(e.id)) is not None)  # fmt: skip
    assert ranked == [
        (1, "Angela Merkel", "REJECT", "Vladimir Putin"),  # 2 documents, 2 statements
        (2, "Vladimir Putin", "REJECT", "Donald Trump"),  # 2 documents, 2 statements
        (3, "Angela Merkel", "SUPPORT", "Vladimir Putin"),  # 1 document: labels decide
        (4, "Donald Trump", "DISAPPROVE", "Vladimir Putin"),
    ]
    assert len(edges) == 5  # the edge to the literal issue has no rank


def test_co_mentions_count_shared_documents_and_keep_the_top_companions() -> None:
    found = co_mentions(_statements(), LABELS)
    pairs = {(m.actor, m.companion): m.documents for m in found}
    # d1: Merkel, Putin, Trump (negated statements still mention); d2: all three;
    # d3: all three; d4: Putin, Trump.
    merkel, putin, trump = (ref.id for ref in (MERKEL, PUTIN, TRUMP))
    assert pairs[(putin, trump)] == pairs[(trump, putin)] == 4
    assert pairs[(merkel, putin)] == pairs[(merkel, trump)] == 3
    assert len(pairs) == 6
    top = co_mentions(_statements(), LABELS, limit=1)
    assert {(m.actor, m.companion) for m in top} == {
        (merkel, trump),
        (putin, trump),
        (trump, putin),
    }


def test_co_mention_ties_go_to_the_companion_label() -> None:
    top = co_mentions(_statements(), LABELS, limit=1)
    merkel = next(m for m in top if m.actor == MERKEL.id)
    # Putin and Trump share 3 documents each with Merkel: "Donald Trump" sorts first.
    assert merkel.companion == TRUMP.id


def test_a_statement_about_an_entity_mentions_it() -> None:
    about = replace(statement(9, MERKEL, ISSUE, doc_id="d9"), about=(TRUMP,), attributed_to=None)
    [one, two] = co_mentions([about], LABELS)
    assert {(one.actor, one.companion), (two.actor, two.companion)} == {
        (MERKEL.id, TRUMP.id),
        (TRUMP.id, MERKEL.id),
    }
