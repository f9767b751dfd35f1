"""Pronouns resolved by agreement, syntax and discourse, on hand-built parses."""

from __future__ import annotations

from kg.extract.actors import ActorIndex, resolve_actors
from kg.extract.actors.discourse import Referent
from kg.extract.actors.pleonastic import is_pleonastic
from kg.extract.actors.pronouns import agrees, pronoun_form
from tests.docs import make_doc


def _labels(index: ActorIndex, token: int) -> list[str]:
    return [ref.label for ref in index.resolve_all(token)]


def test_putin_told_trump_he_sees_means_putin() -> None:
    doc = make_doc(
        [
            ("Putin", "PROPN", "nsubj", 1, "Putin"),
            ("told", "VERB", "ROOT", 1, "tell"),
            ("Trump", "PROPN", "dobj", 1, "Trump"),
            ("he", "PRON", "nsubj", 4, "he"),
            ("sees", "VERB", "ccomp", 1, "see"),
            ("a", "DET", "det", 6, "a"),
            ("partner", "NOUN", "dobj", 4, "partner"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
    )
    assert _labels(resolve_actors(doc), 3) == ["Putin"]


def test_a_non_reflexive_object_is_not_its_subject() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("met", "VERB", "ROOT", 1, "meet"),
            ("Putin", "PROPN", "dobj", 1, "Putin"),
            (".", "PUNCT", "punct", 1, "."),
            ("Putin", "PROPN", "nsubj", 5, "Putin"),
            ("praised", "VERB", "ROOT", 5, "praise"),
            ("him", "PRON", "dobj", 5, "he"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "PERSON")],
    )
    assert _labels(resolve_actors(doc), 6) == ["Trump"]


def test_she_skips_a_man_and_it_skips_people() -> None:
    doc = make_doc(
        [
            ("Angela", "PROPN", "compound", 1, "Angela"),
            ("Merkel", "PROPN", "nsubj", 2, "Merkel"),
            ("met", "VERB", "ROOT", 2, "meet"),
            ("Donald", "PROPN", "compound", 4, "Donald"),
            ("Trump", "PROPN", "dobj", 2, "Trump"),
            ("in", "ADP", "prep", 2, "in"),
            ("Berlin", "PROPN", "pobj", 5, "Berlin"),
            (".", "PUNCT", "punct", 2, "."),
            ("She", "PRON", "nsubj", 9, "she"),
            ("praised", "VERB", "ROOT", 9, "praise"),
            ("its", "PRON", "poss", 11, "its"),
            ("mayor", "NOUN", "dobj", 9, "mayor"),
        ],
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "GPE")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 8) == ["Angela Merkel"]
    assert _labels(index, 10) == ["Berlin"]


def test_it_pointing_to_a_thing_is_dropped_and_counted_not_glued_to_an_actor() -> None:
    doc = make_doc(
        [
            ("The", "DET", "det", 1, "the"),
            ("Kremlin", "PROPN", "nsubj", 2, "Kremlin"),
            ("rejected", "VERB", "ROOT", 2, "reject"),
            ("the", "DET", "det", 4, "the"),
            ("dossier", "NOUN", "dobj", 2, "dossier"),
            ("because", "SCONJ", "mark", 7, "because"),
            ("it", "PRON", "nsubjpass", 7, "it"),
            ("leaked", "VERB", "advcl", 2, "leak"),
        ],
        ents=[(0, 2, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 6) == ["Kremlin"]  # the subject comes first in Hobbs order
    doc = make_doc(
        [
            ("The", "DET", "det", 1, "the"),
            ("dossier", "NOUN", "nsubjpass", 3, "dossier"),
            ("was", "AUX", "auxpass", 3, "be"),
            ("leaked", "VERB", "ROOT", 3, "leak"),
            (".", "PUNCT", "punct", 3, "."),
            ("It", "PRON", "nsubj", 6, "it"),
            ("shocked", "VERB", "ROOT", 6, "shock"),
            ("the", "DET", "det", 8, "the"),
            ("Kremlin", "PROPN", "dobj", 6, "Kremlin"),
        ],
        ents=[(7, 9, "ORG")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == []
    [dropped] = [u for u in index.dropped if u.start == 5]
    assert (dropped.reason, dropped.detail) == ("antecedent is not an actor", "dossier")
    assert index.unresolved["pronoun: antecedent is not an actor"] == 1


def test_they_takes_a_coordinated_pair_and_their_a_generic_group_is_dropped() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 3, "Trump"),
            ("and", "CCONJ", "cc", 0, "and"),
            ("Putin", "PROPN", "conj", 0, "Putin"),
            ("met", "VERB", "ROOT", 3, "meet"),
            (".", "PUNCT", "punct", 3, "."),
            ("They", "PRON", "nsubj", 6, "they"),
            ("urged", "VERB", "ROOT", 6, "urge"),
            ("allies", "NOUN", "dobj", 6, "ally"),
            ("to", "PART", "aux", 9, "to"),
            ("pay", "VERB", "xcomp", 6, "pay"),
            ("their", "PRON", "poss", 11, "their"),
            ("share", "NOUN", "dobj", 9, "share"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == ["Trump", "Putin"]
    assert index.resolve_head(5) is None  # a set: resolve_head answers singular mentions only
    assert _labels(index, 10) == []
    assert any(u.start == 10 and u.detail == "allies" for u in index.dropped)


def test_a_pronoun_in_a_fronted_phrase_points_to_the_subject_after_it() -> None:
    doc = make_doc(
        [
            ("In", "ADP", "prep", 6, "in"),
            ("his", "PRON", "poss", 2, "his"),
            ("call", "NOUN", "pobj", 0, "call"),
            ("with", "ADP", "prep", 2, "with"),
            ("Turnbull", "PROPN", "pobj", 3, "Turnbull"),
            ("Trump", "PROPN", "nsubj", 6, "Trump"),
            ("vowed", "VERB", "ROOT", 6, "vow"),
        ],
        ents=[(4, 5, "PERSON"), (5, 6, "PERSON")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 1) == ["Trump"]
    assert "fronted phrase" in next(m.reason for m in index.mentions if m.start == 1)


def test_reflexive_and_pleonastic() -> None:
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubj", 1, "Trump"),
            ("defended", "VERB", "ROOT", 1, "defend"),
            ("himself", "PRON", "dobj", 1, "himself"),
            (".", "PUNCT", "punct", 1, "."),
            ("It", "PRON", "nsubj", 5, "it"),
            ("matters", "VERB", "ROOT", 5, "matter"),
            ("that", "SCONJ", "mark", 8, "that"),
            ("he", "PRON", "nsubj", 8, "he"),
            ("won", "VERB", "ccomp", 5, "win"),
        ],
        ents=[(0, 1, "PERSON")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 2) == ["Trump"]
    assert is_pleonastic(doc[4]) and index.unresolved["pronoun: pleonastic it"] == 1
    assert _labels(index, 7) == ["Trump"]


def test_a_proper_noun_ner_missed_becomes_a_person_when_he_points_to_it() -> None:
    doc = make_doc(
        [
            ("Gardner", "PROPN", "nsubj", 1, "Gardner"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("Sessions", "PROPN", "nsubj", 3, "Sessions"),
            ("lied", "VERB", "ccomp", 1, "lie"),
            ("about", "ADP", "prep", 3, "about"),
            ("his", "PRON", "poss", 6, "his"),
            ("intent", "NOUN", "pobj", 4, "intent"),
        ],
        ents=[(0, 1, "PERSON")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == ["Sessions"]
    assert index.entities["person/sessions"].type == "person"
    assert "NER missed" in next(m.reason for m in index.mentions if m.start == 2)


def test_pronoun_forms_and_agreement() -> None:
    her = make_doc([("saw", "VERB", "ROOT", 0, "see"), ("her", "PRON", "dobj", 0, "she")])[1]
    form = pronoun_form(her)
    assert form is not None and not form.possessive and form.gender == "f"
    person = Referent(0, 0, 1, 0, ("person/x",), False, "person", "m", True, "X")
    thing = Referent(0, 0, 1, 0, (), False, "thing", None, False, "call")
    its = pronoun_form(make_doc([("its", "PRON", "poss", 0, "its")])[0])
    assert its is not None and not agrees(form, person) and not agrees(its, thing)


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


def test_a_pronoun_never_refers_to_a_phrase_that_holds_it() -> None:
    # "She serves the people of her Florida district." (no group "people of her ...")
    doc = make_doc(
        [
            ("She", "PRON", "nsubj", 1, "she"),
            ("serves", "VERB", "ROOT", 1, "serve"),
            ("the", "DET", "det", 3, "the"),
            ("people", "NOUN", "dobj", 1, "people"),
            ("of", "ADP", "prep", 3, "of"),
            ("her", "PRON", "poss", 7, "her"),
            ("Florida", "PROPN", "compound", 7, "Florida"),
            ("district", "NOUN", "pobj", 4, "district"),
        ],
        ents=[(6, 7, "GPE")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 5) == []
    assert not [e for e in index.entities if e.startswith("group/")]


def test_the_object_of_by_or_about_is_bound_like_an_object() -> None:
    # "Clinton and the country would do well by him."
    doc = make_doc(
        [
            ("Clinton", "PROPN", "nsubj", 5, "Clinton"),
            ("and", "CCONJ", "cc", 0, "and"),
            ("the", "DET", "det", 3, "the"),
            ("country", "NOUN", "conj", 0, "country"),
            ("would", "AUX", "aux", 5, "would"),
            ("do", "VERB", "ROOT", 5, "do"),
            ("well", "ADV", "advmod", 5, "well"),
            ("by", "ADP", "prep", 5, "by"),
            ("him", "PRON", "pobj", 7, "he"),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert _labels(resolve_actors(doc), 8) == []


def test_the_subject_of_a_relative_clause_is_not_the_relatives_noun() -> None:
    # "Pence praised Trump, whom he said has given voice to voters."
    doc = make_doc(
        [
            ("Pence", "PROPN", "nsubj", 1, "Pence"),
            ("praised", "VERB", "ROOT", 1, "praise"),
            ("Trump", "PROPN", "dobj", 1, "Trump"),
            (",", "PUNCT", "punct", 2, ","),
            ("whom", "PRON", "nsubj", 8, "whom"),
            ("he", "PRON", "nsubj", 6, "he"),
            ("said", "VERB", "relcl", 2, "say"),
            ("has", "AUX", "aux", 8, "have"),
            ("given", "VERB", "ccomp", 6, "give"),
            ("voice", "NOUN", "dobj", 8, "voice"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 4) == ["Trump"]
    assert _labels(index, 5) == ["Pence"]


def test_a_plural_relative_stays_plural_for_later_pronouns() -> None:
    # "Lynch was blasted by Republicans, who said it raised questions about her fairness."
    doc = make_doc(
        [
            ("Lynch", "PROPN", "nsubjpass", 2, "Lynch"),
            ("was", "AUX", "auxpass", 2, "be"),
            ("blasted", "VERB", "ROOT", 2, "blast"),
            ("by", "ADP", "agent", 2, "by"),
            ("Republicans", "PROPN", "pobj", 3, "Republican"),
            (",", "PUNCT", "punct", 4, ","),
            ("who", "PRON", "nsubj", 7, "who"),
            ("said", "VERB", "relcl", 4, "say"),
            ("it", "PRON", "nsubj", 9, "it"),
            ("raised", "VERB", "ccomp", 7, "raise"),
            ("questions", "NOUN", "dobj", 9, "question"),
            ("about", "ADP", "prep", 10, "about"),
            ("her", "PRON", "poss", 13, "her"),
            ("fairness", "NOUN", "pobj", 11, "fairness"),
        ],
        ents=[(0, 1, "PERSON"), (4, 5, "NORP")],
    )
    index = resolve_actors(doc)
    assert _labels(index, 6) == ["Republicans"]
    assert _labels(index, 12) == ["Lynch"]


def test_a_predicate_noun_is_no_new_referent() -> None:
    # "Sanders lost, but Hillary Clinton becomes the nominee and gets his support."
    doc = make_doc(
        [
            ("Sanders", "PROPN", "nsubj", 1, "Sanders"),
            ("lost", "VERB", "ROOT", 1, "lose"),
            (",", "PUNCT", "punct", 1, ","),
            ("but", "CCONJ", "cc", 1, "but"),
            ("Hillary", "PROPN", "compound", 5, "Hillary"),
            ("Clinton", "PROPN", "nsubj", 6, "Clinton"),
            ("becomes", "VERB", "conj", 1, "become"),
            ("the", "DET", "det", 8, "the"),
            ("nominee", "NOUN", "attr", 6, "nominee"),
            ("and", "CCONJ", "cc", 6, "and"),
            ("gets", "VERB", "conj", 6, "get"),
            ("his", "PRON", "poss", 12, "his"),
            ("support", "NOUN", "dobj", 10, "support"),
        ],
        ents=[(0, 1, "PERSON"), (4, 6, "PERSON")],
    )
    # "the nominee" describes Clinton: it does not block "his" from reaching Sanders.
    assert _labels(resolve_actors(doc), 11) == ["Sanders"]


def _endorsed(pronoun: str) -> ActorIndex:
    """'Obama endorsed Hillary Clinton, saying she/he won.'"""
    doc = make_doc(
        [
            ("Obama", "PROPN", "nsubj", 1, "Obama"),
            ("endorsed", "VERB", "ROOT", 1, "endorse"),
            ("Hillary", "PROPN", "compound", 3, "Hillary"),
            ("Clinton", "PROPN", "dobj", 1, "Clinton"),
            (",", "PUNCT", "punct", 1, ","),
            ("saying", "VERB", "advcl", 1, "say"),
            (pronoun, "PRON", "nsubj", 7, pronoun),
            ("won", "VERB", "ccomp", 5, "win"),
        ],
        ents=[(0, 1, "PERSON"), (2, 4, "PERSON")],
    )
    return resolve_actors(doc)


def test_she_prefers_a_woman_in_its_sentence_to_a_person_of_unknown_gender() -> None:
    assert _labels(_endorsed("she"), 6) == ["Hillary Clinton"]
    # "he" keeps the nearest person of unknown gender: it skips only a known woman.
    assert _labels(_endorsed("he"), 6) == ["Obama"]


def test_the_subject_controlling_an_infinitive_comes_before_its_object() -> None:
    # "Pence wanted to praise Trump during his remarks": Pence praises, in his remarks.
    doc = make_doc(
        [
            ("Pence", "PROPN", "nsubj", 1, "Pence"),
            ("wanted", "VERB", "ROOT", 1, "want"),
            ("to", "PART", "aux", 3, "to"),
            ("praise", "VERB", "xcomp", 1, "praise"),
            ("Trump", "PROPN", "dobj", 3, "Trump"),
            ("during", "ADP", "prep", 3, "during"),
            ("his", "PRON", "poss", 7, "his"),
            ("remarks", "NOUN", "pobj", 5, "remark"),
        ],
        ents=[(0, 1, "PERSON"), (4, 5, "PERSON")],
    )
    assert _labels(resolve_actors(doc), 6) == ["Pence"]


def test_she_skips_a_man_marked_by_an_honorific_ner_left_out() -> None:
    # "Mr. Ailes called Ms. Kelly biased, and asked if she was fair."
    doc = make_doc(
        [
            ("Mr.", "PROPN", "compound", 1, "Mr."),
            ("Ailes", "PROPN", "nsubj", 2, "Ailes"),
            ("called", "VERB", "ROOT", 2, "call"),
            ("Ms.", "PROPN", "compound", 4, "Ms."),
            ("Kelly", "PROPN", "dobj", 2, "Kelly"),
            ("biased", "ADJ", "oprd", 2, "biased"),
            (",", "PUNCT", "punct", 2, ","),
            ("and", "CCONJ", "cc", 2, "and"),
            ("asked", "VERB", "conj", 2, "ask"),
            ("if", "SCONJ", "mark", 11, "if"),
            ("she", "PRON", "nsubj", 11, "she"),
            ("was", "AUX", "ccomp", 8, "be"),
            ("fair", "ADJ", "acomp", 11, "fair"),
        ],
        ents=[(1, 2, "PERSON"), (4, 5, "PERSON")],
    )
    assert [ref.label for ref in resolve_actors(doc).resolve_all(10)] == ["Kelly"]
