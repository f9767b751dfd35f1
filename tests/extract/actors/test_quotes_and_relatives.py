"""First person in quotes is the speaker; relative pronouns take their noun (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from kg.extract.actors.relatives import described_subject, relative_antecedent
from tests.docs import make_doc

QUOTE = [
    ("“", "PUNCT", "punct", 7, "“"),
    ("I", "PRON", "nsubj", 2, "I"),
    ("oppose", "VERB", "ccomp", 7, "oppose"),
    ("him", "PRON", "dobj", 2, "he"),
    (",", "PUNCT", "punct", 7, ","),
    ("”", "PUNCT", "punct", 7, "”"),
    ("McConnell", "PROPN", "nsubj", 7, "McConnell"),
    ("said", "VERB", "ROOT", 7, "say"),
    (".", "PUNCT", "punct", 7, "."),
]


def test_first_person_in_a_quote_is_its_speaker_and_he_is_not() -> None:
    index = resolve_actors(make_doc(QUOTE, ents=[(6, 7, "PERSON")]))
    assert [r.label for r in index.resolve_all(1)] == ["McConnell"]
    assert next(m for m in index.mentions if m.start == 1).kind == "speaker"
    assert index.resolve_all(3) == ()  # "him" inside McConnell's quote is not McConnell
    assert index.speaker_at(2) is not None and index.speaker_at(2).label == "McConnell"  # type: ignore[union-attr]
    assert index.speaker_at(7) is None


def test_first_person_outside_a_quote_and_second_person_are_counted() -> None:
    doc = make_doc(
        [
            ("I", "PRON", "nsubj", 1, "I"),
            ("told", "VERB", "ROOT", 1, "tell"),
            ("you", "PRON", "dobj", 1, "you"),
        ]
    )
    index = resolve_actors(doc)
    assert index.unresolved == {
        "speaker: first person outside a quote": 1,
        "pronoun: second person": 1,
    }


RELATIVES = [
    ("the", "DET", "det", 1, "the"),
    ("Kremlin", "PROPN", "nsubj", 5, "Kremlin"),
    (",", "PUNCT", "punct", 1, ","),
    ("which", "PRON", "nsubj", 4, "which"),
    ("agreed", "VERB", "relcl", 1, "agree"),
    ("said", "VERB", "ROOT", 5, "say"),
    ("Putin", "PROPN", "nsubj", 7, "Putin"),
    ("is", "AUX", "ccomp", 5, "be"),
    ("a", "DET", "det", 9, "a"),
    ("thug", "NOUN", "attr", 7, "thug"),
    ("who", "PRON", "nsubj", 11, "who"),
    ("lies", "VERB", "relcl", 9, "lie"),
    ("about", "ADP", "prep", 11, "about"),
    ("the", "DET", "det", 14, "the"),
    ("dossier", "NOUN", "pobj", 12, "dossier"),
    ("that", "PRON", "nsubjpass", 17, "that"),
    ("was", "AUX", "auxpass", 17, "be"),
    ("leaked", "VERB", "relcl", 14, "leak"),
]


def test_relative_pronouns_take_their_noun_or_the_subject_it_describes() -> None:
    doc = make_doc(RELATIVES, ents=[(0, 2, "ORG"), (6, 7, "PERSON")])
    assert relative_antecedent(doc[3]).text == "Kremlin"  # type: ignore[union-attr]
    assert described_subject(doc[9]).text == "Putin"  # type: ignore[union-attr]
    index = resolve_actors(doc)
    assert [r.label for r in index.resolve_all(3)] == ["Kremlin"]
    assert [r.label for r in index.resolve_all(10)] == ["Putin"]
    assert index.resolve_all(15) == ()
    assert index.unresolved == {"relative: its noun is not an actor": 1}


def test_a_complementiser_is_not_a_relative_pronoun() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("that", "SCONJ", "mark", 4, "that"),
            ("Putin", "PROPN", "nsubj", 4, "Putin"),
            ("agreed", "VERB", "ccomp", 1, "agree"),
        ]
    )
    assert relative_antecedent(doc[2]) is None
