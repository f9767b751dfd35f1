"""Stance constructions on real sentences of our own writing (real model).

One sentence per construction a rule was added for; the hand-built parses of the rule
tests pin the rule, these check that the model's parse of ordinary news wording
reaches it.
"""

from __future__ import annotations

import pytest

from kg.extract.document import extract_document
from kg.model import Document
from kg.nlp import load_pipeline

pytestmark = pytest.mark.model


def _stances(text: str) -> set[tuple[str, str, str]]:
    nlp = load_pipeline()
    result = extract_document(Document("d1", text), nlp(text))
    return {
        (s.subject.label, s.stance, s.object.label)
        for s in result.statements
        if s.stance not in (None, "STATEMENT") and not s.negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boeing came under fire from the Federal Aviation Administration over safety.",
            ("Federal Aviation Administration", "DISAPPROVE", "Boeing"),
        ),
        (
            "Senator Warren came under attack from Republicans on Tuesday.",
            ("Republicans", "DISAPPROVE", "Warren"),
        ),
        (
            "Swedish prosecutors said Mr. Halvorsen should be locked up for ten years.",
            ("Swedish prosecutors", "DISAPPROVE", "Halvorsen"),
        ),
        (
            "Governor Newsom took a swipe at Senator Hawley during the debate.",
            ("Newsom", "DISAPPROVE", "Hawley"),
        ),
        (
            "In a sharp rebuke of Beijing, Japan recalled its ambassador on Monday.",
            ("Japan", "DISAPPROVE", "Beijing"),
        ),
        (
            "Volkswagen has been the target of sharp criticism from the European Commission.",
            ("European Commission", "DISAPPROVE", "Volkswagen"),
        ),
        (
            "The opposition leader was branded a traitor by the ruling party of Hungary.",
            ("party of Hungary", "DISAPPROVE", "The opposition leader"),
        ),
        (
            "Senator Warren said in a statement that Boeing had been reckless.",
            ("Warren", "DISAPPROVE", "Boeing"),
        ),
        (
            "Senator Warren, one of Amazon's fiercest critics, spoke in Boston on Friday.",
            ("Warren", "DISAPPROVE", "Amazon"),
        ),
    ],
    ids=[
        "came under fire from X",
        "came under attack from X",
        "said Y should be locked up",
        "took a swipe at X",
        "in a rebuke of X, Y ...",
        "Y has been the target of criticism from X",
        "Y was branded a traitor by X",
        "X said in a statement that Y was reckless",
        "X, one of Y's fiercest critics, ...",
    ],
)
def test_construction_on_a_real_parse(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)
