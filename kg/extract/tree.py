"""The dependency tree's children, made once per document.

spaCy's `Token.children` walks every token between the token's left and right edge and
makes a new `Token` for each child, on every call: for a sentence's root that is the
whole sentence. The rule families ask for the children of the same tokens again and
again (a predicate's subject, objects, prepositions, particles...), so the children of
every token of a document are listed once, in one pass over its tokens, and looked up by
index after that. The table is kept for the last document asked about only (the rules
work on one document at a time); it holds the document, so its identity cannot be
reused by another.

Example:
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Trump", "called", "Putin"],
    ...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> [t.text for t in children_of(doc[1])], children_of(doc[0])
    (['Trump', 'Putin'], ())
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_NO_CHILDREN: tuple[Token, ...] = ()
# (document, children of each of its tokens by index): the last document asked about.
_last: tuple[Doc | None, list[tuple[Token, ...]]] = (None, [])


def children_of(token: Token) -> tuple[Token, ...]:
    """The token's syntactic children in text order, as `Token.children` gives them."""
    global _last
    doc = token.doc
    known, table = _last
    if known is not doc:
        table = children_table(doc)
        _last = (doc, table)
    return table[token.i]


def children_table(doc: Doc) -> list[tuple[Token, ...]]:
    """The children of every token of `doc`, by token index, in text order."""
    found: list[list[Token]] = [[] for _ in range(len(doc))]
    for token in doc:
        head = token.head.i
        if head != token.i:
            found[head].append(token)
    return [tuple(each) if each else _NO_CHILDREN for each in found]
