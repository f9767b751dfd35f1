"""Bad paths on the command line: a clear message, a non-zero exit, never a traceback.

Each case names the bad value in the message and says what to do; exit code 2 for a
usage error (a path that is missing or of the wrong kind), 1 for a damaged build or a
file that cannot be written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import write_outputs
from tests.records import sample_data

runner = CliRunner()


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "build"
    write_outputs(sample_data(), folder)
    return folder


def _damage(folder: Path, name: str, data: bytes) -> Path:
    (folder / name).write_bytes(data)
    return folder


def _fails_cleanly(args: list[str], code: int, *fragments: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.output.startswith("error: ")
    for fragment in fragments:
        assert fragment in result.output, result.output


def test_export_from_a_missing_folder_or_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    _fails_cleanly(["export", str(missing), "-f", "ttl"], 2, f"'{missing}' does not exist")
    a_file = tmp_path / "a.txt"
    a_file.write_text("text")
    _fails_cleanly(
        ["export", str(a_file), "-f", "ttl"], 2, f"'{a_file}' is a file", "run kg build first"
    )


def test_export_to_a_folder_where_a_file_goes(build: Path, tmp_path: Path) -> None:
    _fails_cleanly(
        ["export", str(build), "-f", "ttl", "--to", str(tmp_path)],
        2,
        f"--to '{tmp_path}' is a folder",
        f"such as '{tmp_path / 'graph.ttl'}'",
    )


def test_export_to_a_path_that_cannot_be_written(build: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    target = blocker / "sub" / "graph.nt"
    _fails_cleanly(
        ["export", str(build), "-f", "nt", "--to", str(target)],
        1,
        f"cannot write --to '{target}'",
        "pass a path in a folder you can write to",
    )


DAMAGES: dict[str, tuple[str, bytes, str]] = {
    "not UTF-8": ("statements.jsonl", b'{"id": "\xff\xfe"}\n', "a file is not UTF-8"),
    "missing field": ("statements.jsonl", b'{"id": "st-1"}\n', "lacks the field 'doc_id'"),
    "wrong shape": ("entities.jsonl", b"[1, 2]\n", "has the wrong shape"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize(
    "command",
    [
        lambda folder: ["export", str(folder), "-f", "ttl"],
        lambda folder: ["explain", "st-1", "--out", str(folder)],
    ],
    ids=["export", "explain"],
)
def test_a_damaged_build_folder(
    build: Path, damage: str, command: Callable[[Path], list[str]]
) -> None:
    name, data, problem = DAMAGES[damage]
    if "explain" in command(build) and name != "statements.jsonl":
        # explain reads only statements (and document texts); damaged entities do not matter.
        result = runner.invoke(app, command(_damage(build, name, data)))
        assert result.exit_code == 0, result.output
        return
    _fails_cleanly(
        command(_damage(build, name, data)),
        1,
        f"the build folder '{build}' is damaged",
        problem,
        "run kg build again",
    )


def test_explain_with_a_missing_out_folder(tmp_path: Path) -> None:
    _fails_cleanly(
        ["explain", "st-1", "--out", str(tmp_path / "nope")],
        2,
        f"--out '{tmp_path / 'nope'}' does not exist",
        "(default: output)",
    )


def test_eval_outputs_to_a_folder_fail_before_any_work(tmp_path: Path) -> None:
    predictions = tmp_path / "p.txt"
    predictions.write_text("A spoke .\t0.5\tspoke\tA\n", encoding="utf-8")
    _fails_cleanly(
        ["eval", "carb", "--predictions", str(predictions), "--out", str(tmp_path)],
        2,
        f"--out '{tmp_path}' is a folder",
    )
    for command in (["eval", "plover"], ["eval", "sentiment"]):
        _fails_cleanly(
            [*command, "--details", str(tmp_path)],
            2,
            f"--details '{tmp_path}' is a folder",
            f"such as '{tmp_path / 'details.jsonl'}'",
        )


def test_eval_carb_predictions_that_are_binary(tmp_path: Path) -> None:
    predictions = tmp_path / "p.txt"
    predictions.write_bytes(b"\x00\x01\x02\x03\x04")
    _fails_cleanly(
        ["eval", "carb", "--predictions", str(predictions)],
        1,
        f"cannot read sentences from '{predictions}': binary file",
    )


def test_eval_with_an_unknown_split_or_file() -> None:
    _fails_cleanly(["eval", "carb", "--split", "train"], 2, "'train'", "dev, test")
    _fails_cleanly(["eval", "sentiment", "--split", "dev"], 2, "'dev'", "valid, test")
    _fails_cleanly(["eval", "newsmtsc", "--file", "xx"], 2, "'xx'", "rw, mt")
