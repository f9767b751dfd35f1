"""The stance lexicon and stance types."""

from __future__ import annotations

import pytest

from kg.extract.stance import STANCE_TYPES, load_cues, lookup


def test_every_cue_names_a_known_stance() -> None:
    cues = load_cues()
    assert len(cues) > 50
    assert {stance.name for stance in cues.values()} <= set(STANCE_TYPES)


@pytest.mark.parametrize(
    ("lemma", "cue", "stance"),
    [
        ("call on", "call on", "APPEAL"),
        ("call", "call", "CONSULT"),
        ("be opposed to", "be opposed to", "REJECT"),
        ("pledge to cooperate in", "pledge", "AGREE"),
        ("criticize", "criticize", "DISAPPROVE"),
        ("speak with", "speak with", "CONSULT"),
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
