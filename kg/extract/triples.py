"""Sentence-level extraction records: phrases and subject-relation-object triples.

A `Triple` is what the Open IE stage finds in one sentence, before actors are resolved
and stances typed. Its phrases hold doc token indices, so later stages can go back to
the parse (heads, entities, lemmas) and to character offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.tables import offsets_of


@dataclass(frozen=True, slots=True)
class Phrase:
    """Tokens of one sentence (doc indices, ascending, maybe with gaps) read as a phrase.

    Attributes:
        tokens: The doc indices of the tokens, ascending.
        head: The doc index of the syntactic head of the phrase.
        text: The surface text, tokens joined with their original spacing.
    """

    tokens: tuple[int, ...]
    head: int
    text: str

    @classmethod
    def of(cls, doc: Doc, indices: Iterable[int], head: int) -> Phrase:
        ordered = tuple(sorted(set(indices)))
        return cls(ordered, head, join_tokens(doc, ordered))

    def char_span(self, doc: Doc) -> tuple[int, int]:
        """The character offsets from the first to the end of the last token."""
        return doc[self.tokens[0]].idx, doc[self.tokens[-1]].idx + len(doc[self.tokens[-1]])


@dataclass(frozen=True, slots=True)
class Triple:
    """One extraction: subject, relation, and one or more further arguments.

    Attributes:
        subject: Who or what the clause is about (arg1).
        relation: The relation's surface tokens ("pledged to cooperate in").
        lemma: The normalised relation: lemmas, lowercase ("pledge to cooperate in").
        arguments: The objects and prepositional/adverbial arguments (arg2, arg3...).
        predicate: Doc index of the main predicate token (the verb, noun or adjective
            that carries the meaning; stance cues are looked up on it).
        rule: The rule family and construction that produced it, e.g. `clause:svo`.
        confidence: 0..1, graded by the rule and parse features.
        negated: The predicate is negated ("did not discuss").
        speaker: For reported speech, who said it ("X said that ..." gives the content
            clause its own triple with X as speaker).
        context: Further qualifiers of the whole triple (time, place, condition).
    """

    subject: Phrase
    relation: Phrase
    lemma: str
    arguments: tuple[Phrase, ...]
    predicate: int
    rule: str
    confidence: float
    negated: bool = False
    speaker: Phrase | None = None
    context: tuple[Phrase, ...] = field(default=())

    @property
    def object(self) -> Phrase | None:
        return self.arguments[0] if self.arguments else None


def join_tokens(doc: Doc, indices: Iterable[int]) -> str:
    """Join tokens with their own trailing whitespace, a single space across gaps.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Trump has said so.")
        >>> join_tokens(doc, [0, 2, 3])
        'Trump said so'
    """
    text, starts = offsets_of(doc)
    parts: list[str] = []
    previous = -2
    for index in indices:
        if parts and index != previous + 1:
            parts.append(" ")
        parts.append(text[starts[index] : starts[index + 1]])  # the token's text_with_ws
        previous = index
    return " ".join("".join(parts).split())
