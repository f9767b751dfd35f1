"""`kg build` options of the front: --no-exports, --quiet, --dask checks, progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.export import BUILD_FORMATS, get_exporter
from kg.graph.vocab import KG

runner = CliRunner()
TARGETS = [get_exporter(name).target for name in BUILD_FORMATS]


@pytest.mark.model
def test_no_exports_writes_jsonl_and_store_and_drops_stale_exports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    (tmp_path / "b.txt").write_text("Chancellor Angela Merkel praised Emmanuel Macron.")
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "--out", str(out), "-q"])
    assert first.exit_code == 0, first.output
    assert all((out / target).exists() for target in TARGETS)
    second = runner.invoke(
        app, ["build", str(tmp_path / "b.txt"), "--out", str(out), "--no-exports", "--quiet"]
    )
    assert second.exit_code == 0, second.output
    assert not any((out / target).exists() for target in TARGETS)  # they would be stale
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert not set(TARGETS) & set(report["outputs"])
    assert report["counts"]["statements"] == 2 and (out / "store").is_dir()
    rows = (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(row)["stance"] for row in rows} == {"DISAPPROVE", "SUPPORT"}
    exported = runner.invoke(app, ["export", str(out), "--format", "ttl"])
    assert exported.exit_code == 0, exported.output
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(set(graph.subjects(RDF.type, KG.Statement))) == 2


def test_bad_dask_address_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Putin called Trump.")
    result = runner.invoke(
        app, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--dask", "x"]
    )
    assert result.exit_code == 2
    assert "--dask 'x' is not a scheduler" in result.output
    assert not (tmp_path / "o").exists()
