"""Pleonastic "it": "it is likely that ...", "it doesn't matter that ..." refers to nothing."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.tables import children_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Pleonastic "it": "it is likely that ...", "it seems ...", "it doesn't matter that ...".
PLEONASTIC_VERBS = frozenset(
    {"be", "seem", "appear", "matter", "happen", "look", "take", "remain", "come", "turn"}
)
PLEONASTIC_COMPLEMENTS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})


def is_pleonastic(pronoun: Token) -> bool:
    """ "It" without a referent: "it is likely that ...", "it doesn't matter that ...".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("It", "PRON", "nsubj", 1, "it"),
        ...                 ("matters", "VERB", "ROOT", 1, "matter"),
        ...                 ("that", "SCONJ", "mark", 4, "that"), ("he", "PRON", "nsubj", 4, "he"),
        ...                 ("left", "VERB", "ccomp", 1, "leave")])
        >>> is_pleonastic(doc[0])
        True
    """
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECT_DEPS:
        return False
    verb = pronoun.head
    if verb.lemma_ not in PLEONASTIC_VERBS:
        return False
    return any(child.dep_ in PLEONASTIC_COMPLEMENTS for child in children_of(verb))
