"""The whole story of `kg build` and `kg remove`, in one place.

    inputs -> read (kg.io) -> skip documents the workspace already holds unchanged
           -> parse (kg.nlp) -> extract (kg.extract) -> one record per document (DIR/records/)
    all records -> merge entities -> statements.jsonl, entities.jsonl, documents.jsonl
           -> the store (DIR/store) -> graph files, neo4j/ -> report.json

Building into an existing folder adds new documents and replaces changed ones by id;
everything after the records is recomputed from all of them (see `kg.workspace`).

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    >>> report = build([folder / "a.txt"], folder / "out")
    >>> report["counts"]["statements"], (folder / "out" / "graph.html").exists()
    (1, True)
    >>> build([folder / "a.txt"], folder / "out")["workspace"]["unchanged"]
    1
"""

from __future__ import annotations

import json
import platform
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg import __version__
from kg.errors import UsageError
from kg.export import BUILD_FORMATS, GraphData, get_exporter
from kg.export.base import jsonl
from kg.extract import extract_document
from kg.extract.actors.canonical import merge_entities
from kg.fingerprint import source_fingerprint
from kg.fsutil import atomic_write_text
from kg.graph.rdf import named_graphs
from kg.ids import short_hash
from kg.io import read_inputs
from kg.model import Document, InputRecord, document_to_dict
from kg.nlp import load_pipeline, model_description, model_name, parse
from kg.store import StoreSync, sync_store
from kg.workspace import (
    DOCUMENTS_FILE,
    ENTITIES_FILE,
    STATEMENTS_FILE,
    STORE_DIR,
    DocumentRecord,
    delete_record,
    has_records,
    read_records,
    same_content,
    workspace_lock,
    write_record,
)

REPORT_FILE = "report.json"


def extractor_fingerprint(nlp: Language) -> str:
    """Identifies what a document record depends on: our extraction code and the model."""
    code = source_fingerprint("extract", "nlp.py", "ids.py", "model.py")
    return short_hash(__version__, code, model_description(nlp), length=32)


class _Accounting:
    """Every input's record, and which documents need parsing (new, changed or stale)."""

    def __init__(self, stored: dict[str, DocumentRecord], extractor: str) -> None:
        self.records: list[InputRecord] = []
        self.actions: dict[str, str] = {}  # doc id -> added | replaced | unchanged
        self._stored = stored
        self._extractor = extractor
        self._seen: dict[str, tuple[str, str]] = {}

    def to_parse(self, inputs: Iterable[str | Path]) -> Iterator[Document]:
        for record, document in read_inputs(inputs):
            if document is None:
                self.records.append(record)
                continue
            seen = self._seen.get(document.id)
            if seen is not None:
                source, text = seen
                why = "same text as" if text == document.text else "document id already used by"
                self.records.append(
                    InputRecord(record.source, "skipped", f"{why} {source}", document.id)
                )
                continue
            self._seen[document.id] = (record.source, document.text)
            self.records.append(record)
            stored = self._stored.get(document.id)
            if stored is None:
                self.actions[document.id] = "added"
            elif stored.extractor == self._extractor and same_content(stored.document, document):
                self.actions[document.id] = "unchanged"
                continue
            else:
                self.actions[document.id] = "replaced"
            yield document


@dataclass(frozen=True, slots=True)
class WrittenOutputs:
    """What `write_outputs` wrote: file and folder names, and what the store sync did."""

    names: list[str]
    store: StoreSync


def build(
    inputs: Iterable[str | Path],
    out: str | Path = "output",
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
) -> dict[str, Any]:
    """Build the inputs into the workspace `out`; return the report.

    Documents the workspace already holds with the same content (and extracted by the
    same code and model) are not parsed again; changed ones are replaced by id.

    Args:
        inputs: Files, folders, or `-` for stdin (see `kg.io.read_inputs`).
        out: The workspace folder; created if missing.
        model: A spaCy pipeline name; None picks the best installed English one.
        workers: Parser processes (spaCy's `n_process`).
        batch_size: Documents per parser batch.

    Raises:
        StoreError: Another process is using `out`, or its records are damaged.
    """
    out = Path(out)
    started = time.perf_counter()
    with workspace_lock(out, exclusive=True):
        nlp = load_pipeline(model)
        extractor = extractor_fingerprint(nlp)
        loaded = time.perf_counter()
        legacy = _legacy_documents(out)
        stored = read_records(out)
        accounting = _Accounting(stored, extractor)
        extract_seconds = 0.0
        for document, doc in parse(
            nlp, accounting.to_parse(inputs), batch_size=batch_size, n_process=workers
        ):
            tick = time.perf_counter()
            record = DocumentRecord.from_extraction(extract_document(document, doc), extractor)
            write_record(out, record)
            stored[document.id] = record
            extract_seconds += time.perf_counter() - tick
        processed = time.perf_counter()
        data = merge_records(stored.values())
        written = write_outputs(data, out)
        finished = time.perf_counter()
        actions = Counter(accounting.actions.values())
        report = _report(
            model=(model_name(nlp), model_description(nlp)),
            inputs=accounting.records,
            actions=accounting.actions,
            records=stored,
            data=data,
            written=written,
        )
        report["workspace"] = {
            "added": actions["added"],
            "replaced": actions["replaced"],
            "unchanged": actions["unchanged"],
            "replaced_ids": sorted(i for i, a in accounting.actions.items() if a == "replaced"),
            "stale_records": sum(r.extractor != extractor for r in stored.values()),
            "discarded_legacy_documents": legacy,
        }
        report["timings"] = {
            "load_model_s": round(loaded - started, 3),
            "parse_and_extract_s": round(processed - loaded, 3),
            "extract_s": round(extract_seconds, 3),
            "write_s": round(finished - processed, 3),
            "total_s": round(finished - started, 3),
        }
        atomic_write_text(
            out / REPORT_FILE, json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        )
    return report


def remove(out: str | Path, doc_ids: Iterable[str]) -> dict[str, Any]:
    """Remove documents from the workspace `out`, and every fact only they supported.

    Raises:
        UsageError: A document id is not in the workspace; the message lists some that are.
        StoreError: Another process is using `out`, or it is not a workspace.
    """
    out = Path(out)
    started = time.perf_counter()
    wanted = list(dict.fromkeys(doc_ids))
    with workspace_lock(out, exclusive=True):
        if not has_records(out):
            raise UsageError(
                f"{str(out)!r} is not a kg workspace (no records/ folder); pass the --out "
                "folder of a kg build"
            )
        stored = read_records(out)
        missing = [doc_id for doc_id in wanted if doc_id not in stored]
        if missing:
            known = ", ".join(repr(i) for i in sorted(stored)[:5]) or "none"
            raise UsageError(
                f"no document {missing[0]!r} in {str(out)!r} (it has {len(stored)}, e.g. "
                f"{known}); see the ids in its {DOCUMENTS_FILE}"
            )
        for doc_id in wanted:
            delete_record(out, doc_id)
            del stored[doc_id]
        data = merge_records(stored.values())
        written = write_outputs(data, out)
        report = _report(
            model=None, inputs=[], actions={}, records=stored, data=data, written=written
        )
        report["workspace"] = {"removed": len(wanted), "removed_ids": wanted}
        report["timings"] = {"total_s": round(time.perf_counter() - started, 3)}
        atomic_write_text(
            out / REPORT_FILE, json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        )
    return report


def merge_records(records: Iterable[DocumentRecord]) -> GraphData:
    """The merged views of a set of document records (a pure function of the set)."""
    ordered = sorted(records, key=lambda record: record.document.id)
    return GraphData(
        documents=tuple(record.document for record in ordered),
        entities=merge_entities(entity for record in ordered for entity in record.entities),
        statements=tuple(
            sorted(
                (statement for record in ordered for statement in record.statements),
                key=lambda s: (s.doc_id, s.char_start, s.char_end, s.id),
            )
        ),
    )


def write_outputs(data: GraphData, out: Path) -> WrittenOutputs:
    """Write the JSONL views, sync the store, and write every build format."""
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / STATEMENTS_FILE, jsonl(s.to_dict() for s in data.statements))
    atomic_write_text(out / ENTITIES_FILE, jsonl(e.to_dict() for e in data.entities))
    atomic_write_text(out / DOCUMENTS_FILE, jsonl(document_to_dict(d) for d in data.documents))
    store = sync_store(
        out / STORE_DIR, named_graphs(data.documents, data.entities, data.statements)
    )
    names = [STATEMENTS_FILE, ENTITIES_FILE, DOCUMENTS_FILE, STORE_DIR]
    for name in BUILD_FORMATS:
        exporter = get_exporter(name)
        exporter.write(data, out / exporter.target)
        names.append(exporter.target)
    return WrittenOutputs([*names, REPORT_FILE], store)


def _legacy_documents(out: Path) -> int:
    """Documents of a folder built before workspaces had records: they cannot be kept."""
    documents = out / DOCUMENTS_FILE
    if has_records(out) or not documents.is_file():
        return 0
    return sum(1 for line in documents.read_text(encoding="utf-8").splitlines() if line.strip())


def _input_entry(record: InputRecord, actions: dict[str, str]) -> dict[str, Any]:
    """An input's record, with what happened to its document in the workspace."""
    entry = record.to_dict()
    if record.status != "skipped" and record.doc_id in actions:
        entry["action"] = actions[record.doc_id]
    return entry


def _report(
    *,
    model: tuple[str, str] | None,
    inputs: list[InputRecord],
    actions: dict[str, str],
    records: dict[str, DocumentRecord],
    data: GraphData,
    written: WrittenOutputs,
) -> dict[str, Any]:
    statuses = Counter(record.status for record in inputs)
    dropped: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    for record in records.values():
        dropped.update(record.dropped)
        unresolved.update(record.unresolved)
    return {
        "kg_version": __version__,
        "python": platform.python_version(),
        "model": model[0] if model else None,
        "model_version": model[1] if model else None,
        "counts": {
            "inputs": len(inputs),
            "inputs_ok": statuses.get("ok", 0),
            "inputs_skipped": statuses.get("skipped", 0),
            "inputs_partial": statuses.get("partial", 0),
            "documents": len(data.documents),
            "sentences": sum(record.sentences for record in records.values()),
            "words": sum(len(document.text.split()) for document in data.documents),
            "triples": sum(record.triples for record in records.values()),
            "statements": len(data.statements),
            "entities": len(data.entities),
        },
        "dropped": dict(sorted(dropped.items())),
        "unresolved_mentions": dict(sorted(unresolved.items())),
        "store": written.store.to_dict(),
        "inputs": [_input_entry(record, actions) for record in inputs],
        "outputs": written.names,
    }
