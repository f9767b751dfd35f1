"""Group actors anchored by a named modifier; generic groups (no model)."""

from __future__ import annotations

from kg.extract.actors.groups import group_nominal, is_generic_reference
from tests.docs import make_doc


def _group(rows, anchors):  # type: ignore[no-untyped-def]
    doc = make_doc(rows)
    head = next(t for t in doc if t.dep_ in {"nsubj", "dobj", "pobj", "ROOT"} and t.pos_ == "NOUN")
    return group_nominal(head, lambda i: i in anchors)


def test_russian_hackers_are_a_group_anchored_by_russian() -> None:
    group = _group(
        [
            ("Russian", "ADJ", "amod", 1, "russian"),
            ("hackers", "NOUN", "nsubj", 2, "hacker"),
            ("struck", "VERB", "ROOT", 2, "strike"),
        ],
        {0},
    )
    assert group is not None
    assert (group.label, group.type, group.anchors, group.plural) == (
        "Russian hackers",
        "group",
        (0,),
        True,
    )


def test_an_institution_named_after_a_person_is_an_organization() -> None:
    group = _group(
        [
            ("the", "DET", "det", 2, "the"),
            ("Obama", "PROPN", "compound", 2, "Obama"),
            ("administration", "NOUN", "nsubj", 3, "administration"),
            ("imposed", "VERB", "ROOT", 3, "impose"),
        ],
        {1},
    )
    assert group is not None and (group.label, group.type) == (
        "Obama administration",
        "organization",
    )


def test_evaluative_adjectives_and_numbers_stay_out_of_the_label() -> None:
    group = _group(
        [
            ("additional", "ADJ", "amod", 3, "additional"),
            ("senior", "ADJ", "amod", 3, "senior"),
            ("Russian", "ADJ", "amod", 3, "russian"),
            ("officials", "NOUN", "dobj", 5, "official"),
            ("were", "AUX", "auxpass", 5, "be"),
            ("expelled", "VERB", "ROOT", 5, "expel"),
        ],
        {2},
    )
    assert group is not None and group.label == "Russian officials"


def test_a_possessive_anchors_institutions_but_not_people() -> None:
    critics = _group(
        [
            ("Trump", "PROPN", "poss", 2, "Trump"),
            ("'s", "PART", "case", 0, "'s"),
            ("critics", "NOUN", "nsubj", 3, "critic"),
            ("spoke", "VERB", "ROOT", 3, "speak"),
        ],
        {0},
    )
    military = _group(
        [
            ("Russia", "PROPN", "poss", 2, "Russia"),
            ("'s", "PART", "case", 0, "'s"),
            ("military", "NOUN", "nsubj", 3, "military"),
            ("moved", "VERB", "ROOT", 3, "move"),
        ],
        {0},
    )
    assert critics is None
    assert military is not None and (military.label, military.type) == (
        "Russia's military",
        "organization",
    )


def test_nouns_that_name_no_actor_are_not_groups() -> None:
    attempts = _group(
        [
            ("Russian", "ADJ", "amod", 1, "russian"),
            ("attempts", "NOUN", "nsubj", 2, "attempt"),
            ("failed", "VERB", "ROOT", 2, "fail"),
        ],
        {0},
    )
    assert attempts is None


def test_bare_actor_nouns_are_generic_references() -> None:
    doc = make_doc(
        [
            ("Critics", "NOUN", "nsubj", 1, "critic"),
            ("argued", "VERB", "ROOT", 1, "argue"),
            ("government", "NOUN", "compound", 3, "government"),
            ("officials", "NOUN", "dobj", 1, "official"),
        ]
    )
    assert group_nominal(doc[0], lambda i: False) is None
    assert is_generic_reference(doc[0]) and is_generic_reference(doc[3])
    assert not is_generic_reference(doc[2])  # a modifier, not a reference
