"""Coordination helpers on hand-built parses (no model)."""

from __future__ import annotations

from kg.extract.conjunctions import conjuncts, is_list_item, shared_head
from tests.docs import make_doc


def test_conjuncts_follow_chains_and_list_items() -> None:
    doc = make_doc(
        [
            ("Abe", "PROPN", "ROOT", 0, "Abe"),
            (",", "PUNCT", "punct", 0, ","),
            ("Merkel", "PROPN", "appos", 0, "Merkel"),
            (",", "PUNCT", "punct", 2, ","),
            ("and", "CCONJ", "cc", 2, "and"),
            ("Hollande", "PROPN", "conj", 2, "Hollande"),
        ]
    )
    assert is_list_item(doc[2])
    assert [t.text for t in conjuncts(doc[0])] == ["Abe", "Merkel", "Hollande"]


def test_true_apposition_is_not_a_conjunct() -> None:
    doc = make_doc(
        [
            ("McConnell", "PROPN", "ROOT", 0, "McConnell"),
            (",", "PUNCT", "punct", 0, ","),
            ("senator", "NOUN", "appos", 0, "senator"),
        ]
    )
    assert not is_list_item(doc[2])
    assert [t.text for t in conjuncts(doc[0])] == ["McConnell"]


def test_conjoined_verb_shares_the_subject_of_its_head() -> None:
    doc = make_doc(
        [
            ("They", "PRON", "nsubj", 1, "they"),
            ("imposed", "VERB", "ROOT", 1, "impose"),
            ("sanctions", "NOUN", "dobj", 1, "sanction"),
            ("and", "CCONJ", "cc", 1, "and"),
            ("expelled", "VERB", "conj", 1, "expel"),
            ("diplomats", "NOUN", "dobj", 4, "diplomat"),
        ]
    )
    assert shared_head(doc[4]) == doc[1]
    assert shared_head(doc[1]) is None
    assert shared_head(doc[5]) is None
