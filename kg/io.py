"""Read inputs into `Document`s, accounting for every one of them.

`read_inputs` walks files, folders and stdin lazily and yields one `(InputRecord,
Document | None)` pair per input: a file, a JSONL line, or stdin. A record whose status
is not `ok` says why; nothing is silently dropped.

Example:
    >>> from pathlib import Path
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Putin called Trump.", encoding="utf-8")
    >>> [(rec.status, doc.text) for rec, doc in read_inputs([folder]) if doc]
    [('ok', 'Putin called Trump.')]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ids import document_id
from kg.model import Document, InputRecord

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"

Read = tuple[InputRecord, Document | None]

# A headline: one short line without sentence-final punctuation, then a blank line.
_HEADLINE = re.compile(r"\A\s*(?P<title>[^\n]{1,200}?)\s*\n\s*\n")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_FENCE = re.compile(r"^\s*```.*$", re.MULTILINE)


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Read]:
    """Yield a record (and a document when one came out) for every input, lazily.

    Args:
        paths: Files, folders (read recursively, sorted, hidden entries skipped) or `-`
            for standard input.

    Raises:
        InputError: A named path does not exist (a usage error: nothing to account for).
    """
    for raw in paths:
        if str(raw) == STDIN:
            yield from _read_text_source("<stdin>", sys.stdin.read(), suffix=".txt")
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(
                f"input {str(raw)!r} does not exist; pass a file, a folder or '-' for stdin"
            )
        if path.is_dir():
            yield from _read_folder(path)
        else:
            yield from read_file(path)


def _read_folder(folder: Path) -> Iterator[Read]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Read]:
    """Yield the record(s) of one file: one for a text file, one per line for JSONL."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        yield _skip(source, f"unsupported file type {suffix or '(none)'!r}; use {supported}")
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield _skip(source, f"unreadable: {error.strerror or error}")
        return
    if b"\x00" in data:
        yield _skip(source, "binary file (contains NUL bytes)")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield _skip(source, f"not UTF-8 text ({error.reason} at byte {error.start})")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(source, text)
    else:
        yield from _read_text_source(source, text, suffix=suffix)


def _read_text_source(source: str, text: str, *, suffix: str) -> Iterator[Read]:
    if suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    if not text.strip():
        yield _skip(source, "empty or whitespace-only")
        return
    doc = Document(id=document_id(text), text=text, title=guess_title(text), source_path=source)
    yield InputRecord(source, "ok", doc_id=doc.id), doc


def _read_jsonl(source: str, text: str) -> Iterator[Read]:
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        yield _skip(source, "empty JSONL file")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield _read_jsonl_line(f"{source}:{number}", line)


def _read_jsonl_line(source: str, line: str) -> Read:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        return _skip(source, f"invalid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return _skip(source, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return _skip(source, "missing or empty 'text' field")
    given_id = record.get("id")
    doc = Document(
        id=str(given_id) if given_id not in (None, "") else document_id(text),
        text=text,
        title=_optional_str(record.get("title")) or guess_title(text),
        url=_optional_str(record.get("url")),
        published=_optional_str(record.get("published")),
        source_path=source,
    )
    return InputRecord(source, "ok", doc_id=doc.id), doc


def _optional_str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _skip(source: str, reason: str) -> Read:
    return InputRecord(source, "skipped", reason=reason), None


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
        >>> markdown_to_text("# Title\\n\\nSee **this** [link](http://x.org).")
        'Title\\n\\nSee this link.'
    """
    text = _MD_FENCE.sub("", markdown)
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)
