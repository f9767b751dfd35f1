"""A real `kg build`, killed mid-way and run again, ends where an uninterrupted one ends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.fsutil import TEMPORARY_MARK
from kg.pipeline import build
from kg.query import run
from kg.workspace import RECORDS_DIR
from tests.test_store import nquads

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
COMPARED = ("statements.jsonl", "entities.jsonl", "documents.jsonl", "graph.ttl", "graph.trig")
COUNTS = (
    "SELECT (COUNT(?s) AS ?statements) (COUNT(DISTINCT ?e) AS ?entities) "
    "(COUNT(DISTINCT ?d) AS ?documents) WHERE { "
    "{ ?s a kg:Statement } UNION { ?e a kg:Entity } UNION { ?d a schema:NewsArticle } }"
)


def _corpus(path: Path) -> int:
    """The seed article's paragraphs, one JSONL document each, on two dates."""
    [seed] = sorted((ROOT / "seeds").glob("*.txt"))
    paragraphs = [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [
        {"id": f"p{number:02d}", "published": f"2017-01-{27 + number % 2}", "text": text}
        for number, text in enumerate(paragraphs)
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return len(rows)


def _records(folder: Path) -> dict[str, int]:
    """Record file name -> inode (an atomic rewrite gives a new inode)."""
    directory = folder / RECORDS_DIR
    if not directory.is_dir():
        return {}
    return {p.name: p.stat().st_ino for p in directory.glob("*.json")}


def _kill_when(command: list[str], ready: Callable[[], bool], limit: float = 120) -> None:
    """Start `command`, SIGKILL it as soon as `ready()` holds; fail if it ends first."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + limit
    try:
        while not ready():
            if process.poll() is not None:
                pytest.fail(f"the build ended before the kill point: {process.stderr!r}")
            if time.monotonic() > deadline:
                pytest.fail("the kill point never came")
            time.sleep(0.002)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
        if process.stderr:
            process.stderr.close()
    assert process.returncode == -signal.SIGKILL


def test_a_killed_build_run_again_equals_an_uninterrupted_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus)
    killed = tmp_path / "killed"
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(killed)]
    command += ["--batch-size", "2"]

    # 1. Killed while extracting: some documents are committed, not all.
    _kill_when(command, lambda: len(_records(killed)) >= 4)
    done = _records(killed)
    assert 4 <= len(done) < total
    assert not (killed / "statements.jsonl").exists()

    # 2. Run again, killed while writing the derived files (statements.jsonl is the
    # first of them, report.json the last). Documents done in run 1 were not redone.
    _kill_when(command, lambda: (killed / "statements.jsonl").exists())
    assert not (killed / "report.json").exists(), "killed too late: run 2 had finished"
    assert len(_records(killed)) == total
    assert {name: inode for name, inode in _records(killed).items() if name in done} == done

    # 3. Run to the end: nothing is parsed again, everything derived is rewritten.
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    report = json.loads((killed / "report.json").read_text(encoding="utf-8"))
    assert report["workspace"]["unchanged"] == total and report["workspace"]["added"] == 0
    assert not list(killed.rglob(f"*{TEMPORARY_MARK}*"))

    reference = tmp_path / "reference"
    build([corpus], reference)
    for name in COMPARED:
        assert (killed / name).read_bytes() == (reference / name).read_bytes(), name
    assert nquads(killed / "store") == nquads(reference / "store")
    assert _records(killed).keys() == _records(reference).keys()
    counts = run(killed, COUNTS, "csv")
    assert counts == run(reference, COUNTS, "csv")
    statements = len((reference / "statements.jsonl").read_text(encoding="utf-8").splitlines())
    assert counts.splitlines()[1] == f"{statements},{report['counts']['entities']},{total}"
