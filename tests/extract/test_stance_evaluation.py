"""Reported judgements, raised subjects and authored texts on frozen parses (no model)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kg.extract.document import DocumentExtraction
from kg.extract.stance.evaluation import judgement, word_valence
from kg.model import Statement
from tests.docs import make_doc
from tests.extract import stance_parses as p
from tests.extract.tagged import Row, extract_tagged

_extract = extract_tagged


def _judgements(result: DocumentExtraction) -> list[Statement]:
    return [s for s in result.statements if s.rule.endswith(":evaluation")]


def test_reported_judgement_is_held_by_the_speaker_towards_the_content_subject() -> None:
    [judged] = _judgements(_extract(p.JUDGED, p.JUDGED_ENTS, p.JUDGED_TAGS))
    assert (judged.subject.label, judged.object.label) == ("John Redwood", "Bank")
    assert (judged.stance, judged.polarity, judged.cue) == ("DISAPPROVE", -1, "wrong")
    assert judged.relation == "say wrong"
    assert judged.rule == "clause:speech:evaluation"


def test_judgement_before_the_speaker_reads_the_same_way() -> None:
    result = _extract(p.JUDGED_AFTER, p.JUDGED_AFTER_ENTS, p.JUDGED_AFTER_TAGS)
    [judged] = _judgements(result)
    assert (judged.subject.label, judged.object.label) == ("Juncker", "Merkel")
    assert (judged.stance, judged.cue) == ("SUPPORT", "excellent")


def test_negated_evaluative_word_turns_the_judgement_around() -> None:
    result = _extract(p.JUDGED_NEGATED, p.JUDGED_NEGATED_ENTS, p.JUDGED_NEGATED_TAGS)
    [judged] = _judgements(result)
    assert (judged.subject.label, judged.object.label) == ("Craig", "Arlene")
    assert (judged.stance, judged.cue) == ("DISAPPROVE", "good")


def test_a_judgement_is_less_sure_than_the_clause_it_is_read_from() -> None:
    result = _extract(p.JUDGED, p.JUDGED_ENTS, p.JUDGED_TAGS)
    [judged] = _judgements(result)
    said = next(s for s in result.statements if s.rule == "clause:speech")
    assert judged.confidence < said.confidence


def test_a_passive_subject_suffers_and_is_not_judged() -> None:
    doc = make_doc(p.VICTIM, ents=p.VICTIM_ENTS)
    assert judgement(doc[5]) is None
    result = _extract(p.VICTIM, p.VICTIM_ENTS, p.VICTIM_TAGS)
    assert _judgements(result) == []


def test_a_stance_verb_in_the_content_is_its_own_subjects_stance() -> None:
    # "Obama released a statement criticizing Ted Cruz": the content verb "criticize"
    # scores nothing as an evaluation of its subject (DESIGN §4: B -> C, not A -> B).
    doc = make_doc(p.RELEASED, ents=p.RELEASED_ENTS)
    assert word_valence(doc[4]) == 0.0
    assert word_valence(doc[3]) == 0.0


def test_content_with_its_own_stance_verb_reports_no_judgement_of_its_subject() -> None:
    # "Orban said Brussels tried to punish Hungary for defending its interests": the
    # speaker reports Brussels' act; "interests" does not make Orban praise Brussels.
    doc = make_doc(
        [
            ("Orban", "PROPN", "nsubj", 1, "Orban"),
            ("said", "VERB", "ROOT", 1, "say"),
            ("Brussels", "PROPN", "nsubj", 3, "Brussels"),
            ("tried", "VERB", "ccomp", 1, "try"),
            ("to", "PART", "aux", 5, "to"),
            ("punish", "VERB", "xcomp", 3, "punish"),
            ("Hungary", "PROPN", "dobj", 5, "Hungary"),
            ("for", "ADP", "prep", 5, "for"),
            ("defending", "VERB", "pcomp", 7, "defend"),
            ("its", "PRON", "poss", 10, "its"),
            ("interests", "NOUN", "dobj", 8, "interest"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "GPE"), (6, 7, "GPE")],
    )
    assert judgement(doc[3]) is None


def test_a_noun_for_a_friendly_act_is_no_verdict() -> None:
    # "Republicans walked away from a deal": "deal" (an AGREE noun) names an event;
    # "criticism" (a DISAPPROVE noun) still judges.
    doc = make_doc(
        [("deal", "NOUN", "ROOT", 0, "deal"), ("criticism", "NOUN", "conj", 0, "criticism")]
    )
    assert word_valence(doc[0]) == 0.0
    assert word_valence(doc[1]) < 0


@pytest.mark.parametrize(
    ("rows", "ents", "tags"),
    [(p.RAISED, p.RAISED_ENTS, p.RAISED_TAGS), (p.LIKELY, p.LIKELY_ENTS, p.LIKELY_TAGS)],
    ids=["are set to blame", "are more likely to blame"],
)
def test_raising_verbs_and_adjectives_pass_the_stance_to_their_subject(
    rows: Sequence[Row], ents: Sequence[tuple[int, int, str]], tags: Sequence[str]
) -> None:
    result = _extract(rows, ents, tags)
    blame = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert [(s.subject.label, s.object.label) for s in blame] == [
        ("Americans" if rows is p.RAISED else "Democrats", "Republicans")
    ]
    assert not blame[0].negated


def test_a_lawsuit_speaks_for_whoever_files_it() -> None:
    result = _extract(p.LAWSUIT, p.LAWSUIT_ENTS, p.LAWSUIT_TAGS)
    [accuse] = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert (accuse.subject.label, accuse.object.label) == ("Andrew Stone", "Karim Hutson")
    assert accuse.subject_text == "a lawsuit"


def test_a_text_speaks_for_its_maker_not_for_whoever_blocks_it() -> None:
    # "Democrats blocked a bill that criticized Obama": the bill is not the blockers';
    # "Democrats filed a bill that criticized Obama": it is theirs.
    def holders(verb: str, lemma: str) -> list[str]:
        rows = [
            ("Democrats", "PROPN", "nsubj", 1, "Democrats"),
            (verb, "VERB", "ROOT", 1, lemma),
            ("a", "DET", "det", 3, "a"),
            ("bill", "NOUN", "dobj", 1, "bill"),
            ("that", "PRON", "nsubj", 5, "that"),
            ("criticized", "VERB", "relcl", 3, "criticize"),
            ("Obama", "PROPN", "dobj", 5, "Obama"),
        ]
        tags = ["NNPS", "VBD", "DT", "NN", "WDT", "VBD", "NNP"]
        result = _extract(rows, [(0, 1, "NORP"), (6, 7, "PERSON")], tags)
        return [s.subject.label for s in result.statements if s.stance == "DISAPPROVE"]

    assert holders("blocked", "block") == []
    assert holders("filed", "file") == ["Democrats"]


def test_releasing_a_statement_is_no_concession() -> None:
    result = _extract(p.RELEASED, p.RELEASED_ENTS, p.RELEASED_TAGS)
    stances = sorted((s.subject.label, s.stance, s.object.label) for s in result.statements)
    assert stances == [
        ("Obama", "DISAPPROVE", "Ted Cruz"),
        ("Obama", "STATEMENT", "a statement criticizing Ted Cruz"),
    ]


@pytest.mark.parametrize(
    ("rows", "ents", "tags", "expected"),
    [
        (p.REPORT, p.REPORT_ENTS, p.REPORT_TAGS, ("Human Rights Watch", "Saudi Arabia")),
        (p.REPORT_FROM, p.REPORT_FROM_ENTS, p.REPORT_FROM_TAGS, ("State Department", "Clinton")),
    ],
    ids=["a Human Rights Watch report accused X", "a report from X was critical of Y"],
)
def test_a_report_speaks_for_its_named_author(
    rows: Sequence[Row],
    ents: Sequence[tuple[int, int, str]],
    tags: Sequence[str],
    expected: tuple[str, str],
) -> None:
    result = _extract(rows, ents, tags)
    [stance] = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert (stance.subject.label, stance.object.label) == expected


def test_a_name_the_recogniser_missed_is_still_an_actor() -> None:
    # The model tags "Clinton" but not "Sanders" in this sentence.
    result = _extract(p.UNTAGGED, p.UNTAGGED_ENTS, p.UNTAGGED_TAGS)
    [blast] = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert (blast.subject.id, blast.subject.label, blast.subject.type) == (
        "other/sanders",
        "Sanders",
        "other",
    )
    assert blast.object.label == "Clinton"
    assert [e.id for e in result.entities if e.type == "other"] == ["other/sanders"]


def test_a_missed_name_that_the_document_knows_is_that_entity() -> None:
    # "Bernie Sanders spoke. Sanders blasted Clinton.": the second "Sanders" is not
    # tagged, but it is the last word of exactly one entity's label.
    rows = [
        ("Bernie", "PROPN", "compound", 1, "Bernie"),
        ("Sanders", "PROPN", "nsubj", 2, "Sanders"),
        ("spoke", "VERB", "ROOT", 2, "speak"),
        (".", "PUNCT", "punct", 2, "."),
        ("Sanders", "PROPN", "nsubj", 5, "Sanders"),
        ("blasted", "VERB", "ROOT", 5, "blast"),
        ("Clinton", "PROPN", "dobj", 5, "Clinton"),
        (".", "PUNCT", "punct", 5, "."),
    ]
    tags = ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "NNP", "."]
    result = _extract(rows, [(0, 2, "PERSON"), (6, 7, "PERSON")], tags)
    [blast] = [s for s in result.statements if s.stance == "DISAPPROVE"]
    assert (blast.subject.label, blast.subject.type) == ("Bernie Sanders", "person")
    assert [e for e in result.entities if e.type == "other"] == []
