"""Split antecedents: a plural pronoun naming the two parties of its sentence (no model)."""

from __future__ import annotations

from kg.extract.actors import ActorIndex, resolve_actors
from kg.extract.actors.pronouns import co_arguments
from tests.docs import make_doc


def _labels(index: ActorIndex, token: int) -> list[str]:
    return sorted(ref.label for ref in index.resolve_all(token))


# "Peru issued an ultimatum to Ecuador to halt attacks across their border."
ULTIMATUM = [
    ("Peru", "PROPN", "nsubj", 1, "Peru"),
    ("issued", "VERB", "ROOT", 1, "issue"),
    ("an", "DET", "det", 3, "an"),
    ("ultimatum", "NOUN", "dobj", 1, "ultimatum"),
    ("to", "ADP", "prep", 3, "to"),
    ("Ecuador", "PROPN", "pobj", 4, "Ecuador"),
    ("to", "PART", "aux", 7, "to"),
    ("halt", "VERB", "xcomp", 1, "halt"),
    ("attacks", "NOUN", "dobj", 7, "attack"),
    ("across", "ADP", "prep", 8, "across"),
    ("their", "PRON", "poss", 11, "their"),
    ("border", "NOUN", "pobj", 9, "border"),
]


def test_their_with_no_plural_actor_before_it_is_the_two_parties_of_its_clause() -> None:
    doc = make_doc(ULTIMATUM, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert _labels(resolve_actors(doc), 10) == ["Ecuador", "Peru"]


def test_a_party_named_after_the_pronoun_or_a_plural_actor_before_it_makes_no_pair() -> None:
    # "Nigeria said it will withdraw their force from Chad": Chad comes after "their".
    doc = make_doc(
        [
            ("Nigeria", "PROPN", "nsubj", 1, "Nigeria"),
            ("will", "AUX", "aux", 2, "will"),
            ("withdraw", "VERB", "ROOT", 2, "withdraw"),
            ("their", "PRON", "poss", 4, "their"),
            ("force", "NOUN", "dobj", 2, "force"),
            ("from", "ADP", "prep", 2, "from"),
            ("Chad", "PROPN", "pobj", 5, "Chad"),
        ],
        ents=[(0, 1, "GPE"), (6, 7, "GPE")],
    )
    assert _labels(resolve_actors(doc), 3) == []
    # "... to halt rebels across their border": the rebels are the plural actor.
    rows = list(ULTIMATUM)
    rows[8] = ("rebels", "NOUN", "dobj", 7, "rebel")
    doc = make_doc(rows, ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    assert "Peru" not in _labels(resolve_actors(doc), 10)


def test_two_other_parties_are_ambiguous() -> None:
    # "Peru warned Ecuador and then Chile over their border" (no coordination parse).
    doc = make_doc(
        [
            ("Peru", "PROPN", "nsubj", 1, "Peru"),
            ("warned", "VERB", "ROOT", 1, "warn"),
            ("Ecuador", "PROPN", "dobj", 1, "Ecuador"),
            ("then", "ADV", "advmod", 1, "then"),
            ("Chile", "PROPN", "npadvmod", 1, "Chile"),
            ("over", "ADP", "prep", 1, "over"),
            ("their", "PRON", "poss", 7, "their"),
            ("border", "NOUN", "pobj", 5, "border"),
        ],
        ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")],
    )
    assert _labels(resolve_actors(doc), 6) == []


def test_a_noun_a_participle_modifies_is_its_understood_subject() -> None:
    # "votes separating them": them is not the votes.
    doc = make_doc(
        [
            ("votes", "NOUN", "nsubj", 2, "vote"),
            ("separating", "VERB", "acl", 0, "separate"),
            ("them", "PRON", "dobj", 1, "they"),
        ]
    )
    assert co_arguments(doc[2]) == {0}


def test_an_object_pronoun_does_not_include_a_co_argument_of_its_verb() -> None:
    # "Michel said nothing linked suspect Salah Abdeslam to them." (them: others)
    doc = make_doc(
        [
            ("Michel", "PROPN", "nsubj", 1, "Michel"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("nothing", "PRON", "nsubj", 3, "nothing"),
            ("linked", "VERB", "ccomp", 1, "link"),
            ("suspect", "NOUN", "dobj", 3, "suspect"),
            ("Salah", "PROPN", "compound", 6, "Salah"),
            ("Abdeslam", "PROPN", "appos", 4, "Abdeslam"),
            ("to", "ADP", "prep", 3, "to"),
            ("them", "PRON", "pobj", 7, "they"),
        ],
        ents=[(0, 1, "PERSON"), (5, 7, "PERSON")],
    )
    assert _labels(resolve_actors(doc), 8) == []


def test_a_subject_they_of_a_clause_below_is_no_pair() -> None:
    # "Peru attacked Ecuador because they argued ..." (they: not Peru and Ecuador)
    rows = [
        ("Peru", "PROPN", "nsubj", 1, "Peru"),
        ("attacked", "VERB", "ROOT", 1, "attack"),
        ("Ecuador", "PROPN", "dobj", 1, "Ecuador"),
        ("because", "SCONJ", "mark", 5, "because"),
        ("they", "PRON", "nsubj", 5, "they"),
        ("argued", "VERB", "advcl", 1, "argue"),
    ]
    doc = make_doc(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert _labels(resolve_actors(doc), 4) == []
    # The possessive still names the pair: "... because of their border".
    rows[4] = ("their", "PRON", "poss", 5, "their")
    rows[5] = ("border", "NOUN", "pobj", 3, "border")
    rows[3] = ("over", "ADP", "prep", 1, "over")
    doc = make_doc(rows, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert _labels(resolve_actors(doc), 4) == ["Ecuador", "Peru"]
