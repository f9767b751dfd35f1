"""Plain text and Markdown: headlines, markup removal, characters no output can carry.

Example:
    >>> markdown_to_text("# Title\\n\\nSee **this** [link](http://x.org).")
    'Title\\n\\nSee this link.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A headline: one short line without sentence-final punctuation, then a blank line.
# The possessive `\s*+` keeps the match linear on texts that open with much whitespace.
_HEADLINE = re.compile(r"\A\s*+(?P<title>[^\n]{1,200})\n[^\S\n]*\n")
# Patterns stay within one line where they can (`[^\S\n]`, not `\s`): a `\s*` that spans
# lines makes a text of many blank lines take quadratic time.
_MD_HEADING = re.compile(r"^[^\S\n]{0,3}#{1,6}[^\S\n]+", re.MULTILINE)
# Spans are bounded (a link text, an emphasised phrase): unbounded ones make a line
# of unmatched markers ("_a _a _a ...") take quadratic time.
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.{1,500}?)(?<=\S)\1")
_MD_FENCE = re.compile(r"^[^\S\n]*```.*$", re.MULTILINE)

# Characters that XML 1.0 (GraphML, the HTML page) cannot carry and that mean nothing in
# news text: C0 controls other than tab, newline and carriage return, the C1 controls,
# and the non-characters U+FFFE and U+FFFF. Vertical tab and form feed (page breaks in
# text taken from PDFs) become newlines, the rest spaces, so every offset stays put.
_LINE_BREAK_CONTROLS = "\x0b\x0c"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Unpaired UTF-16 surrogates: only a JSON escape (`"\\ud800"`) can put one in a Python
# string here, and no UTF-8 writer can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


@dataclass(frozen=True, slots=True)
class CleanText:
    """Text safe for every output, and how many characters were replaced to make it so.

    Attributes:
        text: The same length as the input: every replacement is one character for one.
        controls: Control characters replaced with a space or a newline.
        surrogates: Unpaired surrogates replaced with U+FFFD (their character is lost).
    """

    text: str
    controls: int = 0
    surrogates: int = 0


def clean_text(text: str) -> CleanText:
    """Replace control characters and unpaired surrogates, one character for one.

    Example:
        >>> clean_text("Putin\\x00called\\x0cTrump \\ud800")
        CleanText(text='Putin called\\nTrump \\ufffd', controls=2, surrogates=1)
    """
    controls = len(_CONTROL.findall(text))
    if controls:
        text = _CONTROL.sub(lambda m: "\n" if m.group() in _LINE_BREAK_CONTROLS else " ", text)
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub(REPLACEMENT_CHARACTER, text)
    return CleanText(text, controls, surrogates)


def control_share(text: str) -> float:
    """The share of characters that are controls no text file has (binary data does).

    Example:
        >>> control_share("ab\\x01\\x02")
        0.5
    """
    if not text:
        return 0.0
    return len(_CONTROL.findall(text.replace("\x0c", "").replace("\x0b", ""))) / len(text)


def guess_title(text: str) -> str | None:
    """The first line when it reads as a headline: short, unpunctuated, then a blank line.

    Example:
        >>> guess_title("Trump, Putin Seek Better Ties\\n\\nPresident Donald Trump said...")
        'Trump, Putin Seek Better Ties'
    """
    match = _HEADLINE.match(text)
    if not match:
        return None
    title = match.group("title").strip()
    return None if title.endswith((".", "!", "?", ":", ";", ",")) else title


def markdown_to_text(markdown: str) -> str:
    """Drop Markdown markup (headings, emphasis, links, fences), keeping the words.

    Example:
        >>> markdown_to_text("## Trump *and* Putin\\n\\nSee [the call](http://x.org).")
        'Trump and Putin\\n\\nSee the call.'
    """
    text = _MD_FENCE.sub("", markdown)
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)
