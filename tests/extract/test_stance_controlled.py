"""Stance verbs without a subject of their own take their controller's (frozen parses,
no model); they feed statements, not Open IE output."""

from __future__ import annotations

from kg.extract.document import extract_triples
from kg.extract.stance.controlled import controlled_triples
from tests.docs import make_doc
from tests.extract import stance_parses as p
from tests.extract.tagged import extract_tagged

_extract = extract_tagged


def test_a_participle_takes_the_subject_of_the_clause_it_hangs_from() -> None:
    result = _extract(p.PARTICIPLE, p.PARTICIPLE_ENTS, p.PARTICIPLE_TAGS)
    [criticize] = [s for s in result.statements if s.rule == "stance:controlled"]
    assert (criticize.subject.label, criticize.stance, criticize.relation) == (
        "Google",
        "DISAPPROVE",
        "criticize",
    )
    assert [a.label for a in criticize.about] == ["Trump"]


def test_a_verb_coordinated_with_a_controlled_verb_shares_its_holder() -> None:
    result = _extract(p.CONJ_CONTROLLED, p.CONJ_CONTROLLED_ENTS, p.CONJ_CONTROLLED_TAGS)
    stances = sorted((s.subject.label, s.stance, s.object.label) for s in result.statements)
    assert stances == [("Republicans", "REJECT", "Trump"), ("Republicans", "SUPPORT", "Clinton")]


def test_controlled_triples_stay_out_of_open_ie_output() -> None:
    doc = make_doc(p.PARTICIPLE, ents=p.PARTICIPLE_ENTS)
    open_ie = extract_triples(doc[:])
    covered = {i for t in open_ie for i in (t.predicate, *t.relation.tokens)}
    added = list(controlled_triples(doc[:], covered))
    assert [t.lemma for t in added] == ["criticize"]
    assert all(t.rule != "stance:controlled" for t in open_ie)


def test_a_covered_verb_gets_no_second_triple() -> None:
    doc = make_doc(p.CONJ_CONTROLLED, ents=p.CONJ_CONTROLLED_ENTS)
    everything = {t.i for t in doc}
    assert list(controlled_triples(doc[:], everything)) == []


def test_a_gerund_after_for_is_the_act_of_the_verbs_object() -> None:
    result = _extract(p.SKEWERED, p.SKEWERED_ENTS, p.SKEWERED_TAGS)
    stances = sorted((s.subject.label, s.stance, s.object.label) for s in result.statements)
    assert ("Cruz", "ASSAULT", "Trump") in stances
    attack = next(s for s in result.statements if s.subject.label == "Cruz")
    assert (attack.rule, attack.modality) == ("stance:object-controlled", "asserted")


def test_what_a_passive_subject_is_accused_of_is_its_own_act_but_only_reported() -> None:
    result = _extract(p.ACCUSED_OF, p.ACCUSED_OF_ENTS, p.ACCUSED_OF_TAGS)
    [assault] = [s for s in result.statements if s.stance is not None]
    assert (assault.subject.label, assault.stance, assault.object.label) == (
        "Cosby",
        "ASSAULT",
        "Constand",
    )
    assert assault.modality == "reported"


def test_a_name_modified_by_a_past_participle_is_its_target_not_its_holder() -> None:
    # "Jones, accused of attacking Smith": nobody named accuses; Jones is accused.
    result = _extract(p.ACCUSED_APPOSED, p.ACCUSED_APPOSED_ENTS, p.ACCUSED_APPOSED_TAGS)
    accusing = [s for s in result.statements if s.cue == "accuse" and s.stance is not None]
    assert accusing == []
