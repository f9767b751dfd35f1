"""Where a predicate's target may be: its objects and target-preposition objects.

A verb's object and the objects of prepositions that can name a target ("criticise X
for Y", "agree with X on Y") are its target arguments; prepositions of time, place or
source ("in", "during", "according to") are not. An encounter the clause happens in
gives a counterpart: "[In the call with Merkel], Trump agreed on X" -> Merkel.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.tables import children_of

OBJECT_DEPS = frozenset({"dobj", "dative"})
# Prepositions whose object can be the target; others (in, during, after, according
# to, ...) give time, place or source.
TARGET_PREPS = frozenset(
    {
        "on",
        "with",
        "to",
        "against",
        "for",
        "of",
        "from",
        "over",
        "about",
        "toward",
        "towards",
        "into",
        "at",
        "upon",
        "behind",
        "by",
    }
)
# Encounter nouns whose "with" object is the counterpart of what is agreed or said there:
# "[In the call with Merkel], Trump agreed on ...".
ENCOUNTER_NOUNS = frozenset(
    {"call", "meeting", "talk", "conversation", "summit", "visit", "negotiation", "phone"}
)
ENCOUNTER_PREPS = frozenset({"in", "during", "at"})


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition, a noun or a gerund ("about [leaving]")."""
    return next((c for c in children_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)


def target_arguments(word: Token) -> Iterator[Token]:
    """Heads of the word's object and target-preposition arguments, in priority order."""
    yield from (c for c in children_of(word) if c.dep_ in OBJECT_DEPS)
    for child in children_of(word):
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and (pobj := prep_object(child)):
            yield pobj


def verb_targets(word: Token) -> list[Token]:
    """A verb's own object and target-preposition arguments, best first.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("They attacked Republicans over taxes.")
        >>> [t.text for t in verb_targets(doc[1])]
        ['Republicans', 'taxes']
    """
    return list(target_arguments(word))


def chain_objects(chain: list[Token]) -> Iterator[Token]:
    """The direct and dative objects of every word in a predicate chain."""
    return (c for word in chain for c in children_of(word) if c.dep_ in OBJECT_DEPS)


def encounter_counterparts(word: Token) -> Iterator[Token]:
    """The other side of an encounter the clause happens in ("in the call [with X]")."""
    for child in children_of(word):
        if child.dep_ != "prep" or child.lower_ not in ENCOUNTER_PREPS:
            continue
        encounter = prep_object(child)
        if encounter is None or encounter.lemma_.lower() not in ENCOUNTER_NOUNS:
            continue
        for inner in children_of(encounter):
            if inner.dep_ == "prep" and inner.lower_ == "with" and (other := prep_object(inner)):
                yield other
