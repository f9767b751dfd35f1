"""HTML pages to article text: main text only, paragraphs kept, markup and chrome dropped.

trafilatura finds the article body (dropping navigation, headers, footers, comments,
sidebars, scripts and styles) and its metadata (headline, canonical URL, publication
date). When it finds nothing (a bare fragment, a page that is all links), every visible
body text is kept instead, with scripts, styles and page chrome still dropped, and a
warning says so. Paragraphs are separated by blank lines, so the parser starts a
sentence at each one.

Example:
    >>> page = (
    ...     "<html><head><title>Putin calls Trump</title><script>var x;</script></head>"
    ...     "<body><nav><a href='/'>Home</a></nav><article><h1>Putin calls Trump</h1>"
    ...     "<p>Vladimir Putin called Donald Trump on Saturday.</p></article></body></html>"
    ... )
    >>> extracted = html_to_text(page)
    >>> extracted.text
    'Putin calls Trump\\n\\nVladimir Putin called Donald Trump on Saturday.'
    >>> extracted.title, extracted.method
    ('Putin calls Trump', 'trafilatura')
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from kg.io.text import clean_text

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TRAFILATURA = "trafilatura"
VISIBLE_TEXT = "visible-text"
FALLBACK_WARNING = (
    "trafilatura found no main text; kept all visible body text "
    "(scripts, styles, navigation, headers and footers dropped)"
)

# Elements whose text is never article text (the page's <head> is left out by walking
# only its <body>: trafilatura's XML uses `head` for headings).
DROPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "menu",
    }
)
# Elements that start a paragraph of their own: HTML blocks, and the blocks of
# trafilatura's XML (`head`, `list`, `item`, `quote`, `row`, `cell`).
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "address",
        "head",
        "list",
        "item",
        "quote",
        "row",
        "cell",
    }
)
LINE_BREAK_TAGS = frozenset({"br", "lb"})

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_PARAGRAPH_BREAK = "\x00"  # never in the text: control characters are replaced first


@dataclass(frozen=True, slots=True)
class HtmlText:
    """The article in an HTML page.

    Attributes:
        text: Paragraphs separated by blank lines; empty when the page has no text.
        title: The headline, when the page has one.
        url: The canonical URL, when the page declares one.
        published: The publication date (ISO 8601), when the page declares one.
        method: `trafilatura` (main text found) or `visible-text` (the fallback).
    """

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    method: str = TRAFILATURA


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a `<meta>` tag near its start.

    Example:
        >>> declared_charset(b'<html><head><meta charset="windows-1252">')
        'windows-1252'
    """
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_text(html: str) -> HtmlText:
    """The main text and metadata of an HTML page (see the module docstring)."""
    html = _XML_DECLARATION.sub("", clean_text(html).text)
    found = _trafilatura(html)
    if found is not None and found.text:
        return found
    fallback = _visible_text(html)
    return HtmlText(
        fallback.text,
        title=(found.title if found else None) or fallback.title,
        url=found.url if found else None,
        published=found.published if found else None,
        method=VISIBLE_TEXT,
    )


@cache
def _config() -> Any:
    """trafilatura's settings for news (imported on first use: the import takes ~1 s)."""
    from trafilatura.settings import DEFAULT_CONFIG

    config = copy.deepcopy(DEFAULT_CONFIG)
    # Keep short articles (trafilatura's default drops bodies under 250 characters) and
    # take dates only from the page's own metadata, not guessed from its text.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _trafilatura(html: str) -> HtmlText | None:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            config=_config(),
        )
    except Exception:  # any failure of the extractor means: use the fallback
        return None
    if result is None:
        return None
    body = getattr(result, "body", None)
    text = _paragraphs(body) if body is not None else ""
    return HtmlText(
        text,
        title=_optional(getattr(result, "title", None)),
        url=_optional(getattr(result, "url", None)),
        published=_optional(getattr(result, "date", None)),
    )


def _visible_text(html: str) -> HtmlText:
    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return HtmlText("", method=VISIBLE_TEXT)
    title = root.findtext(".//title")
    body = root.find("body")
    return HtmlText(
        _paragraphs(body if body is not None else root),
        title=_optional(title),
        method=VISIBLE_TEXT,
    )


def _paragraphs(root: Any) -> str:
    """The text under `root`, one paragraph per block element, whitespace normalised."""
    pieces: list[str] = []
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in DROPPED_TAGS or not isinstance(element.tag, str):
                walk.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                pieces.append(_PARAGRAPH_BREAK)
            if tag in LINE_BREAK_TAGS:
                pieces.append("\n")
            pieces.append(element.text or "")
        else:
            if tag in BLOCK_TAGS:
                pieces.append(_PARAGRAPH_BREAK)
            if element is not root:
                pieces.append(element.tail or "")
    paragraphs = []
    for block in "".join(pieces).split(_PARAGRAPH_BREAK):
        lines = (" ".join(line.split()) for line in block.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _optional(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
