"""Content clauses hung from the noun of a speech verb's adjunct (frozen parses)."""

from __future__ import annotations

from kg.extract.clauses import clause_triples
from kg.extract.speech import speaker_token
from kg.extract.stranded import stranded_content
from tests.docs import make_doc
from tests.extract import stance_parses_sources as sources


def test_content_hung_from_the_adjunct_noun_is_the_speech_object() -> None:
    # "Pelosi said in a statement that Trump was reckless": the parser hangs the content
    # from "statement"; it is still what Pelosi said, and she is its speaker.
    doc = make_doc(sources.STRANDED, ents=sources.STRANDED_ENTS)
    content = stranded_content(doc[1])
    assert content is not None and content.i == 7
    said = next(clause_triples(doc[:]))
    assert (said.subject.text, said.relation.text) == ("Pelosi", "said that")
    assert said.arguments[0].text == "Trump was reckless"
    speaker = speaker_token(doc[7])
    assert speaker is not None and speaker.text == "Pelosi"


def test_a_clause_of_an_object_noun_is_no_content() -> None:
    # "Pelosi issued a statement that Google had attacked Microsoft" has no speech verb:
    # the clause stays a clause of its own, reported by nobody.
    doc = make_doc(sources.PERFECT_ACL, ents=sources.PERFECT_ACL_ENTS)
    assert stranded_content(doc[1]) is None
    assert speaker_token(doc[7]) is None
