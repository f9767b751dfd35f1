"""Coordination: split conjoined subjects, objects and verbs into triples of their own.

"Trump and Putin pledged cooperation" gives one triple per subject; "spoke with Abe,
Turnbull and Merkel" one per object; "imposed sanctions and expelled officials" lets
`expelled` share the subject of `imposed`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.tables import children_of

CONJUNCT_DEPS = frozenset({"conj"})
APPOSITION_DEPS = frozenset({"appos"})


def conjuncts(head: Token) -> Iterator[Token]:
    """The head and every token coordinated with it, in order ("A, B and C": A, B, C).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump spoke with Abe, Turnbull and Merkel.")
        >>> [t.text for t in conjuncts(doc[3])]
        ['Abe', 'Turnbull', 'Merkel']
    """
    yield head
    for child in children_of(head):
        if child.dep_ in CONJUNCT_DEPS or is_list_item(child):
            yield from conjuncts(child)


def is_list_item(token: Token) -> bool:
    """An apposition that is really the second item of a list.

    "any Assistant to the President, Deputy Assistant ..., and Special Assistant ...": the
    parser hangs "Deputy Assistant" as an apposition with "Special Assistant" as its own
    conjunct; a true apposition ("McConnell, a Kentucky Republican") has no conjunct.
    """
    return token.dep_ in APPOSITION_DEPS and any(
        child.dep_ in CONJUNCT_DEPS for child in children_of(token)
    )


def shared_head(predicate: Token) -> Token | None:
    """The verb whose subject a conjoined verb shares, if `predicate` is one.

    "The administration imposed sanctions and expelled officials": `expelled` -> `imposed`.
    """
    head = predicate.head
    if (
        predicate.dep_ in CONJUNCT_DEPS
        and head is not predicate
        and head.pos_ in {"VERB", "AUX", "ADJ"}
    ):
        return head
    return None
