"""Demonyms: modifiers linked to their place, plural demonyms as groups (no model)."""

from __future__ import annotations

from kg.extract.actors.demonyms import find_demonyms
from kg.extract.actors.lexicon import Actor
from tests.docs import make_doc


def test_a_demonym_modifier_is_linked_to_its_place() -> None:
    doc = make_doc(
        [
            ("Russian", "ADJ", "amod", 1, "russian"),
            ("hackers", "NOUN", "nsubj", 2, "hacker"),
            ("attacked", "VERB", "ROOT", 2, "attack"),
        ],
        ents=[(0, 1, "NORP")],
    )
    [found] = find_demonyms(doc, set())
    assert (found.text, found.actor, found.modifies, found.group_label) == (
        "Russian",
        Actor("Russia", "place"),
        1,
        None,
    )


def test_a_plural_demonym_heading_its_phrase_is_a_group() -> None:
    doc = make_doc(
        [
            ("The", "DET", "det", 1, "the"),
            ("Democrats", "PROPN", "nsubj", 2, "democrat"),
            ("objected", "VERB", "ROOT", 2, "object"),
        ],
        ents=[(0, 2, "NORP")],
    )
    [found] = find_demonyms(doc, set())
    assert (found.text, found.group_label) == ("Democrats", "Democrats")
    assert found.actor == Actor("Democratic Party", "organization")


def test_the_table_finds_demonyms_that_ner_missed_and_unknown_norp_has_no_link() -> None:
    doc = make_doc(
        [
            ("French", "ADJ", "amod", 1, "french"),
            ("officials", "NOUN", "nsubj", 5, "official"),
            ("and", "CCONJ", "cc", 1, "and"),
            ("Yoruba", "PROPN", "compound", 4, "Yoruba"),
            ("leaders", "NOUN", "conj", 1, "leader"),
            ("met", "VERB", "ROOT", 5, "meet"),
        ],
        ents=[(3, 4, "NORP")],
    )
    found = find_demonyms(doc, set())
    assert [(d.text, d.actor.label if d.actor else None, d.modifies) for d in found] == [
        ("French", "France", 1),
        ("Yoruba", None, 4),
    ]


def test_taken_tokens_are_skipped() -> None:
    doc = make_doc(
        [("Russian", "ADJ", "amod", 1, "russian"), ("hackers", "NOUN", "ROOT", 1, "hacker")]
    )
    assert find_demonyms(doc, {0}) == []
