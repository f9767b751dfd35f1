"""JSONL corpora: one article per line, every line accounted for.

Each non-blank line is one input (`path:line` in the report): a JSON object with a
non-empty string `text` and optionally `id`, `title`, `url` and `published`. Other keys
are ignored. A line that is not JSON, not an object, or has no text is skipped with the
reason; a metadata field of the wrong type is dropped and the line reported `partial`.
Lines are split on `\\n` only: JSON strings may hold U+2028 and other characters that
`str.splitlines` would wrongly treat as line ends.

Example:
    >>> article = parse_line('{"id": 7, "text": "Abe met Trump.", "title": ["x"]}')
    >>> article.id, article.text, article.title, article.problems
    ('7', 'Abe met Trump.', None, ("ignored 'title': expected a string, got list",))
    >>> parse_line('{"text": ""}').reason
    "missing or empty 'text' field"
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.io.records import (
    BAD_FIELD,
    INVALID_JSON,
    MISSING_TEXT,
    NOT_AN_OBJECT,
    Rejected,
)

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
METADATA_FIELDS: tuple[str, ...] = ("title", "url", "published")


@dataclass(frozen=True, slots=True)
class JsonArticle:
    """The fields of one JSONL line.

    Attributes:
        text: The article text.
        id: The given id (as a string), or None to derive one from the text.
        title: The headline, when given as a string.
        url: Where the article came from, when given.
        published: The publication date, when given.
        problems: Fields that were dropped because of their type (the line is `partial`).
    """

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    problems: tuple[str, ...] = ()


def split_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The non-blank lines of a JSONL file with their 1-based numbers (`\\r\\n` allowed).

    Example:
        >>> list(split_lines(b'{"a": 1}\\r\\n\\n{"b": 2}'))
        [(1, b'{"a": 1}'), (3, b'{"b": 2}')]
    """
    for number, line in enumerate(data.split(b"\n"), start=1):
        line = line.removesuffix(b"\r")
        if line.strip():
            yield number, line


def parse_line(line: str) -> JsonArticle | Rejected:
    """The article on one JSONL line, or why there is none."""
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        return Rejected(INVALID_JSON, f"invalid JSON ({error.msg} at column {error.colno})")
    except RecursionError:
        return Rejected(INVALID_JSON, "invalid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return Rejected(NOT_AN_OBJECT, f"expected a JSON object, got {_json_type(record)}")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        return Rejected(BAD_FIELD, f"'text' must be a string, got {_json_type(text)}")
    if not text or not text.strip():
        return Rejected(MISSING_TEXT, "missing or empty 'text' field")
    given_id = record.get("id")
    if given_id is not None and (isinstance(given_id, bool) or not _is_scalar(given_id)):
        return Rejected(BAD_FIELD, f"'id' must be a string or a number, got {_json_type(given_id)}")
    problems: list[str] = []
    metadata: dict[str, str | None] = {}
    for name in METADATA_FIELDS:
        value = record.get(name)
        if value is None or value == "":
            metadata[name] = None
        elif _is_scalar(value):
            metadata[name] = str(value)
        else:
            metadata[name] = None
            problems.append(f"ignored {name!r}: expected a string, got {_json_type(value)}")
    return JsonArticle(
        text=text,
        id=str(given_id) if given_id not in (None, "") else None,
        title=metadata["title"],
        url=metadata["url"],
        published=metadata["published"],
        problems=tuple(problems),
    )


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float)


def _json_type(value: object) -> str:
    """The JSON name of a parsed value's type (`object`, `list`, `number`, ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "list"
    if isinstance(value, int | float):
        return "number"
    return "string"
