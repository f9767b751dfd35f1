"""Reported speech: who said the clause a predicate belongs to.

"Spicer said that no decision has been made" -> the clause "no decision has been made"
is reported content, spoken by Spicer. "“I’m opposed ...,” McConnell said" -> the quote
is spoken by McConnell.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clauses import SPEECH_LEMMAS, SUBJECT_DEPS

# Dependencies through which a content clause hangs from its speech verb.
CONTENT_DEPS = frozenset({"ccomp", "conj", "parataxis"})


def speech_verb(predicate: Token) -> Token | None:
    """The verb of saying whose content clause contains `predicate`, if any.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Spicer said that no decision has been made.")
        >>> speech_verb(doc[7]).text
        'said'
    """
    token = predicate
    while token.dep_ in CONTENT_DEPS and token.head is not token:
        head = token.head
        if token.dep_ in {"ccomp", "parataxis"} and head.lemma_ in SPEECH_LEMMAS:
            return head
        token = head
    return None


def speaker_token(predicate: Token) -> Token | None:
    """The subject of the speech verb that reports `predicate`'s clause, if any."""
    verb = speech_verb(predicate)
    if verb is None:
        return None
    return next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
