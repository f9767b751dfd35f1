"""Prepositional arguments, and the preposition that belongs in the relation.

CaRB's gold, like a reader, keeps the preposition of an intransitive verb's first
argument in the relation ("spoke with | Merkel", "was born in | Hawaii", "were made up
of | ..."); further prepositional phrases are arguments of their own ("in 1941").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.tables import children_of

PREPOSITION_DEPS = frozenset({"prep", "agent"})
# What a preposition governs: a noun ("with Merkel") or a clause ("for forcing Graves out").
PREPOSITION_OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def preposition_object(prep: Token) -> Token | None:
    """The noun or clause a preposition governs, if any ("with [Merkel]").

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump spoke with Merkel.")
        >>> preposition_object(doc[2]).text
        'Merkel'
    """
    return next((c for c in children_of(prep) if c.dep_ in PREPOSITION_OBJECT_DEPS), None)


def prepositions(verbs: Iterable[Token]) -> list[Token]:
    """The prepositions hanging from any of `verbs` that govern something, in order."""
    found = [
        child
        for verb in verbs
        for child in children_of(verb)
        if child.dep_ in PREPOSITION_DEPS and preposition_object(child) is not None
    ]
    return sorted(found, key=lambda token: token.i)


def relation_preposition(verb: Token, candidates: list[Token]) -> Token | None:
    """The first preposition after the verb: it joins the relation ("spoke [with]").

    A fronted phrase ("In October 2008, Bond apologized to ...") stays an argument.
    """
    return next((prep for prep in candidates if prep.i > verb.i), None)


def adjective_preposition(adjective: Token) -> Token | None:
    """The preposition of a predicative adjective: "opposed [to]", "independent [from]"."""
    return next(
        (
            child
            for child in children_of(adjective)
            if child.dep_ == "prep" and preposition_object(child) is not None
        ),
        None,
    )
