"""What an analyst saw wrong in the seed graph, fixed in general (frozen parses, no
model): attribution across clause breaks, duplicate statements, pro-adverb objects,
curly-apostrophe lemmas."""

from __future__ import annotations

from kg.extract.clauses import clause_triples
from kg.extract.speech import is_reported_content, speech_verb
from tests.docs import make_doc
from tests.extract import stance_parses as p
from tests.extract.tagged import extract_tagged

_extract = extract_tagged


def test_a_semicolon_ends_what_the_next_speaker_reports() -> None:
    doc = make_doc(p.BREAK, ents=p.BREAK_ENTS)
    # "The White House said ...; Merkel has said she wants peace".
    assert not is_reported_content(doc[3], doc[10])
    assert is_reported_content(doc[12], doc[10])
    assert speech_verb(doc[3]) is None


def test_the_white_house_keeps_its_own_statement() -> None:
    result = _extract(p.BREAK, p.BREAK_ENTS, p.BREAK_TAGS)
    said = {s.subject.label: s for s in result.statements if s.relation == "say"}
    assert said["White House"].attributed_to is None
    assert said["Merkel"].object.label == "she wants peace"
    discussed = [s for s in result.statements if s.relation == "discuss"]
    speakers = {s.attributed_to.label for s in discussed if s.attributed_to}
    assert "Merkel" not in speakers
    assert all(s.sentence == result.document.text for s in result.statements)


def test_a_bullet_line_is_not_reported_by_the_next_bullet() -> None:
    result = _extract(p.BULLETS, p.BULLETS_ENTS, p.BULLETS_TAGS)
    [speaks] = [s for s in result.statements if s.relation == "speak with"]
    assert speaks.attributed_to is None
    assert speaks.speech is None


def test_two_readings_of_one_claim_become_one_statement() -> None:
    # "In the call with Merkel, Trump agreed on ... the need for ...": both conjoined
    # issues give "Trump agree with Merkel"; the graph keeps one.
    result = _extract(p.ENCOUNTER, p.ENCOUNTER_ENTS, p.ENCOUNTER_TAGS)
    towards_merkel = [s for s in result.statements if s.object.label == "Merkel"]
    assert [(s.subject.label, s.relation, s.stance) for s in towards_merkel] == [
        ("Trump", "agree with", "AGREE")
    ]
    assert result.dropped.get("duplicate statement merged", 0) >= 1


def test_pro_adverb_objects_are_dropped_and_counted() -> None:
    result = _extract(p.THERE, p.THERE_ENTS, p.THERE_TAGS)
    assert [s for s in result.statements if s.object.label == "there"] == []
    assert result.dropped == {"object is a pro-adverb (there)": 1}


def test_curly_apostrophe_contractions_get_their_lemma() -> None:
    doc = make_doc(p.CONTRACTED, ents=p.CONTRACTED_ENTS)
    lemmas = {t.relation.text: t.lemma for t in clause_triples(doc[:])}
    assert lemmas["’s"] == "be"
    result = _extract(p.CONTRACTED, p.CONTRACTED_ENTS, p.CONTRACTED_TAGS)
    copula = next(s for s in result.statements if s.rule == "clause:copula")
    assert copula.relation == "be"
    assert copula.relation_text == "’s"


def test_the_us_is_a_country_not_the_pronoun_us() -> None:
    # Without its GPE tag, "US" used to be read as the pronoun "us" and dropped.
    untagged = [ent for ent in p.THE_US_ENTS if ent[2] != "GPE"]
    result = _extract(p.THE_US, untagged, p.THE_US_TAGS)
    [lash] = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert lash.object_text == "the US"
    assert "object is an unresolved pronoun" not in result.dropped


def test_a_name_the_actor_resolver_refused_keeps_its_recogniser_type() -> None:
    # An all-caps "US" is no pronoun "us": as a target it is the place it names (the
    # actor resolver now knows it as the United States; the fallback kept it before).
    result = _extract(p.THE_US, p.THE_US_ENTS, p.THE_US_TAGS)
    [lash] = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert lash.object.id is not None
    assert (lash.object.label, lash.object.type) == ("United States", "place")
