"""`kg eval carb`: the regression floor on dev, and scoring a given predictions file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval.carb_run import split_files

runner = CliRunner()
# What the extractor reached on CaRB dev when this floor was set (F1 0.579, AUC 0.411),
# less a small margin for parser noise across platforms.
DEV_F1_FLOOR = 0.57
DEV_AUC_FLOOR = 0.40


def _metric(output: str, name: str) -> float:
    found = re.search(rf"\b{name} (\d\.\d+)", output)
    assert found, output
    return float(found.group(1))


@pytest.mark.model
@pytest.mark.slow
def test_dev_f1_stays_at_the_level_reached(tmp_path: Path) -> None:
    out = tmp_path / "dev.carb"
    result = runner.invoke(app, ["eval", "carb", "--split", "dev", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _metric(result.output, "F1") >= DEV_F1_FLOOR, result.output
    assert _metric(result.output, "AUC") >= DEV_AUC_FLOOR, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) >= 4 for line in lines)
    # Scoring the written file again gives the same figures.
    again = runner.invoke(app, ["eval", "carb", "--split", "dev", "--predictions", str(out)])
    assert again.exit_code == 0, again.output
    assert _metric(again.output, "F1") == _metric(result.output, "F1")


def test_scoring_a_predictions_file_and_bad_input(tmp_path: Path) -> None:
    sentence_file, gold_file = split_files("dev")
    gold_line = gold_file.read_text(encoding="utf-8").splitlines()[0]
    predictions = tmp_path / "p.carb"
    predictions.write_text(gold_line.replace("\t", "\t0.9\t", 1) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "carb", "--predictions", str(predictions)])
    assert result.exit_code == 0, result.output
    assert 0 < _metric(result.output, "F1") < 0.1
    assert _metric(result.output, "P") == 1.0
    predictions.write_text("a sentence\tnot-a-number\trel\targ\n", encoding="utf-8")
    bad = runner.invoke(app, ["eval", "carb", "--predictions", str(predictions)])
    assert bad.exit_code == 1 and "not-a-number" in bad.output and "Traceback" not in bad.output
    split = runner.invoke(app, ["eval", "carb", "--split", "train"])
    assert split.exit_code == 2 and "choose one of: dev, test" in split.output
    assert sentence_file.is_file()
