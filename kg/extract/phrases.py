"""Build argument phrases from the dependency parse: minimal but complete.

An argument is the subtree of its head, minus what belongs elsewhere: relative clauses
and appositions (they get their own triples), conjuncts (split into triples of their
own), and punctuation or dangling conjunctions left at the edges.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.conjunctions import conjuncts, is_list_item
from kg.extract.tables import children_of
from kg.extract.triples import Phrase

__all__ = ["argument", "argument_tokens", "conjuncts", "trim_edges"]

# Dependents whose subtree is not part of the argument they hang from.
#   relcl: "a thug [who seeks to undermine ...]"; appos: "McConnell, [a Kentucky Republican]"
DETACHED_DEPS = frozenset({"relcl", "appos", "parataxis"})
# Coordination inside a noun phrase: "Trump [and] [Putin]".
COORDINATION_DEPS = frozenset({"cc", "conj", "preconj"})
# Tokens that may not start or end an argument.
EDGE_TRIM_DEPS = frozenset({"punct", "cc", "prep", "mark", "case"})
# Quotes stay at an edge when the phrase holds their partner: "the `` Five Lucky Stars ''".
OPENING_QUOTES = frozenset({"``", "`", "“", "‘"})
CLOSING_QUOTES = frozenset({"''", "'", "”", "’"})
QUOTES = OPENING_QUOTES | CLOSING_QUOTES


def argument_tokens(
    head: Token, *, split_conjuncts: bool = True, exclude: Collection[int] = ()
) -> list[int]:
    """Doc indices of the argument headed by `head`, trimmed at the edges.

    Args:
        head: The head token of the argument (a noun, a verb of a clause...).
        split_conjuncts: Leave out `head`'s own conjuncts ("Trump and Putin" gives
            "Trump" only); `conjuncts` then yields each of them.
        exclude: Tokens whose subtrees are left out too (the predicate of a participle
            that modifies its own subject: "men [preparing to invade]").

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump and Putin, who met in July, agreed.")
        >>> [doc[i].text for i in argument_tokens(doc[0])]
        ['Trump']
        >>> [doc[i].text for i in argument_tokens(doc[0], split_conjuncts=False)]
        ['Trump', 'and', 'Putin']
    """
    # One walk down the tree that does not enter what is left out.
    indices = [head.i]
    stack = [
        child
        for child in children_of(head)
        if not (split_conjuncts and (child.dep_ in COORDINATION_DEPS or is_list_item(child)))
    ]
    while stack:
        token = stack.pop()
        if token.i in exclude or (token.dep_ in DETACHED_DEPS and not is_list_item(token)):
            continue
        indices.append(token.i)
        stack.extend(children_of(token))
    indices.sort()
    return trim_edges(head, indices)


def trim_edges(head: Token, indices: list[int]) -> list[int]:
    """Drop punctuation, dangling conjunctions and prepositions at either edge."""
    doc = head.doc
    while indices and indices[0] != head.i and _trimmable(doc[indices[0]], indices):
        indices.pop(0)
    while indices and indices[-1] != head.i and _trimmable(doc[indices[-1]], indices):
        indices.pop()
    return indices


def _trimmable(token: Token, indices: list[int]) -> bool:
    if token.text in QUOTES and _balanced_quote(token, indices):
        return False
    return token.dep_ in EDGE_TRIM_DEPS or token.is_punct or token.is_space


def _balanced_quote(token: Token, indices: list[int]) -> bool:
    words = [token.doc[i].text for i in indices]
    if token.text in OPENING_QUOTES:
        return any(word in CLOSING_QUOTES for word in words[1:])
    return any(word in OPENING_QUOTES for word in words[:-1])


def argument(head: Token, *, split_conjuncts: bool = True, exclude: Collection[int] = ()) -> Phrase:
    """The argument headed by `head` as a `Phrase`."""
    indices = argument_tokens(head, split_conjuncts=split_conjuncts, exclude=exclude)
    return Phrase.of(head.doc, indices, head.i)
