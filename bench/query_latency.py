"""Median latency of the README's analyst questions on a 10,000-document store, vs rdflib.

    nice .venv/bin/python -m bench.query_latency [--documents 10000] [--runs 21]

Parsing 10,000 articles would take hours on this machine, so the store is built from
real extraction records of a smaller parsed corpus, deterministically recombined:

1. Corpus. Every sentence of NewsMTSC (`../shared/benchmarks/newsmtsc`, devtest_rw and
   devtest_mt: 1,788 sentences from US news), one document per source article (the
   article id in `primary_gid`, sentences in their order), plus the seed article. This
   corpus is parsed once by `kg build` into `bench/results/corpus/` (a later run reuses
   its records: unchanged documents are not parsed again).
2. Recombination. Synthetic document i (0 <= i < N) concatenates k source documents, k
   drawn from 4..12 and the documents drawn with `random.Random(SEED)`; texts are joined
   by a blank line, each statement is copied with its character offsets and sentence
   index shifted to the new text and its id re-hashed with the new document id; the
   source documents' entity records come along (so entities recur across documents as
   real actors do); `published` is a day drawn from 2016-2019. No text is parsed.
3. Store. `merge_records` and `sync_store`, the same code as `kg build`, write a fresh
   store to `bench/results/store-N/` (any earlier one is deleted first, so the store is
   written by bulk loading, as a first `kg build` writes it). Then one more synthetic
   document is added and removed again, each step timed as `kg build` would sync it
   (merge all records, rewrite the graphs that changed).
4. Queries. Each `kg/queries/*.rq` with the example bindings the README shows runs
   `--runs` times on the Oxigraph store (opened read-only, union default graph, results
   fully read), the bindings added as `kg query --bind` adds them (a VALUES block
   opening the WHERE clause); then the same text runs on an rdflib `Dataset`
   (`default_union=True`) filled with the same named graphs' triples (checked: the same
   number of quads), `--rdflib-runs` times (it is much slower). Row counts are compared.
   Results go to stdout and `bench/results/query_latency_N.json`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.eval.data import benchmark_dir
from kg.graph.rdf import PREFIXES, NamedGraph, named_graphs
from kg.ids import short_hash
from kg.model import Document
from kg.pipeline import merge_records
from kg.queries import SavedQuery, saved_queries
from kg.query import with_bindings
from kg.store import StoreSync, manifest_path, open_store, sync_store
from kg.workspace import DocumentRecord, read_records

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SEED = 20170128
SOURCES_PER_DOCUMENT = (4, 12)
FIRST_DAY, DAYS = date(2016, 1, 1), 4 * 365
RDFLIB_PATIENCE_MS = 30_000
# One rdflib run longer than this is stopped (rdflib evaluates in Python, so an alarm
# interrupts it) and reported as a lower bound: one such run once took 11 minutes.
RDFLIB_TIMEOUT_S = 120


def corpus_documents() -> list[dict[str, str]]:
    """NewsMTSC sentences grouped by source article, as JSONL rows (`id`, `text`)."""
    folder = benchmark_dir("newsmtsc")
    articles: dict[str, dict[int, str]] = defaultdict(dict)
    for name in ("devtest_rw.jsonl", "devtest_mt.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            parts = row["primary_gid"].split("_")
            # allsides_<article>_<x>_<sentence>_... ; polusa_v1_<article>_<x>_<sentence>_...
            width = 2 if parts[0] == "allsides" else 3
            article, sentence = "_".join(parts[:width]), int(parts[width + 1])
            articles[article][sentence] = row["sentence_normalized"]
    return [
        {"id": f"newsmtsc-{article}", "text": " ".join(s[i] for i in sorted(s))}
        for article, s in sorted(articles.items())
    ]


def parse_corpus(folder: Path) -> dict[str, DocumentRecord]:
    """Build the corpus with `kg build` (a subprocess, so the model's memory goes after)."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder.parent / "corpus.jsonl"
    rows = corpus_documents()
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    seed = sorted((ROOT / "seeds").glob("*.txt"))
    command = [
        sys.executable,
        "-m",
        "kg",
        "build",
        str(corpus),
        *map(str, seed),
        "--out",
        str(folder),
    ]
    subprocess.run(command, check=True)
    return read_records(folder)


def recombine(
    sources: list[DocumentRecord], count: int, seed: int = SEED, prefix: str = "bench"
) -> list[DocumentRecord]:
    """`count` synthetic documents made of real records, as described in the module doc."""
    rng = random.Random(seed)
    ordered = sorted(sources, key=lambda r: r.document.id)
    made = []
    for index in range(count):
        picked = rng.sample(ordered, rng.randint(*SOURCES_PER_DOCUMENT))
        doc_id = f"{prefix}-{index:05d}"
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        texts, statements, entities = [], [], {}
        offset = sentences = triples = 0
        for source in picked:
            for statement in source.statements:
                statements.append(
                    replace(
                        statement,
                        id=short_hash(doc_id, statement.id, length=16),
                        doc_id=doc_id,
                        char_start=statement.char_start + offset,
                        char_end=statement.char_end + offset,
                        sentence_index=statement.sentence_index + sentences,
                    )
                )
            entities.update({entity.id: entity for entity in source.entities})
            texts.append(source.document.text)
            offset += len(source.document.text) + 2
            sentences += source.sentences
            triples += source.triples
        document = Document(
            id=doc_id,
            text="\n\n".join(texts),
            title=f"Synthetic news document {index}",
            published=day.isoformat(),
            source_path="bench:" + ",".join(s.document.id for s in picked),
        )
        made.append(
            DocumentRecord(
                document, tuple(entities.values()), tuple(statements), sentences, triples
            )
        )
    return made


def incremental(
    records: list[DocumentRecord], sources: list[DocumentRecord], store_path: Path
) -> dict[str, Any]:
    """Seconds to sync the store after adding one more document, then removing it again:
    merging all records (`merge_records`), then `sync_store`, timed apart."""
    [extra] = recombine(sources, 1, seed=SEED + 1, prefix="extra")
    result = {}
    for step, current in (("add_one", [*records, extra]), ("remove_it", records)):
        started = time.perf_counter()
        data = merge_records(current).data
        merged = time.perf_counter()
        sync = sync_store(store_path, named_graphs(data.documents, data.entities, data.statements))
        result[step] = {
            "seconds": round(time.perf_counter() - started, 1),
            "merge_seconds": round(merged - started, 1),
            "sync_seconds": round(time.perf_counter() - merged, 1),
            "graphs_written": sync.written,
            "graphs_removed": sync.removed,
            "quads_after": sync.quads,
        }
    return result


def fresh_store(path: Path, graphs: Iterable[NamedGraph]) -> StoreSync:
    """A new store at `path` holding `graphs` (an earlier store and manifest are deleted)."""
    shutil.rmtree(path, ignore_errors=True)
    manifest_path(path).unlink(missing_ok=True)
    return sync_store(path, graphs)


def rdflib_dataset(graphs: Iterable[NamedGraph]) -> Any:
    """An rdflib `Dataset` (union default graph) holding the named graphs' triples."""
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    for graph in graphs:
        target = dataset.graph(graph.name)
        for triple in graph.triples():
            target.add(triple)
    return dataset


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bound_text(query: SavedQuery) -> str:
    """The query text with its README bindings, exactly as `kg query --bind` runs it."""
    return with_bindings(query.text, {name: ox.Literal(value) for name, value in query.bindings})


Timings = tuple[list[float], list[float], int]


def time_oxigraph(store: ox.Store, text: str, runs: int) -> Timings:
    """Wall and CPU milliseconds of each run, and the row count (results fully read)."""
    wall, cpu, rows = [], [], 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        rows = sum(1 for solution in result if tuple(solution) is not None)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu, rows


class RdflibTimeoutError(Exception):
    """An rdflib run took longer than RDFLIB_TIMEOUT_S."""


def _alarm(signum: int, frame: object) -> None:
    raise RdflibTimeoutError


def time_rdflib(dataset: Any, text: str, runs: int) -> Timings:
    """As `time_oxigraph`; a query slower than RDFLIB_PATIENCE_MS runs once only, and a
    run stopped after RDFLIB_TIMEOUT_S counts as that long with -1 rows."""
    wall, cpu, rows = [], [], 0
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            signal.alarm(RDFLIB_TIMEOUT_S)
            try:
                rows = len(list(dataset.query(text, initNs=PREFIXES)))
            except RdflibTimeoutError:
                rows = -1
            finally:
                signal.alarm(0)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            if wall[-1] > RDFLIB_PATIENCE_MS:
                break
    finally:
        signal.signal(signal.SIGALRM, previous)
    return wall, cpu, rows


def stress(store: ox.Store, queries: dict[str, SavedQuery], runs: int) -> dict[str, Any]:
    """The questions that take an actor, target or speaker, bound to the most mentioned
    entity instead of the README's example (other bindings kept)."""
    top = next(
        iter(
            store.query(
                "SELECT ?label (COUNT(?d) AS ?n) WHERE { ?d schema:mentions ?e . "
                "?e rdfs:label ?label } GROUP BY ?label ORDER BY DESC(?n) LIMIT 1",
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
            )
        )
    )
    label = top["label"].value
    results = {}
    for name, query in queries.items():
        bindings = dict(query.bindings)
        names = set(bindings) & {"actor", "target", "speaker"}
        if not names:
            continue
        bindings.update(dict.fromkeys(names, label))
        text = with_bindings(query.text, {k: ox.Literal(v) for k, v in bindings.items()})
        time_oxigraph(store, text, 1)
        wall, cpu, rows = time_oxigraph(store, text, runs)
        results[name] = {
            "bindings": bindings,
            "oxigraph_median_ms": round(statistics.median(wall), 1),
            "oxigraph_cpu_median_ms": round(statistics.median(cpu), 1),
            "rows": rows,
        }
        print(f"stress {name}: {results[name]}", flush=True)
    return results


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=21, help="timed runs per query (Oxigraph)")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="timed runs per query (rdflib)")
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"python": platform.python_version(), "documents": args.documents}

    started = time.perf_counter()
    sources = parse_corpus(RESULTS / "corpus")
    report["corpus"] = {
        "documents": len(sources),
        "sentences": sum(r.sentences for r in sources.values()),
        "statements": sum(len(r.statements) for r in sources.values()),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(f"corpus: {report['corpus']}", flush=True)

    started = time.perf_counter()
    records = recombine(list(sources.values()), args.documents)
    recombined = time.perf_counter()
    data = merge_records(records).data
    merged = time.perf_counter()
    store_path = RESULTS / f"store-{args.documents}"
    sync = fresh_store(store_path, named_graphs(data.documents, data.entities, data.statements))
    report["store"] = {
        "documents": len(data.documents),
        "statements": len(data.statements),
        "entities": len(data.entities),
        "quads": sync.quads,
        "graphs_written": sync.written,
        "recombine_seconds": round(recombined - started, 1),
        "merge_seconds": round(merged - recombined, 1),
        "write_seconds": round(time.perf_counter() - merged, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(f"store: {report['store']}", flush=True)
    report["incremental"] = incremental(records, list(sources.values()), store_path)
    print(f"incremental: {report['incremental']}", flush=True)
    del records
    gc.collect()

    queries = saved_queries()
    timings: dict[str, dict[str, Any]] = {}
    report["load_average_before"] = os.getloadavg()
    with open_store(store_path, read_only=True) as store:
        for name, query in queries.items():
            time_oxigraph(store, bound_text(query), 1)  # warm the caches once
            wall, cpu, rows = time_oxigraph(store, bound_text(query), args.runs)
            timings[name] = {
                "bindings": dict(query.bindings),
                "oxigraph_median_ms": round(statistics.median(wall), 1),
                "oxigraph_cpu_median_ms": round(statistics.median(cpu), 1),
                "rows": rows,
            }
            print(f"oxigraph {name}: {timings[name]}", flush=True)
        report["stress"] = stress(store, queries, args.runs)
        quads = len(store)
    report["load_average_after"] = os.getloadavg()
    report["oxigraph_rss_mb"] = round(_rss_mb())

    if not args.skip_rdflib:
        started = time.perf_counter()
        dataset = rdflib_dataset(named_graphs(data.documents, data.entities, data.statements))
        del data
        report["rdflib_load_seconds"] = round(time.perf_counter() - started, 1)
        # Quads, graph by graph: len(dataset) counts the union's distinct triples.
        rdflib_quads = sum(len(graph) for graph in dataset.graphs())
        report["rdflib_quads"] = rdflib_quads
        print(f"rdflib loaded {rdflib_quads} quads in {report['rdflib_load_seconds']}s", flush=True)
        if rdflib_quads != quads:
            raise SystemExit(
                f"rdflib holds {rdflib_quads} quads, Oxigraph {quads}: not the same data"
            )
        for name, query in queries.items():
            wall, _, rows = time_rdflib(dataset, bound_text(query), args.rdflib_runs)
            entry = timings[name]
            entry["rdflib_median_ms"] = round(statistics.median(wall), 1)
            entry["rdflib_runs"] = len(wall)
            entry["rdflib_rows"] = rows
            entry["rdflib_timed_out"] = rows < 0
            entry["rows_agree"] = rows == entry["rows"]
            entry["ratio"] = round(entry["rdflib_median_ms"] / entry["oxigraph_median_ms"], 1)
            print(f"rdflib {name}: {entry}", flush=True)
        report["peak_rss_mb"] = round(_rss_mb())
    report["queries"] = timings

    print()
    header = (
        f"{'query':26} {'rows':>6} {'oxigraph ms':>12} {'(cpu ms)':>9} {'rdflib ms':>11} "
        f"{'ratio':>7}  agree"
    )
    print(header)
    print("-" * len(header))
    for name, entry in timings.items():
        rdflib_ms = entry.get("rdflib_median_ms", float("nan"))
        ratio = entry.get("ratio", float("nan"))
        print(
            f"{name:26} {entry['rows']:>6} {entry['oxigraph_median_ms']:>12.1f} "
            f"{entry['oxigraph_cpu_median_ms']:>9.1f} {rdflib_ms:>11.1f} {ratio:>7.1f}  "
            f"{'timed out' if entry.get('rdflib_timed_out') else entry.get('rows_agree', '-')}"
        )
    print("\nStress: parameterised questions bound to the most frequent actor of the store")
    for name, entry in report["stress"].items():
        print(
            f"{name:26} {entry['rows']:>6} {entry['oxigraph_median_ms']:>12.1f} "
            f"{entry['oxigraph_cpu_median_ms']:>9.1f}   ({entry['bindings']})"
        )
    print(
        f"\nload average before/after the Oxigraph runs: {report['load_average_before']} / "
        f"{report['load_average_after']} on {os.cpu_count()} CPUs"
    )
    slowest = max(entry["oxigraph_median_ms"] for entry in timings.values())
    print(f"\nslowest Oxigraph median: {slowest:.1f} ms (target < 100 ms each)")
    output = RESULTS / f"query_latency_{args.documents}.json"
    output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written to {output.relative_to(ROOT)}")
    return report


if __name__ == "__main__":
    main()
