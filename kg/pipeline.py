"""The whole story of `kg build`, in one place.

    inputs -> read (kg.io) -> parse (kg.nlp) -> extract (kg.extract) -> merge entities
           -> write statements.jsonl, entities.jsonl, documents.jsonl, merges.jsonl,
              graph files, neo4j/, report.json

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    >>> report = build([folder / "a.txt"], folder / "out")
    >>> report["counts"]["statements"], (folder / "out" / "graph.html").exists()
    (1, True)
"""

from __future__ import annotations

import json
import platform
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg import __version__
from kg.export import BUILD_FORMATS, GraphData, get_exporter
from kg.export.base import jsonl
from kg.extract import DocumentExtraction, extract_document
from kg.extract.actors import MergeRecord
from kg.extract.actors.canonical import canonicalize, remap_statements
from kg.fsutil import atomic_write_text
from kg.io import MAX_DOCUMENT_CHARS, InputLedger, check_inputs
from kg.model import document_to_dict
from kg.nlp import load_pipeline, model_description, model_name, parse
from kg.workspace import DOCUMENTS_FILE, ENTITIES_FILE, STATEMENTS_FILE

REPORT_FILE = "report.json"
MERGES_FILE = "merges.jsonl"


def build(
    inputs: Iterable[str | Path],
    out: str | Path = "output",
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
) -> dict[str, Any]:
    """Build the knowledge graph of the inputs into the folder `out`; return the report.

    Args:
        inputs: Files, folders, or `-` for stdin (see `kg.io.read_inputs`).
        out: The output folder; created if missing.
        model: A spaCy pipeline name; None picks the best installed English one.
        workers: Parser processes (spaCy's `n_process`).
        batch_size: Documents per parser batch.
    """
    out = Path(out)
    inputs = check_inputs(inputs)  # a missing input is a usage error, before any work
    started = time.perf_counter()
    nlp = load_pipeline(model)
    loaded = time.perf_counter()

    ledger = InputLedger(max_chars=min(MAX_DOCUMENT_CHARS, nlp.max_length))
    results: list[DocumentExtraction] = []
    extract_seconds = 0.0
    for document, doc in parse(
        nlp, ledger.documents(inputs), batch_size=batch_size, n_process=workers
    ):
        tick = time.perf_counter()
        try:
            results.append(extract_document(document, doc))
        except Exception as error:  # a batch survives one bad document (DESIGN §9)
            ledger.failed(document, error)
        extract_seconds += time.perf_counter() - tick
    processed = time.perf_counter()

    # One entity per actor across documents; statements point at the canonical ids.
    canonical = canonicalize(e for r in results for e in r.entities)
    statements = sorted(
        (s for r in results for s in r.statements),
        key=lambda s: (s.doc_id, s.char_start, s.char_end, s.id),
    )
    data = GraphData(
        documents=tuple(sorted((r.document for r in results), key=lambda d: d.id)),
        entities=canonical.entities,
        statements=tuple(remap_statements(statements, canonical)),
    )
    merges = [m.with_doc(r.document.id) for r in results if r.actors for m in r.actors.merges]
    merges.extend(canonical.merges)
    written = write_outputs(data, out, merges)
    finished = time.perf_counter()

    report = _report(
        nlp_name=model_name(nlp),
        nlp_version=model_description(nlp),
        ledger=ledger,
        results=results,
        data=data,
        outputs=written,
        merges=len(merges),
    )
    report["timings"] = {
        "load_model_s": round(loaded - started, 3),
        "parse_and_extract_s": round(processed - loaded, 3),
        "extract_s": round(extract_seconds, 3),
        "write_s": round(finished - processed, 3),
        "total_s": round(finished - started, 3),
    }
    atomic_write_text(out / REPORT_FILE, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return report


def write_outputs(
    data: GraphData, out: Path, merges: Iterable[MergeRecord] | None = None
) -> list[str]:
    """Write the JSONL records and every build format; return the names written.

    `merges` (why entities were merged, within and across documents) goes to
    merges.jsonl when given.
    """
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / STATEMENTS_FILE, jsonl(s.to_dict() for s in data.statements))
    atomic_write_text(out / ENTITIES_FILE, jsonl(e.to_dict() for e in data.entities))
    atomic_write_text(out / DOCUMENTS_FILE, jsonl(document_to_dict(d) for d in data.documents))
    written = [STATEMENTS_FILE, ENTITIES_FILE, DOCUMENTS_FILE]
    if merges is not None:
        atomic_write_text(out / MERGES_FILE, jsonl(m.to_dict() for m in merges))
        written.append(MERGES_FILE)
    for name in BUILD_FORMATS:
        exporter = get_exporter(name)
        exporter.write(data, out / exporter.target)
        written.append(exporter.target)
    return [*written, REPORT_FILE]


def _report(
    *,
    nlp_name: str,
    nlp_version: str,
    ledger: InputLedger,
    results: list[DocumentExtraction],
    data: GraphData,
    outputs: list[str],
    merges: int = 0,
) -> dict[str, Any]:
    dropped: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    for result in results:
        dropped.update(result.dropped)
        unresolved.update(result.unresolved)
    return {
        "kg_version": __version__,
        "python": platform.python_version(),
        "model": nlp_name,
        "model_version": nlp_version,
        "counts": {
            **ledger.counts(),
            "documents": len(results),
            "sentences": sum(result.sentences for result in results),
            "words": sum(len(result.document.text.split()) for result in results),
            "triples": sum(result.triples for result in results),
            "statements": len(data.statements),
            "entities": len(data.entities),
            "merges": merges,
            # Pronouns, nominals and headline fragments that resolved to no actor: dropped
            # from the graph, never turned into nodes (by reason under unresolved_mentions).
            "unresolved_mentions": sum(unresolved.values()),
        },
        "dropped": dict(sorted(dropped.items())),
        "unresolved_mentions": dict(sorted(unresolved.items())),
        "inputs": [record.to_dict() for record in ledger.records],
        "outputs": outputs,
    }
