"""Caused acts, judgements attributed by "according to" or a speech verb with its own
object, and participle holders of stance nouns (frozen parses, no model)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Statement
from tests.extract import stance_parses_caused as p
from tests.extract import stance_parses_sources as sources
from tests.extract.tagged import extract_tagged

_extract = extract_tagged


def _stances(statements: Sequence[Statement]) -> list[tuple[str, str | None, str]]:
    return sorted(
        (s.subject.label, s.stance, s.object.label) for s in statements if s.stance is not None
    )


def test_a_caused_act_is_held_by_the_causatives_object() -> None:
    # "..., prompting Democrats to accuse them of obstruction": the Democrats accuse.
    result = _extract(p.PROMPTED, p.PROMPTED_ENTS, p.PROMPTED_TAGS)
    accusing = [s for s in result.statements if s.cue == "accuse" and s.stance is not None]
    assert [(s.subject.label, s.stance, s.rule) for s in accusing] == [
        ("Democrats", "DISAPPROVE", "stance:controlled")
    ]
    assert accusing[0].object.label == "Republicans"


def test_according_to_a_speaker_the_clause_judges_its_subject() -> None:
    # "Trump lied about the economy, according to Pelosi" -> Pelosi DISAPPROVE Trump.
    result = _extract(p.ACCORDING, p.ACCORDING_ENTS, p.ACCORDING_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":attributed:evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
    )
    assert (judged.relation, judged.cue, judged.speech) == (
        "according to lie",
        "lie",
        "according-to",
    )


def test_a_speech_verb_with_its_own_object_still_reports_a_judgement() -> None:
    # "Trump has done a terrible job, Pelosi told reporters": the judgement is Pelosi's,
    # though the clause rules read "told" with the object "reporters".
    result = _extract(p.TOLD, p.TOLD_ENTS, p.TOLD_TAGS)
    assert ("Pelosi", "DISAPPROVE", "Trump") in _stances(result.statements)
    [judged] = [s for s in result.statements if s.rule.endswith(":attributed:evaluation")]
    assert (judged.relation, judged.subject_text) == ("tell terrible", "Pelosi")


def test_a_clause_with_its_own_stance_is_not_judged_by_its_source() -> None:
    # "Trump expressed support for the tax, according to Carper": Trump's own stance
    # (attributed to Carper); "support" is no judgement of Trump by Carper.
    result = _extract(p.EXPRESSED, p.EXPRESSED_ENTS, p.EXPRESSED_TAGS)
    assert ("Trump", "SUPPORT", "support for the tax") in _stances(result.statements)
    assert not [s for s in result.statements if s.rule.endswith(":attributed:evaluation")]


def test_the_agent_of_a_participle_holds_the_stance_noun_it_describes() -> None:
    # "the allegations against Trump made by Schumer" -> Schumer DISAPPROVE Trump.
    result = _extract(p.ALLEGATIONS, p.ALLEGATIONS_ENTS, p.ALLEGATIONS_TAGS)
    nominal = [s for s in result.statements if s.rule == "nominal:event"]
    assert [(s.subject.label, s.stance, s.object.label) for s in nominal] == [
        ("Schumer", "DISAPPROVE", "Trump")
    ]


def test_a_parenthetical_speech_verb_attributes_the_clause_it_interrupts() -> None:
    # "Trump, Pelosi said, has done a terrible job" -> Pelosi DISAPPROVE Trump.
    result = _extract(p.INTERRUPTED, p.INTERRUPTED_ENTS, p.INTERRUPTED_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":attributed:evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
    )
    assert judged.attributed_to is not None and judged.attributed_to.label == "Pelosi"


def test_a_quoted_pronoun_is_whom_the_speaker_speaks_of() -> None:
    # "“He is a terrible president,” Pelosi said of Trump" -> Pelosi DISAPPROVE Trump.
    result = _extract(p.SAID_OF, p.SAID_OF_ENTS, p.SAID_OF_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":attributed:evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label, judged.cue) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
        "terrible",
    )


def test_the_agent_of_a_participle_adjunct_holds_towards_the_clauses_subject() -> None:
    # "Trump, backed by Pelosi, won the vote" -> Pelosi SUPPORT Trump.
    result = _extract(p.BACKED, p.BACKED_ENTS, p.BACKED_TAGS)
    assert _stances(result.statements) == [("Pelosi", "SUPPORT", "Trump")]
    [backed] = [s for s in result.statements if s.stance is not None]
    assert (backed.rule, backed.relation) == ("stance:controlled:passive", "back")


def test_a_reflexive_object_leaves_the_target_to_the_cues_preposition() -> None:
    # "Trump has distanced himself from Pelosi" -> Trump REJECT Pelosi (not himself).
    result = _extract(p.DISTANCED, p.DISTANCED_ENTS, p.DISTANCED_TAGS)
    assert _stances(result.statements) == [("Trump", "REJECT", "Pelosi")]


def test_an_appeal_to_reject_someone_is_the_appealers_rejection_of_them() -> None:
    # "Trump urged voters to reject Pelosi" -> Trump REJECT Pelosi besides the appeal,
    # though the frame took Pelosi (not the unnamed voters) as the appeal's target.
    result = _extract(p.URGED, p.URGED_ENTS, p.URGED_TAGS)
    advocated = [s for s in result.statements if s.rule.endswith(":advocated")]
    assert [(s.subject.label, s.stance, s.object.label) for s in advocated] == [
        ("Trump", "REJECT", "Pelosi")
    ]


def test_a_good_thing_harmed_counts_against_whoever_harms_it() -> None:
    # "A Trump retreat would damage trust, Pelosi says": "trust" is good, but damaged.
    result = _extract(p.HARMED, p.HARMED_ENTS, p.HARMED_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label, judged.cue) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
        "damage",
    )


def test_the_named_members_of_a_role_hold_its_stance() -> None:
    # "Trump's critics, including Pelosi, met on Monday" -> Pelosi DISAPPROVE Trump.
    result = _extract(p.MEMBERS, p.MEMBERS_ENTS, p.MEMBERS_TAGS)
    [member] = [s for s in result.statements if s.rule == "nominal:members"]
    assert (member.subject.label, member.stance, member.object.label, member.cue) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
        "critic of",
    )


def test_an_adjective_named_through_as_labels_the_object() -> None:
    # "Trump, who Pelosi described as dangerous, spoke": the parser hangs "dangerous"
    # from "as" -> Pelosi DISAPPROVE Trump (the relative pronoun's antecedent).
    result = _extract(p.DESCRIBED, p.DESCRIBED_ENTS, p.DESCRIBED_TAGS)
    assert _stances(result.statements) == [("Pelosi", "DISAPPROVE", "Trump")]
    [described] = [s for s in result.statements if s.stance is not None]
    assert (described.relation, described.cue) == ("describe", "dangerous")


def test_content_before_a_speech_verb_with_an_adjunct_is_judged_by_the_speaker() -> None:
    # "Trump is a great leader, Pelosi said in a statement" -> Pelosi SUPPORT Trump.
    result = _extract(p.IN_STATEMENT, p.IN_STATEMENT_ENTS, p.IN_STATEMENT_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":attributed:evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label, judged.relation) == (
        "Pelosi",
        "SUPPORT",
        "Trump",
        "say great",
    )


def test_content_after_a_speech_verb_with_an_adjunct_is_left_to_the_speech_triple() -> None:
    # "Pelosi said from Brisbane that Trump is a great leader": no attributed reading.
    result = _extract(p.SAID_FROM, p.SAID_FROM_ENTS, p.SAID_FROM_TAGS)
    assert [s.rule for s in result.statements if s.rule.endswith(":attributed:evaluation")] == []


def test_what_should_be_done_to_a_passive_subject_judges_it() -> None:
    # "Trump must be punished, Pelosi said" -> Pelosi DISAPPROVE Trump.
    result = _extract(p.DEMANDED, p.DEMANDED_ENTS, p.DEMANDED_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label, judged.cue) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
        "punish",
    )


def test_a_phrasal_verb_of_what_should_be_done_counts_with_its_particle() -> None:
    # "Ohio prosecutors said Thompson should be locked up": "lock up" is the cue
    # (COERCE), "lock" alone is none.
    result = _extract(sources.LOCKED_UP, sources.LOCKED_UP_ENTS, sources.LOCKED_UP_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label) == (
        "Ohio prosecutors",
        "DISAPPROVE",
        "Thompson",
    )


def test_content_hung_from_the_adjunct_noun_is_judged_by_the_speaker() -> None:
    # "Pelosi said in a statement that Trump was reckless" -> Pelosi DISAPPROVE Trump.
    result = _extract(sources.STRANDED, sources.STRANDED_ENTS, sources.STRANDED_TAGS)
    [judged] = [s for s in result.statements if s.rule.endswith(":evaluation")]
    assert (judged.subject.label, judged.stance, judged.object.label) == (
        "Pelosi",
        "DISAPPROVE",
        "Trump",
    )


def test_a_plain_passive_subject_is_judged_by_nobody() -> None:
    # "Pelosi said Trump was arrested": Trump suffers; nobody judges him.
    result = _extract(p.PLAIN_PASSIVE, p.PLAIN_PASSIVE_ENTS, p.PLAIN_PASSIVE_TAGS)
    assert [s for s in result.statements if s.rule.endswith(":evaluation")] == []


def test_every_agent_of_a_passive_holds_its_stance() -> None:
    # "Obama was praised by Merkel and by Macron" / "... by Merkel and Macron".
    def holders(second_by: bool) -> list[str]:
        rows: list[tuple[str, str, str, int, str]] = [
            ("Obama", "PROPN", "nsubjpass", 2, "Obama"),
            ("was", "AUX", "auxpass", 2, "be"),
            ("praised", "VERB", "ROOT", 2, "praise"),
            ("by", "ADP", "agent", 2, "by"),
            ("Merkel", "PROPN", "pobj", 3, "Merkel"),
            ("and", "CCONJ", "cc", 3 if second_by else 4, "and"),
        ]
        tags = ["NNP", "VBD", "VBN", "IN", "NNP", "CC"]
        if second_by:
            rows += [("by", "ADP", "conj", 3, "by"), ("Macron", "PROPN", "pobj", 6, "Macron")]
            tags += ["IN", "NNP"]
        else:
            rows += [("Macron", "PROPN", "conj", 4, "Macron")]
            tags += ["NNP"]
        ents = [(0, 1, "PERSON"), (4, 5, "PERSON"), (len(rows) - 1, len(rows), "PERSON")]
        result = extract_tagged(rows, ents, tags)
        return sorted(s.subject.label for s in result.statements if s.stance == "SUPPORT")

    assert holders(second_by=True) == ["Macron", "Merkel"]
    assert holders(second_by=False) == ["Macron", "Merkel"]


def test_named_members_listed_with_a_holder_hold_its_stance_too() -> None:
    # "European leaders, including Macron and Scholz, criticised Orban."
    rows: list[tuple[str, str, str, int, str]] = [
        ("European", "ADJ", "amod", 1, "european"),
        ("leaders", "NOUN", "nsubj", 8, "leader"),
        (",", "PUNCT", "punct", 1, ","),
        ("including", "VERB", "prep", 1, "include"),
        ("Macron", "PROPN", "pobj", 3, "Macron"),
        ("and", "CCONJ", "cc", 4, "and"),
        ("Scholz", "PROPN", "conj", 4, "Scholz"),
        (",", "PUNCT", "punct", 1, ","),
        ("criticised", "VERB", "ROOT", 8, "criticise"),
        ("Orban", "PROPN", "dobj", 8, "Orban"),
    ]
    tags = ["JJ", "NNS", ",", "VBG", "NNP", "CC", "NNP", ",", "VBD", "NNP"]
    ents = [(0, 1, "NORP"), (4, 5, "PERSON"), (6, 7, "PERSON"), (9, 10, "PERSON")]
    result = extract_tagged(rows, ents, tags)
    assert _stances(result.statements) == [
        ("European leaders", "DISAPPROVE", "Orban"),
        ("Macron", "DISAPPROVE", "Orban"),
        ("Scholz", "DISAPPROVE", "Orban"),
    ]
