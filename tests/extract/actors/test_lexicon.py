"""The curated tables: aliases, demonyms, known places, titles, actor nouns, names."""

from __future__ import annotations

import pytest

from kg.extract.actors import lexicon
from kg.extract.actors.names import fold


@pytest.mark.parametrize("alias", ["U.S.", "US", "the U.S.", "America", "United States of America"])
def test_aliases_of_the_united_states(alias: str) -> None:
    assert lexicon.aliases()[fold(alias)] == lexicon.Actor("United States", "place")


def test_acronyms_of_organizations() -> None:
    assert lexicon.aliases()[fold("U.N.")].label == "United Nations"
    assert lexicon.aliases()[fold("UN")].label == "United Nations"
    assert lexicon.aliases()[fold("North Atlantic Treaty Organization")].label == "NATO"
    # News writes "the NATO alliance" as often as "NATO": one actor, not two.
    assert lexicon.aliases()[fold("the NATO alliance")].label == "NATO"


def test_demonyms_link_to_their_actor_but_not_the_name_itself() -> None:
    table = lexicon.demonyms()
    assert table[fold("French")] == lexicon.Actor("France", "place")
    assert table[fold("Republicans")] == lexicon.Actor("Republican Party", "organization")
    assert fold("France") not in table


def test_known_places_include_capitals_and_countries() -> None:
    places = lexicon.known_places()
    assert {"washington", "moscow", "russia", "us"} <= places
    assert "trump" not in places


def test_titles_match_the_longest_first() -> None:
    size, title = lexicon.title_at(["senate", "majority", "leader"]) or (0, None)
    assert (size, title) == (0, None)  # "Senate" is not a title: it is part of a role
    size, title = lexicon.title_at(["majority", "leader", "mitch"]) or (0, None)
    assert size == 2 and title is not None and title.kind == "title"
    assert lexicon.title_at(["mr", "trump"]) == (1, lexicon.Title("Mr", "honorific", "m"))
    assert lexicon.title_at(["spokeswoman"]) == (1, lexicon.Title("Spokeswoman", "title", "f"))


def test_actor_nouns_and_first_names() -> None:
    assert lexicon.actor_nouns()["hacker"] == "group"
    assert lexicon.actor_nouns()["government"] == "organization"
    assert "attempt" not in lexicon.actor_nouns()
    assert lexicon.first_names()["angela"] == "f"
    assert "kim" not in lexicon.first_names()  # both genders: left unknown


class _FakeFile:
    def __init__(self, text: str) -> None:
        self.text = text

    def joinpath(self, name: str) -> _FakeFile:
        return self

    def read_text(self, encoding: str) -> str:
        return self.text


def test_a_malformed_row_names_the_file_line_and_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        lexicon.resources, "files", lambda package: _FakeFile("# c\nNATO\torganization\n")
    )
    with pytest.raises(ValueError, match=r"x\.tsv:2: expected 3 tab-separated fields, got 2"):
        lexicon._rows("x.tsv", 3)


def test_an_unknown_entity_type_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon.resources, "files", lambda package: _FakeFile("NATO\tclub\tNato\n"))
    with pytest.raises(ValueError, match="unknown entity type 'club'; use one of person"):
        lexicon._actor_table("aliases.tsv")
