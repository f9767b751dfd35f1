"""Hand-built spaCy `Doc`s for rule tests: no model needed (DESIGN §9)."""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

# English lexical attributes (lower case, punctuation...) but no trained components.
_VOCAB = spacy.blank("en").vocab


def make_doc(
    rows: Sequence[tuple[str, str, str, int, str]],
    *,
    ents: Sequence[tuple[int, int, str]] = (),
    spaces: Sequence[bool] | None = None,
) -> Doc:
    """A parsed Doc from rows of (word, pos, dep, head index, lemma).

    Args:
        rows: One row per token; `head` is the absolute index of the head token (the
            root points at itself).
        ents: (start, end, label) token spans.
        spaces: Whether each token is followed by a space (default: all but the last
            and tokens before punctuation).

    Example:
        >>> doc = make_doc([("Putin", "PROPN", "nsubj", 1, "Putin"),
        ...                 ("called", "VERB", "ROOT", 1, "call")], ents=[(0, 1, "PERSON")])
        >>> [(t.text, t.dep_, t.head.text) for t in doc]
        [('Putin', 'nsubj', 'called'), ('called', 'ROOT', 'called')]
    """
    words = [row[0] for row in rows]
    if spaces is None:
        spaces = [
            index + 1 < len(words) and rows[index + 1][1] != "PUNCT" for index in range(len(words))
        ]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=list(spaces),
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        heads=[row[3] for row in rows],
        lemmas=[row[4] for row in rows],
    )
    doc.ents = [
        doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label)
        for s, e, label in ents
    ]
    return doc
