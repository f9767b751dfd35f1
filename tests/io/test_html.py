"""HTML pages: the article's text and metadata, never scripts, styles or navigation."""

from __future__ import annotations

from kg.io.html import FALLBACK_WARNING, declared_charset, html_to_text

PAGE = """<!DOCTYPE html>
<html><head>
  <title>Putin calls Trump - World News</title>
  <meta charset="utf-8">
  <meta property="article:published_time" content="2017-01-28">
  <link rel="canonical" href="https://news.example/putin-calls-trump">
  <script>var tracking = "SCRIPT TEXT";</script>
  <style>p { color: red } /* STYLE TEXT */</style>
</head><body>
  <header><div class="logo">World News</div></header>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">NAV TEXT</a></li></ul></nav>
  <article>
    <h1>Putin calls Trump</h1>
    <p>Vladimir Putin called Donald Trump on Saturday, the Kremlin said.</p>
    <p>The two leaders discussed <b>sanctions</b> and the war in Syria.</p>
  </article>
  <aside>Related: ASIDE TEXT</aside>
  <footer>Copyright 2017 FOOTER TEXT</footer>
  <script>document.write("SCRIPT TEXT 2")</script>
</body></html>"""


def test_main_text_only_with_paragraph_breaks() -> None:
    page = html_to_text(PAGE)
    assert page.text == (
        "Putin calls Trump\n\n"
        "Vladimir Putin called Donald Trump on Saturday, the Kremlin said.\n\n"
        "The two leaders discussed sanctions and the war in Syria."
    )
    for chrome in ("SCRIPT", "STYLE", "NAV", "ASIDE", "FOOTER", "Home"):
        assert chrome not in page.text
    assert page.method == "trafilatura"


def test_metadata_comes_from_the_page() -> None:
    page = html_to_text(PAGE)
    assert page.title == "Putin calls Trump"
    assert page.url == "https://news.example/putin-calls-trump"
    assert page.published == "2017-01-28"


def test_fragment_keeps_text_without_scripts_or_navigation() -> None:
    page = html_to_text(
        "<div>Putin called Trump.<script>alert('x')</script></div><nav>Menu</nav>"
        "<p>Merkel <i>praised</i> Macron.</p><!-- a comment -->"
    )
    assert page.text == "Putin called Trump.\n\nMerkel praised Macron."


def test_bare_fragment_falls_back_to_visible_text() -> None:
    page = html_to_text("<span>Putin called Trump.</span>")
    assert (page.method, page.text) == ("visible-text", "Putin called Trump.")
    assert "visible body text" in FALLBACK_WARNING


def test_pages_without_text_give_empty_text() -> None:
    assert html_to_text("").text == ""
    assert html_to_text("<html><head><script>x()</script></head><body></body></html>").text == ""
    assert html_to_text("<nav><a href='/'>Home</a></nav>").text == ""


def test_xml_declaration_and_control_characters_do_not_break_parsing() -> None:
    page = html_to_text(
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Abe\x00 met Trump.</p></body></html>'
    )
    assert page.text == "Abe met Trump."


def test_declared_charset() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    assert declared_charset(b"<meta charset='Windows-1252'>") == "Windows-1252"
    assert declared_charset(b"<p>no declaration</p>") is None
