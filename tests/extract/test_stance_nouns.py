"""Stances carried by nouns said of a subject (frozen parses, no model): roles with a
possessive or named target, expression nouns ("a show of support for X"), stance nouns
as objects, and "use X to" passing the stance on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kg.extract.document import extract_document
from kg.model import Document
from tests.docs import make_doc
from tests.extract import stance_parses as p
from tests.extract import stance_parses_sources as sources

Row = tuple[str, str, str, int, str]


def _stances(
    rows: Sequence[Row], ents: Sequence[tuple[int, int, str]], tags: Sequence[str]
) -> list[tuple[str, str | None, str, str | None]]:
    doc = make_doc(rows, ents=ents)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    result = extract_document(Document("d1", doc.text), doc)
    # make_doc spaces every token ("Trump ’s"); the real text has none.
    return [
        (s.subject.label, s.stance, s.object.label.replace(" ’s", "’s"), s.cue)
        for s in result.statements
        if s.stance not in (None, "STATEMENT")
    ]


@pytest.mark.parametrize(
    ("rows", "ents", "tags", "expected"),
    [
        (
            p.EMERGED,
            p.EMERGED_ENTS,
            p.EMERGED_TAGS,
            ("Cotton", "SUPPORT", "Trump", "supporter of"),
        ),
        (
            p.APPOSED,
            p.APPOSED_ENTS,
            p.APPOSED_TAGS,
            ("Glenn Beck", "SUPPORT", "Cruz", "supporter of"),
        ),
        (
            p.SHOW,
            p.SHOW_ENTS,
            p.SHOW_TAGS,
            ("Russian delegation", "SUPPORT", "Assad", "support for"),
        ),
        (
            p.STAND,
            p.STAND_ENTS,
            p.STAND_TAGS,
            ("British union", "REJECT", "Netflix", "stand against"),
        ),
        (p.USED, p.USED_ENTS, p.USED_TAGS, ("Trump", "SUPPORT", "Kavanaugh", "praise")),
        (
            sources.SWIPE,
            sources.SWIPE_ENTS,
            sources.SWIPE_TAGS,
            ("Cruz", "DISAPPROVE", "Obama", "swipe at"),
        ),
        (
            sources.ONE_OF_CRITICS,
            sources.ONE_OF_CRITICS_ENTS,
            sources.ONE_OF_CRITICS_TAGS,
            ("Nancy Pelosi", "DISAPPROVE", "Donald Trump", "critic of"),
        ),
    ],
    ids=[
        "emerged as one of X's supporters",
        "apposition: a Cruz supporter",
        "a show of support for X",
        "took a stand against X",
        "used the rally to praise X",
        "took a swipe at X (the preposition hangs from the verb)",
        "apposition: one of X's fiercest critics",
    ],
)
def test_noun_stances_reach_their_target(
    rows: Sequence[Row],
    ents: Sequence[tuple[int, int, str]],
    tags: Sequence[str],
    expected: tuple[str, str, str, str],
) -> None:
    assert _stances(rows, ents, tags) == [expected]


@pytest.mark.parametrize(
    ("rows", "ents", "tags", "expected"),
    [
        (
            p.WELCOMED,
            p.WELCOMED_ENTS,
            p.WELCOMED_TAGS,
            ("Republican majority", "SUPPORT", "Tillerson’s decision", "welcome"),
        ),
        (p.UNDER, p.UNDER_ENTS, p.UNDER_TAGS, ("NFL", "INVESTIGATE", "Manziel", "investigation")),
        (
            p.DREW,
            p.DREW_ENTS,
            p.DREW_TAGS,
            ("Democrats", "DISAPPROVE", "Trump’s remarks", "criticism from"),
        ),
        (p.WON, p.WON_ENTS, p.WON_TAGS, ("Obama", "SUPPORT", "Clinton", "endorsement of")),
        (p.BACKING, p.BACKING_ENTS, p.BACKING_TAGS, ("Obama", "SUPPORT", "Clinton", "backing")),
        (
            p.BARRAGE,
            p.BARRAGE_ENTS,
            p.BARRAGE_TAGS,
            ("Trump", "DISAPPROVE", "Clinton", "attack from"),
        ),
        (
            sources.UNDER_FIRE,
            sources.UNDER_FIRE_ENTS,
            sources.UNDER_FIRE_TAGS,
            ("Republicans", "DISAPPROVE", "Kerry", "fire from"),
        ),
        (
            sources.TARGET_OF,
            sources.TARGET_OF_ENTS,
            sources.TARGET_OF_TAGS,
            ("Warren", "DISAPPROVE", "Google", "criticism from"),
        ),
        (
            sources.TARGET_APPOS,
            sources.TARGET_APPOS_ENTS,
            sources.TARGET_APPOS_TAGS,
            ("Pelosi", "DISAPPROVE", "Trump", "attack on"),
        ),
        (
            sources.SUPPORT_AMONG,
            sources.SUPPORT_AMONG_ENTS,
            sources.SUPPORT_AMONG_TAGS,
            ("Republicans", "SUPPORT", "Trump", "support"),
        ),
        (
            sources.REBUKE_FROM,
            sources.REBUKE_FROM_ENTS,
            sources.REBUKE_FROM_TAGS,
            ("Pelosi", "DISAPPROVE", "Trump", "rebuke from"),
        ),
    ],
    ids=[
        "is likely to be welcomed by X",
        "under investigation by X",
        "drew criticism from X (never aimed at X)",
        "won the endorsement of X (not the winner's)",
        "has the backing of X",
        "faced a barrage of attacks from X",
        "came under fire from X (the source hangs from the verb)",
        "was the target of criticism from X",
        "Y, a frequent target of X's attacks",
        "enjoys support among X",
        "earned a rebuke from X (the source hangs from the verb)",
    ],
)
def test_received_stances_are_held_by_their_source(
    rows: Sequence[Row],
    ents: Sequence[tuple[int, int, str]],
    tags: Sequence[str],
    expected: tuple[str, str, str, str],
) -> None:
    assert _stances(rows, ents, tags) == [expected]


def test_a_named_modifier_holds_a_nominal_stance() -> None:
    # "Russian attacks on Aleppo": the nationality adjective is the holder.
    stances = _stances(p.NAMED_HOLDER, p.NAMED_HOLDER_ENTS, p.NAMED_HOLDER_TAGS)
    assert stances == [("Russia", "DISAPPROVE", "Aleppo", "attack on")]


def test_an_appeal_also_holds_the_stance_it_asks_for() -> None:
    # "Obama urged Congress to support Ukraine": APPEAL Congress, and Obama's own
    # SUPPORT of Ukraine (the stance asked for), never Congress's.
    stances = _stances(p.URGED, p.URGED_ENTS, p.URGED_TAGS)
    assert sorted(stances) == [
        ("Obama", "APPEAL", "Congress", "urge"),
        ("Obama", "SUPPORT", "Ukraine", "support"),
    ]


def test_a_framing_phrase_is_held_by_the_subject_of_its_clause() -> None:
    # "In a rebuke of Obama, Cruz voted against the deal": Cruz DISAPPROVE Obama, besides
    # the clause's own stance towards the deal.
    stances = _stances(
        sources.REBUKE_FRAMED, sources.REBUKE_FRAMED_ENTS, sources.REBUKE_FRAMED_TAGS
    )
    assert ("Cruz", "DISAPPROVE", "Obama", "rebuke of") in stances
    assert ("Cruz", "REJECT", "the deal", "vote against") in stances
