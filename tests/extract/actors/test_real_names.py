"""Names as they come in news, with the real model: accents, apostrophes, all caps."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.actors import ActorIndex, resolve_actors

pytestmark = pytest.mark.model


def _resolve(nlp: Language, text: str) -> ActorIndex:
    return resolve_actors(nlp(text))


def test_accents_and_possessives(nlp: Language) -> None:
    index = _resolve(nlp, "Thomas Müller scored twice. Müller’s coach praised him after the game.")
    assert list(index.entities) == ["person/thomas-müller"]
    assert index.entities["person/thomas-müller"].aliases == ("Müller",)
    him = next(m for m in index.mentions if m.text == "him")
    assert him.entity_ids == ("person/thomas-müller",)


def test_apostrophe_variants_are_one_name(nlp: Language) -> None:
    index = _resolve(
        nlp,
        "Paul O'Neill, the Treasury secretary, said on Monday that he would resign. "
        "Mr. O’Neill declined to comment further.",
    )
    people = [e for e in index.entities.values() if e.type == "person"]
    assert [(p.id, p.aliases, p.roles) for p in people] == [
        ("person/paul-o-neill", ("O’Neill",), ("Treasury secretary",))
    ]


def test_letters_without_decomposition(nlp: Language) -> None:
    index = _resolve(
        nlp, "Tip O'Neill met Łukasz Piszczek in Warsaw. Piszczek said he was pleased."
    )
    assert index.entities["person/łukasz-piszczek"].aliases == ("Piszczek",)


def test_all_caps_headline_names_join_the_body_names(nlp: Language) -> None:
    index = _resolve(
        nlp,
        "MERKEL SAYS EUROPE MUST STAND FIRM\n\nGerman Chancellor Angela Merkel said on Monday "
        "that Europe must stand firm. Merkel's spokesman repeated her call.",
    )
    people = [e for e in index.entities.values() if e.type == "person"]
    assert [p.label for p in people] == ["Angela Merkel"]
    her = next(m for m in index.mentions if m.text == "her")
    assert her.entity_ids == ("person/angela-merkel",)  # not the (male) spokesman


def test_washington_the_person_and_the_place_stay_apart(nlp: Language) -> None:
    index = _resolve(
        nlp, "George Washington crossed the river. Washington is the capital of the United States."
    )
    assert sorted(index.entities) == [
        "person/george-washington",
        "place/united-states",
        "place/washington",
    ]


def test_demonym_groups_and_generic_groups(nlp: Language) -> None:
    index = _resolve(
        nlp,
        "Russian hackers sought to sway the U.S. election, and Republican lawmakers warned "
        "against easing sanctions. Critics said some lawmakers were wrong.",
    )
    assert index.entities["group/russian-hackers"].affiliations == ("place/russia",)
    assert index.entities["group/republican-lawmakers"].affiliations == (
        "organization/republican-party",
    )
    assert index.unresolved == {"nominal: generic group without a named anchor": 2}
    assert not any("critic" in entity for entity in index.entities)
