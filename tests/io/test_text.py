"""Headlines, Markdown, and characters no output format can carry."""

from __future__ import annotations

from kg.io.text import clean_text, control_share, guess_title, markdown_to_text


def test_guess_title() -> None:
    assert guess_title("A Headline\n\nBody text.") == "A Headline"
    assert guess_title("A full sentence.\n\nBody.") is None
    assert guess_title("One paragraph only.") is None


def test_markdown_to_text_keeps_words() -> None:
    markdown = "## Trump *and* Putin\n\nSee [the call](http://x.org) and `code`."
    assert markdown_to_text(markdown) == "Trump and Putin\n\nSee the call and code."


def test_clean_text_replaces_one_for_one_so_offsets_stay() -> None:
    text = "Page one\x0cPage two\x00\x1b[0m and \x85 \ufffe"
    cleaned = clean_text(text)
    assert len(cleaned.text) == len(text)
    assert cleaned.text == "Page one\nPage two  [0m and    "
    assert (cleaned.controls, cleaned.surrogates) == (5, 0)


def test_clean_text_replaces_unpaired_surrogates() -> None:
    cleaned = clean_text("a\ud800b\udfff")
    assert cleaned.text == "a\ufffdb\ufffd" and cleaned.surrogates == 2
    cleaned.text.encode("utf-8")  # would raise on a surrogate


def test_clean_text_leaves_ordinary_text_alone() -> None:
    text = "Tabs\tand\r\nnewlines, “quotes”, emoji 🙂 and Ünïcödé."
    assert clean_text(text) == clean_text(text).__class__(text, 0, 0)


def test_control_share() -> None:
    assert control_share("") == 0.0
    assert control_share("page\x0cbreak") == 0.0  # form feeds are page breaks, not binary
    assert control_share("\x01\x02ab") == 0.5
