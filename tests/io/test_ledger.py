"""A build's accounting: duplicates, extraction failures, counts that reconcile."""

from __future__ import annotations

import json
from pathlib import Path

from kg.io import InputLedger
from kg.model import Document


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    (folder / "b.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    lines = [
        json.dumps({"id": "x", "text": "Merkel praised Macron."}),
        json.dumps({"id": "x", "text": "A different text, same id."}),
        "{broken",
    ]
    (folder / "d.jsonl").write_text("\n".join(lines))
    (folder / "e.txt").write_text("Putin called Trump on Saturday.\n\n" * 30)
    return folder


def test_duplicates_are_skipped_with_the_first_source(tmp_path: Path) -> None:
    ledger = InputLedger(max_chars=400)
    documents = list(ledger.documents([_folder(tmp_path)]))
    rows = [(Path(r.source).name, r.status, r.cause) for r in ledger.records]
    assert rows == [
        ("a.txt", "ok", None),
        ("b.txt", "skipped", "duplicate"),
        ("c.txt", "skipped", "binary"),
        ("d.jsonl:1", "ok", None),
        ("d.jsonl:2", "skipped", "duplicate"),
        ("d.jsonl:3", "skipped", "invalid-json"),
        ("e.txt", "ok", None),
    ]
    assert ledger.records[1].reason == f"same text as {tmp_path / 'in' / 'a.txt'}"
    jsonl = tmp_path / "in" / "d.jsonl"
    assert ledger.records[4].reason == f"document id already used by {jsonl}:1"
    assert len(documents) == 2 + len(ledger.records[6].parts) == ledger.documents_read


def test_counts_reconcile(tmp_path: Path) -> None:
    ledger = InputLedger(max_chars=400)
    list(ledger.documents([_folder(tmp_path)]))
    counts = ledger.counts()
    assert counts["inputs"] == 7 == sum(counts[f"inputs_{s}"] for s in ("ok", "skipped", "partial"))
    assert counts["skipped_by_cause"] == {"binary": 1, "duplicate": 2, "invalid-json": 1}
    assert sum(counts["skipped_by_cause"].values()) == counts["inputs_skipped"]
    assert counts["inputs_split"] == 1 and counts["documents_failed"] == 0
    assert counts["split_parts"] == len(ledger.records[6].parts) >= 2
    assert counts["documents_read"] == 2 + counts["split_parts"]


def test_failed_parts_make_an_input_partial_then_skipped(tmp_path: Path) -> None:
    ledger = InputLedger(max_chars=400)
    documents = list(ledger.documents([_folder(tmp_path)]))
    parts = [d for d in documents if d.source_path and d.source_path.endswith("e.txt")]
    assert len(parts) >= 2
    ledger.failed(parts[0], ValueError("boom"))
    record = ledger.records[6]
    assert (record.status, record.cause) == ("partial", "parts-failed")
    assert record.reason == (
        f"extraction failed for 1 of {len(parts)} parts ({parts[0].id}: ValueError: boom)"
    )
    for part in parts[1:]:
        ledger.failed(part, RuntimeError("again"))
    record = ledger.records[6]
    assert (record.status, record.cause) == ("skipped", "extraction-failed")
    assert ledger.counts()["documents_failed"] == len(parts)


def test_failure_keeps_what_reading_already_lost(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Merkel’s “talks” went well, Müller said.".encode() + b"\xff")
    ledger = InputLedger()
    [document] = ledger.documents([tmp_path / "a.txt"])
    assert ledger.records[0].status == "partial"
    ledger.failed(document, KeyError("x"))
    assert ledger.records[0].status == "skipped"
    assert "invalid UTF-8 byte" in str(ledger.records[0].reason)
    assert isinstance(document, Document)
