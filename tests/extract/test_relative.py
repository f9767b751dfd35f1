"""Implicit subjects and objects of relative clauses and participles (no model)."""

from __future__ import annotations

from kg.extract.relative import adverbial_subject_donor, implicit_subject, relative_object
from tests.docs import make_doc


def test_relative_pronoun_subject_is_the_head_noun() -> None:
    doc = make_doc(
        [
            ("a", "DET", "det", 1, "a"),
            ("thug", "NOUN", "ROOT", 1, "thug"),
            ("who", "PRON", "nsubj", 3, "who"),
            ("seeks", "VERB", "relcl", 1, "seek"),
            ("power", "NOUN", "dobj", 3, "power"),
        ]
    )
    assert implicit_subject(doc[3], doc[2]) == doc[1]
    assert relative_object(doc[3], doc[2]) is None


def test_relative_clause_with_own_subject_has_head_noun_as_object() -> None:
    doc = make_doc(
        [
            ("the", "DET", "det", 1, "the"),
            ("deal", "NOUN", "ROOT", 1, "deal"),
            ("Trump", "PROPN", "nsubj", 3, "Trump"),
            ("signed", "VERB", "relcl", 1, "sign"),
        ]
    )
    assert implicit_subject(doc[3], doc[2]) is None
    assert relative_object(doc[3], doc[2]) == doc[1]


def test_present_participle_shares_the_main_subject_but_finite_adverbial_does_not() -> None:
    doc = make_doc(
        [
            ("The", "DET", "det", 1, "the"),
            ("show", "NOUN", "nsubj", 2, "show"),
            ("ran", "VERB", "ROOT", 2, "run"),
            (",", "PUNCT", "punct", 2, ","),
            ("happening", "VERB", "advcl", 2, "happen"),
            ("upon", "ADP", "prep", 4, "upon"),
            ("ads", "NOUN", "pobj", 5, "ad"),
            ("because", "SCONJ", "mark", 8, "because"),
            ("ended", "VERB", "advcl", 2, "end"),
        ]
    )
    doc[4].tag_ = "VBG"
    doc[8].tag_ = "VBD"
    assert adverbial_subject_donor(doc[4]) == doc[2]
    assert adverbial_subject_donor(doc[8]) is None
