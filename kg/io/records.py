"""The causes an input can be skipped or partly read for, and the records that say so.

Every input yields exactly one `InputRecord`. A record that is not `ok` carries a
`cause` (a short code from `CAUSES`, stable for scripts and counts) and a `reason` (one
sentence for people, naming the bad value and, where there is one, the fix).

Example:
    >>> record = skipped("a.pdf", UNSUPPORTED, "unsupported file type '.pdf'")
    >>> (record.status, record.cause)
    ('skipped', 'unsupported-type')
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import InputRecord

# Why nothing came out of an input (status `skipped`).
UNSUPPORTED = "unsupported-type"
HIDDEN = "hidden"
NOT_REGULAR = "not-a-regular-file"
BROKEN_LINK = "broken-symlink"
SYMLINK_LOOP = "symlink-loop"
UNREADABLE = "unreadable"
BINARY = "binary"
UNDECODABLE = "undecodable"
EMPTY = "empty"
NO_MAIN_TEXT = "no-main-text"
INVALID_JSON = "invalid-json"
NOT_AN_OBJECT = "not-an-object"
MISSING_TEXT = "missing-text"
BAD_FIELD = "bad-field"
NOT_ENGLISH = "not-english"
DUPLICATE = "duplicate"
EXTRACTION_FAILED = "extraction-failed"
# Why something was lost from an input that was read (status `partial`).
REPLACED_BYTES = "replaced-bytes"
PARTS_FAILED = "parts-failed"

CAUSES: tuple[str, ...] = (
    UNSUPPORTED,
    HIDDEN,
    NOT_REGULAR,
    BROKEN_LINK,
    SYMLINK_LOOP,
    UNREADABLE,
    BINARY,
    UNDECODABLE,
    EMPTY,
    NO_MAIN_TEXT,
    INVALID_JSON,
    NOT_AN_OBJECT,
    MISSING_TEXT,
    BAD_FIELD,
    NOT_ENGLISH,
    DUPLICATE,
    EXTRACTION_FAILED,
    REPLACED_BYTES,
    PARTS_FAILED,
)


@dataclass(frozen=True, slots=True)
class Rejected:
    """Why some bytes or a value could not become a document: a cause and a reason."""

    cause: str
    reason: str


def skipped(
    source: str,
    cause: str,
    reason: str,
    *,
    encoding: str | None = None,
    language: str | None = None,
    doc_id: str | None = None,
) -> InputRecord:
    """The record of an input that gave no document."""
    return InputRecord(
        source,
        "skipped",
        reason=reason,
        doc_id=doc_id,
        cause=cause,
        encoding=encoding,
        language=language,
    )
