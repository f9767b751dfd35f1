"""Surnames NER typed as organizations, retyped when "he" or "she" needs them (no model)."""

from __future__ import annotations

from kg.extract.actors import ActorIndex, resolve_actors
from tests.docs import make_doc


def _labels(index: ActorIndex, token: int) -> list[str]:
    return [ref.label for ref in index.resolve_all(token)]


def test_he_with_no_person_before_it_retypes_a_surname_ner_tagged_org() -> None:
    # "When he addressed RNC members, Wiley praised his staff."
    doc = make_doc(
        [
            ("When", "SCONJ", "advmod", 2, "when"),
            ("he", "PRON", "nsubj", 2, "he"),
            ("addressed", "VERB", "advcl", 7, "address"),
            ("RNC", "PROPN", "compound", 4, "RNC"),
            ("members", "NOUN", "dobj", 2, "member"),
            (",", "PUNCT", "punct", 7, ","),
            ("Wiley", "PROPN", "nsubj", 7, "Wiley"),
            ("praised", "VERB", "ROOT", 7, "praise"),
            ("his", "PRON", "poss", 9, "his"),
            ("staff", "NOUN", "dobj", 7, "staff"),
        ],
        ents=[(3, 4, "ORG"), (6, 7, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 1) == ["Wiley"] and _labels(index, 8) == ["Wiley"]
    assert "person/wiley" in index.entities and "organization/wiley" not in index.entities
    # All caps is no surname: the RNC stays an organization.
    assert [e.id for e in index.entities.values() if e.type == "person"] == ["person/wiley"]
    mention = next(m for m in index.mentions if m.start == 1)
    assert mention.reason.endswith("a surname NER typed as an organization")


def test_an_organization_stays_one_when_a_person_is_there_for_he() -> None:
    # "Trump said Apple would help him."
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("Apple", "PROPN", "nsubj", 4, "Apple"),
            ("would", "AUX", "aux", 4, "would"),
            ("help", "VERB", "ccomp", 1, "help"),
            ("him", "PRON", "dobj", 4, "he"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == ["Trump"]
    assert "organization/apple" in index.entities


def test_an_organization_that_is_only_spoken_to_is_no_surname() -> None:
    # "Speaking to Reuters, he said ..." (he is someone outside the passage)
    doc = make_doc(
        [
            ("Speaking", "VERB", "advcl", 5, "speak"),
            ("to", "ADP", "prep", 0, "to"),
            ("Reuters", "PROPN", "pobj", 1, "Reuters"),
            (",", "PUNCT", "punct", 5, ","),
            ("he", "PRON", "nsubj", 5, "he"),
            ("said", "VERB", "ROOT", 5, "say"),
        ],
        ents=[(2, 3, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 4) == []
    assert "organization/reuters" in index.entities


# "Huelskamp said that Boehner had resigned because he knew it."
RESIGNED = [
    ("Huelskamp", "PROPN", "nsubj", 1, "Huelskamp"),
    ("said", "VERB", "ROOT", 1, "say"),
    ("that", "SCONJ", "mark", 5, "that"),
    ("Boehner", "PROPN", "nsubj", 5, "Boehner"),
    ("had", "AUX", "aux", 5, "have"),
    ("resigned", "VERB", "ccomp", 1, "resign"),
    ("because", "SCONJ", "mark", 8, "because"),
    ("he", "PRON", "nsubj", 8, "he"),
    ("knew", "VERB", "advcl", 5, "know"),
    ("it", "PRON", "dobj", 8, "it"),
]


def test_a_surname_typed_org_nearer_in_search_order_wins_over_a_person() -> None:
    doc = make_doc(RESIGNED, ents=[(0, 1, "PERSON"), (3, 4, "ORG")])
    index = resolve_actors(doc)
    assert _labels(index, 7) == ["Boehner"]
    assert "person/boehner" in index.entities


def test_an_org_written_with_an_article_is_no_surname() -> None:
    # "Huelskamp said that the Kremlin had resigned because he knew it."
    doc = make_doc(
        [
            ("Huelskamp", "PROPN", "nsubj", 1, "Huelskamp"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("that", "SCONJ", "mark", 6, "that"),
            ("the", "DET", "det", 4, "the"),
            ("Kremlin", "PROPN", "nsubj", 6, "Kremlin"),
            ("had", "AUX", "aux", 6, "have"),
            ("resigned", "VERB", "ccomp", 1, "resign"),
            ("because", "SCONJ", "mark", 9, "because"),
            ("he", "PRON", "nsubj", 9, "he"),
            ("knew", "VERB", "advcl", 6, "know"),
            ("it", "PRON", "dobj", 9, "it"),
        ],
        ents=[(0, 1, "PERSON"), (4, 5, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 8) == ["Huelskamp"]
    assert "organization/kremlin" in index.entities
