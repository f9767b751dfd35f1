"""Records written on a background thread: all of them, and failures not swallowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.engine.writer import RecordWriter
from kg.model import Document
from kg.workspace import RECORDS_DIR, DocumentRecord, read_records


def _record(doc_id: str) -> DocumentRecord:
    return DocumentRecord(Document(doc_id, f"Text of {doc_id}."), (), (), 1, 0)


def test_every_record_is_on_disk_after_the_block(tmp_path: Path) -> None:
    with RecordWriter(tmp_path, batch_size=3, ahead=2) as writer:
        for number in range(20):
            writer.write(_record(f"d{number}"))
    assert sorted(read_records(tmp_path)) == sorted(f"d{number}" for number in range(20))


def test_a_failed_write_is_raised(tmp_path: Path) -> None:
    (tmp_path / RECORDS_DIR).write_text("a file where the records folder should be")

    def write_and_flush(writer: RecordWriter) -> None:
        writer.write(_record("d1"))  # raises here if the write already failed
        writer.flush()  # else here

    with RecordWriter(tmp_path) as writer, pytest.raises(FileExistsError, match="records"):
        write_and_flush(writer)


def test_records_handed_over_are_written_even_when_the_build_fails(tmp_path: Path) -> None:
    def build_that_fails() -> None:
        with RecordWriter(tmp_path) as writer:
            writer.write(_record("d1"))
            raise RuntimeError("parser died")

    with pytest.raises(RuntimeError, match="parser died"):
        build_that_fails()
    assert list(read_records(tmp_path)) == ["d1"]
