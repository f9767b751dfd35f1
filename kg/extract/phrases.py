"""Build argument phrases from the dependency parse: minimal but complete.

An argument is the subtree of its head, minus what belongs elsewhere: relative clauses
and appositions (they get their own triples), conjuncts (split into triples of their
own), and punctuation or dangling conjunctions left at the edges.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.triples import Phrase

# Dependents whose subtree is not part of the argument they hang from.
#   relcl: "a thug [who seeks to undermine ...]"; appos: "McConnell, [a Kentucky Republican]"
DETACHED_DEPS = frozenset({"relcl", "appos", "parataxis"})
# Coordination inside a noun phrase: "Trump [and] [Putin]".
COORDINATION_DEPS = frozenset({"cc", "conj", "preconj"})
# Tokens that may not start or end an argument.
EDGE_TRIM_DEPS = frozenset({"punct", "cc", "prep", "mark", "case"})


def argument_tokens(head: Token, *, split_conjuncts: bool = True) -> list[int]:
    """Doc indices of the argument headed by `head`, trimmed at the edges.

    Args:
        head: The head token of the argument (a noun, a verb of a clause...).
        split_conjuncts: Leave out `head`'s own conjuncts ("Trump and Putin" gives
            "Trump" only); `conjuncts` then yields each of them.
    """
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in DETACHED_DEPS or (split_conjuncts and child.dep_ in COORDINATION_DEPS):
            skip.update(token.i for token in child.subtree)
    for token in head.subtree:
        if token.i != head.i and token.dep_ in DETACHED_DEPS:
            skip.update(inner.i for inner in token.subtree)
    indices = [token.i for token in head.subtree if token.i not in skip]
    return trim_edges(head, indices)


def trim_edges(head: Token, indices: list[int]) -> list[int]:
    """Drop punctuation, dangling conjunctions and prepositions at either edge."""
    doc = head.doc
    while indices and indices[0] != head.i and _trimmable(doc[indices[0]]):
        indices.pop(0)
    while indices and indices[-1] != head.i and _trimmable(doc[indices[-1]]):
        indices.pop()
    return indices


def _trimmable(token: Token) -> bool:
    return token.dep_ in EDGE_TRIM_DEPS or token.is_punct or token.is_space


def argument(head: Token, *, split_conjuncts: bool = True) -> Phrase:
    """The argument headed by `head` as a `Phrase`."""
    return Phrase.of(head.doc, argument_tokens(head, split_conjuncts=split_conjuncts), head.i)


def conjuncts(head: Token) -> Iterator[Token]:
    """The head and every token coordinated with it ("A, B and C" gives A, B, C)."""
    yield head
    for child in head.children:
        if child.dep_ == "conj":
            yield from conjuncts(child)
