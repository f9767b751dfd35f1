"""Appositions: "Mitch McConnell, a Kentucky Republican" -> McConnell; is; a Kentucky Republican.

The relation has no word of its own in the sentence: it is the copula a reader supplies
("is", or "are" for a plural subject), with the lemma "be".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.confidence import apposition_confidence
from kg.extract.conjunctions import is_list_item
from kg.extract.phrases import argument
from kg.extract.triples import Phrase, Triple

APPOSITION_DEPS = frozenset({"appos"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def apposition_triples(sentence: Span) -> Iterator[Triple]:
    """Yield one "X is Y" triple per apposition in the sentence.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Mitch McConnell, a Kentucky Republican, spoke.")
        >>> [(t.subject.text, t.relation.text, t.object.text) for t in apposition_triples(doc[:])]
        [('Mitch McConnell', 'is', 'a Kentucky Republican')]
    """
    for token in sentence:
        if token.dep_ not in APPOSITION_DEPS or is_list_item(token):
            continue
        head = token.head
        if head.pos_ not in NOMINAL_POS or token.pos_ not in NOMINAL_POS:
            continue
        subject, description = _ordered(head, token)
        subject_phrase = argument(subject)
        description_phrase = argument(description)
        if not subject_phrase.tokens or not description_phrase.tokens:
            continue
        copula = "are" if subject.tag_ in PLURAL_TAGS else "is"
        lemma = "be"
        # "Murray, Utah": a place inside a larger place, not an identity.
        if token.ent_type_ in PLACE_ENTITIES and head.ent_type_ in PLACE_ENTITIES:
            copula, lemma = f"{copula} in", "be in"
        yield Triple(
            subject=subject_phrase,
            relation=Phrase((), token.i, copula),
            lemma=lemma,
            arguments=(description_phrase,),
            predicate=token.i,
            rule="apposition",
            confidence=apposition_confidence(len(sentence), subject_phrase, description_phrase),
        )


def _ordered(head: Token, apposition: Token) -> tuple[Token, Token]:
    """(named, description): "a Kentucky Republican, Mitch McConnell" names McConnell."""
    if apposition.pos_ == "PROPN" and head.pos_ != "PROPN":
        return apposition, head
    return head, apposition
