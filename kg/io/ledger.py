"""The ledger of a build's inputs: every record, duplicates caught, failures booked.

`InputLedger.documents` feeds the parser (each distinct document once) while keeping
the record of every input; `InputLedger.failed` books a document whose extraction
raised, so one bad document costs only itself. `counts` reconcile exactly:

    inputs == ok + skipped + partial
    documents_read == documents handed to the parser == processed + failed

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("a.txt", "b.txt"):
    ...     _ = (folder / name).write_text("Putin called Trump.", encoding="utf-8")
    >>> ledger = InputLedger()
    >>> [document.text for document in ledger.documents([folder])]
    ['Putin called Trump.']
    >>> [(Path(r.source).name, r.status, r.cause) for r in ledger.records]
    [('a.txt', 'ok', None), ('b.txt', 'skipped', 'duplicate')]
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.ids import short_hash
from kg.io.read import read_inputs
from kg.io.records import DUPLICATE, EXTRACTION_FAILED, PARTS_FAILED
from kg.io.split import MAX_DOCUMENT_CHARS
from kg.model import Document, InputRecord, InputStatus


class InputLedger:
    """Every input's record, plus the documents that reach the parser (deduplicated)."""

    def __init__(self, *, max_chars: int = MAX_DOCUMENT_CHARS) -> None:
        self.max_chars = max_chars
        self.records: list[InputRecord] = []
        self._seen: dict[str, tuple[str, str]] = {}  # doc id -> (source, hash of text)
        self._record_of: dict[str, int] = {}  # id of a document handed out -> record index
        self._failures: dict[int, list[str]] = {}  # record index -> why its documents failed
        self._before_failure: dict[int, InputRecord] = {}
        self.documents_read = 0

    def documents(self, inputs: Iterable[str | Path]) -> Iterator[Document]:
        """The distinct documents of the inputs, lazily; records every input on the way."""
        for read in read_inputs(inputs, max_chars=self.max_chars):
            record = read.record
            if not read.documents or record.doc_id is None:
                self.records.append(record)
                continue
            text_hash = short_hash(*(document.text for document in read.documents))
            seen = self._seen.get(record.doc_id)
            if seen is not None:
                source, seen_hash = seen
                why = "same text as" if seen_hash == text_hash else "document id already used by"
                self.records.append(
                    dataclasses.replace(
                        record,
                        status="skipped",
                        reason=f"{why} {source}",
                        cause=DUPLICATE,
                        parts=(),
                        warnings=(),
                    )
                )
                continue
            self._seen[record.doc_id] = (record.source, text_hash)
            self.records.append(record)
            for document in read.documents:
                self._record_of[document.id] = len(self.records) - 1
                self.documents_read += 1
                yield document

    def failed(self, document: Document, error: BaseException | str) -> None:
        """Book a document whose parsing or extraction raised `error`.

        `error` is the exception, or its `Type: message` text when it was raised in
        another process (`kg.engine.Outcome.error`).
        """
        index = self._record_of[document.id]
        failures = self._failures.setdefault(index, [])
        why = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        failures.append(f"{document.id}: {why}")
        record = self._before_failure.setdefault(index, self.records[index])
        parts = max(len(record.parts), 1)
        status: InputStatus
        if len(failures) == parts:
            status, cause, what = "skipped", EXTRACTION_FAILED, "extraction failed"
        else:
            status, cause = "partial", PARTS_FAILED
            what = f"extraction failed for {len(failures)} of {parts} parts"
        reason = f"{what} ({'; '.join(failures)})"
        if record.reason:  # what was already lost while reading stays on the record
            reason = f"{reason}; {record.reason}"
        self.records[index] = dataclasses.replace(record, status=status, cause=cause, reason=reason)

    @property
    def documents_failed(self) -> int:
        return sum(len(failures) for failures in self._failures.values())

    def counts(self) -> dict[str, Any]:
        """How many inputs ended how, and why; how many documents were read and failed."""
        statuses = Counter(record.status for record in self.records)
        skipped = Counter(r.cause or "" for r in self.records if r.status == "skipped")
        partial = Counter(r.cause or "" for r in self.records if r.status == "partial")
        return {
            "inputs": len(self.records),
            "inputs_ok": statuses.get("ok", 0),
            "inputs_skipped": statuses.get("skipped", 0),
            "inputs_partial": statuses.get("partial", 0),
            "inputs_split": sum(1 for record in self.records if record.parts),
            # Documents that are parts of a split input (each parsed on its own).
            "split_parts": sum(len(record.parts) for record in self.records),
            "documents_read": self.documents_read,
            "documents_failed": self.documents_failed,
            "skipped_by_cause": dict(sorted(skipped.items())),
            "partial_by_cause": dict(sorted(partial.items())),
        }
