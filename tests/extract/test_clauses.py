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


def test_fronted_phrase_stays_an_argument_and_relation_takes_the_later_preposition() -> None:
    doc = make_doc(
        [
            ("In", "ADP", "prep", 3, "in"),
            ("2008", "NUM", "pobj", 0, "2008"),
            ("Bond", "PROPN", "nsubj", 3, "Bond"),
            ("apologized", "VERB", "ROOT", 3, "apologize"),
            ("to", "ADP", "prep", 3, "to"),
            ("Graves", "PROPN", "pobj", 4, "Graves"),
            (".", "PUNCT", "punct", 3, "."),
        ]
    )
    assert _triples(doc) == [("Bond", "apologized to", ("Graves", "In 2008"))]


def test_ditransitive_keeps_both_objects() -> None:
    doc = make_doc(
        [
            ("Putin", "PROPN", "nsubj", 1, "Putin"),
            ("gave", "VERB", "ROOT", 1, "give"),
            ("Trump", "PROPN", "dative", 1, "Trump"),
            ("a", "DET", "det", 4, "a"),
            ("ball", "NOUN", "dobj", 1, "ball"),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert [a.text for a in triple.arguments] == ["Trump", "a ball"]
    assert triple.rule == "clause:svoo"


def test_adverbial_is_the_argument_of_an_intransitive_verb() -> None:
    doc = make_doc(
        [
            ("the", "DET", "det", 1, "the"),
            ("routes", "NOUN", "nsubj", 2, "route"),
            ("diverge", "VERB", "ROOT", 2, "diverge"),
            ("northeast", "ADV", "advmod", 2, "northeast"),
            ("of", "ADP", "prep", 3, "of"),
            ("Tarboro", "PROPN", "pobj", 4, "Tarboro"),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert (triple.relation.text, triple.object and triple.object.text) == (
        "diverge",
        "northeast of Tarboro",
    )
    assert triple.rule == "clause:sva"


def test_intransitive_verb_without_argument_gives_no_triple() -> None:
    doc = make_doc([("Prices", "NOUN", "nsubj", 1, "price"), ("rose", "VERB", "ROOT", 1, "rise")])
    assert _triples(doc) == []


def test_complementizer_joins_relation_but_not_lemma() -> None:
    doc = make_doc(
        [
            ("Studies", "NOUN", "nsubj", 1, "study"),
            ("showed", "VERB", "ROOT", 1, "show"),
            ("that", "SCONJ", "mark", 4, "that"),
            ("prices", "NOUN", "nsubj", 4, "price"),
            ("rose", "VERB", "ccomp", 1, "rise"),
        ]
    )
    triple = next(t for t in clause_triples(doc[:]) if t.predicate == 1)
    assert (triple.relation.text, triple.object and triple.object.text) == (
        "showed that",
        "prices rose",
    )
    assert triple.rule == "clause:svc-clause"


def test_adverb_inside_the_verb_group_is_in_relation_text_not_lemma() -> None:
    doc = make_doc(
        [
            ("They", "PRON", "nsubjpass", 3, "they"),
            ("are", "AUX", "auxpass", 3, "be"),
            ("also", "ADV", "advmod", 3, "also"),
            ("known", "VERB", "ROOT", 3, "know"),
            ("as", "ADP", "prep", 3, "as"),
            ("Kurils", "PROPN", "pobj", 4, "Kurils"),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert (triple.relation.text, triple.lemma) == ("are also known as", "know as")
    assert [a.text for a in triple.arguments] == ["Kurils"]


def test_participle_tagged_adjective_heads_a_clause() -> None:
    doc = make_doc(
        [
            ("Jagan", "PROPN", "nsubjpass", 2, "Jagan"),
            ("was", "AUX", "auxpass", 2, "be"),
            ("involved", "ADJ", "ROOT", 2, "involved"),
            ("in", "ADP", "prep", 2, "in"),
            ("the", "DET", "det", 5, "the"),
            ("strike", "NOUN", "pobj", 3, "strike"),
        ]
    )
    assert _triples(doc) == [("Jagan", "was involved in", ("the strike",))]


def test_relative_clause_with_its_own_subject_takes_the_head_noun_as_object() -> None:
    doc = make_doc(
        [
            ("a", "DET", "det", 1, "a"),
            ("post", "NOUN", "ROOT", 1, "post"),
            ("he", "PRON", "nsubj", 3, "he"),
            ("held", "VERB", "relcl", 1, "hold"),
            ("for", "ADP", "prep", 3, "for"),
            ("years", "NOUN", "pobj", 4, "year"),
        ]
    )
    [triple] = list(clause_triples(doc[:]))
    assert (triple.subject.text, triple.relation.text) == ("he", "held")
    assert [a.text for a in triple.arguments] == ["a post", "for years"]
    assert triple.rule == "clause:relative-object"


def test_participle_modifier_takes_its_noun_as_subject_without_itself() -> None:
    doc = make_doc(
        [
            ("an", "DET", "det", 1, "an"),
            ("armada", "NOUN", "ROOT", 1, "armada"),
            ("preparing", "VERB", "acl", 1, "prepare"),
            ("to", "PART", "aux", 4, "to"),
            ("invade", "VERB", "xcomp", 2, "invade"),
            ("England", "PROPN", "dobj", 4, "England"),
        ]
    )
    doc[2].tag_ = "VBG"
    assert _triples(doc) == [("an armada", "preparing to invade", ("England",))]


def test_conjoined_subjects_and_objects_do_not_multiply_past_the_cap() -> None:
    rows = [
        ("A", "PROPN", "nsubj", 5, "A"),
        (",", "PUNCT", "punct", 0, ","),
        ("B", "PROPN", "conj", 0, "B"),
        ("and", "CCONJ", "cc", 2, "and"),
        ("C", "PROPN", "conj", 2, "C"),
        ("teach", "VERB", "ROOT", 5, "teach"),
        ("X", "PROPN", "dobj", 5, "X"),
        ("and", "CCONJ", "cc", 6, "and"),
        ("Y", "PROPN", "conj", 6, "Y"),
    ]
    assert _triples(make_doc(rows)) == [
        ("A, B and C", "teach", ("X",)),
        ("A, B and C", "teach", ("Y",)),
    ]
