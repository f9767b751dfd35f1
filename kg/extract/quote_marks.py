"""Quote marks: where each pair of quote marks opens and closes in a document.

Marks: “…”, "…", ``…'' (PTB), «…», „…“, and ‘…’ outside double quotes; a straight
"…'' (mixed ASCII, common in wire copy) closes too. A quote that is not closed ends at
the paragraph break (`closed=False`). Who speaks a quote is `kg.extract.quotes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.tables import texts_of, tokens_of

DOUBLE_QUOTES = {"“": "”", '"': '"', "``": "''", "«": "»", "„": "“"}
SINGLE_QUOTES = {"‘": "’", "'": "'"}
_CURLY_CLOSE = "”"
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Every mark `quote_spans` opens or closes a quote on.
_MARKS = frozenset(
    {*DOUBLE_QUOTES, *DOUBLE_QUOTES.values(), *SINGLE_QUOTES, *SINGLE_QUOTES.values()}
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The words between one pair of quote marks.

    Attributes:
        start: Doc index of the first token inside the marks.
        end: Doc index after the last token inside the marks.
        start_char: Character offset of the first quoted character.
        end_char: Character offset after the last quoted character.
        closed: False when the closing mark is missing (the span ends at a paragraph
            break or at the end of the text).
    """

    start: int
    end: int
    start_char: int
    end_char: int
    closed: bool = True


def quote_spans(doc: Doc) -> Iterator[QuoteSpan]:
    """Every pair of quote marks in the text (see the module docstring for the marks)."""
    opener: Token | None = None
    closer = ""
    paragraph_start = 0
    marks_in_paragraph = False
    tokens = tokens_of(doc)
    # Only marks and blank lines matter: the texts are read from the table, and a token
    # is looked at only where its text is one of them.
    for index, text in enumerate(texts_of(doc)):
        if text not in _MARKS and not (text.isspace() and BLANK_LINE.search(text)):
            continue
        token = tokens[index]
        if token.is_space and BLANK_LINE.search(text):
            if opener is not None:
                # An unclosed quote ends with its paragraph.
                yield from _span(doc, opener.i + 1, token.i, closed=False)
                opener = None
            paragraph_start, marks_in_paragraph = token.i + 1, False
            continue
        if opener is None and text == _CURLY_CLOSE and not marks_in_paragraph:
            marks_in_paragraph = True
            if _starts_word(token):
                # A closing mark typed for an opening one: "”I would support it,” said ...".
                opener, closer = token, _CURLY_CLOSE
            else:
                # The first mark of a paragraph closes a quote opened before the excerpt:
                # "I think he's got to have it,” Mr. Bolton told Breitbart News".
                yield from _span(doc, paragraph_start, token.i, closed=True)
            continue
        if opener is None:
            if text in DOUBLE_QUOTES or (text in SINGLE_QUOTES and _opens_single(token)):
                opener = token
                closer = DOUBLE_QUOTES.get(text) or SINGLE_QUOTES[text]
                marks_in_paragraph = True
        elif (text == closer or (closer == '"' and text == "''")) and (
            closer not in SINGLE_QUOTES or _closes_single(token)
        ):
            yield from _span(doc, opener.i + 1, token.i, closed=True)
            opener = None
    if opener is not None:
        yield from _span(doc, opener.i + 1, len(doc), closed=False)


def _starts_word(token: Token) -> bool:
    """A mark with nothing before it on its side and a word right after it."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before_ok = (
        token.i == 0 or token.doc[token.i - 1].whitespace_ or token.doc[token.i - 1].is_space
    )
    return (
        bool(before_ok) and following is not None and not token.whitespace_ and following.is_alpha
    )


def _opens_single(token: Token) -> bool:
    """‘ opens a quote at the start of a word, not inside one ("rock ’n’ roll")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before_ok = (
        token.i == 0 or token.doc[token.i - 1].whitespace_ or token.doc[token.i - 1].is_space
    )
    return bool(before_ok) and following is not None and following.is_alpha


def _closes_single(token: Token) -> bool:
    """’ closes a quote when it is a token of its own, not an apostrophe of a word."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or not following.is_alpha or bool(token.whitespace_)


def _span(doc: Doc, start: int, end: int, *, closed: bool) -> Iterator[QuoteSpan]:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start < end:
        last = doc[end - 1]
        yield QuoteSpan(start, end, doc[start].idx, last.idx + len(last.text), closed)
