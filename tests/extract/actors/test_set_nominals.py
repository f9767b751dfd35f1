"""Set nominals: "the two leaders", "both sides" (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from kg.extract.actors.set_nominals import (
    CoordinatedSet,
    resolve_set_nominal,
    set_nominal_size,
)
from tests.docs import make_doc

PAIR = CoordinatedSet(
    3, 6, 0, ("person/donald-trump", "person/vladimir-putin"), ("person", "person"), 29
)
COUNTRIES = CoordinatedSet(
    40, 44, 5, ("place/united-states", "place/russia"), ("place", "place"), 20
)
TRIO = CoordinatedSet(50, 58, 6, ("person/a", "person/b", "person/c"), ("person",) * 3, 3)


def _set_nominal(words: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    head = len(words) - 1
    rows = [(w, pos, dep, head, w.lower()) for w, pos, dep in words[:-1]]
    word, lemma = words[-1][0], words[-1][1]
    rows.append((word, "NOUN", "nsubj", head + 1, lemma))
    rows.append(("met", "VERB", "ROOT", head + 1, "meet"))
    doc = make_doc(
        [("x", "X", "dep", 0, "x")] * 60 + [(r[0], r[1], r[2], r[3] + 60, r[4]) for r in rows]
    )
    return doc[60 + head]


def test_the_two_leaders_are_the_most_mentioned_pair_of_people() -> None:
    token = _set_nominal(
        [("The", "DET", "det"), ("two", "NUM", "nummod"), ("leaders", "leader", "")]
    )
    assert set_nominal_size(token) == 2
    outcome = resolve_set_nominal(token, 2, 9, [PAIR, COUNTRIES, TRIO])
    assert outcome.entity_ids == PAIR.entity_ids


def test_both_sides_take_any_actors_and_countries_must_be_places() -> None:
    sides = _set_nominal([("both", "DET", "det"), ("sides", "side", "")])
    assert set_nominal_size(sides) == 2
    assert resolve_set_nominal(sides, 2, 9, [COUNTRIES]).entity_ids == COUNTRIES.entity_ids
    countries = _set_nominal(
        [("the", "DET", "det"), ("two", "NUM", "nummod"), ("countries", "country", "")]
    )
    assert resolve_set_nominal(countries, 2, 9, [PAIR]).entity_ids == ()


def test_the_leaders_without_a_count_take_the_nearest_set_in_the_window() -> None:
    token = _set_nominal([("the", "DET", "det"), ("leaders", "leader", "")])
    assert set_nominal_size(token) == 0
    assert resolve_set_nominal(token, 0, 7, [PAIR, TRIO]).entity_ids == TRIO.entity_ids
    assert resolve_set_nominal(token, 0, 20, [PAIR, TRIO]).entity_ids == ()


def test_indefinite_counts_are_not_set_nominals() -> None:
    token = _set_nominal([("five", "NUM", "nummod"), ("countries", "country", "")])
    assert set_nominal_size(token) is None


def test_both_sides_are_the_pair_that_meets_in_its_sentence() -> None:
    # "Trump and Putin spoke. In the call with Merkel, Trump agreed, according to readouts
    # from both sides."
    rows = [
        ("Trump", "PROPN", "nsubj", 3, "Trump"),
        ("and", "CCONJ", "cc", 0, "and"),
        ("Putin", "PROPN", "conj", 0, "Putin"),
        ("spoke", "VERB", "ROOT", 3, "speak"),
        (".", "PUNCT", "punct", 3, "."),
        ("In", "ADP", "prep", 12, "in"),
        ("the", "DET", "det", 7, "the"),
        ("call", "NOUN", "pobj", 5, "call"),
        ("with", "ADP", "prep", 7, "with"),
        ("Merkel", "PROPN", "pobj", 8, "Merkel"),
        (",", "PUNCT", "punct", 12, ","),
        ("Trump", "PROPN", "nsubj", 12, "Trump"),
        ("agreed", "VERB", "ROOT", 12, "agree"),
        (",", "PUNCT", "punct", 12, ","),
        ("according", "VERB", "prep", 12, "accord"),
        ("to", "ADP", "prep", 14, "to"),
        ("readouts", "NOUN", "pobj", 15, "readout"),
        ("from", "ADP", "prep", 16, "from"),
        ("both", "DET", "det", 19, "both"),
        ("sides", "NOUN", "pobj", 17, "side"),
    ]
    doc = make_doc(
        rows, ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (9, 10, "PERSON"), (11, 12, "PERSON")]
    )
    index = resolve_actors(doc)
    assert [r.label for r in index.resolve_all(19)] == ["Trump", "Merkel"]
    assert (
        next(m for m in index.mentions if m.head == 19).reason
        == "the two sides met in its sentence"
    )
