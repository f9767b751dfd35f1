"""Apposition triples on hand-built parses (no model)."""

from __future__ import annotations

from kg.extract.apposition import apposition_triples
from tests.docs import make_doc
from tests.extract import stance_parses_sources as sources


def _found(rows: list[tuple[str, str, str, int, str]], **kwargs: object) -> list[tuple[str, ...]]:
    doc = make_doc(rows, **kwargs)  # type: ignore[arg-type]
    return [
        (t.subject.text, t.relation.text, t.lemma, t.object.text if t.object else "")
        for t in apposition_triples(doc[:])
    ]


MCCONNELL = [
    ("Mitch", "PROPN", "compound", 1, "Mitch"),
    ("McConnell", "PROPN", "nsubj", 7, "McConnell"),
    (",", "PUNCT", "punct", 1, ","),
    ("a", "DET", "det", 5, "a"),
    ("Kentucky", "PROPN", "compound", 5, "Kentucky"),
    ("Republican", "PROPN", "appos", 1, "Republican"),
    (",", "PUNCT", "punct", 1, ","),
    ("spoke", "VERB", "ROOT", 7, "speak"),
]


def test_apposition_says_the_head_is_the_description() -> None:
    assert _found(MCCONNELL) == [("Mitch McConnell", "is", "be", "a Kentucky Republican")]


def test_one_of_a_group_is_a_description() -> None:
    # "Nancy Pelosi, one of Donald Trump's fiercest critics, said ...": "one" is a numeral.
    assert _found(sources.ONE_OF_CRITICS, ents=sources.ONE_OF_CRITICS_ENTS) == [
        ("Nancy Pelosi", "is", "be", "one of Donald Trump 's fiercest critics")
    ]


def test_named_apposition_becomes_the_subject() -> None:
    rows = [
        ("his", "PRON", "poss", 1, "his"),
        ("friends", "NOUN", "dobj", 1, "friend"),
        (",", "PUNCT", "punct", 1, ","),
        ("the", "DET", "det", 4, "the"),
        ("Stars", "PROPN", "appos", 1, "Stars"),
    ]
    doc_rows = [("enlists", "VERB", "ROOT", 0, "enlist")] + [
        (w, p, d, h + 1, lemma) for w, p, d, h, lemma in rows
    ]
    doc = make_doc(doc_rows)
    doc[5].tag_ = "NNPS"
    [triple] = list(apposition_triples(doc[:]))
    assert (triple.subject.text, triple.relation.text, triple.object and triple.object.text) == (
        "the Stars",
        "are",
        "his friends",
    )


def test_list_item_parsed_as_apposition_is_no_triple() -> None:
    rows = [
        ("Assistant", "PROPN", "ROOT", 0, "Assistant"),
        (",", "PUNCT", "punct", 0, ","),
        ("Deputy", "PROPN", "appos", 0, "Deputy"),
        (",", "PUNCT", "punct", 2, ","),
        ("and", "CCONJ", "cc", 2, "and"),
        ("Clerk", "PROPN", "conj", 2, "Clerk"),
    ]
    assert _found(rows) == []


def test_place_inside_a_place_is_in_it() -> None:
    rows = [
        ("Murray", "PROPN", "pobj", 0, "Murray"),
        (",", "PUNCT", "punct", 0, ","),
        ("Utah", "PROPN", "appos", 0, "Utah"),
    ]
    assert _found(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")]) == [
        ("Murray", "is in", "be in", "Utah")
    ]


def test_title_of_the_next_name_in_a_list_is_no_apposition() -> None:
    # "with counselor Stephen Bannon, chief of staff Reince Priebus and Flynn": the parser
    # hangs Priebus's title on Bannon.
    rows = [
        ("with", "ADP", "ROOT", 0, "with"),
        ("counselor", "NOUN", "compound", 3, "counselor"),
        ("Stephen", "PROPN", "compound", 3, "Stephen"),
        ("Bannon", "PROPN", "pobj", 0, "Bannon"),
        (",", "PUNCT", "punct", 3, ","),
        ("chief", "NOUN", "appos", 3, "chief"),
        ("of", "ADP", "prep", 5, "of"),
        ("staff", "NOUN", "pobj", 6, "staff"),
        ("Reince", "ADP", "prep", 0, "Reince"),  # an unknown first name, mistagged
        ("Priebus", "PROPN", "pobj", 8, "Priebus"),
    ]
    assert _found(rows) == []
    # The same description before a comma is an apposition.
    assert _found([*rows[:8], (".", "PUNCT", "punct", 0, ".")]) == [
        ("counselor Stephen Bannon", "is", "be", "chief of staff")
    ]


def test_title_before_its_own_name_stays_an_apposition() -> None:
    rows = [
        ("Kesey", "PROPN", "poss", 2, "Kesey"),
        ("'s", "PART", "case", 0, "'s"),
        ("son", "NOUN", "appos", 3, "son"),
        ("Zane", "PROPN", "nsubj", 4, "Zane"),
        ("asked", "VERB", "ROOT", 4, "ask"),
    ]
    assert _found(rows) == [("Zane", "is", "be", "Kesey 's son")]  # make_doc spaces
