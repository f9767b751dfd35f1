"""`kg export`: every format from a build folder, formats listed in --help, clean errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export import EXPORTERS
from kg.pipeline import write_outputs
from kg.workspace import load_graph_data
from tests.records import HOSTILE, hostile_data

runner = CliRunner()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A build folder holding the hostile records (U+2028, CR/LF... inside JSONL)."""
    folder = tmp_path / "build"
    write_outputs(hostile_data(), folder)
    return folder


def test_help_lists_every_format_and_alias() -> None:
    result = runner.invoke(app, ["export", "--help"])
    assert result.exit_code == 0
    for exporter in EXPORTERS.values():
        assert f"\n {exporter.name}" in result.output
        for alias in exporter.aliases:
            assert alias in result.output


def test_workspace_with_hostile_text_loads_back_exactly(workspace: Path) -> None:
    data = load_graph_data(workspace)
    assert data == hostile_data()
    assert any(entity.label == HOSTILE for entity in data.entities)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_export_every_format_to_a_path(workspace: Path, tmp_path: Path, name: str) -> None:
    target = tmp_path / "out" / EXPORTERS[name].target
    result = runner.invoke(app, ["export", str(workspace), "--format", name, "--to", str(target)])
    assert result.exit_code == 0, result.output
    assert f"{name}: 5 nodes, 5 edges (5 statements) -> {target}" in result.output
    assert target.exists()


def test_export_by_alias_to_the_default_target(workspace: Path) -> None:
    result = runner.invoke(app, ["export", str(workspace), "-f", "N-Triples"])
    assert result.exit_code == 0, result.output
    assert (workspace / "graph.nt").read_text(encoding="utf-8").count("\n") > 10


def test_unknown_format_and_missing_folder_are_clean_errors(tmp_path: Path) -> None:
    bad = runner.invoke(app, ["export", str(tmp_path), "--format", "dot"])
    assert bad.exit_code == 2
    assert "error: unknown format 'dot'; choose one of: cypher, gexf, graphml" in bad.output
    missing = runner.invoke(app, ["export", str(tmp_path), "--format", "nt"])
    assert missing.exit_code == 1
    assert "documents.jsonl' is missing; is" in missing.output
    assert "Traceback" not in bad.output + missing.output
