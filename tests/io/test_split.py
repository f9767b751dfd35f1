"""Oversize documents: split at the best boundary, never truncated."""

from __future__ import annotations

import pytest

from kg.io.split import split_document, split_text
from kg.model import Document

PARAGRAPH = "Putin called Trump on Saturday. The two leaders discussed sanctions. "


def _join(text: str, max_chars: int) -> list[str]:
    parts = [text[cut.start : cut.end] for cut in split_text(text, max_chars)]
    assert "".join(parts) == text
    assert all(0 < len(part) <= max_chars for part in parts)
    return parts


def test_short_text_is_one_part() -> None:
    [cut] = split_text("Short.", 100)
    assert (cut.start, cut.end) == (0, 6)


def test_paragraph_breaks_win() -> None:
    text = (PARAGRAPH * 3 + "\n\n") * 4
    parts = _join(text, 500)
    assert all(part.endswith("\n\n") for part in parts[:-1])
    assert {c.boundary for c in split_text(text, 500)[:-1]} == {"paragraph"}


def test_sentence_ends_when_no_paragraph_break() -> None:
    text = "Mr. Smith met Gen. Jones in the U.S. capital on Monday. " * 40
    cuts = split_text(text, 300)
    assert {cut.boundary for cut in cuts[:-1]} == {"sentence"}
    for part in _join(text, 300)[:-1]:
        assert part.endswith("Monday. ")  # never after "Mr." or "U.S."


def test_whitespace_then_inside_a_word_as_last_resorts() -> None:
    assert {c.boundary for c in split_text("word " * 100, 50)[:-1]} == {"whitespace"}
    cuts = split_text("x" * 1000, 300)
    assert [c.boundary for c in cuts] == ["inside a word"] * 3 + ["end"]
    _join("x" * 1000, 300)


def test_accents_stay_with_their_letter() -> None:
    text = "e\u0301" * 100  # é as e + combining acute
    for part in _join(text, 51):
        assert not part.startswith("\u0301")


def test_max_chars_must_allow_progress() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        split_text("abc", 1)


def test_split_document_parts_keep_metadata_and_say_which_part() -> None:
    document = Document(
        "doc-1", (PARAGRAPH + "\n\n") * 10, title="Talks", url="http://x", source_path="a.txt"
    )
    parts, warning = split_document(document, 300)
    assert "".join(part.text for part in parts) == document.text
    assert [part.id for part in parts] == [f"doc-1-part{n}" for n in range(1, len(parts) + 1)]
    assert parts[1].title == f"Talks (part 2 of {len(parts)})"
    assert {part.url for part in parts} == {"http://x"}
    assert warning is not None and warning.startswith(f"split into {len(parts)} parts")
    assert split_document(document, 10_000) == ((document,), None)
