"""JSONL lines: fields, types, and what counts as a line."""

from __future__ import annotations

import json

import pytest

from kg.io.jsonl import JsonArticle, parse_line, split_lines
from kg.io.records import Rejected


def test_full_record() -> None:
    line = json.dumps(
        {"id": "n1", "text": "Merkel met Trump.", "title": "T", "url": "http://x", "extra": 1}
    )
    assert parse_line(line) == JsonArticle("Merkel met Trump.", "n1", "T", "http://x", None)


@pytest.mark.parametrize(
    ("line", "cause", "reason"),
    [
        ("{not json", "invalid-json", "invalid JSON (Expecting property name"),
        ('["a list"]', "not-an-object", "expected a JSON object, got list"),
        ('"just a string"', "not-an-object", "expected a JSON object, got string"),
        ('{"id": "x"}', "missing-text", "missing or empty 'text' field"),
        ('{"text": "  \\n "}', "missing-text", "missing or empty 'text' field"),
        ('{"text": 42}', "bad-field", "'text' must be a string, got number"),
        ('{"text": "Hi there.", "id": {"a": 1}}', "bad-field", "'id' must be a string or a"),
        ('{"text": "Hi there.", "id": true}', "bad-field", "'id' must be a string or a"),
        ("[" * 100_000, "invalid-json", "invalid JSON"),
    ],
)
def test_bad_lines_say_why(line: str, cause: str, reason: str) -> None:
    result = parse_line(line)
    assert isinstance(result, Rejected) and result.cause == cause
    assert result.reason.startswith(reason)


def test_numeric_id_and_wrongly_typed_metadata() -> None:
    result = parse_line('{"id": 7, "text": "Abe met Trump.", "url": ["a"], "published": 2017}')
    assert isinstance(result, JsonArticle)
    assert (result.id, result.url, result.published) == ("7", None, "2017")
    assert result.problems == ("ignored 'url': expected a string, got list",)


def test_lines_split_on_newline_only() -> None:
    # U+2028 inside a JSON string is legal; str.splitlines would cut the record there.
    data = '{"text": "a\u2028b"}\r\n\n  \n{"text": "c\u0085d"}'.encode()
    lines = list(split_lines(data))
    assert [number for number, _ in lines] == [1, 4]
    assert json.loads(lines[0][1])["text"] == "a\u2028b"
