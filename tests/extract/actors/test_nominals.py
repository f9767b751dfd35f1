"""Role nominals (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from kg.extract.actors.nominals import (
    PersonName,
    RoleHolder,
    person_named_just_before,
    resolve_role_nominal,
    role_nominal_word,
)
from tests.docs import make_doc

TRUMP = RoleHolder(
    "person/donald-trump", frozenset({"president"}), frozenset({"president"}), frozenset(), 20
)
PUTIN = RoleHolder(
    "person/vladimir-putin",
    frozenset({"president"}),
    frozenset({"russian", "president"}),
    frozenset({"place/russia"}),
    9,
)
PENCE = RoleHolder(
    "person/mike-pence",
    frozenset({"vice president"}),
    frozenset({"vice", "president"}),
    frozenset(),
    1,
)
MCCONNELL = RoleHolder(
    "person/mitch-mcconnell",
    frozenset({"republican", "leader"}),
    frozenset({"kentucky", "republican", "senate", "majority", "leader"}),
    frozenset({"place/kentucky"}),
    3,
)
MCCAIN = RoleHolder(
    "person/john-mccain",
    frozenset({"republican"}),
    frozenset({"arizona", "republican"}),
    frozenset({"place/arizona"}),
    3,
)


def _nominal(*words: str):  # type: ignore[no-untyped-def]
    """'the U.S. president said': determiner and modifiers before the head noun."""
    rows = []
    head = len(words) - 1
    for word in words[:-1]:
        dep = "det" if word.lower() in {"the", "a", "an", "both"} else "compound"
        pos = "DET" if dep == "det" else ("ADJ" if word.islower() else "PROPN")
        rows.append((word, pos, dep, head, word.lower()))
    rows.append(
        (
            words[-1],
            "NOUN",
            "nsubj",
            head + 1,
            words[-1].lower().rstrip("s")
            if words[-1].endswith("s") and len(words[-1]) > 4
            else words[-1].lower(),
        )
    )
    rows.append(("said", "VERB", "ROOT", head + 1, "say"))
    return make_doc(rows)


def test_the_president_is_the_far_most_mentioned_holder_of_the_role() -> None:
    doc = _nominal("the", "president")
    word = role_nominal_word(doc[1], [TRUMP, PUTIN, PENCE])
    assert word == "president"
    outcome = resolve_role_nominal(doc[1], word, [TRUMP, PUTIN, PENCE], lambda i: None)
    assert outcome.entity_ids == ("person/donald-trump",) and outcome.score == 0.6


def test_a_place_modifier_rules_out_holders_tied_to_another_place() -> None:
    doc = _nominal("the", "U.S.", "president")
    outcome = resolve_role_nominal(
        doc[2], "president", [TRUMP, PUTIN], {1: "place/united-states"}.get
    )
    assert outcome.entity_ids == ("person/donald-trump",) and "only person" in outcome.reason


def test_the_kentucky_republican_is_mcconnell_not_mccain() -> None:
    doc = _nominal("the", "Kentucky", "Republican")
    word = role_nominal_word(doc[2], [MCCONNELL, MCCAIN])
    outcome = resolve_role_nominal(
        doc[2], word or "", [MCCONNELL, MCCAIN], {1: "place/kentucky"}.get
    )
    assert outcome.entity_ids == ("person/mitch-mcconnell",)


def test_ambiguous_former_and_unknown_roles_stay_unresolved() -> None:
    doc = _nominal("the", "president")
    even = RoleHolder(
        "person/x", frozenset({"president"}), frozenset({"president"}), frozenset(), 15
    )
    assert resolve_role_nominal(doc[1], "president", [TRUMP, even], lambda i: None).reason == (
        "ambiguous: several people hold the role"
    )
    former = _nominal("the", "former", "president")
    assert resolve_role_nominal(former[2], "president", [TRUMP], lambda i: None).reason == (
        "no former holder of the role is named"
    )
    assert resolve_role_nominal(doc[1], "president", [], lambda i: None).entity_ids == ()


OBAMA = RoleHolder(  # "former President Barack Obama"
    "person/barack-obama",
    frozenset({"president"}),
    frozenset({"former", "president"}),
    frozenset(),
    4,
    frozenset({"president"}),
)
# "both the former and current president were briefed"
FORMER_AND_CURRENT = [
    ("both", "DET", "det", 5, "both"),
    ("the", "DET", "det", 5, "the"),
    ("former", "ADJ", "amod", 5, "former"),
    ("and", "CCONJ", "cc", 2, "and"),
    ("current", "ADJ", "conj", 2, "current"),
    ("president", "NOUN", "nsubjpass", 7, "president"),
    ("were", "AUX", "auxpass", 7, "be"),
    ("briefed", "VERB", "ROOT", 7, "brief"),
]


def test_a_former_holder_is_the_person_named_former_and_the_president_is_not() -> None:
    former = _nominal("the", "former", "president")
    outcome = resolve_role_nominal(former[2], "president", [TRUMP, OBAMA], lambda i: None)
    assert outcome.entity_ids == ("person/barack-obama",)
    current = _nominal("the", "president")
    outcome = resolve_role_nominal(current[1], "president", [TRUMP, OBAMA], lambda i: None)
    assert outcome.entity_ids == ("person/donald-trump",)


def test_coordinated_qualifiers_name_one_holder_each_or_nothing() -> None:
    doc = make_doc(FORMER_AND_CURRENT)
    word = role_nominal_word(doc[5], [TRUMP, OBAMA])
    assert word == "president"
    both = resolve_role_nominal(doc[5], word, [TRUMP, OBAMA], lambda i: None)
    assert both.entity_ids == ("person/barack-obama", "person/donald-trump")
    assert both.reason == "one holder for each of 'former' and 'current' president"
    # Without a named former president, the whole phrase is dropped: never one node
    # labelled "former and current president", never the current one alone.
    alone = resolve_role_nominal(doc[5], word, [TRUMP], lambda i: None)
    assert alone.entity_ids == ()
    assert alone.reason == "coordinated roles: no single holder for 'former' president"


def test_vice_president_is_its_own_role() -> None:
    doc = _nominal("the", "vice", "president")
    word = role_nominal_word(doc[2], [TRUMP, PENCE])
    assert word == "vice president"
    outcome = resolve_role_nominal(doc[2], word, [TRUMP, PENCE], lambda i: None)
    assert outcome.entity_ids == ("person/mike-pence",)


def test_indefinite_and_plural_nouns_are_not_role_nominals() -> None:
    assert role_nominal_word(_nominal("a", "senator")[1], []) is None
    assert role_nominal_word(_nominal("the", "presidents")[1], []) is None
    assert role_nominal_word(_nominal("the", "table")[1], []) is None


def test_the_former_and_current_president_resolve_to_the_two_named_presidents() -> None:
    # "Former President Obama called President Trump. Both the former and current
    # president were briefed."
    rows = [
        ("Former", "ADJ", "amod", 1, "former"),
        ("President", "PROPN", "compound", 2, "President"),
        ("Obama", "PROPN", "nsubj", 3, "Obama"),
        ("called", "VERB", "ROOT", 3, "call"),
        ("President", "PROPN", "compound", 5, "President"),
        ("Trump", "PROPN", "dobj", 3, "Trump"),
        (".", "PUNCT", "punct", 3, "."),
    ]
    rows += [(w, p, d, h + 7, lemma) for w, p, d, h, lemma in FORMER_AND_CURRENT]
    rows.append((".", "PUNCT", "punct", 14, "."))
    doc = make_doc(rows, ents=[(2, 3, "PERSON"), (5, 6, "PERSON")])
    index = resolve_actors(doc)
    assert [r.label for r in index.resolve_all(12)] == ["Obama", "Trump"]
    assert not [e for e in index.entities.values() if "former" in e.label.lower()]


# "Clinton spoke. The former secretary of state's director, Palmieri, said ..." (NER
# tags the lowercase "state" ORG, as the model does).
SECRETARY_OF_STATE = [
    ("Clinton", "PROPN", "nsubj", 1, "Clinton"),
    ("spoke", "VERB", "ROOT", 1, "speak"),
    (".", "PUNCT", "punct", 1, "."),
    ("The", "DET", "det", 5, "the"),
    ("former", "ADJ", "amod", 5, "former"),
    ("secretary", "NOUN", "poss", 9, "secretary"),
    ("of", "ADP", "prep", 5, "of"),
    ("state", "NOUN", "pobj", 6, "state"),
    ("'s", "PART", "case", 5, "'s"),
    ("director", "NOUN", "nsubj", 13, "director"),
    (",", "PUNCT", "punct", 9, ","),
    ("Palmieri", "PROPN", "appos", 9, "Palmieri"),
    (",", "PUNCT", "punct", 9, ","),
    ("said", "VERB", "ROOT", 13, "say"),
]


def test_a_role_nobody_holds_re_describes_the_person_named_just_before() -> None:
    doc = make_doc(SECRETARY_OF_STATE, ents=[(0, 1, "PERSON"), (7, 8, "ORG"), (11, 12, "PERSON")])
    index = resolve_actors(doc)
    # The possessor inside Palmieri's role is a nominal of its own, and "state" is the
    # end of the title "secretary of state", not an organization.
    assert index.entity_at(5).label == "Clinton"
    assert index.entity_at(9).label == "Palmieri"
    assert sorted(index.entities) == ["person/clinton", "person/palmieri"]


def test_a_held_role_wins_over_the_name_just_before() -> None:
    # "President Trump spoke. Putin said the president ..." -> Trump, who holds the role.
    doc = _nominal("the", "president")
    outcome = resolve_role_nominal(doc[1], "president", [TRUMP], lambda i: None, "person/putin")
    assert outcome.entity_ids == ("person/donald-trump",)
    unheld = resolve_role_nominal(doc[1], "president", [], lambda i: None, "person/putin")
    assert unheld.entity_ids == ("person/putin",)
    assert unheld.reason == "re-describes the person named just before"


def _mocked(nominal: str, *, pronoun_between: bool = False):  # type: ignore[no-untyped-def]
    """'Baldwin returned as O'Reilly to mock the anchor' (or '... as he mocked ...')."""
    rows = [
        ("Baldwin", "PROPN", "nsubj", 1, "Baldwin"),
        ("returned", "VERB", "ROOT", 1, "return"),
        ("as", "ADP", "prep", 1, "as"),
        ("Reilly", "PROPN", "pobj", 2, "Reilly"),
    ]
    if pronoun_between:
        rows += [("as", "SCONJ", "mark", 6, "as"), ("he", "PRON", "nsubj", 6, "he")]
    else:
        rows += [("to", "PART", "aux", 6, "to"), ("then", "ADV", "advmod", 6, "then")]
    rows += [
        ("mock" if not pronoun_between else "mocked", "VERB", "advcl", 1, "mock"),
        ("the", "DET", "det", 8, "the"),
        (nominal, "NOUN", "dobj", 6, nominal),
    ]
    return make_doc(rows, ents=[(0, 1, "PERSON"), (3, 4, "PERSON")])


def test_the_re_described_person_is_the_last_named_and_no_co_argument() -> None:
    doc = _mocked("anchor")
    names = [PersonName(0, 1, 0, "person/baldwin"), PersonName(3, 4, 0, "person/reilly")]
    assert person_named_just_before(doc[8], 0, names, set(), lambda i: None) == "person/reilly"
    # The other arguments of its verb are never the nominal ("Baldwin mocked the anchor").
    excluded = {"person/reilly"}
    assert person_named_just_before(doc[8], 0, names, excluded, lambda i: None) is None
    # A he/she between the name and the nominal brings another person into view.
    between = _mocked("anchor", pronoun_between=True)
    assert person_named_just_before(between[8], 0, names, set(), lambda i: None) is None
    # Only a name in the nominal's sentence or the one before.
    assert person_named_just_before(doc[8], 2, names, set(), lambda i: None) is None
    # A modifier naming another entity rules out a person tied to a different one.
    russian = make_doc(
        [
            ("Macron", "PROPN", "nsubj", 1, "Macron"),
            ("left", "VERB", "ROOT", 1, "leave"),
            ("and", "CCONJ", "cc", 1, "and"),
            ("the", "DET", "det", 5, "the"),
            ("Russian", "ADJ", "amod", 5, "russian"),
            ("president", "NOUN", "nsubj", 6, "president"),
            ("stayed", "VERB", "conj", 1, "stay"),
        ]
    )
    macron = [PersonName(0, 1, 0, "person/macron", frozenset({"place/france"}))]
    in_russia = {4: "place/russia"}.get
    assert person_named_just_before(russian[5], 0, macron, set(), in_russia) is None
    untied = [PersonName(0, 1, 0, "person/macron")]
    assert person_named_just_before(russian[5], 0, untied, set(), in_russia) == "person/macron"


def test_a_possessed_or_indefinite_role_re_describes_nobody() -> None:
    names = [PersonName(0, 1, 0, "person/clinton")]
    # "Clinton spoke and Clinton's spokesman said": the spokesman is someone else.
    doc = make_doc(
        [
            ("Clinton", "PROPN", "nsubj", 1, "Clinton"),
            ("spoke", "VERB", "ROOT", 1, "speak"),
            ("her", "PRON", "poss", 3, "her"),
            ("spokesman", "NOUN", "nsubj", 4, "spokesman"),
            ("said", "VERB", "conj", 1, "say"),
        ]
    )
    assert person_named_just_before(doc[3], 0, names, set(), lambda i: None) is None
    assert (
        person_named_just_before(_nominal("a", "senator")[1], 1, names, set(), lambda i: None)
        is None
    )
