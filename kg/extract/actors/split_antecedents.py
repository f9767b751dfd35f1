"""Split antecedents: "they", "their" naming the two parties of their own sentence.

A plural pronoun with no plural referent before it in its sentence may name the two
actors its clause brings together: "Peru has issued an ultimatum to Ecuador to halt
attacks across their disputed border" -> Peru and Ecuador; "During their brief encounter,
Yanez warned Castile" -> Yanez and Castile. One party is the subject of the pronoun's
clause; the other is the one other actor of the same kind (person, place, organization)
in the sentence. With two or more such others it is ambiguous and the ordinary search
decides.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.actors.discourse import Referent
from kg.extract.tables import children_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Kinds of actor that make a pair of parties.
PARTY_CATEGORIES = frozenset({"person", "place", "organization"})
VERB_POS = frozenset({"VERB", "AUX"})
POSSESSIVE_DEPS = frozenset({"poss"})
# Clauses that hang below another clause's verb: "because they argue", "that they ...".
SUBORDINATE_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
# A preposition whose object is an argument of the verb above it.
PREPOSITION_DEPS = frozenset({"prep", "dative", "agent"})


def sentence_pair(
    pronoun: Token,
    by_head: dict[int, list[Referent]],
    sentence_index: int,
    agrees: Callable[[Referent], bool],
) -> Referent | None:
    """The two parties a plural pronoun names in its own sentence, else None.

    Args:
        pronoun: A plural third-person pronoun ("they", "them", "their").
        by_head: Referents by head token index.
        sentence_index: The pronoun's sentence.
        agrees: Whether a referent agrees with the pronoun's form (number, actor-ness).

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Peru", "PROPN", "nsubj", 1, "Peru"),
        ...                 ("warned", "VERB", "ROOT", 1, "warn"),
        ...                 ("Ecuador", "PROPN", "dobj", 1, "Ecuador"),
        ...                 ("over", "ADP", "prep", 1, "over"),
        ...                 ("their", "PRON", "poss", 5, "their"),
        ...                 ("border", "NOUN", "pobj", 3, "border")])
        >>> def place(i, name):
        ...     return Referent(i, i, i + 1, 0, (name,), False, "place", None, True, name)
        >>> by_head = {0: [place(0, "place/peru")], 2: [place(2, "place/ecuador")]}
        >>> sentence_pair(doc[4], by_head, 0, lambda r: r.plural).entity_ids
        ('place/peru', 'place/ecuador')
    """
    sentence = pronoun.sent
    in_sentence = [
        referent
        for token in sentence
        for referent in by_head.get(token.i, ())
        if referent.sentence == sentence_index
        and not referent.start <= pronoun.i < referent.end
        and token.i != pronoun.i
    ]
    if any(r.plural and agrees(r) and r.end <= pronoun.i for r in in_sentence):
        return None
    # A subject "they" of a clause below is the subject above it, or people outside the
    # passage, not a pair: "The Obama administration steered clear of attacking Assad's
    # regime because [they] argue ..." - never the administration and the regime.
    if pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ in SUBORDINATE_CLAUSE_DEPS:
        return None
    subject = _clause_subject(pronoun)
    if subject is None:
        return None
    party = _single_actor(by_head.get(subject.i, ()))
    if party is None or party.category not in PARTY_CATEGORIES:
        return None
    # The other party is named before the pronoun, unless the pronoun comes before the
    # subject too ("During their encounter, Yanez warned Castile").
    fronted = pronoun.i < subject.i
    others = {
        r.entity_ids[0]: r
        for r in in_sentence
        if _single_actor([r]) is r
        and (fronted or r.end <= pronoun.i)
        and r.category == party.category
        and r.entity_ids != party.entity_ids
    }
    if len(others) != 1:
        return None
    other = next(iter(others.values()))
    # Binding: "linking Abdeslam to [them]" - an object pronoun never includes a
    # co-argument of its own verb, so Abdeslam is not one of "them".
    if pronoun.dep_ not in POSSESSIVE_DEPS and _argument_verb(pronoun) in {
        _argument_verb(pronoun.doc[other.head]),
        _argument_verb(pronoun.doc[party.head]),
    }:
        return None
    first, second = sorted((party, other), key=lambda r: r.start)
    return Referent(
        party.head,
        first.start,
        second.end,
        sentence_index,
        (*first.entity_ids, *second.entity_ids),
        True,
        party.category,
        None,
        True,
        f"{first.text} and {second.text}",
    )


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun that has one."""
    node = pronoun
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in VERB_POS:
            subject = next((c for c in children_of(node) if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.i != pronoun.i:
                return subject
    return None


def _argument_verb(token: Token) -> int:
    """The verb a noun is an argument of, through a preposition ("linking X [to] them").

    A name in apposition counts as its noun: "linking [suspect] Salah Abdeslam".
    """
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in PREPOSITION_DEPS:
        head = head.head
    return head.i


def _single_actor(referents: list[Referent] | tuple[Referent, ...]) -> Referent | None:
    """The referent that is one named actor, if any."""
    for referent in referents:
        if len(referent.entity_ids) == 1 and not referent.plural:
            return referent
    return None
