"""`kg triples` input: sentence files decoded like `kg build` inputs, clear errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, UsageError
from kg.openie import read_sentence_lines

runner = CliRunner()
SENTENCES = "Müller criticised Schröder .\nThe café “Zoë” opened .\n"


@pytest.mark.parametrize(
    ("encoding", "data", "warned"),
    [
        ("utf-8", SENTENCES.encode("utf-8"), False),
        ("cp1252", SENTENCES.encode("cp1252"), True),
        ("utf-16", codecs.BOM_UTF16_LE + SENTENCES.encode("utf-16-le"), True),
        ("utf-8", codecs.BOM_UTF8 + SENTENCES.encode("utf-8"), False),
    ],
)
def test_every_encoding_kg_build_reads_gives_the_same_lines(
    tmp_path: Path, encoding: str, data: bytes, warned: bool
) -> None:
    path = tmp_path / "sentences.txt"
    path.write_bytes(data)
    read = read_sentence_lines(str(path))
    assert read.lines == ("Müller criticised Schröder .", "The café “Zoë” opened .")
    assert read.encoding == encoding
    assert bool(read.warnings) == warned


def test_line_ends_are_lf_crlf_or_cr_only(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes("one\r\ntwo\rthree\u2028still three\x0cand\n\nfive".encode())
    assert read_sentence_lines(str(path)).lines == (
        "one",
        "two",
        "three\u2028still three\x0cand",
        "",
        "five",
    )


def test_damaged_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(("Müller spoke . " * 20).encode() + b"\xff\n")
    read = read_sentence_lines(str(path))
    assert read.lines[0].endswith("\ufffd")
    assert any("replaced with U+FFFD" in warning for warning in read.warnings)


def test_missing_folder_and_binary_inputs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"'.*nope.txt' does not exist; pass a text file"):
        read_sentence_lines(str(tmp_path / "nope.txt"))
    with pytest.raises(UsageError, match=r"is a folder; pass a text file .*kg build reads folders"):
        read_sentence_lines(str(tmp_path))
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7\x00\x01")
    with pytest.raises(InputError, match=r"binary file \(a PDF document; convert it"):
        read_sentence_lines(str(tmp_path / "a.pdf"))


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        (lambda folder: folder / "nope.txt", 2, "does not exist"),
        (lambda folder: folder, 2, "is a folder"),
        (lambda folder: _write(folder / "b.bin", b"\x00\x01\x02\x03binary"), 1, "binary file"),
    ],
)
def test_kg_triples_bad_input_exits_cleanly(
    tmp_path: Path, make: object, code: int, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = runner.invoke(app, ["triples", str(path)])
    assert result.exit_code == code
    assert message in result.output and str(path) in result.output
    # A clean exit with a code, not an exception escaping the command.
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output


def test_kg_triples_unknown_format_names_the_options(tmp_path: Path) -> None:
    result = runner.invoke(app, ["triples", "-", "--format", "xml"], input="A spoke .\n")
    assert result.exit_code == 2
    assert "unknown --format 'xml'; choose one of: carb, jsonl" in result.output


@pytest.mark.model
def test_kg_triples_reads_a_cp1252_file_like_its_utf8_twin(tmp_path: Path) -> None:
    (tmp_path / "utf8.txt").write_text(SENTENCES, encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(SENTENCES.encode("cp1252"))
    utf8 = runner.invoke(app, ["triples", str(tmp_path / "utf8.txt"), "--pretokenized"])
    legacy = runner.invoke(app, ["triples", str(tmp_path / "cp1252.txt"), "--pretokenized"])
    assert utf8.exit_code == 0 and legacy.exit_code == 0, legacy.output
    assert utf8.stdout and "Müller criticised Schröder ." in utf8.stdout
    assert legacy.stdout == utf8.stdout
    assert "not UTF-8: decoded as cp1252" in legacy.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_kg_triples_binary_stdin_is_a_clear_error() -> None:
    result = runner.invoke(app, ["triples", "-"], input=b"\x00\x01\x02\x03\x04\x05")
    assert result.exit_code == 1
    assert "cannot read sentences from '-': binary file (contains NUL bytes)" in result.output
    assert isinstance(result.exception, SystemExit)
