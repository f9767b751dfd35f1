"""Second-round pronoun rules on hand-built parses: surnames NER typed ORG, conjoined
co-arguments, object control of gerunds, cataphora (no model)."""

from __future__ import annotations

from kg.extract.actors import ActorIndex, resolve_actors
from tests.docs import make_doc


def _labels(index: ActorIndex, token: int) -> list[str]:
    return [ref.label for ref in index.resolve_all(token)]


def test_he_with_no_person_before_it_retypes_a_surname_ner_tagged_org() -> None:
    # "When he addressed RNC members, Wiley praised his staff."
    doc = make_doc(
        [
            ("When", "SCONJ", "advmod", 2, "when"),
            ("he", "PRON", "nsubj", 2, "he"),
            ("addressed", "VERB", "advcl", 7, "address"),
            ("RNC", "PROPN", "compound", 4, "RNC"),
            ("members", "NOUN", "dobj", 2, "member"),
            (",", "PUNCT", "punct", 7, ","),
            ("Wiley", "PROPN", "nsubj", 7, "Wiley"),
            ("praised", "VERB", "ROOT", 7, "praise"),
            ("his", "PRON", "poss", 9, "his"),
            ("staff", "NOUN", "dobj", 7, "staff"),
        ],
        ents=[(3, 4, "ORG"), (6, 7, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 1) == ["Wiley"] and _labels(index, 8) == ["Wiley"]
    assert "person/wiley" in index.entities and "organization/wiley" not in index.entities
    # All caps is no surname: the RNC stays an organization.
    assert [e.id for e in index.entities.values() if e.type == "person"] == ["person/wiley"]
    mention = next(m for m in index.mentions if m.start == 1)
    assert mention.reason.endswith("a surname NER typed as an organization")


def test_an_organization_stays_one_when_a_person_is_there_for_he() -> None:
    # "Trump said Apple would help him."
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("Apple", "PROPN", "nsubj", 4, "Apple"),
            ("would", "AUX", "aux", 4, "would"),
            ("help", "VERB", "ccomp", 1, "help"),
            ("him", "PRON", "dobj", 4, "he"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == ["Trump"]
    assert "organization/apple" in index.entities


def test_every_conjunct_of_a_co_argument_is_ruled_out() -> None:
    # "Americans drifted when rains and winds sent them into Canada."
    doc = make_doc(
        [
            ("Americans", "PROPN", "nsubj", 1, "American"),
            ("drifted", "VERB", "ROOT", 1, "drift"),
            ("when", "SCONJ", "advmod", 6, "when"),
            ("rains", "NOUN", "nsubj", 6, "rain"),
            ("and", "CCONJ", "cc", 3, "and"),
            ("winds", "NOUN", "conj", 3, "wind"),
            ("sent", "VERB", "advcl", 1, "send"),
            ("them", "PRON", "dobj", 6, "they"),
            ("into", "ADP", "prep", 6, "into"),
            ("Canada", "PROPN", "pobj", 8, "Canada"),
        ],
        ents=[(0, 1, "NORP"), (9, 10, "GPE")],
    )
    assert _labels(resolve_actors(doc), 7) == ["Americans"]


def test_the_doer_of_a_gerund_after_for_is_the_object() -> None:
    # "Kaine assailed Trump for keeping his tax returns."
    doc = make_doc(
        [
            ("Kaine", "PROPN", "nsubj", 1, "Kaine"),
            ("assailed", "VERB", "ROOT", 1, "assail"),
            ("Trump", "PROPN", "dobj", 1, "Trump"),
            ("for", "ADP", "prep", 1, "for"),
            ("keeping", "VERB", "pcomp", 3, "keep"),
            ("his", "PRON", "poss", 7, "his"),
            ("tax", "NOUN", "compound", 7, "tax"),
            ("returns", "NOUN", "dobj", 4, "return"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
    )
    doc[4].tag_ = "VBG"
    assert _labels(resolve_actors(doc), 5) == ["Trump"]


# "His plans fueled rumors, but Najib denied this."
NAJIB = [
    ("His", "PRON", "poss", 1, "his"),
    ("plans", "NOUN", "nsubj", 2, "plan"),
    ("fueled", "VERB", "ROOT", 2, "fuel"),
    ("rumors", "NOUN", "dobj", 2, "rumor"),
    (",", "PUNCT", "punct", 2, ","),
    ("but", "CCONJ", "cc", 2, "but"),
    ("Najib", "PROPN", "nsubj", 7, "Najib"),
    ("denied", "VERB", "conj", 2, "deny"),
    ("this", "PRON", "dobj", 7, "this"),
]


def test_with_nothing_before_it_a_pronoun_points_to_a_later_main_clause_subject() -> None:
    index = resolve_actors(make_doc(NAJIB, ents=[(6, 7, "PERSON")]))
    assert _labels(index, 0) == ["Najib"]
    assert next(m for m in index.mentions if m.start == 0).score == 0.6


def test_no_cataphora_into_the_pronouns_own_clause_or_what_the_name_says() -> None:
    # "He argued that Trump erred." (he c-commands Trump)
    argued = make_doc(
        [
            ("He", "PRON", "nsubj", 1, "he"),
            ("argued", "VERB", "ROOT", 1, "argue"),
            ("that", "SCONJ", "mark", 4, "that"),
            ("Trump", "PROPN", "nsubj", 4, "Trump"),
            ("erred", "VERB", "ccomp", 1, "err"),
        ],
        ents=[(3, 4, "PERSON")],
    )
    assert _labels(resolve_actors(argued), 0) == []
    # "He is unfit, Clinton said." (what Clinton says is about someone else)
    said = make_doc(
        [
            ("He", "PRON", "nsubj", 1, "he"),
            ("is", "AUX", "ccomp", 4, "be"),
            ("unfit", "ADJ", "acomp", 1, "unfit"),
            (",", "PUNCT", "punct", 4, ","),
            ("Clinton", "PROPN", "nsubj", 4, "Clinton"),
            ("said", "VERB", "ROOT", 4, "say"),
        ],
        ents=[(4, 5, "PERSON")],
    )
    assert _labels(resolve_actors(said), 0) == []


def test_an_emphatic_reflexive_is_the_noun_it_follows_and_a_conjoined_one_the_subject() -> None:
    # "Bombers killed people as well as themselves; Mandela wanted Africans themselves."
    doc = make_doc(
        [
            ("Palestinian", "ADJ", "amod", 1, "palestinian"),
            ("bombers", "NOUN", "nsubj", 2, "bomber"),
            ("killed", "VERB", "ROOT", 2, "kill"),
            ("people", "NOUN", "dobj", 2, "people"),
            ("as", "ADV", "cc", 3, "as"),
            ("themselves", "PRON", "conj", 3, "themselves"),
            (";", "PUNCT", "punct", 2, ";"),
            ("Mandela", "PROPN", "nsubj", 8, "Mandela"),
            ("wanted", "VERB", "ROOT", 8, "want"),
            ("Egyptians", "PROPN", "dobj", 8, "Egyptian"),
            ("themselves", "PRON", "appos", 9, "themselves"),
        ],
        ents=[(0, 1, "NORP"), (7, 8, "PERSON"), (9, 10, "NORP")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == ["Palestinian bombers"]
    assert _labels(index, 10) == ["Egyptians"]


def test_an_organization_that_is_only_spoken_to_is_no_surname() -> None:
    # "Speaking to Reuters, he said ..." (he is someone outside the passage)
    doc = make_doc(
        [
            ("Speaking", "VERB", "advcl", 5, "speak"),
            ("to", "ADP", "prep", 0, "to"),
            ("Reuters", "PROPN", "pobj", 1, "Reuters"),
            (",", "PUNCT", "punct", 5, ","),
            ("he", "PRON", "nsubj", 5, "he"),
            ("said", "VERB", "ROOT", 5, "say"),
        ],
        ents=[(2, 3, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 4) == []
    assert "organization/reuters" in index.entities
