"""Read inputs into `Document`s, accounting for every one of them.

`read_inputs` walks files, folders and stdin lazily and yields one `Read` per input (a
file, a JSONL line, or stdin): its `InputRecord` (status `ok`, `skipped` or `partial`,
with a cause and a reason when not `ok`) and the documents that came out of it. Nothing
is silently dropped or truncated. `InputLedger` adds what a build needs on top:
duplicates, extraction failures, and counts that reconcile.

Modules: `walk` (folders, links, special files), `decode` (encodings, binary),
`text` (plain text, Markdown, control characters), `html` (main text), `jsonl`,
`language` (English or not), `split` (oversize documents), `read` (the steps in order),
`ledger` (a build's accounting), `records` (causes).

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Putin called Trump.", encoding="utf-8")
    >>> [(read.record.status, read.documents[0].text) for read in read_inputs([folder])]
    [('ok', 'Putin called Trump.')]
"""

from __future__ import annotations

from kg.io.decode import Decoded, decode_bytes
from kg.io.html import HtmlText, html_to_text
from kg.io.language import LanguageGuess, detect_language
from kg.io.ledger import InputLedger
from kg.io.read import SUPPORTED_SUFFIXES, Read, read_file, read_inputs
from kg.io.records import CAUSES, Rejected
from kg.io.split import MAX_DOCUMENT_CHARS, split_document, split_text
from kg.io.text import clean_text, guess_title, markdown_to_text
from kg.io.walk import STDIN, check_inputs

__all__ = [
    "CAUSES",
    "MAX_DOCUMENT_CHARS",
    "STDIN",
    "SUPPORTED_SUFFIXES",
    "Decoded",
    "HtmlText",
    "InputLedger",
    "LanguageGuess",
    "Read",
    "Rejected",
    "check_inputs",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "guess_title",
    "html_to_text",
    "markdown_to_text",
    "read_file",
    "read_inputs",
    "split_document",
    "split_text",
]
