"""Actor resolution on hand-built parses (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from tests.docs import make_doc

ROWS = [
    ("Donald", "PROPN", "compound", 1, "Donald"),
    ("Trump", "PROPN", "nsubj", 2, "Trump"),
    ("met", "VERB", "ROOT", 2, "meet"),
    ("Angela", "PROPN", "compound", 4, "Angela"),
    ("Merkel", "PROPN", "dobj", 2, "Merkel"),
    (".", "PUNCT", "punct", 2, "."),
    ("Trump", "PROPN", "nsubj", 7, "Trump"),
    ("said", "VERB", "ROOT", 7, "say"),
    ("he", "PRON", "nsubj", 9, "he"),
    ("agreed", "VERB", "ccomp", 7, "agree"),
    (".", "PUNCT", "punct", 7, "."),
]
ENTS = [(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "ORG")]


def test_name_variants_merge_into_one_person() -> None:
    index = resolve_actors(make_doc(ROWS, ents=ENTS))
    assert sorted(index.entities) == ["person/angela-merkel", "person/donald-trump"]
    trump = index.entities["person/donald-trump"]
    assert trump.label == "Donald Trump"
    assert trump.aliases == ("Trump",)
    # The one-word "Trump" was tagged ORG, but the group's vote is person.
    assert trump.type == "person"


def test_pronoun_resolves_to_most_recent_person() -> None:
    index = resolve_actors(make_doc(ROWS, ents=ENTS))
    entity = index.entity_at(8)
    assert entity is not None and entity.id == "person/donald-trump"
    pronoun = next(m for m in index.mentions if m.kind == "pronoun")
    assert "nearest agreeing antecedent" in pronoun.reason
    assert index.entities["person/donald-trump"].mention_count == 3


def test_pronoun_without_antecedent_is_counted_not_resolved() -> None:
    doc = make_doc(
        [
            ("he", "PRON", "nsubj", 1, "he"),
            ("agreed", "VERB", "ROOT", 1, "agree"),
        ]
    )
    index = resolve_actors(doc)
    assert index.entities == {}
    assert index.unresolved == {"pronoun: no antecedent that agrees in number and type": 1}
    assert index.entity_at(0) is None


def test_leading_article_and_possessive_are_cleaned() -> None:
    doc = make_doc(
        [
            ("the", "DET", "det", 1, "the"),
            ("Kremlin", "PROPN", "poss", 3, "Kremlin"),
            ("'s", "PART", "case", 1, "'s"),
            ("spokesman", "NOUN", "ROOT", 3, "spokesman"),
        ],
        ents=[(0, 3, "ORG")],
    )
    index = resolve_actors(doc)
    assert index.mentions[0].text == "Kremlin"
    # The spokesman is a role the Kremlin anchors (kg.extract.actors.groups), linked to it.
    assert list(index.entities) == ["group/kremlin-s-spokesman", "organization/kremlin"]
    assert index.entities["group/kremlin-s-spokesman"].affiliations == ("organization/kremlin",)
