"""Where to highlight an evidence sentence: the evidence span, and the cue inside it.

The page never builds HTML from these strings: it gets plain text plus segments
`(start, end, kind)` of the sentence and wraps each segment with DOM calls.

Example:
    >>> highlight("Trump spoke with Abe on Sunday.", (0, 20), "spoke with")
    [(0, 6, 'evidence'), (6, 16, 'cue'), (16, 20, 'evidence')]
"""

from __future__ import annotations

import re
from typing import Literal

MarkKind = Literal["evidence", "cue"]
Mark = tuple[int, int, MarkKind]


def locate_sentence(text: str, sentence: str, char_start: int, char_end: int) -> int | None:
    """The offset of the occurrence of `sentence` in `text` that covers the evidence span.

    A sentence may occur more than once in an article (a repeated quote); the one that
    contains `text[char_start:char_end]` is the one the statement came from.

    Example:
        >>> locate_sentence("He won. He won.", "He won.", 9, 14)
        8
        >>> locate_sentence("He won.", "She lost.", 0, 3) is None
        True
    """
    if not sentence:
        return None
    found = text.find(sentence, max(0, char_end - len(sentence)))
    while found != -1 and found <= char_start:
        if found + len(sentence) >= char_end:
            return found
        found = text.find(sentence, found + 1)
    return None


def _word_pattern(word: str) -> re.Pattern[str]:
    # Whole words only, so the cue "on" does not light up the "on" inside "sanctions".
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)


def cue_marks(sentence: str, start: int, end: int, relation_text: str) -> list[tuple[int, int]]:
    """The character ranges of the relation words within `sentence[start:end]`.

    The relation as written is usually one contiguous phrase ("spoke with"); when the
    extractor joined words that stand apart ("said ... on", "called ... to reject"),
    each word is found in turn, left to right. Words that cannot be found are not marked.

    Example:
        >>> cue_marks("McConnell said Sunday on ABC.", 0, 28, "said on")
        [(10, 14), (22, 24)]
    """
    region = sentence[start:end]
    phrase = relation_text.strip()
    if not phrase:
        return []
    whole = _word_pattern(phrase).search(region)
    if whole is not None:
        return [(start + whole.start(), start + whole.end())]
    marks: list[tuple[int, int]] = []
    position = 0
    for word in phrase.split():
        match = _word_pattern(word).search(region, position)
        if match is None:
            continue
        marks.append((start + match.start(), start + match.end()))
        position = match.end()
    return marks


def highlight(sentence: str, evidence: tuple[int, int] | None, relation_text: str) -> list[Mark]:
    """Ordered, non-overlapping segments of `sentence`: the evidence span and its cue.

    Args:
        sentence: The sentence text.
        evidence: The evidence span relative to the sentence, or None when it is not
            known (then the cue is searched in the whole sentence and no span is marked).
        relation_text: The relation as written ("spoke with").

    Example:
        >>> highlight("Putin is a thug.", None, "is")
        [(6, 8, 'cue')]
    """
    start, end = evidence if evidence is not None else (0, len(sentence))
    start, end = max(0, start), min(len(sentence), end)
    marks: list[Mark] = []
    position = start
    for cue_start, cue_end in cue_marks(sentence, start, end, relation_text):
        if evidence is not None and cue_start > position:
            marks.append((position, cue_start, "evidence"))
        marks.append((cue_start, cue_end, "cue"))
        position = cue_end
    if evidence is not None and end > position:
        marks.append((position, end, "evidence"))
    return marks
