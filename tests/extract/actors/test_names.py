"""Name strings: folded keys, variants, canonical labels (accents, apostrophes, caps)."""

from __future__ import annotations

import pytest

from kg.extract.actors.names import choose_label, fold, is_all_caps, is_full_variant, is_short_form


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the U.S.", "us"),
        ("US", "us"),
        ("François  Hollande", "francois hollande"),
        ("Müller", "muller"),
        ("MÜLLER", "muller"),
        ("O’Neill", "o'neill"),
        ("O'Neill", "o'neill"),
        ("Łukasz Nowak", "łukasz nowak"),
        ("ＴＲＵＭＰ", "trump"),  # full-width letters: NFKC
        ("The Hague", "hague"),
    ],
)
def test_fold_ignores_case_accents_dots_and_leading_the(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Trump", "Donald Trump", True),
        ("TRUMP", "Donald Trump", True),
        ("Assad", "Bashar al-Assad", True),
        ("al-Assad", "Bashar al-Assad", True),
        ("de Klerk", "F.W. de Klerk", True),
        ("O'Neill", "Tip O’Neill", True),
        ("Müller", "Thomas Mueller", False),
        ("Donald", "Donald Trump", False),
        ("Donald Trump", "Donald Trump", False),
        ("King", "Martin Luther King Jr.", True),
    ],
)
def test_short_form(short: str, full: str, expected: bool) -> None:
    assert is_short_form(short, full) is expected


def test_full_variants_need_the_same_first_and_last_name_and_only_initials_between() -> None:
    assert is_full_variant("Donald J. Trump", "Donald Trump")
    assert is_full_variant("George W. Bush", "George H. W. Bush")
    assert not is_full_variant("George Bush", "Jeb Bush")
    assert not is_full_variant("Donald Trump", "Donald Trump")
    assert not is_full_variant("Donald John Trump", "Donald Trump")


def test_label_is_the_longest_name_for_people_and_the_most_frequent_form_otherwise() -> None:
    assert choose_label(["Trump", "Donald Trump", "Trump"], prefer_long=True) == "Donald Trump"
    assert choose_label(["Kremlin", "Kremlin", "Kremlin Palace"], prefer_long=False) == "Kremlin"
    # Ties: mixed case beats all caps, then alphabetical (never the order of the text).
    assert choose_label(["MÜLLER", "Müller"], prefer_long=False) == "Müller"
    assert choose_label(["Łukasz Nowak", "Lukasz Nowak"], prefer_long=True) == "Lukasz Nowak"
    with pytest.raises(ValueError, match="at least one form"):
        choose_label([], prefer_long=True)


def test_all_caps_needs_two_letters() -> None:
    assert is_all_caps("NATO") and is_all_caps("O'NEILL")
    assert not is_all_caps("I") and not is_all_caps("Nato")
