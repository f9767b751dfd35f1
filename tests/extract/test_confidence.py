"""Graded confidence: the features move it the way they should (no model)."""

from __future__ import annotations

from kg.extract.confidence import clause_confidence
from kg.extract.triples import Phrase
from tests.docs import make_doc

ROWS = [
    ("He", "PRON", "nsubj", 2, "he"),
    ("Trump", "PROPN", "nsubj", 2, "Trump"),
    ("met", "VERB", "ROOT", 2, "meet"),
    ("Abe", "PROPN", "dobj", 2, "Abe"),
    ("and", "CCONJ", "cc", 2, "and"),
    ("left", "VERB", "conj", 2, "leave"),
]


def test_main_clause_named_subject_scores_higher() -> None:
    doc = make_doc(ROWS)
    pronoun, name, relation, obj = (Phrase.of(doc, [i], i) for i in range(4))
    main = clause_confidence("svo", doc[2], name, relation, (obj,))
    assert clause_confidence("svo", doc[5], name, relation, (obj,)) < main
    assert clause_confidence("svo", doc[2], pronoun, relation, (obj,)) < main
    assert clause_confidence("svo", doc[2], name, relation, (obj,), negated=True) < main
    long_object = Phrase.of(doc, range(6), 3)
    assert clause_confidence("svo", doc[2], name, relation, (long_object,)) <= main
    assert clause_confidence("sva", doc[2], name, relation, (obj,)) < main


def test_confidence_stays_in_range() -> None:
    doc = make_doc(ROWS)
    phrase = Phrase.of(doc, [1], 1)
    for construction in ("speech", "svo", "sva", "unknown"):
        value = clause_confidence(construction, doc[2], phrase, phrase, (phrase,) * 4)
        assert 0 < value < 1
