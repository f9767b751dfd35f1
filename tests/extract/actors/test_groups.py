"""Group actors anchored by a named modifier; generic groups (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from kg.extract.actors.groups import group_nominal, is_anchored, is_generic_reference
from tests.docs import make_doc


def _group(rows, anchors, ents=()):  # type: ignore[no-untyped-def]
    doc = make_doc(rows, ents=ents)
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


def test_a_group_is_labelled_by_its_anchor_s_canonical_name() -> None:
    # "EU leaders" and "European Union leaders" are one group, one node.
    def label(anchor: list[str]) -> str | None:
        rows = [(word, "PROPN", "compound", len(anchor), word) for word in anchor]
        rows += [("leaders", "NOUN", "nsubj", len(anchor) + 1, "leader")]
        rows += [("met", "VERB", "ROOT", len(anchor) + 1, "meet")]
        group = _group(rows, set(range(len(anchor))))
        return group.label if group else None

    assert label(["EU"]) == label(["European", "Union"]) == "European Union leaders"
    assert label(["U.S."]) == "United States leaders"
    # The name the text gave it stays an alias of the entity.
    doc = make_doc(
        [
            ("EU", "PROPN", "compound", 1, "EU"),
            ("leaders", "NOUN", "nsubj", 2, "leader"),
            ("met", "VERB", "ROOT", 2, "meet"),
        ],
        ents=[(0, 1, "ORG")],
    )
    group = resolve_actors(doc).entities["group/european-union-leaders"]
    assert group.aliases == ("EU leaders",)


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


def test_a_possessive_anchors_institutions_and_groups_but_not_one_person() -> None:
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
    # "Müller's coach" is one person, named by a relation to Müller: no group.
    coach = _group(
        [
            ("Müller", "PROPN", "poss", 2, "Müller"),
            ("'s", "PART", "case", 0, "'s"),
            ("coach", "NOUN", "nsubj", 3, "coach"),
            ("spoke", "VERB", "ROOT", 3, "speak"),
        ],
        {0},
        [(0, 1, "PERSON")],
    )
    assert critics is not None and (critics.label, critics.type) == ("Trump's critics", "group")
    assert military is not None and (military.label, military.type) == (
        "Russia's military",
        "organization",
    )
    assert coach is None


def test_a_pronoun_anchors_nothing_but_a_named_of_object_does() -> None:
    rows = [
        ("his", "PRON", "poss", 1, "his"),
        ("critics", "NOUN", "nsubj", 2, "critic"),
        ("met", "VERB", "ROOT", 2, "meet"),
        ("leaders", "NOUN", "dobj", 2, "leader"),
        ("of", "ADP", "prep", 3, "of"),
        ("Hamas", "PROPN", "pobj", 4, "Hamas"),
        ("and", "CCONJ", "cc", 3, "and"),
        ("lawmakers", "NOUN", "conj", 3, "lawmaker"),
    ]
    doc = make_doc(rows)
    named = {0, 5}.__contains__
    assert not is_anchored(doc[1], named)  # "his critics": generic
    assert is_anchored(doc[3], named)  # "leaders of Hamas"
    assert not is_anchored(doc[7], named)  # bare "lawmakers"


def test_a_named_phrase_after_the_noun_anchors_it_and_joins_the_label() -> None:
    rows = [
        ("Opposition", "NOUN", "compound", 1, "opposition"),
        ("groups", "NOUN", "nsubj", 4, "group"),
        ("in", "ADP", "prep", 1, "in"),
        ("Zimbabwe", "PROPN", "pobj", 2, "Zimbabwe"),
        ("demanded", "VERB", "ROOT", 4, "demand"),
        ("a", "DET", "det", 7, "a"),
        ("terror", "NOUN", "compound", 7, "terror"),
        ("group", "NOUN", "dobj", 4, "group"),
        ("based", "VERB", "acl", 7, "base"),
        ("in", "ADP", "prep", 8, "in"),
        ("Trinidad", "PROPN", "pobj", 9, "Trinidad"),
        ("and", "CCONJ", "cc", 7, "and"),
        ("rebels", "NOUN", "conj", 7, "rebel"),
        ("in", "ADP", "prep", 12, "in"),
        ("the", "DET", "det", 15, "the"),
        ("bush", "NOUN", "pobj", 13, "bush"),
    ]
    doc = make_doc(rows, ents=[(3, 4, "GPE"), (10, 11, "GPE")])
    named = {3, 10}.__contains__
    opposition = group_nominal(doc[1], named)
    assert opposition is not None
    assert (opposition.label, opposition.anchors, opposition.end) == (
        "Opposition groups in Zimbabwe",
        (3,),
        4,
    )
    terror = group_nominal(doc[7], named)
    assert terror is not None and terror.label == "terror group based in Trinidad"
    assert group_nominal(doc[12], named) is None  # "rebels in the bush": no name


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


def test_one_unnamed_person_is_no_group_and_no_actor() -> None:
    # "A senior British minister said he would go."
    rows = [
        ("A", "DET", "det", 3, "a"),
        ("senior", "ADJ", "amod", 3, "senior"),
        ("British", "ADJ", "amod", 3, "british"),
        ("minister", "NOUN", "nsubj", 4, "minister"),
        ("said", "VERB", "ROOT", 4, "say"),
        ("he", "PRON", "nsubj", 7, "he"),
        ("would", "AUX", "aux", 7, "would"),
        ("go", "VERB", "ccomp", 4, "go"),
    ]
    assert _group(rows, {2}, ents=[(2, 3, "NORP")]) is None
    index = resolve_actors(make_doc(rows, ents=[(2, 3, "NORP")]))
    assert index.resolve_all(5) == () and index.resolve_all(3) == ()
    assert not any(e.type == "group" for e in index.entities.values())
    # Plural, they are a group: "British ministers said they would go."
    plural = [
        ("British", "ADJ", "amod", 1, "british"),
        ("ministers", "NOUN", "nsubj", 2, "minister"),
    ]
    plural += [("said", "VERB", "ROOT", 2, "say"), ("they", "PRON", "nsubj", 5, "they")]
    plural += [("would", "AUX", "aux", 5, "would"), ("go", "VERB", "ccomp", 2, "go")]
    index = resolve_actors(make_doc(plural, ents=[(0, 1, "NORP")]))
    assert [ref.label for ref in index.resolve_all(3)] == ["British ministers"]


def test_a_label_never_holds_part_of_a_name() -> None:
    # "met representatives of the Heritage Foundation, Americans for Limited Government"
    rows = [
        ("met", "VERB", "ROOT", 0, "meet"),
        ("representatives", "NOUN", "dobj", 0, "representative"),
        ("of", "ADP", "prep", 1, "of"),
        ("the", "DET", "det", 5, "the"),
        ("Heritage", "PROPN", "compound", 5, "Heritage"),
        ("Foundation", "PROPN", "pobj", 2, "Foundation"),
        (",", "PUNCT", "punct", 5, ","),
        ("Americans", "PROPN", "appos", 5, "Americans"),
        ("for", "ADP", "prep", 7, "for"),
        ("Limited", "PROPN", "compound", 10, "Limited"),
        ("Government", "PROPN", "pobj", 8, "Government"),
    ]
    ents = [(4, 6, "ORG"), (7, 11, "ORG")]
    group = _group(rows, {4, 5, 7, 8, 9, 10}, ents=ents)
    assert group is not None and group.label == "representatives of the Heritage Foundation"


def test_a_collective_noun_leaves_the_group_to_its_members() -> None:
    # "Soldiers ... into a group of Israeli soldiers as they were leaving"
    rows = [
        ("He", "PRON", "nsubj", 1, "he"),
        ("drove", "VERB", "ROOT", 1, "drive"),
        ("into", "ADP", "prep", 1, "into"),
        ("a", "DET", "det", 4, "a"),
        ("group", "NOUN", "pobj", 2, "group"),
        ("of", "ADP", "prep", 4, "of"),
        ("Israeli", "ADJ", "amod", 7, "israeli"),
        ("soldiers", "NOUN", "pobj", 5, "soldier"),
        ("as", "SCONJ", "mark", 10, "as"),
        ("they", "PRON", "nsubj", 10, "they"),
        ("left", "VERB", "advcl", 1, "leave"),
    ]
    doc = make_doc(rows, ents=[(6, 7, "NORP")])
    assert group_nominal(doc[4], lambda i: i == 6) is None
    index = resolve_actors(doc)
    assert [ref.label for ref in index.resolve_all(9)] == ["Israeli soldiers"]
