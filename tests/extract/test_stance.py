"""The stance lexicon and stance types."""

from __future__ import annotations

import pytest

from kg.extract.stance import STANCE_TYPES, load_cues, lookup
from kg.extract.stance.lexicon import (
    CUE_KINDS,
    LexiconError,
    _parse_line,
    find_cue,
    intensifier_weight,
    load_lexicon,
)


def test_every_cue_names_a_known_stance() -> None:
    cues = load_cues()
    assert len(cues) > 50
    assert {stance.name for stance in cues.values()} <= set(STANCE_TYPES)


@pytest.mark.parametrize(
    ("lemma", "cue", "stance"),
    [
        ("call on", "call on", "APPEAL"),
        ("call", "call", "CONSULT"),
        ("pledge to cooperate in", "pledge", "AGREE"),
        ("criticize", "criticize", "DISAPPROVE"),
        ("speak with", "speak with", "CONSULT"),
        # "warplanes struck targets" is an attack, "workers struck for pay" a protest.
        ("strike", "strike", "ASSAULT"),
        ("strike for", "strike for", "PROTEST"),
        ("strike deal", "strike deal", "AGREE"),
    ],
)
def test_longest_cue_wins(lemma: str, cue: str, stance: str) -> None:
    found = lookup(lemma)
    assert found is not None
    assert (found[0], found[1].name) == (cue, stance)


def test_unknown_relation_has_no_stance() -> None:
    assert lookup("downplay") is None


def test_stance_polarities_follow_design_table() -> None:
    assert STANCE_TYPES["REJECT"].polarity == -1
    assert STANCE_TYPES["SUPPORT"].polarity == 1
    assert STANCE_TYPES["STATEMENT"].polarity == 0
    assert all(-10 <= s.intensity <= 10 for s in STANCE_TYPES.values())


def test_every_kind_has_cues_and_only_intensifiers_lack_a_stance() -> None:
    lexicon = load_lexicon()
    assert {kind for kind, _ in lexicon} == set(CUE_KINDS)
    for (kind, text), cue in lexicon.items():
        assert (cue.stance is None) == (kind == "intensifier"), text


@pytest.mark.parametrize(
    ("kind", "candidates", "cue", "stance"),
    [
        ("adj", ["opposed to", "opposed"], "opposed to", "REJECT"),
        ("noun", ["invasion of", "invasion"], "invasion of", "ASSAULT"),
        ("noun", ["call with", "call"], "call with", "CONSULT"),
        ("noun", ["call for", "call"], "call for", "APPEAL"),
        ("label", ["thug"], "thug", "DISAPPROVE"),
        ("role", ["critic of", "critic"], "critic of", "DISAPPROVE"),
        ("verb", ["point finger at", "point at", "point"], "point finger at", "DISAPPROVE"),
    ],
)
def test_first_matching_candidate_of_a_kind(
    kind: str, candidates: list[str], cue: str, stance: str
) -> None:
    found = find_cue(kind, candidates)  # type: ignore[arg-type]
    assert found is not None and found.stance is not None
    assert (found.text, found.stance.name) == (cue, stance)


def test_intensifiers_scale_and_other_adverbs_do_not() -> None:
    assert intensifier_weight("strongly") == 1.5
    assert intensifier_weight("reportedly") == 1.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("oppose\tHATE\tverb\t", "unknown stance 'HATE'"),
        ("oppose\tREJECT\tadverb\t", "unknown kind 'adverb'"),
        ("very\tREJECT\tintensifier\t2", "intensifiers take stance -"),
        ("very\t-\tintensifier\tlots", "weight 'lots' is not a number"),
    ],
)
def test_bad_lexicon_lines_name_the_line_and_the_fix(line: str, message: str) -> None:
    with pytest.raises(LexiconError, match=r"cues\.tsv:7: ") as error:
        _parse_line(7, line)
    assert message in str(error.value)
