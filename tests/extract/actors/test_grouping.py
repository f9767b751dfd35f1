"""Within a document: name variants merged with reasons, types by vote (no model)."""

from __future__ import annotations

import spacy

from kg.extract.actors.grouping import group_names
from kg.extract.actors.mentions import NameMention

_NLP = spacy.blank("en")


def _name(text: str, ner_type: str = "person", start: int = 0, **extra: object) -> NameMention:
    words = len(text.split())
    return NameMention(start, start + words, text, ner_type, start + words - 1, 0, **extra)  # type: ignore[arg-type]


def test_name_variants_become_one_person_and_each_merge_is_explained() -> None:
    doc = _NLP("x " * 20)
    names = [
        _name("Donald Trump", start=0),
        _name("Trump", "organization", start=3),
        _name("Trump", start=5, titled=True),  # "Mr. Trump", "President Trump"
        _name("Donald J. Trump", start=7),
    ]
    grouping = group_names(doc, names)
    assert list(grouping.drafts) == ["person/donald-trump"]
    draft = grouping.drafts["person/donald-trump"]
    assert (draft.label, draft.type) == ("Donald Trump", "person")
    assert sorted(draft.forms) == ["Donald J. Trump", "Donald Trump", "Trump"]
    reasons = {(m.merged, m.reason) for m in grouping.merges}
    assert (("Donald J. Trump",), "same first and last name") in reasons
    assert (("Trump",), "short form of the only person named 'Donald Trump'") in reasons
    assert set(grouping.mention_entity.values()) == {"person/donald-trump"}


def test_type_is_the_majority_vote_and_titles_vote_for_person() -> None:
    doc = _NLP("x " * 10)
    names = [_name("Hollande", "place", 0), _name("Hollande", "organization", 2, titled=True)]
    grouping = group_names(doc, names)
    assert list(grouping.drafts) == ["person/hollande"]


def test_washington_the_place_never_merges_into_the_person() -> None:
    doc = _NLP("x " * 10)
    names = [_name("George Washington", start=0), _name("Washington", "place", 4)]
    grouping = group_names(doc, names)
    assert sorted(grouping.drafts) == ["person/george-washington", "place/washington"]


def test_a_short_form_shared_by_two_people_goes_to_the_nearest_before_it() -> None:
    doc = _NLP("x " * 30)
    names = [
        _name("Hillary Clinton", start=0),
        _name("Bill Clinton", start=10),
        _name("Clinton", start=14),
        _name("Hillary Clinton", start=20),
        _name("Clinton", start=24),
    ]
    grouping = group_names(doc, names)
    assert sorted(grouping.drafts) == ["person/bill-clinton", "person/hillary-clinton"]
    assert grouping.mention_entity[2] == "person/bill-clinton"
    assert grouping.mention_entity[4] == "person/hillary-clinton"
    assert any("shared by 2 people" in m.reason and m.score == 0.6 for m in grouping.merges)


def test_alias_table_merges_acronyms_and_takes_its_label_and_type() -> None:
    doc = _NLP("x " * 10)
    names = [
        _name("U.S.", "organization", 0),
        _name("United States", "place", 2),
        _name("America", "place", 5),
    ]
    grouping = group_names(doc, names)
    assert list(grouping.drafts) == ["place/united-states"]
    [merge] = grouping.merges
    assert merge.reason == "alias table: United States" and merge.merged == ("America", "U.S.")


def test_accents_and_apostrophes_in_names() -> None:
    doc = _NLP("x " * 20)
    names = [
        _name("Thomas Müller", start=0),
        _name("MÜLLER", start=3),
        _name("Müller", start=5),
        _name("Tip O’Neill", start=7),
        _name("O'Neill", start=10),
        _name("Łukasz Piszczek", start=12),
        _name("Piszczek", start=15),
    ]
    grouping = group_names(doc, names)
    assert sorted(grouping.drafts) == [
        "person/thomas-müller",
        "person/tip-o-neill",
        "person/łukasz-piszczek",
    ]


def test_headline_names_are_confirmed_by_the_body_or_dropped() -> None:
    doc = _NLP("Trump Wants Reset Skidelsky Donald Trump spoke")
    names = [
        _name("Trump Wants", start=0, headline=True),
        _name("Skidelsky", start=3, headline=True),
        _name("Donald Trump", start=4),
    ]
    grouping = group_names(doc, names)
    assert [n.text for n in grouping.names] == ["Trump", "Donald Trump"]
    assert list(grouping.drafts) == ["person/donald-trump"]
    assert [(d.text, d.reason) for d in grouping.dropped] == [
        ("Skidelsky", "headline fragment not found in the body")
    ]


def test_all_caps_headline_names_confirmed_and_labels_from_the_body() -> None:
    doc = _NLP("PUTIN CALLS TRUMP Vladimir Putin called Donald Trump")
    names = [
        _name("PUTIN", start=0, headline=True),
        _name("TRUMP", start=2, headline=True),
        _name("Vladimir Putin", start=3),
        _name("Donald Trump", start=6),
    ]
    grouping = group_names(doc, names)
    assert sorted(d.label for d in grouping.drafts.values()) == ["Donald Trump", "Vladimir Putin"]


def test_the_north_is_the_only_country_named_north() -> None:
    doc = _NLP("x " * 10)
    grouping = group_names(doc, [_name("North Korea", "place", 0), _name("North", "place", 5)])
    assert list(grouping.drafts) == ["place/north-korea"]
    reasons = {(m.merged, m.reason) for m in grouping.merges}
    assert (("North",), "'north' for the only place named 'North Korea'") in reasons
    # Not a person named West or North, not a place outside the country tables.
    grouping = group_names(doc, [_name("North Carolina", "place", 0), _name("North", "place", 5)])
    assert sorted(grouping.drafts) == ["place/north", "place/north-carolina"]
    grouping = group_names(doc, [_name("North Korea", "place", 0), _name("North", start=5)])
    assert sorted(grouping.drafts) == ["person/north", "place/north-korea"]


def test_the_commission_is_the_only_organization_whose_name_ends_in_it() -> None:
    doc = _NLP("x " * 12)
    org = "organization"
    grouping = group_names(doc, [_name("European Commission", org, 0), _name("Commission", org, 6)])
    assert list(grouping.drafts) == ["organization/european-commission"]
    reasons = {(m.merged, m.reason) for m in grouping.merges}
    assert (
        ("Commission",),
        "'commission' for the only organization named 'European Commission'",
    ) in reasons
    # Two commissions: the short form stays apart; "the House" is never the White House.
    two = [_name("European Commission", org, 0), _name("Trade Commission", org, 3)]
    grouping = group_names(doc, [*two, _name("Commission", org, 6)])
    assert "organization/commission" in grouping.drafts
    grouping = group_names(doc, [_name("White House", org, 0), _name("House", org, 6)])
    assert sorted(grouping.drafts) == ["organization/house", "organization/white-house"]
