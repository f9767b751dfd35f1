"""Same input, same bytes: two builds of the seed article in separate processes.

Python randomises string hashing per process (PYTHONHASHSEED), so any output that
follows set or dict-of-set order differs between processes even when it never differs
within one. Each build runs in its own interpreter with its own hash seed, then writes
every export format; every file but report.json (which holds timings) must match.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.export import BUILD_FORMATS, EXPORTERS
from tests.conftest import ROOT, SEED_ARTICLE
from tests.test_store import nquads

# Everything `kg export` can write that `kg build` does not already write.
EXTRA_EXPORTS = sorted(set(EXPORTERS) - set(BUILD_FORMATS))
WRITE_EXPORTS = """
import sys
from pathlib import Path
from kg.export import EXPORTERS
from kg.workspace import load_graph_data
folder = Path(sys.argv[1])
data = load_graph_data(folder)
for name in sys.argv[2:]:
    EXPORTERS[name].write(data, folder / "exports" / EXPORTERS[name].target)
"""


def _build(out: Path, hash_seed: str) -> None:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    for command in (
        [sys.executable, "-m", "kg", "build", str(SEED_ARTICLE), "--out", str(out)],
        [sys.executable, "-c", WRITE_EXPORTS, str(out), *EXTRA_EXPORTS],
    ):
        done = subprocess.run(
            command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr


def _files(folder: Path) -> list[str]:
    """Every file but the Oxigraph store's own (its file numbering is not ours to fix;
    its content is compared as N-Quads below)."""
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and path.relative_to(folder).parts[0] != "store"
    )


@pytest.mark.model
@pytest.mark.slow
def test_two_builds_with_different_hash_seeds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _build(first, "1")
    _build(second, "4242")
    names = _files(first)
    assert names == _files(second)
    # The build's own files and every other export format are there to compare.
    expected = {"statements.jsonl", "entities.jsonl", "graph.ttl", "graph.trig", "report.json"}
    assert expected <= set(names)
    assert {f"exports/{EXPORTERS[name].target}" for name in EXTRA_EXPORTS} <= set(names)
    assert any(name.startswith("neo4j/") for name in names)
    compared = [name for name in names if name != "report.json"]
    differing = [
        name for name in compared if (first / name).read_bytes() != (second / name).read_bytes()
    ]
    assert differing == [], f"differ between the two builds: {differing}"
    assert nquads(first / "store") == nquads(second / "store")
    # report.json differs in its timings only.
    reports = [
        json.loads((folder / "report.json").read_text("utf-8")) for folder in (first, second)
    ]
    assert [{k: v for k, v in r.items() if k != "timings"} for r in reports] == [
        {k: v for k, v in reports[0].items() if k != "timings"}
    ] * 2
    # The seed article gives a real graph, not two empty (trivially equal) files.
    assert (first / "statements.jsonl").read_text(encoding="utf-8").count("\n") > 10
