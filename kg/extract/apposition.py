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
from kg.extract.tables import children_of, deps_of, sentence_tokens
from kg.extract.triples import Phrase, Triple

APPOSITION_DEPS = frozenset({"appos"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# A numeral that points into a group is a description too: "Pelosi, [one] of Trump's
# fiercest critics".
POINTER_NUMERALS = frozenset({"one"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Capitalised words that do not start a name: "I", "The", "And" at a line start.
NOT_NAME_POS = frozenset({"PRON", "DET", "CCONJ", "SCONJ", "PUNCT"})


def apposition_triples(sentence: Span) -> Iterator[Triple]:
    """Yield one "X is Y" triple per apposition in the sentence.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Mitch McConnell, a Kentucky Republican, spoke.")
        >>> [(t.subject.text, t.relation.text, t.object.text) for t in apposition_triples(doc[:])]
        [('Mitch McConnell', 'is', 'a Kentucky Republican')]
    """
    deps = deps_of(sentence.doc)
    for token in sentence_tokens(sentence):
        if deps[token.i] not in APPOSITION_DEPS or is_list_item(token):
            continue
        head = token.head
        if head.pos_ not in NOMINAL_POS or not _describes(token):
            continue
        subject, description = _ordered(head, token)
        subject_phrase = argument(subject)
        description_phrase = argument(description)
        if not subject_phrase.tokens or not description_phrase.tokens:
            continue
        if _title_of_next_name(description_phrase, subject_phrase, sentence):
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


def _describes(token: Token) -> bool:
    """A noun or name, or "one of" a group ("one of Trump's fiercest critics")."""
    if token.pos_ in NOMINAL_POS:
        return True
    return token.lower_ in POINTER_NUMERALS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)
    )


def _title_of_next_name(description: Phrase, subject: Phrase, sentence: Span) -> bool:
    """Whether the "description" is really the title of the name right after it.

    In a list of titled people the parser may hang the next title on the previous name:
    "counselor Stephen Bannon, chief of staff Reince Priebus, ..." parses "chief of staff"
    as an apposition of Bannon, while it is Priebus's title. A common-noun description
    followed at once by a name outside both phrases is such a title; "Kesey's son Zane"
    (the name is the subject) is a true apposition.
    """
    following = max(description.tokens) + 1
    if following >= sentence.end or following in subject.tokens:
        return False
    doc = sentence.doc
    return doc[description.head].pos_ == "NOUN" and _starts_a_name(doc[following])


def _starts_a_name(token: Token) -> bool:
    """A proper noun, or a capitalised word the tagger did not know ("Reince" as ADP)."""
    if token.pos_ == "PROPN":
        return True
    return token.is_title and token.pos_ not in NOT_NAME_POS


def _ordered(head: Token, apposition: Token) -> tuple[Token, Token]:
    """(named, description): "a Kentucky Republican, Mitch McConnell" names McConnell."""
    if apposition.pos_ == "PROPN" and head.pos_ != "PROPN":
        return apposition, head
    return head, apposition
