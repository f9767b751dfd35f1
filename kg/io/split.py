"""Split a document too long to parse whole into parts, at paragraph or sentence breaks.

spaCy refuses texts longer than `nlp.max_length` (1,000,000 characters) and its parser
needs memory in proportion to the text, so a long input becomes several documents. The
parts tile the text exactly (their concatenation is the text: nothing is truncated or
dropped) and each is at most `max_chars` long. A cut goes, in order of preference, at
the last paragraph break, sentence end, or whitespace in the second half of the window;
only a text with no whitespace for `max_chars / 2` characters is cut inside a word.

Example:
    >>> text = "First sentence here. Second one follows. Third ends it."
    >>> [text[c.start:c.end] for c in split_text(text, 30)]
    ['First sentence here. ', 'Second one follows. ', 'Third ends it.']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.model import Document, DocumentPart

# Parts are at most this long by default: well below spaCy's max_length (1,000,000),
# because the parser's memory grows with the text and news articles are far shorter.
MAX_DOCUMENT_CHARS = 100_000

PARAGRAPH = "paragraph"
SENTENCE = "sentence"
WHITESPACE = "whitespace"
INSIDE_WORD = "inside a word"

# A blank line, and the whitespace after it (the cut goes after the whitespace).
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# Sentence-final punctuation, closing quotes or brackets, whitespace, then what starts a
# sentence: "... sanctions.” The ..." (plain patterns: linear time on any text).
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_LONGEST_WORD_CHECKED = 40
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Cut:
    """One part of a text: `text[start:end]`, ended at a `boundary` of that kind."""

    start: int
    end: int
    boundary: str


def split_text(text: str, max_chars: int) -> list[Cut]:
    """Cut `text` into consecutive parts of at most `max_chars` characters.

    Args:
        text: The whole text.
        max_chars: The longest part allowed (at least 2).

    Returns:
        Parts that tile the text exactly, in order; one part when it is short enough.

    Raises:
        ValueError: `max_chars` is below 2.
    """
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, got {max_chars}")
    cuts: list[Cut] = []
    start = 0
    while len(text) - start > max_chars:
        end, boundary = _best_cut(text, start, start + max_chars)
        cuts.append(Cut(start, end, boundary))
        start = end
    cuts.append(Cut(start, len(text), "end"))
    return cuts


def _best_cut(text: str, start: int, limit: int) -> tuple[int, str]:
    """Where to end a part that starts at `start` and may not reach past `limit`."""
    floor = start + (limit - start) // 2
    window = text[floor:limit]
    candidates = (
        (PARAGRAPH, [match.end() for match in _PARAGRAPH_BREAK.finditer(window)]),
        (
            SENTENCE,
            [
                match.end()
                for match in _SENTENCE_STOP.finditer(window)
                if _ends_sentence(text, floor + match.start())
            ],
        ),
        (WHITESPACE, [match.end() for match in _WHITESPACE.finditer(window)]),
    )
    for boundary, ends in candidates:
        if ends:
            return floor + ends[-1], boundary
    cut = limit
    # Never separate a base character from the accents that follow it.
    while cut > floor + 1 and unicodedata.combining(text[cut]):
        cut -= 1
    return cut, INSIDE_WORD


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the word before the stop at `stop` ends a sentence, not an abbreviation.

    "Putin." and "it." and "2017." do; "Mr.", "Gen.", "U.S." and "NATO." may not, and
    are left alone (a paragraph break or whitespace is used instead).
    """
    words = text[max(0, stop - _LONGEST_WORD_CHECKED) : stop].split()
    if not words:
        return False
    word = words[-1]
    if word[-1].isdigit() or word[-1] in ")]\"'”’":
        return True
    if "." in word:
        return False
    return word.islower() or (len(word) >= 4 and any(char.islower() for char in word))


def split_document(document: Document, max_chars: int) -> tuple[tuple[Document, ...], str | None]:
    """The document itself when short enough, else its parts and a warning saying how.

    Parts get the ids `<id>-part1`, `<id>-part2`, ...; their titles say which part they
    are.

    Example:
        >>> parts, warning = split_document(Document("d", "One. Two. Three."), 12)
        >>> [(p.id, p.text) for p in parts]
        [('d-part1', 'One. Two. '), ('d-part2', 'Three.')]
        >>> warning
        'split into 2 parts of at most 12 characters (16 characters; cut at: whitespace)'
    """
    cuts = split_text(document.text, max_chars)
    if len(cuts) == 1:
        return (document,), None
    parts = tuple(
        Document(
            id=f"{document.id}-part{number}",
            text=document.text[cut.start : cut.end],
            title=f"{document.title} (part {number} of {len(cuts)})" if document.title else None,
            url=document.url,
            published=document.published,
            source_path=document.source_path,
        )
        for number, cut in enumerate(cuts, start=1)
    )
    kinds = ", ".join(sorted({cut.boundary for cut in cuts[:-1]}))
    warning = (
        f"split into {len(parts)} parts of at most {max_chars:,} characters "
        f"({len(document.text):,} characters; cut at: {kinds})"
    )
    return parts, warning


def part_spans(document: Document, parts: tuple[Document, ...]) -> tuple[DocumentPart, ...]:
    """Where each part lies in the whole document's text (empty for an unsplit one).

    Example:
        >>> whole = Document("d", "One. Two. Three.")
        >>> parts, _ = split_document(whole, 12)
        >>> [(span.doc_id, span.char_start, span.char_end) for span in part_spans(whole, parts)]
        [('d-part1', 0, 10), ('d-part2', 10, 16)]
    """
    if len(parts) == 1:
        return ()
    spans = []
    start = 0
    for part in parts:
        spans.append(DocumentPart(part.id, start, start + len(part.text)))
        start += len(part.text)
    assert start == len(document.text), "parts must tile the text"
    return tuple(spans)
