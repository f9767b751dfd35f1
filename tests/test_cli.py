"""The command line, through Typer's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output and "triples" in result.output


def test_missing_input_is_a_clean_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "error: input" in result.output and "does not exist" in result.output
    assert "Traceback" not in result.output


@pytest.mark.model
def test_build_command(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Senator John McCain criticised Vladimir Putin on Friday.")
    result = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 documents (0 inputs skipped)" in result.output
    [line] = (tmp_path / "out" / "statements.jsonl").read_text().splitlines()
    row = json.loads(line)
    assert (row["subject"]["label"], row["stance"], row["object"]["label"]) == (
        "John McCain",
        "DISAPPROVE",
        "Vladimir Putin",
    )


@pytest.mark.model
def test_triples_carb_format_copies_sentence_and_has_no_empty_field(tmp_path: Path) -> None:
    sentences = tmp_path / "s.txt"
    sentences.write_text("Trump spoke with Merkel .\nThe Kremlin denied the allegations .\n")
    result = runner.invoke(app, ["triples", str(sentences), "--pretokenized"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines, "no triples"
    for line in lines:
        fields = line.split("\t")
        assert fields[0] in {"Trump spoke with Merkel .", "The Kremlin denied the allegations ."}
        assert 0 < float(fields[1]) <= 1
        assert len(fields) >= 4 and all(field.strip() for field in fields)


@pytest.mark.model
def test_triples_jsonl_and_bad_format(tmp_path: Path) -> None:
    sentences = tmp_path / "s.txt"
    sentences.write_text("Putin called Trump.\n")
    result = runner.invoke(app, ["triples", str(sentences), "--format", "jsonl"])
    assert result.exit_code == 0
    record = json.loads(result.output.splitlines()[0])
    assert (record["arg1"], record["relation"], record["args"]) == ("Putin", "called", ["Trump"])
    bad = runner.invoke(app, ["triples", str(sentences), "--format", "xml"])
    assert bad.exit_code == 2 and "choose one of: carb, jsonl" in bad.output


def test_python_dash_m_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "build" in result.stdout
