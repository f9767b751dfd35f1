"""The dependency path between two tokens, written for people (`kg explain`)."""

from __future__ import annotations

from spacy.tokens import Token


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    head = token.head
    while head.i != chain[-1].i:
        chain.append(head)
        head = head.head
    return chain


def dependency_path(source: Token, target: Token) -> str:
    """Up from `source` to the lowest common head, then down to `target`.

    Each step names the dependency: `<nsubj-` goes up from a dependent, `-dobj>` goes
    down to one.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McCain denounced Putin.")
        >>> dependency_path(doc[0], doc[2])
        'McCain <nsubj- denounced -dobj> Putin'
    """
    up = _ancestors(source)
    down = _ancestors(target)
    down_ids = {t.i for t in down}
    common = next((t for t in up if t.i in down_ids), None)
    if common is None:  # different sentences: no path through the parse
        return f"{source.text} ... {target.text}"
    parts = [source.text]
    for token in up[: up.index(common)]:
        parts.append(f"<{token.dep_}- {token.head.text}")
    rest = down[: [t.i for t in down].index(common.i)]
    for token in reversed(rest):
        parts.append(f"-{token.dep_}> {token.text}")
    return " ".join(parts)
