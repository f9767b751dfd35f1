"""Article text cannot run anything on the graph page, with or without its CSP."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.export import GraphData
from kg.export.html import generate_html
from kg.model import Document, Entity, EntityRef, Statement
from tests.export.browser import OpenPage
from tests.export.hostile import HOSTILE_STRINGS

Pages = Callable[..., OpenPage]

# The strings that try to run script or load something, from the shared set.
PAYLOADS = tuple(
    HOSTILE_STRINGS[name]
    for name in ("script tag", "script", "img", "svg", "iframe", "comment", "javascript url")
)
HOSTILE = " ".join(PAYLOADS)


def hostile_data() -> GraphData:
    """Every string the page shows carries every payload."""
    villain = Entity("person/villain", "Villain " + HOSTILE, "person", (HOSTILE,), 3, (HOSTILE,))
    victim = Entity("organization/victim", PAYLOADS[2], "organization", (PAYLOADS[0],), 1)
    sentence = f"Villain {PAYLOADS[2]} attacked the victim {PAYLOADS[1]} today."
    text = "Intro. " + sentence
    statements = tuple(
        Statement(
            id=f"st-{number}",
            doc_id=f"doc-{number}",
            sentence_index=1,
            char_start=7,
            char_end=len(text) - 1,
            sentence=sentence,
            subject=villain.ref(),
            relation=relation,
            relation_text=relation_text,
            object=target,
            stance=stance,
            polarity=-1 if stance else 0,
            negated=False,
            modality="asserted",
            attributed_to=villain.ref(),
            confidence=0.9,
            rule="clause:svo",
        )
        for number, relation, relation_text, target, stance in (
            (1, "attack", "attacked", victim.ref(), "ASSAULT"),
            (2, PAYLOADS[4], PAYLOADS[2], EntityRef(None, HOSTILE), None),
        )
    )
    documents = (
        Document("doc-1", text, title=HOSTILE, url=PAYLOADS[6], published="2020-01-01"),
        Document("doc-2", text, title=PAYLOADS[1], url="data:text/html,<script>alert(5)</script>"),
    )
    return GraphData(documents, (villain, victim), statements)


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def _start_tags(page: str) -> list[str]:
    collector = _TagCollector()
    collector.feed(page)
    return collector.tags


def _without_csp(page: str) -> str:
    return re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)


@pytest.mark.parametrize("policy", ["with CSP", "CSP removed"])
def test_payloads_do_not_execute(pages: Pages, tmp_path: Path, policy: str) -> None:
    page_text = generate_html(hostile_data())
    if policy == "CSP removed":
        # Escaping alone must be enough; the policy is only a second line of defence.
        page_text = _without_csp(page_text)
        assert "Content-Security-Policy" not in page_text
    path = tmp_path / "graph.html"
    path.write_text(page_text, encoding="utf-8")
    opened = pages(path)
    page = opened.page

    # Show every string: each node's panel and tooltip, each edge, a search, the summary.
    shown = []
    for index in range(3):
        opened.click_node(index)
        shown.append(page.inner_text("#details"))
        page.mouse.move(*opened.node_point(index))
        page.wait_for_selector("#tooltip:not([hidden])")
    for index in range(2):
        page.evaluate(f"window.kg.showEdge({index})")
    page.fill("#search", "<img")
    assert page.locator("#search-results button").count() == 3

    assert page.evaluate("typeof window.__pwned") == "undefined"
    opened.assert_clean()
    # Nothing from the data became an element: the only scripts are the page's own,
    # and no image, frame or SVG exists anywhere.
    assert page.evaluate("document.scripts.length") == 6
    assert page.locator("img, iframe, svg, object, embed").count() == 0
    links = page.evaluate("[...document.querySelectorAll('a')].map((a) => a.href)")
    assert links == []  # neither javascript: nor data: URLs become links
    # ... and the text is shown as it was written.
    labels = page.evaluate("window.kg.data.nodes.map((node) => node.label)")
    assert [text.split("\n")[0] for text in shown] == labels
    page.evaluate("window.kg.showEdge(0)")
    assert PAYLOADS[2] in page.inner_text("#details")
    assert "Source: " + HOSTILE in page.inner_text("#details")
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_payloads_are_escaped_in_the_file() -> None:
    page = generate_html(hostile_data())
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert data is not None
    assert "<" not in data.group(1) and ">" not in data.group(1)
    # An HTML parser (which reads script contents as raw text, like a browser) finds the
    # page's own six scripts and nothing else that could run or load.
    tags = _start_tags(page)
    assert tags.count("script") == 6
    assert not {"img", "iframe", "svg", "object", "embed", "link", "a"} & set(tags)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None
    assert "default-src 'none'" in policy.group(1)
    assert "unsafe-inline" not in policy.group(1) and "unsafe-eval" not in policy.group(1)
