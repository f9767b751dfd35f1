"""Nominal holders: an actor noun anchored by a name is a group actor (frozen parses)."""

from __future__ import annotations

import pytest

from kg.extract.actors import resolve_actors
from kg.extract.stance.holders import resolve_holder
from tests.docs import make_doc


@pytest.mark.parametrize(
    ("noun", "lemma", "actor"),
    [
        ("strategists", "strategist", "Republican strategists"),
        ("monarchy", "monarchy", "Republican monarchy"),
        ("voters", "voter", "Republican voters"),
        ("plans", "plan", None),
    ],
)
def test_an_anchored_actor_noun_holds_a_stance(noun: str, lemma: str, actor: str | None) -> None:
    # "Republican strategists accused Obama": a named modifier anchors a people noun.
    doc = make_doc(
        [
            ("Republican", "ADJ", "amod", 1, "republican"),
            (noun, "NOUN", "nsubj", 2, lemma),
            ("accused", "VERB", "ROOT", 2, "accuse"),
            ("Obama", "PROPN", "dobj", 2, "Obama"),
        ],
        ents=[(0, 1, "NORP"), (3, 4, "PERSON")],
    )
    found = resolve_holder(doc[1], resolve_actors(doc))
    assert (found.label if found else None) == actor
