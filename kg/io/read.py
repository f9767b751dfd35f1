"""Read every input into documents, or into the record of why not.

Each input (a file, a JSONL line, stdin) yields one `Read`: its `InputRecord` and the
documents that came out of it (none when skipped, several when split). The steps:

    walk (folders, links) -> bytes -> decode -> format (text, Markdown, HTML, JSONL)
      -> clean (control characters) -> empty? -> English? -> Document -> split if long

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Putin called Trump.", encoding="utf-8")
    >>> _ = (folder / "b.png").write_bytes(b"\\x89PNG\\r\\n\\x1a\\n")
    >>> for read in read_inputs([folder]):
    ...     print(Path(read.record.source).name, read.record.status, read.record.cause)
    a.txt ok None
    b.png skipped unsupported-type
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.ids import document_id
from kg.io.decode import BYTE_ORDER_MARKS, Decoded, binary_signature, decode_bytes
from kg.io.html import FALLBACK_WARNING, HTML_SUFFIXES, VISIBLE_TEXT, declared_charset, html_to_text
from kg.io.jsonl import JSONL_SUFFIXES, parse_line
from kg.io.language import detect_language
from kg.io.records import (
    BAD_FIELD,
    BINARY,
    EMPTY,
    NO_MAIN_TEXT,
    NOT_ENGLISH,
    REPLACED_BYTES,
    UNREADABLE,
    UNSUPPORTED,
    Rejected,
    skipped,
)
from kg.io.split import MAX_DOCUMENT_CHARS, part_spans, split_document
from kg.io.text import clean_text, guess_title, markdown_to_text
from kg.io.walk import Found, check_inputs, walk
from kg.model import Document, InputRecord

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Enough of a file's start to recognise a byte order mark or a binary signature.
_HEAD_BYTES = 64


@dataclass(frozen=True, slots=True)
class Read:
    """One input's record and the documents that came out of it (none if skipped)."""

    record: InputRecord
    documents: tuple[Document, ...] = ()


@dataclass(slots=True)
class _Article:
    """What a format gave: the text, its metadata, and notes for the record."""

    text: str
    encoding: str | None
    given_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)
    losses: list[tuple[str, str]] = field(default_factory=list)  # (cause, what was lost)


def read_inputs(
    paths: Iterable[str | Path], *, max_chars: int = MAX_DOCUMENT_CHARS
) -> Iterator[Read]:
    """Yield a `Read` for every input, lazily, in a stable order.

    Args:
        paths: Files, folders (read recursively, sorted; hidden entries listed as
            skipped) or `-` for standard input.
        max_chars: Documents longer than this are split into parts (see `kg.io.split`).

    Raises:
        UsageError: A named path does not exist (raised before anything is read).
    """
    for found in walk(check_inputs(paths)):
        if isinstance(found, InputRecord):
            yield Read(found)
        else:
            yield from _read_found(found, max_chars)


def read_file(path: str | Path, *, max_chars: int = MAX_DOCUMENT_CHARS) -> Iterator[Read]:
    """The reads of one file: one for a text, Markdown or HTML file, one per JSONL line.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "c.jsonl"
        >>> _ = path.write_text('{"text": "Abe met Xi."}\\n{"id": 1}\\n', encoding="utf-8")
        >>> [(r.record.status, r.record.cause) for r in read_file(path)]
        [('ok', None), ('skipped', 'missing-text')]
    """
    yield from _read_found(Found(str(path), Path(path)), max_chars)


def _read_found(found: Found, max_chars: int) -> Iterator[Read]:
    source = found.source
    if found.path is None:
        data, suffix = _read_stdin(), ".txt"
    else:
        suffix = found.path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
            reason = f"unsupported file type {suffix or '(none)'!r}; use {supported}"
            yield Read(skipped(source, UNSUPPORTED, reason))
            return
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(source, found.path, max_chars)
            return
        try:
            data = found.path.read_bytes()
        except OSError as error:
            yield Read(skipped(source, UNREADABLE, f"unreadable: {error.strerror or error}"))
            return
    declared = declared_charset(data) if suffix in HTML_SUFFIXES else None
    decoded = decode_bytes(data, declared=declared)
    if isinstance(decoded, Rejected):
        yield Read(skipped(source, decoded.cause, decoded.reason))
        return
    article = _article(decoded)
    if suffix in MARKDOWN_SUFFIXES:
        article.text = markdown_to_text(article.text)
    elif suffix in HTML_SUFFIXES:
        page = html_to_text(article.text)
        if not page.text.strip():
            reason = "HTML page has no visible text (only markup, scripts or navigation)"
            yield Read(skipped(source, NO_MAIN_TEXT, reason, encoding=decoded.encoding))
            return
        article.text, article.title, article.url = page.text, page.title, page.url
        article.published = page.published
        if page.method == VISIBLE_TEXT:
            article.warnings.append(FALLBACK_WARNING)
    yield _to_documents(source, article, max_chars)


def _read_stdin() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return bytes(buffer.read())
    return sys.stdin.read().encode("utf-8", errors="surrogatepass")


def _read_jsonl_file(source: str, path: Path, max_chars: int) -> Iterator[Read]:
    """A JSONL corpus, line by line: however big the file, one line is in memory at a time."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Read(skipped(source, UNREADABLE, f"unreadable: {error.strerror or error}"))
        return
    with handle:
        try:
            head = handle.read(_HEAD_BYTES)
            handle.seek(0)
        except OSError as error:
            yield Read(skipped(source, UNREADABLE, f"unreadable: {error.strerror or error}"))
            return
        kind = binary_signature(head)
        if kind:
            yield Read(skipped(source, BINARY, f"binary file ({kind})"))
            return
        if any(head.startswith(mark) for mark, codec in BYTE_ORDER_MARKS if codec != "utf-8-sig"):
            lines = _wide_lines(handle.read())  # UTF-16/32: decode first, then split
        else:
            lines = _streamed_lines(source, handle)
        yield from _read_jsonl(source, lines, max_chars)


def _read_jsonl(
    source: str, lines: Iterable[tuple[int, Decoded | Rejected]], max_chars: int
) -> Iterator[Read]:
    empty = True
    for number, decoded in lines:
        empty = False
        line_source = f"{source}:{number}"
        if isinstance(decoded, Rejected):
            yield Read(skipped(line_source, decoded.cause, decoded.reason))
            continue
        parsed = parse_line(decoded.text)
        if isinstance(parsed, Rejected):
            yield Read(skipped(line_source, parsed.cause, parsed.reason))
            continue
        article = _article(decoded)
        article.text, article.given_id = parsed.text, parsed.id
        article.title, article.url, article.published = parsed.title, parsed.url, parsed.published
        article.losses.extend((BAD_FIELD, problem) for problem in parsed.problems)
        yield _to_documents(line_source, article, max_chars)
    if empty:
        yield Read(skipped(source, EMPTY, "empty JSONL file"))


def _streamed_lines(source: str, handle: BinaryIO) -> Iterator[tuple[int, Decoded | Rejected]]:
    """Each non-blank line of a UTF-8 (or legacy) file, decoded on its own, so one bad
    line spoils only itself. Only `\\n` ends a line, as in `split_lines`."""
    number = 0
    try:
        for number, raw_line in enumerate(handle, start=1):
            line = raw_line.removesuffix(b"\n").removesuffix(b"\r")
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if line.strip():
                yield number, decode_bytes(line)
    except OSError as error:  # the lines read so far stay; the rest is accounted for
        reason = f"unreadable from this line on: {error.strerror or error}"
        yield number + 1, Rejected(UNREADABLE, reason)


def _wide_lines(data: bytes) -> Iterator[tuple[int, Decoded | Rejected]]:
    """The non-blank lines of a UTF-16 or UTF-32 file, decoded whole first."""
    whole = decode_bytes(data)
    if isinstance(whole, Rejected):
        yield 1, whole
        return
    for number, line in enumerate(whole.text.split("\n"), start=1):
        if line.strip():
            yield number, Decoded(line.removesuffix("\r"), whole.encoding, whole.warnings)


def _article(decoded: Decoded) -> _Article:
    article = _Article(decoded.text, decoded.encoding, warnings=list(decoded.warnings))
    if decoded.replaced:
        article.losses.append(
            (
                REPLACED_BYTES,
                f"{decoded.replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD "
                f"(first at byte {decoded.first_replaced_at})",
            )
        )
    return article


def _to_documents(source: str, article: _Article, max_chars: int) -> Read:
    """Clean, check and identify the text; split it when too long."""
    cleaned = clean_text(article.text)
    if cleaned.controls:
        article.warnings.append(
            f"{cleaned.controls} control character(s) replaced with spaces or newlines"
        )
    if cleaned.surrogates:
        article.losses.append(
            (REPLACED_BYTES, f"{cleaned.surrogates} unpaired surrogate(s) replaced with U+FFFD")
        )
    text = cleaned.text
    if not text.strip():
        return Read(skipped(source, EMPTY, "empty or whitespace-only", encoding=article.encoding))
    guess = detect_language(text)
    if not guess.is_english:
        reason = (
            f"not English: detected {guess.language!r} (probability of English "
            f"{guess.english:.3f}); kg's model and rules read English only"
        )
        return Read(
            skipped(source, NOT_ENGLISH, reason, encoding=article.encoding, language=guess.language)
        )
    document = Document(
        id=article.given_id or document_id(text),
        text=text,
        title=article.title or guess_title(text),
        url=article.url,
        published=article.published,
        source_path=source,
    )
    parts, split_warning = split_document(document, max_chars)
    if split_warning:
        article.warnings.append(split_warning)
    record = InputRecord(
        source,
        "partial" if article.losses else "ok",
        reason="; ".join(loss for _, loss in article.losses) or None,
        doc_id=document.id,
        cause=article.losses[0][0] if article.losses else None,
        encoding=article.encoding,
        language=guess.language,
        parts=part_spans(document, parts),
        warnings=tuple(article.warnings),
    )
    return Read(record, parts)
