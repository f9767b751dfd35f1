"""Clause rules on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.clauses import clause_triples
from kg.extract.speech import speaker_token
from tests.docs import make_doc


def _triples(doc: Doc) -> list[tuple[str, str, tuple[str, ...]]]:
    found = []
    for sentence in doc.sents:
        for triple in clause_triples(sentence):
            found.append(
                (triple.subject.text, triple.relation.text, tuple(a.text for a in triple.arguments))
            )
    return found


def test_subject_verb_object() -> None:
    doc = make_doc(
        [
            ("McCain", "PROPN", "nsubj", 1, "McCain"),
            ("criticised", "VERB", "ROOT", 1, "criticise"),
            ("Putin", "PROPN", "dobj", 1, "Putin"),
            (".", "PUNCT", "punct", 1, "."),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert (triple.subject.text, triple.relation.text, triple.object and triple.object.text) == (
        "McCain",
        "criticised",
        "Putin",
    )
    assert triple.lemma == "criticise"
    assert triple.rule == "clause:svo"
    assert not triple.negated
    assert 0 < triple.confidence < 1


def test_passive_with_agent_keeps_preposition_in_relation() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubjpass", 2, "Trump"),
            ("was", "AUX", "auxpass", 2, "be"),
            ("briefed", "VERB", "ROOT", 2, "brief"),
            ("by", "ADP", "agent", 2, "by"),
            ("officials", "NOUN", "pobj", 3, "official"),
            (".", "PUNCT", "punct", 2, "."),
        ]
    )
    assert _triples(doc) == [("Trump", "was briefed by", ("officials",))]


def test_control_verb_chain_joins_relation() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("vowed", "VERB", "ROOT", 1, "vow"),
            ("to", "PART", "aux", 3, "to"),
            ("uphold", "VERB", "xcomp", 1, "uphold"),
            ("the", "DET", "det", 5, "the"),
            ("agreement", "NOUN", "dobj", 3, "agreement"),
            (".", "PUNCT", "punct", 1, "."),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert triple.relation.text == "vowed to uphold"
    assert triple.lemma == "vow to uphold"
    assert triple.object is not None and triple.object.text == "the agreement"


def test_conjoined_subjects_split() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 3, "Trump"),
            ("and", "CCONJ", "cc", 0, "and"),
            ("Putin", "PROPN", "conj", 0, "Putin"),
            ("pledged", "VERB", "ROOT", 3, "pledge"),
            ("cooperation", "NOUN", "dobj", 3, "cooperation"),
            (".", "PUNCT", "punct", 3, "."),
        ]
    )
    assert _triples(doc) == [
        ("Trump", "pledged", ("cooperation",)),
        ("Putin", "pledged", ("cooperation",)),
    ]


def test_adjective_with_preposition_is_the_relation() -> None:
    doc = make_doc(
        [
            ("I", "PRON", "nsubj", 1, "I"),
            ("am", "AUX", "ROOT", 1, "be"),
            ("opposed", "ADJ", "acomp", 1, "opposed"),
            ("to", "ADP", "prep", 2, "to"),
            ("sanctions", "NOUN", "pobj", 3, "sanction"),
            (".", "PUNCT", "punct", 1, "."),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert (triple.relation.text, triple.lemma) == ("am opposed to", "be opposed to")
    assert triple.object is not None and triple.object.text == "sanctions"


def test_reported_speech_gives_content_its_own_triple_and_speaker() -> None:
    doc = make_doc(
        [
            ("Spicer", "PROPN", "nsubj", 1, "Spicer"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("Putin", "PROPN", "nsubj", 3, "Putin"),
            ("called", "VERB", "ccomp", 1, "call"),
            ("Trump", "PROPN", "dobj", 3, "Trump"),
            (".", "PUNCT", "punct", 1, "."),
        ]
    )
    assert _triples(doc) == [
        ("Spicer", "said", ("Putin called Trump",)),
        ("Putin", "called", ("Trump",)),
    ]
    speaker = speaker_token(doc[3])
    assert speaker is not None and speaker.text == "Spicer"
    assert speaker_token(doc[1]) is None


def test_negation_is_flagged_and_left_out_of_lemma() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 3, "Trump"),
            ("did", "AUX", "aux", 3, "do"),
            ("n't", "PART", "neg", 3, "not"),
            ("discuss", "VERB", "ROOT", 3, "discuss"),
            ("sanctions", "NOUN", "dobj", 3, "sanction"),
            (".", "PUNCT", "punct", 3, "."),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert triple.negated
    assert triple.lemma == "discuss"
    assert triple.relation.text == "did n't discuss"


def test_relative_clause_subject_is_its_head_noun() -> None:
    doc = make_doc(
        [
            ("a", "DET", "det", 1, "a"),
            ("thug", "NOUN", "ROOT", 1, "thug"),
            ("who", "PRON", "nsubj", 3, "who"),
            ("undermines", "VERB", "relcl", 1, "undermine"),
            ("security", "NOUN", "dobj", 3, "security"),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert (triple.subject.text, triple.relation.text) == ("a thug", "undermines")
