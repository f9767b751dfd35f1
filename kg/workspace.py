"""A build folder as a workspace that grows: per-document records, merged views, a store.

    DIR/records/<hash>.json   one per document: what extraction found in it (the truth)
    DIR/statements.jsonl      merged views, recomputed from all records
    DIR/entities.jsonl
    DIR/documents.jsonl
    DIR/store/, store.json    the Oxigraph store and its graphs' fingerprints
    DIR/graph.*, neo4j/       export formats, regenerated from the merged views
    DIR/report.json           what the last command did

Everything but `records/` is derived: a pure function of the set of records, so building
A then B gives what building A and B together gives, removing A gives what building B
alone gives, and no document is ever counted twice. The JSONL files alone are enough to
regenerate every export (`load_graph_data`).

Crash safety follows from the same split. A build commits records batch by batch
(`commit_records`: every file written whole, then flushed) and writes the derived files
only at the end, each atomically (`kg.fsutil`). Killed at any moment, it leaves committed
records, derived files that are whole (old or new), and perhaps temporary files; the
next build deletes those, skips the documents whose records are current (`is_current`),
and recomputes everything derived, so it ends where an uninterrupted build ends.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.pipeline import build
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    >>> _ = build([folder / "a.txt"], folder / "out")
    >>> len(load_graph_data(folder / "out").statements), len(read_records(folder / "out"))
    (1, 1)
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, StoreError
from kg.export.base import GraphData
from kg.fsutil import atomic_write_text, fsync_folder
from kg.ids import short_hash
from kg.model import (
    Document,
    Entity,
    EntityRef,
    Statement,
    document_from_dict,
    document_to_dict,
    entity_from_dict,
)

DOCUMENTS_FILE = "documents.jsonl"
ENTITIES_FILE = "entities.jsonl"
STATEMENTS_FILE = "statements.jsonl"
RECORDS_DIR = "records"
STORE_DIR = "store"
LOCK_FILE = ".kg.lock"
RECORD_FORMAT = 1

if TYPE_CHECKING:  # importing kg.extract loads spaCy; readers of a workspace need not
    from kg.extract import DocumentExtraction
    from kg.extract.actors import MergeRecord


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What extraction found in one document, kept so later builds need not re-parse it.

    Attributes:
        document: The document.
        entities: Its entities, before merging across documents.
        statements: Its statements, in text order.
        sentences: Sentences in the document.
        triples: Triples the Open IE stage found.
        dropped: Triples that did not become statements, by reason.
        unresolved: References that resolved to no entity, by form.
        extractor: Fingerprint of the extraction code and model that produced it
            (`kg.pipeline.extractor_fingerprint`); a record from another extractor is
            re-extracted when its document is built again.
        merges: Name variants merged within the document, with reasons (for merges.jsonl).
    """

    document: Document
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    sentences: int
    triples: int
    dropped: dict[str, int] = field(default_factory=dict)
    unresolved: dict[str, int] = field(default_factory=dict)
    extractor: str = ""
    merges: tuple[MergeRecord, ...] = ()

    @classmethod
    def from_extraction(cls, result: DocumentExtraction, extractor: str) -> DocumentRecord:
        return cls(
            document=result.document,
            entities=result.entities,
            statements=result.statements,
            sentences=result.sentences,
            triples=result.triples,
            dropped=dict(sorted(result.dropped.items())),
            unresolved=dict(sorted(result.unresolved.items())),
            extractor=extractor,
            merges=tuple(result.actors.merges) if result.actors else (),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RECORD_FORMAT,
            "extractor": self.extractor,
            "document": document_to_dict(self.document),
            "sentences": self.sentences,
            "triples": self.triples,
            "dropped": self.dropped,
            "unresolved": self.unresolved,
            "entities": [entity.to_dict() for entity in self.entities],
            "statements": [statement.to_dict() for statement in self.statements],
            "merges": [merge.to_dict() for merge in self.merges],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentRecord:
        return cls(
            document=document_from_dict(data["document"]),
            entities=tuple(entity_from_dict(row) for row in data["entities"]),
            statements=tuple(Statement.from_dict(row) for row in data["statements"]),
            sentences=int(data["sentences"]),
            triples=int(data["triples"]),
            dropped={str(k): int(v) for k, v in data.get("dropped", {}).items()},
            unresolved={str(k): int(v) for k, v in data.get("unresolved", {}).items()},
            extractor=str(data.get("extractor", "")),
            merges=tuple(_merge_from_dict(row) for row in data.get("merges", [])),
        )


def _merge_from_dict(data: dict[str, Any]) -> MergeRecord:
    """Read back `MergeRecord.to_dict`."""
    from kg.extract.actors import MergeRecord

    return MergeRecord(
        into=EntityRef(**data["into"]),
        merged=tuple(data["merged"]),
        reason=data["reason"],
        score=float(data["score"]),
        scope=data.get("scope", "document"),
        doc_id=data.get("doc_id"),
    )


def same_content(a: Document, b: Document) -> bool:
    """Whether two versions of a document would extract the same (the path may differ).

    Example:
        >>> same_content(Document("d", "Hi.", source_path="a.txt"), Document("d", "Hi."))
        True
    """
    return (a.id, a.text, a.title, a.url, a.published) == (
        b.id,
        b.text,
        b.title,
        b.url,
        b.published,
    )


def record_path(folder: Path, doc_id: str) -> Path:
    """The record file of a document: a hash of its id (ids may hold any character)."""
    return folder / RECORDS_DIR / f"{short_hash(doc_id, length=32)}.json"


def is_current(record: DocumentRecord | None, document: Document, extractor: str) -> bool:
    """Whether a stored record already holds `document`, so it need not be parsed again.

    It must be the same document (id, text, title, url, date) extracted by the same code
    and model (`extractor`).

    Example:
        >>> hi, ho = Document("d", "Hi."), Document("d", "Ho.")
        >>> record = DocumentRecord(hi, (), (), 1, 0, extractor="x1")
        >>> is_current(record, hi, "x1"), is_current(record, ho, "x1")
        (True, False)
        >>> is_current(None, hi, "x1"), is_current(record, hi, "x2")
        (False, False)
    """
    return (
        record is not None
        and record.extractor == extractor
        and same_content(record.document, document)
    )


def write_record(folder: Path, record: DocumentRecord, *, flush_folder: bool = True) -> None:
    """Write one document's record atomically (see `commit_records` for a batch)."""
    text = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)
    path = record_path(folder, record.document.id)
    atomic_write_text(path, text + "\n", flush_folder=flush_folder)


def commit_records(folder: Path, records: Iterable[DocumentRecord]) -> int:
    """Commit a batch of records to the workspace: each file whole, then all on disk.

    This is the unit of progress of a build: once it returns, a build killed later
    finds these documents done and does not parse them again (`is_current`). Returns
    how many records were written.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> commit_records(folder, [DocumentRecord(Document("d", "Hi."), (), (), 1, 0)])
        1
        >>> list(read_records(folder))
        ['d']
    """
    count = 0
    for record in records:
        write_record(folder, record, flush_folder=False)
        count += 1
    if count:
        fsync_folder(folder / RECORDS_DIR)
    return count


def delete_record(folder: Path, doc_id: str) -> None:
    record_path(folder, doc_id).unlink(missing_ok=True)


def has_records(folder: Path) -> bool:
    return (folder / RECORDS_DIR).is_dir()


def read_records(folder: str | Path) -> dict[str, DocumentRecord]:
    """Every document record of a workspace, by document id (empty for a new folder).

    Raises:
        StoreError: A record file is damaged; the message names it.
    """
    records: dict[str, DocumentRecord] = {}
    directory = Path(folder) / RECORDS_DIR
    if not directory.is_dir():
        return records
    for path in sorted(directory.glob("*.json")):
        try:
            record = DocumentRecord.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise StoreError(
                f"damaged document record {str(path)!r} ({type(error).__name__}: {error}); "
                "delete that file and build its document again"
            ) from error
        if path != record_path(Path(folder), record.document.id):
            raise StoreError(
                f"document record {str(path)!r} holds document {record.document.id!r}, whose "
                "record belongs elsewhere; delete that file and build its document again"
            )
        records[record.document.id] = record
    return records


@contextmanager
def workspace_lock(folder: Path, *, exclusive: bool) -> Iterator[None]:
    """Hold the workspace's lock: exclusive to change it, shared to read it.

    `kg build` and `kg remove` take it exclusively; `kg query` and `kg serve` share it,
    so nothing reads a store while it is being rewritten.

    Raises:
        StoreError: Another process holds the lock in a conflicting mode.
    """
    if exclusive:
        folder.mkdir(parents=True, exist_ok=True)
    lock_path = folder / LOCK_FILE
    try:
        handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise StoreError(f"cannot lock {str(folder)!r}: {error.strerror or error}") from error
    try:
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError as error:
            using = (
                "in use by another kg process (build, remove, query or serve)"
                if exclusive
                else "being changed by another kg process (build or remove)"
            )
            raise StoreError(
                f"{str(folder)!r} is {using}; wait for it to finish or stop it, then retry"
            ) from error
        yield
    finally:
        os.close(handle)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(
            f"{str(path)!r} is missing; is {str(path.parent)!r} a folder written by kg build?"
        )
    rows = []
    # Only LF ends a JSONL line: `splitlines` would also break at U+2028, which
    # `json.dumps(ensure_ascii=False)` writes as is inside strings.
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: invalid JSON ({error.msg})") from error
    return rows


def load_graph_data(folder: str | Path) -> GraphData:
    """The documents, entities and statements of a build folder (its merged views).

    Raises:
        InputError: The folder is not a build folder or a file in it is damaged.
    """
    folder = Path(folder)
    return GraphData(
        documents=tuple(document_from_dict(r) for r in _read_jsonl(folder / DOCUMENTS_FILE)),
        entities=tuple(entity_from_dict(r) for r in _read_jsonl(folder / ENTITIES_FILE)),
        statements=tuple(Statement.from_dict(r) for r in _read_jsonl(folder / STATEMENTS_FILE)),
    )
