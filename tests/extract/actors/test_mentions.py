"""Named mentions: cleaning, titles and roles, appositions, headlines (no model)."""

from __future__ import annotations

import pytest

from kg.extract.actors.mentions import clean_name, find_names, is_headline
from kg.extract.actors.roles import role_head
from tests.docs import make_doc


def _names(doc, headlines=frozenset()):  # type: ignore[no-untyped-def]
    return find_names(doc, [0] * len(doc), set(headlines))


def test_titles_and_possessive_leave_the_name_and_become_its_role() -> None:
    doc = make_doc(
        [
            ("Senate", "PROPN", "compound", 2, "Senate"),
            ("Majority", "PROPN", "compound", 2, "Majority"),
            ("Leader", "PROPN", "compound", 4, "Leader"),
            ("Mitch", "PROPN", "compound", 4, "Mitch"),
            ("McConnell", "PROPN", "poss", 7, "McConnell"),
            ("'s", "PART", "case", 4, "'s"),
            ("strong", "ADJ", "amod", 7, "strong"),
            ("views", "NOUN", "ROOT", 7, "view"),
        ],
        ents=[(0, 6, "PERSON")],
    )
    names, dropped = _names(doc)
    [name] = names
    assert (name.text, name.start, name.end, name.ner_type) == ("Mitch McConnell", 3, 5, "person")
    assert [role.text for role in name.roles] == ["Senate Majority Leader"]
    assert name.roles[0].head == "leader" and name.titled
    assert dropped == []


def test_an_amount_the_recogniser_ran_into_is_cut_off_the_name() -> None:
    # "fined [Apple 1.8 billion euros]" (one ORG span); "Boeing 737" keeps its number.
    def name(words: list[str]) -> str:
        rows = [("fined", "VERB", "ROOT", 0, "fine")]
        rows += [(w, "PROPN" if w[0].isupper() else "NUM", "dobj", 0, w) for w in words]
        [found], _ = _names(make_doc(rows, ents=[(1, 1 + len(words), "ORG")]))
        return str(found.text)

    assert name(["Apple", "1.8", "billion", "euros"]) == "Apple"
    assert name(["Boeing", "737"]) == "Boeing 737"


def test_an_honorific_is_stripped_and_marks_gender_but_is_no_role() -> None:
    doc = make_doc(
        [("Mr.", "PROPN", "compound", 1, "Mr."), ("Kaine", "PROPN", "ROOT", 1, "Kaine")],
        ents=[(0, 2, "PERSON")],
    )
    [name], _ = _names(doc)
    assert (name.text, name.gender, name.roles, name.titled) == ("Kaine", "m", (), True)


def test_a_given_name_marks_gender() -> None:
    doc = make_doc(
        [("Angela", "PROPN", "compound", 1, "Angela"), ("Merkel", "PROPN", "ROOT", 1, "Merkel")],
        ents=[(0, 2, "PERSON")],
    )
    [name], _ = _names(doc)
    assert name.gender == "f"


def test_a_given_name_before_a_one_word_name_ner_mistyped_makes_a_person() -> None:
    # "... chief of staff" | "Reince Priebus, ..." split over two sentences, "Priebus" ORG.
    doc = make_doc(
        [
            ("chief", "NOUN", "ROOT", 0, "chief"),
            ("of", "ADP", "prep", 0, "of"),
            ("staff", "NOUN", "pobj", 1, "staff"),
            ("Reince", "ADP", "prep", 4, "Reince"),
            ("Priebus", "PROPN", "ROOT", 4, "Priebus"),
            ("and", "CCONJ", "cc", 4, "and"),
            ("Apple", "PROPN", "conj", 4, "Apple"),
        ],
        ents=[(4, 5, "ORG"), (6, 7, "ORG")],
    )
    names, _ = _names(doc)
    assert [(n.text, n.ner_type, n.gender) for n in names] == [
        ("Reince Priebus", "person", "m"),
        ("Apple", "organization", None),  # "and" is no given name
    ]


def test_us_is_the_country_not_a_pronoun() -> None:
    doc = make_doc(
        [("US", "PROPN", "compound", 1, "US"), ("authorities", "NOUN", "ROOT", 1, "authority")],
        ents=[(0, 1, "GPE")],
    )
    [name], dropped = _names(doc)
    assert (name.text, name.ner_type, dropped) == ("US", "place", [])


def test_apposition_roles_and_the_noun_a_name_stands_in_apposition_to() -> None:
    doc = make_doc(
        [
            ("Mitch", "PROPN", "compound", 1, "Mitch"),
            ("McConnell", "PROPN", "nsubj", 7, "McConnell"),
            (",", "PUNCT", "punct", 1, ","),
            ("a", "DET", "det", 5, "a"),
            ("Kentucky", "PROPN", "compound", 5, "Kentucky"),
            ("Republican", "PROPN", "appos", 1, "Republican"),
            (",", "PUNCT", "punct", 1, ","),
            ("said", "VERB", "ROOT", 7, "say"),
            ("Kremlin", "PROPN", "poss", 10, "Kremlin"),
            ("'s", "PART", "case", 8, "'s"),
            ("spokesman", "NOUN", "appos", 7, "spokesman"),
            ("Dmitry", "PROPN", "compound", 12, "Dmitry"),
            ("Peskov", "PROPN", "appos", 10, "Peskov"),
        ],
        ents=[(0, 2, "PERSON"), (4, 5, "GPE"), (5, 6, "NORP"), (8, 9, "ORG"), (11, 13, "PERSON")],
        spaces=[True, False, True, True, True, False, True, True, False, True, True, True, False],
    )
    names, _ = _names(doc)
    mcconnell, kentucky, kremlin, peskov = names
    assert kentucky.ner_type == "place"
    assert [r.text for r in mcconnell.roles] == ["Kentucky Republican"]
    assert mcconnell.roles[0].head == "republican"
    assert kremlin.text == "Kremlin" and kremlin.roles == ()
    assert peskov.apposition_head == 10
    assert [r.text for r in peskov.roles] == ["Kremlin's spokesman"]
    assert peskov.gender == "m"  # "spokesman"


@pytest.mark.parametrize(
    ("word", "pos", "reason"),
    [
        ("He", "PRON", "a pronoun tagged as a name"),
        ("--", "PUNCT", "nothing left without determiners, titles and punctuation"),
        ("1600", "NUM", "no letters"),
        ("https://t.co/bWB5JChjdL", "PROPN", "a web address or handle"),
        ("@WCCO", "PROPN", "a web address or handle"),
    ],
)
def test_spans_that_are_not_names_are_dropped_with_a_reason(
    word: str, pos: str, reason: str
) -> None:
    doc = make_doc(
        [(word, pos, "nsubj", 1, word), ("said", "VERB", "ROOT", 1, "say")], ents=[(0, 1, "PERSON")]
    )
    names, dropped = _names(doc)
    assert names == [] and [(d.text, d.kind, d.reason) for d in dropped] == [(word, "name", reason)]


def test_norp_spans_are_not_names() -> None:
    doc = make_doc(
        [("Russian", "ADJ", "amod", 1, "russian"), ("hackers", "NOUN", "ROOT", 1, "hacker")],
        ents=[(0, 1, "NORP")],
    )
    assert _names(doc) == ([], [])


def test_clean_name_marks_headline_mentions() -> None:
    doc = make_doc([("Trump", "PROPN", "ROOT", 0, "Trump")], ents=[(0, 1, "PERSON")])
    mention, _ = clean_name(doc.ents[0], [0], {0})
    assert mention is not None and mention.headline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trump, Putin Use First Formal Phone Call to Seek Better Ties", True),
        ("Skidelsky: Trump Wants a Reset With Russia", True),
        ("TRUMP AND PUTIN SPEAK BY PHONE", True),
        ("TRUMP AND PUTIN SPEAK BY PHONE.", True),
        ("— With assistance by Ben Brody, Gregory White, and Nick Wadhams", True),
        ("Trump spoke with Putin on Saturday.", False),
        ("New U.S. president speaks with leaders of five countries", False),
        ("“I’m absolutely opposed,” McConnell said.", False),
        ("Climate", False),
    ],
)
def test_headlines(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


def test_role_head_keeps_title_prefixes() -> None:
    assert role_head(["vice", "president"]) == "vice president"
    assert role_head(["russian", "president"]) == "president"
    assert role_head([]) == ""


def test_a_span_that_ends_a_title_is_no_name() -> None:
    # "the secretary of State said": NER tags "State" ORG; it ends "secretary of state".
    doc = make_doc(
        [
            ("the", "DET", "det", 1, "the"),
            ("secretary", "NOUN", "nsubj", 4, "secretary"),
            ("of", "ADP", "prep", 1, "of"),
            ("State", "PROPN", "pobj", 2, "State"),
            ("said", "VERB", "ROOT", 4, "say"),
        ],
        ents=[(3, 4, "ORG")],
    )
    names, dropped = _names(doc)
    assert names == []
    assert [(d.text, d.reason) for d in dropped] == [("State", "the end of a title, not a name")]
    # A name after a whole title keeps it as its role.
    doc = make_doc(
        [
            ("Secretary", "PROPN", "compound", 4, "Secretary"),
            ("of", "ADP", "prep", 0, "of"),
            ("State", "PROPN", "pobj", 1, "State"),
            ("Rex", "PROPN", "compound", 4, "Rex"),
            ("Tillerson", "PROPN", "nsubj", 5, "Tillerson"),
            ("said", "VERB", "ROOT", 5, "say"),
        ],
        ents=[(3, 5, "PERSON")],
    )
    names, dropped = _names(doc)
    assert [n.text for n in names] == ["Rex Tillerson"] and dropped == []


def test_an_honorific_ner_left_out_still_marks_a_person_and_gender() -> None:
    # "Mr. Ailes (ORG) met Ms. Kelly." - NER spans hold the surnames only.
    doc = make_doc(
        [
            ("Mr.", "PROPN", "compound", 1, "Mr."),
            ("Ailes", "PROPN", "nsubj", 2, "Ailes"),
            ("met", "VERB", "ROOT", 2, "meet"),
            ("Ms.", "PROPN", "compound", 4, "Ms."),
            ("Kelly", "PROPN", "dobj", 2, "Kelly"),
        ],
        ents=[(1, 2, "ORG"), (4, 5, "PERSON")],
    )
    names, _ = _names(doc)
    assert [(n.text, n.ner_type, n.gender, n.titled) for n in names] == [
        ("Ailes", "person", "m", True),
        ("Kelly", "person", "f", True),
    ]
    assert all(n.roles == () for n in names)


def test_a_title_or_demonym_in_apposition_makes_a_mistyped_name_a_person() -> None:
    # "Broc Parkes (ORG), the Australian, rides; Apple (ORG), the company, sells."
    doc = make_doc(
        [
            ("Broc", "PROPN", "compound", 1, "Broc"),
            ("Parkes", "PROPN", "nsubj", 6, "Parkes"),
            (",", "PUNCT", "punct", 1, ","),
            ("the", "DET", "det", 4, "the"),
            ("Australian", "NOUN", "appos", 1, "australian"),
            (",", "PUNCT", "punct", 1, ","),
            ("rides", "VERB", "ROOT", 6, "ride"),
            (";", "PUNCT", "punct", 6, ";"),
            ("Apple", "PROPN", "nsubj", 13, "Apple"),
            (",", "PUNCT", "punct", 8, ","),
            ("the", "DET", "det", 11, "the"),
            ("company", "NOUN", "appos", 8, "company"),
            (",", "PUNCT", "punct", 8, ","),
            ("sells", "VERB", "conj", 6, "sell"),
        ],
        ents=[(0, 2, "ORG"), (8, 9, "ORG")],
    )
    names, _ = _names(doc)
    assert [(n.text, n.ner_type) for n in names] == [
        ("Broc Parkes", "person"),
        ("Apple", "organization"),
    ]


def test_an_age_in_commas_after_a_mistyped_name_makes_it_a_person() -> None:
    # "Damaso (GPE), 41, smiled; Paris (GPE), 2024, hosted."
    doc = make_doc(
        [
            ("Damaso", "PROPN", "nsubj", 4, "Damaso"),
            (",", "PUNCT", "punct", 0, ","),
            ("41", "NUM", "appos", 0, "41"),
            (",", "PUNCT", "punct", 0, ","),
            ("smiled", "VERB", "ROOT", 4, "smile"),
            (";", "PUNCT", "punct", 4, ";"),
            ("Paris", "PROPN", "nsubj", 10, "Paris"),
            (",", "PUNCT", "punct", 6, ","),
            ("2024", "NUM", "appos", 6, "2024"),
            (",", "PUNCT", "punct", 6, ","),
            ("hosted", "VERB", "conj", 4, "host"),
        ],
        ents=[(0, 1, "GPE"), (6, 7, "GPE")],
    )
    names, _ = _names(doc)
    assert [(n.text, n.ner_type) for n in names] == [("Damaso", "person"), ("Paris", "place")]


def test_one_word_after_an_indefinite_article_is_no_name_unless_it_modifies() -> None:
    # "Sanders, a Brooklynite (GPE), met a Reuters (ORG) reporter."
    doc = make_doc(
        [
            ("Sanders", "PROPN", "nsubj", 4, "Sanders"),
            (",", "PUNCT", "punct", 0, ","),
            ("a", "DET", "det", 3, "a"),
            ("Brooklynite", "PROPN", "appos", 0, "Brooklynite"),
            ("met", "VERB", "ROOT", 4, "meet"),
            ("a", "DET", "det", 7, "a"),
            ("Reuters", "PROPN", "compound", 7, "Reuters"),
            ("reporter", "NOUN", "dobj", 4, "reporter"),
        ],
        ents=[(3, 4, "GPE"), (6, 7, "ORG")],
    )
    names, dropped = _names(doc)
    assert [n.text for n in names] == ["Reuters"]
    assert [(d.text, d.reason) for d in dropped] == [
        ("Brooklynite", "a common noun after 'a'/'an', not a name")
    ]
