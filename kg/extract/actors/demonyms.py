"""Demonyms and party labels: "Russian" is about Russia, "Democrats" a group of them.

NER tags these NORP. A demonym that modifies a noun links that noun to its place:
"Russian attempts" is about Russia, "Russian hackers" are a group linked to Russia,
"French President Francois Hollande" is linked to France. A plural demonym that heads
its noun phrase is a group actor: "the Russians", "Democrats".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.actors.groups import is_plural
from kg.extract.actors.lexicon import Actor, demonyms
from kg.extract.actors.names import fold
from kg.extract.tables import ents_of, texts_of, tokens_of
from kg.ids import normalize_text

# A demonym in these relations modifies its head: "[Russian] hackers", "[U.S.] election".
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
LEADING_WORDS = frozenset({"the", "a", "an", "some", "many", "most", "all", "both"})


@dataclass(frozen=True, slots=True)
class DemonymMention:
    """A demonym in the text.

    Attributes:
        start: Doc index of its first token.
        end: Doc index after it.
        text: As written ("Russian").
        actor: The place or party it names, when the curated table knows it.
        modifies: Doc index of the noun it modifies, when it is a modifier.
        group_label: For a plural demonym heading its phrase, the group's label
            ("Russians"); None otherwise.
        head: Doc index of its syntactic head token (the demonym itself).
    """

    start: int
    end: int
    text: str
    actor: Actor | None
    modifies: int | None
    group_label: str | None
    head: int


def find_demonyms(doc: Doc, taken: set[int]) -> list[DemonymMention]:
    """NORP spans, and tokens the curated table knows as demonyms, outside `taken` tokens.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Russian hackers attacked. The Democrats objected.")
        >>> [(d.text, d.actor.label, d.group_label) for d in find_demonyms(doc, set())]
        [('Russian', 'Russia', None), ('Democrats', 'Democratic Party', 'Democrats')]
    """
    found: list[DemonymMention] = []
    covered: set[int] = set(taken)
    for ent in ents_of(doc):
        if ent.label_ != "NORP" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        mention = _demonym(doc, ent.start, ent.end)
        if mention is not None:
            found.append(mention)
            covered.update(range(ent.start, ent.end))
    for token, text in zip(tokens_of(doc), texts_of(doc), strict=True):
        if token.i in covered or not text[:1].isupper() or token.ent_type_:
            continue
        if fold(text) in demonyms() and token.pos_ in {"ADJ", "PROPN", "NOUN"}:
            mention = _demonym(doc, token.i, token.i + 1)
            if mention is not None:
                found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _demonym(doc: Doc, start: int, end: int) -> DemonymMention | None:
    span = doc[start:end]
    while start < end and doc[start].lower_ in LEADING_WORDS:
        start += 1
    if start >= end:
        return None
    span = doc[start:end]
    head = span.root
    text = normalize_text(span.text)
    actor = demonyms().get(fold(text))
    if head.dep_ in MODIFIER_DEPS and head.head.i >= end:
        return DemonymMention(start, end, text, actor, head.head.i, None, head.i)
    if _is_plural_noun(head):
        return DemonymMention(start, end, text, actor, None, text, head.i)
    if actor is not None and head.dep_ in MODIFIER_DEPS:
        return DemonymMention(start, end, text, actor, head.head.i, None, head.i)
    return None


def _is_plural_noun(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and is_plural(token)
