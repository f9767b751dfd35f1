"""The whole story of `kg build` and `kg remove`, in one place.

    inputs -> read (kg.io) -> skip documents the workspace already holds unchanged
           -> parse (kg.nlp) -> extract (kg.extract), in batches, in this process, a
              process pool or on Dask (kg.engine) -> one record per document
              (DIR/records/, committed per batch: a killed build resumes where it stopped)
    all records -> canonical entities (kg.extract.actors) -> statements.jsonl,
           entities.jsonl, documents.jsonl, merges.jsonl -> the store (DIR/store)
           -> graph files, neo4j/ -> report.json

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
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg import __version__
from kg.engine import Engine, Outcome, check_options
from kg.engine.memory import peak_rss_mib
from kg.engine.progress import SILENT, BuildProgress
from kg.engine.versions import package_versions
from kg.engine.writer import RecordWriter
from kg.errors import KGError, UsageError
from kg.export import BUILD_FORMATS, GraphData, get_exporter
from kg.export.base import jsonl
from kg.extract.actors import MergeRecord
from kg.fingerprint import source_fingerprint
from kg.fsutil import atomic_write_text, remove_temporary_files
from kg.graph.rdf import named_graphs
from kg.ids import short_hash
from kg.io import MAX_DOCUMENT_CHARS, InputLedger, check_inputs
from kg.io.language import load_language_model
from kg.merge import Merged, merge_records
from kg.model import Document, InputRecord, document_to_dict
from kg.nlp import load_pipeline, model_description, model_name
from kg.store import StoreSync, sync_store
from kg.workspace import (
    DOCUMENTS_FILE,
    ENTITIES_FILE,
    STATEMENTS_FILE,
    STORE_DIR,
    DocumentRecord,
    delete_record,
    has_records,
    is_current,
    read_records,
    workspace_lock,
)

REPORT_FILE = "report.json"
MERGES_FILE = "merges.jsonl"


def extractor_fingerprint(nlp: Language) -> str:
    """Identifies what a document record depends on: our extraction code and the model."""
    code = source_fingerprint("extract", "nlp.py", "ids.py", "model.py")
    return short_hash(__version__, code, model_description(nlp), length=32)


class _Changes:
    """Which documents of a run need parsing: new, changed, or from another extractor."""

    def __init__(self, stored: dict[str, DocumentRecord], extractor: str) -> None:
        self.actions: dict[str, str] = {}  # doc id -> added | replaced | unchanged | failed
        self._stored = stored
        self._extractor = extractor

    def to_parse(self, documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            stored = self._stored.get(document.id)
            if is_current(stored, document, self._extractor):
                self.actions[document.id] = "unchanged"
                continue
            self.actions[document.id] = "added" if stored is None else "replaced"
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
    dask: str | None = None,
    exports: bool = True,
    progress: BuildProgress = SILENT,
) -> dict[str, Any]:
    """Build the inputs into the workspace `out`; return the report.

    Documents the workspace already holds with the same content (and extracted by the
    same code and model) are not parsed again; changed ones are replaced by id.

    Args:
        inputs: Files, folders, or `-` for stdin (see `kg.io.read_inputs`).
        out: The workspace folder; created if missing.
        model: A spaCy pipeline name; None picks the best installed English one.
        workers: Processes that parse and extract (`kg.engine`); with `dask="local"`,
            the local cluster's workers.
        batch_size: Documents per batch (one `nlp.pipe` call, one task), and per commit
            of their records.
        dask: None to parse on this machine, `local` for a Dask `LocalCluster`, or a
            scheduler address (`tcp://host:8786`) to use an existing cluster.
        exports: Write the graph formats (`BUILD_FORMATS`); False writes only the JSONL
            files, the records and the store.
        progress: Told of every document and phase (`kg.engine.progress.ProgressBar`).

    Raises:
        StoreError: Another process is using `out`, or its records are damaged.
        UsageError: A bad --workers, --batch-size or --dask value.
        KGError: A parser process died, the Dask scheduler cannot be reached, or its
            workers run other kg code or another model.
    """
    out = Path(out)
    check_options(workers, batch_size, dask)  # bad options fail before any work
    inputs = check_inputs(inputs)  # a missing input is a usage error, before any work
    started = time.perf_counter()
    with workspace_lock(out, exclusive=True):
        remove_temporary_files(out)  # left by a killed run; nobody else writes here now
        nlp = load_pipeline(model)
        extractor = extractor_fingerprint(nlp)
        load_language_model()
        loaded = time.perf_counter()
        legacy = _legacy_documents(out)
        stored = read_records(out)
        ledger = InputLedger(max_chars=min(MAX_DOCUMENT_CHARS, nlp.max_length))
        changes = _Changes(stored, extractor)
        engine = Engine(model_name(nlp), workers, batch_size, dask)
        parsed = Counter[str]()
        extract_seconds = 0.0
        documents = changes.to_parse(ledger.documents(inputs))
        with RecordWriter(out, batch_size=batch_size) as records:
            for outcome in engine.run(documents):
                document = outcome.document
                _check_extractor(outcome, extractor)
                extract_seconds += outcome.extract_seconds
                parsed["documents"] += 1
                parsed["words"] += outcome.words
                progress.advance(1, outcome.words)
                if outcome.record is None:  # a batch survives one bad document (DESIGN §9)
                    ledger.failed(document, outcome.error or "unknown error")
                    changes.actions[document.id] = "failed"  # a stored version, if any, stays
                    continue
                records.write(outcome.record)
                stored[document.id] = outcome.record
        processed = time.perf_counter()
        parsed_memory = peak_rss_mib()
        progress.phase("merging")
        merged = merge_records(stored.values())
        progress.phase("writing outputs")
        written = write_outputs(merged.data, out, merged.merges, exports=exports)
        finished = time.perf_counter()
        actions = Counter(changes.actions.values())
        report = _report(
            model=(model_name(nlp), model_description(nlp)),
            ledger=ledger,
            actions=changes.actions,
            records=stored,
            merged=merged,
            written=written,
        )
        report["workspace"] = {
            "added": actions["added"],
            "replaced": actions["replaced"],
            "unchanged": actions["unchanged"],
            "failed": actions["failed"],
            "replaced_ids": sorted(i for i, a in changes.actions.items() if a == "replaced"),
            "stale_records": sum(r.extractor != extractor for r in stored.values()),
            # Documents of an old-style folder that this build did not bring back.
            "discarded_legacy_documents": len(legacy - set(stored)),
        }
        report["engine"] = engine.describe()
        # Peak memory in MiB: while parsing, then over the whole build (merge and writes).
        report["peak_rss_mib"] = {
            "parsing": parsed_memory["process"],
            "workers": parsed_memory["workers"],
            "build": peak_rss_mib()["process"],
        }
        report["versions"] = package_versions(model_name(nlp))
        report["counts"]["documents_parsed"] = parsed["documents"]
        report["counts"]["words_parsed"] = parsed["words"]
        report["timings"] = {
            "load_model_s": round(loaded - started, 3),
            "parse_and_extract_s": round(processed - loaded, 3),
            "extract_s": round(extract_seconds, 3),
            "write_s": round(finished - processed, 3),
            "total_s": round(finished - started, 3),
            # Words parsed this run, per second of reading, parsing and extracting.
            "words_per_second": round(parsed["words"] / max(processed - loaded, 1e-9), 1),
            # The same over the whole command: loading the model and writing included.
            "words_per_second_total": round(parsed["words"] / max(finished - started, 1e-9), 1),
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
        remove_temporary_files(out)
        stored = read_records(out)
        # A remove killed after deleting records, before rewriting the views, is finished
        # by running it again: ids still listed in documents.jsonl count as present.
        listed = _listed_documents(out)
        missing = [doc_id for doc_id in wanted if doc_id not in stored and doc_id not in listed]
        if missing:
            known = ", ".join(repr(i) for i in sorted(stored)[:5]) or "none"
            raise UsageError(
                f"no document {missing[0]!r} in {str(out)!r} (it has {len(stored)}, e.g. "
                f"{known}); see the ids in its {DOCUMENTS_FILE}"
            )
        for doc_id in wanted:
            delete_record(out, doc_id)
            stored.pop(doc_id, None)
        merged = merge_records(stored.values())
        written = write_outputs(merged.data, out, merged.merges)
        report = _report(
            model=None,
            ledger=InputLedger(),
            actions={},
            records=stored,
            merged=merged,
            written=written,
        )
        report["workspace"] = {"removed": len(wanted), "removed_ids": wanted}
        report["timings"] = {"total_s": round(time.perf_counter() - started, 3)}
        atomic_write_text(
            out / REPORT_FILE, json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        )
    return report


def write_outputs(
    data: GraphData,
    out: Path,
    merges: Iterable[MergeRecord] | None = None,
    *,
    exports: bool = True,
) -> WrittenOutputs:
    """Write the JSONL views, sync the store, and write every build format.

    `merges` (why entities were merged, within and across documents) goes to
    merges.jsonl when given. With `exports=False` the build formats are not written (a
    large corpus spends most of its write time on them; `kg export` writes any of them
    later), and those left from an earlier build are deleted, since they would be stale.
    """
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / STATEMENTS_FILE, jsonl(s.to_dict() for s in data.statements))
    atomic_write_text(out / ENTITIES_FILE, jsonl(e.to_dict() for e in data.entities))
    atomic_write_text(out / DOCUMENTS_FILE, jsonl(document_to_dict(d) for d in data.documents))
    names = [STATEMENTS_FILE, ENTITIES_FILE, DOCUMENTS_FILE]
    if merges is not None:
        atomic_write_text(out / MERGES_FILE, jsonl(m.to_dict() for m in merges))
        names.append(MERGES_FILE)
    store = sync_store(
        out / STORE_DIR, named_graphs(data.documents, data.entities, data.statements)
    )
    names.append(STORE_DIR)
    for name in BUILD_FORMATS:
        exporter = get_exporter(name)
        if exports:
            exporter.write(data, out / exporter.target)
            names.append(exporter.target)
        elif (out / exporter.target).is_dir():
            shutil.rmtree(out / exporter.target)
        else:
            (out / exporter.target).unlink(missing_ok=True)
    return WrittenOutputs([*names, REPORT_FILE], store)


def _check_extractor(outcome: Outcome, extractor: str) -> None:
    """A worker that ran other code or another model would mix records: refuse it."""
    if outcome.extractor != extractor:
        raise KGError(
            f"a worker extracted document {outcome.document.id!r} with other kg code or "
            f"another model (fingerprint {outcome.extractor}, here {extractor}); install the "
            "same kg version and model on every Dask worker, then build again"
        )


def _legacy_documents(out: Path) -> set[str]:
    """Ids of the documents of a folder built before workspaces had records."""
    return set() if has_records(out) else _listed_documents(out)


def _listed_documents(out: Path) -> set[str]:
    """Ids of the documents in the folder's documents.jsonl (empty if there is none)."""
    documents = out / DOCUMENTS_FILE
    if not documents.is_file():
        return set()
    ids = set()
    for line in documents.read_text(encoding="utf-8").split("\n"):
        try:
            ids.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue  # a damaged line of a folder we are replacing anyway
    return ids


def _input_entry(record: InputRecord, actions: dict[str, str]) -> dict[str, Any]:
    """An input's record, with what happened to its document in the workspace."""
    entry = record.to_dict()
    if record.status != "skipped" and record.doc_id in actions:
        entry["action"] = actions[record.doc_id]
    return entry


def _report(
    *,
    model: tuple[str, str] | None,
    ledger: InputLedger,
    actions: dict[str, str],
    records: dict[str, DocumentRecord],
    merged: Merged,
    written: WrittenOutputs,
) -> dict[str, Any]:
    """This run's inputs (`ledger`) and the whole workspace's counts (`records`)."""
    dropped: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    for record in records.values():
        dropped.update(record.dropped)
        unresolved.update(record.unresolved)
    data = merged.data
    return {
        "kg_version": __version__,
        "python": platform.python_version(),
        "model": model[0] if model else None,
        "model_version": model[1] if model else None,
        "counts": {
            **ledger.counts(),
            "documents": len(data.documents),
            "sentences": sum(record.sentences for record in records.values()),
            "words": sum(len(document.text.split()) for document in data.documents),
            "triples": sum(record.triples for record in records.values()),
            "statements": len(data.statements),
            "entities": len(data.entities),
            "merges": len(merged.merges),
            # Pronouns, nominals and headline fragments that resolved to no actor: dropped
            # from the graph, never turned into nodes (by reason under unresolved_mentions).
            "unresolved_mentions": sum(unresolved.values()),
        },
        "dropped": dict(sorted(dropped.items())),
        "unresolved_mentions": dict(sorted(unresolved.items())),
        "store": written.store.to_dict(),
        "inputs": [_input_entry(record, actions) for record in ledger.records],
        "outputs": written.names,
    }
