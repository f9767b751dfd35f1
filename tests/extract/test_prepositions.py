"""Prepositional arguments on hand-built parses (no model)."""

from __future__ import annotations

from kg.extract.prepositions import (
    adjective_preposition,
    preposition_object,
    prepositions,
    relation_preposition,
)
from tests.docs import make_doc


def test_relation_takes_the_first_preposition_after_the_verb() -> None:
    doc = make_doc(
        [
            ("In", "ADP", "prep", 3, "in"),
            ("July", "PROPN", "pobj", 0, "July"),
            ("Trump", "PROPN", "nsubj", 3, "Trump"),
            ("spoke", "VERB", "ROOT", 3, "speak"),
            ("with", "ADP", "prep", 3, "with"),
            ("Abe", "PROPN", "pobj", 4, "Abe"),
            ("on", "ADP", "prep", 3, "on"),
        ]
    )
    found = prepositions([doc[3]])
    # "on" governs nothing, so it is no argument.
    assert [p.text for p in found] == ["In", "with"]
    assert relation_preposition(doc[3], found) == doc[4]
    assert preposition_object(doc[4]) == doc[5]
    assert preposition_object(doc[6]) is None


def test_adjective_preposition() -> None:
    doc = make_doc(
        [
            ("opposed", "ADJ", "ROOT", 0, "opposed"),
            ("to", "ADP", "prep", 0, "to"),
            ("sanctions", "NOUN", "pobj", 1, "sanction"),
        ]
    )
    assert adjective_preposition(doc[0]) == doc[1]
    assert adjective_preposition(doc[2]) is None
