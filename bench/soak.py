"""Soak run: 10,000 inputs of real-ish news, random Unicode and broken files through kg build.

It writes a corpus (fixed seed), runs `kg build` on it as a subprocess, and checks that
the build finished with exit code 0, that every input has exactly one record in
report.json, that every input whose fate is known in advance (broken JSON, binary,
duplicates, ...) ended exactly that way, that no page chrome leaked into a document, and
that the counts reconcile:

    inputs generated == inputs in report == ok + skipped + partial
    documents read == unsplit ok/partial inputs + parts of split ones
                   == documents processed + documents failed
    documents processed == lines of documents.jsonl

The mix (shares of --inputs) is printed with the results. Most documents are short (one
to three sentences), since a real article takes 1-3 s to parse on this machine.

    .venv/bin/python -m bench.soak [--inputs 10000] [--seed 7] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.soak_corpus import CHROME, OVERSIZE_FILES, Corpus, write_corpus


def run_build(corpus: Corpus, out: Path) -> tuple[int, float, float, str]:
    command = [sys.executable, "-m", "kg", "build", str(corpus.root), "--out", str(out)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result.returncode, seconds, peak_mib, result.stdout + result.stderr[-2000:]


def check(corpus: Corpus, out: Path) -> list[str]:
    """Every reconciliation and expectation; returns the failures (empty when all hold)."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    records = {record["source"]: record for record in report["inputs"]}
    documents = [json.loads(line) for line in (out / "documents.jsonl").open(encoding="utf-8")]
    problems = []

    def expect(label: str, left: int, right: int) -> None:
        mark = "ok" if left == right else "MISMATCH"
        print(f"  {label:58} {left:>7} {right:>7}  {mark}")
        if left != right:
            problems.append(label)

    print("reconciliation                                                 left   right")
    expect("inputs generated == inputs in report.json", len(corpus.category), len(records))
    expect("inputs in report == counts.inputs", len(report["inputs"]), counts["inputs"])
    expect(
        "inputs == ok + skipped + partial",
        counts["inputs"],
        counts["inputs_ok"] + counts["inputs_skipped"] + counts["inputs_partial"],
    )
    unsplit = sum(
        1 for r in records.values() if r["status"] in ("ok", "partial") and not r["parts"]
    )
    parts = sum(len(r["parts"]) for r in records.values() if r["status"] in ("ok", "partial"))
    expect(
        "documents read == unsplit ok/partial inputs + parts",
        counts["documents_read"],
        unsplit + parts,
    )
    expect(
        "documents read == processed + failed",
        counts["documents_read"],
        counts["documents"] + counts["documents_failed"],
    )
    expect("documents processed == lines of documents.jsonl", counts["documents"], len(documents))
    expect("documents failed (extraction raised)", counts["documents_failed"], 0)
    expect("sources in report == sources generated", len(set(records) ^ set(corpus.category)), 0)
    wrong = [
        (source, fate, (records[source]["status"], records[source]["cause"]))
        for source, fate in corpus.expected.items()
        if source in records and (records[source]["status"], records[source]["cause"]) != fate
    ]
    expect("inputs with a known fate that ended otherwise", len(wrong), 0)
    for source, fate, got in wrong[:10]:
        print(f"    {source}: expected {fate}, got {got}: {records[source]['reason']}")
    leaked = sum(1 for d in documents for mark in CHROME if mark in d["text"])
    expect("documents with page chrome (scripts, nav, footer) in text", leaked, 0)
    split = [r for r in records.values() if r["parts"]]
    expect("oversize inputs split into parts", len(split), OVERSIZE_FILES)

    print("\nthe mix, by category (inputs; status/cause: count)")
    outcomes: dict[str, Counter[str]] = {}
    for source, category in corpus.category.items():
        record = records.get(source)
        key = f"{record['status']}/{record['cause']}" if record else "MISSING"
        outcomes.setdefault(category, Counter())[key] += 1
    for category, counter in sorted(outcomes.items()):
        total = sum(counter.values())
        print(
            f"  {category:30} {total:>6}  "
            + ", ".join(f"{k}: {v}" for k, v in counter.most_common())
        )
    print("\nreport counts:", json.dumps({k: v for k, v in counts.items() if "by_cause" not in k}))
    print("skipped by cause:", json.dumps(counts["skipped_by_cause"]))
    print("partial by cause:", json.dumps(counts["partial_by_cause"]))
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-soak-"))
    corpus = write_corpus(workdir, args.inputs, args.seed)
    print(f"corpus: {len(corpus.category)} inputs under {corpus.root}")
    code, seconds, peak_mib, output = run_build(corpus, workdir / "out")
    print(f"kg build: exit code {code}, {seconds:.0f} s, peak RSS {peak_mib:.0f} MiB")
    print("  " + output.splitlines()[0] if output else "  (no output)")
    if code != 0:
        print(output)
        sys.exit(1)
    problems = check(corpus, workdir / "out")
    print(f"\n{'FAILED: ' + ', '.join(problems) if problems else 'all reconciled'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
