"""Reading inputs: every input accounted for, stable ids, no silent drops."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ids import document_id
from kg.io import guess_title, markdown_to_text, read_inputs


def _statuses(paths: list[str | Path]) -> list[tuple[str, str, str | None]]:
    return [(Path(r.source).name, r.status, r.reason) for r, _ in read_inputs(paths)]


def test_text_file_gets_content_hash_id_and_title(tmp_path: Path) -> None:
    text = "Putin Calls Trump\n\nVladimir Putin called Donald Trump on Saturday."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [(record, doc)] = list(read_inputs([tmp_path / "a.txt"]))
    assert record.status == "ok"
    assert doc is not None
    assert doc.id == document_id(text)
    assert doc.text == text
    assert doc.title == "Putin Calls Trump"
    assert doc.source_path == str(tmp_path / "a.txt")


def test_same_text_gives_same_id_in_any_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text.", encoding="utf-8")
    ids = {doc.id for _, doc in read_inputs([tmp_path]) if doc}
    assert len(ids) == 1


def test_jsonl_lines_each_accounted(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "n1", "text": "Merkel met Trump.", "title": "T", "url": "http://x"}),
        "",
        "{not json",
        json.dumps({"id": "n2"}),
        json.dumps(["a list"]),
        json.dumps({"text": "No id given.", "published": "2017-01-28"}),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(read_inputs([path]))
    sources = [record.source.rsplit(":", 1)[1] for record, _ in results]
    assert sources == ["1", "3", "4", "5", "6"]
    statuses = [(record.status, record.reason) for record, _ in results]
    assert statuses[0] == ("ok", None)
    assert statuses[1][0] == "skipped" and "invalid JSON" in str(statuses[1][1])
    assert statuses[2] == ("skipped", "missing or empty 'text' field")
    assert statuses[3] == ("skipped", "expected a JSON object, got list")
    first, last = results[0][1], results[4][1]
    assert first is not None and first.id == "n1" and first.url == "http://x"
    assert last is not None and last.id == document_id("No id given.")
    assert last.published == "2017-01-28"


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nText.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x", encoding="utf-8")
    assert [name for name, _, _ in _statuses([tmp_path])] == ["a.md", "z.txt"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty or whitespace-only"),
        ("blank.txt", b"  \n\t\n", "empty or whitespace-only"),
        ("bin.txt", b"abc\x00def", "binary file (contains NUL bytes)"),
        ("latin.txt", "café".encode("latin-1"), "not UTF-8 text"),
        ("image.png", b"\x89PNG", "unsupported file type '.png'"),
        ("empty.jsonl", b"\n\n", "empty JSONL file"),
    ],
)
def test_bad_files_are_skipped_with_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    [(_, status, why)] = _statuses([tmp_path / name])
    assert status == "skipped"
    assert why is not None and why.startswith(reason)


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        list(read_inputs([tmp_path / "nope.txt"]))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Abe visited Washington."))
    [(record, doc)] = list(read_inputs(["-"]))
    assert record.source == "<stdin>" and doc is not None and doc.text == "Abe visited Washington."


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffMüller spoke.".encode())
    [(_, doc)] = list(read_inputs([tmp_path / "bom.txt"]))
    assert doc is not None and doc.text == "Müller spoke."


def test_guess_title() -> None:
    assert guess_title("A Headline\n\nBody text.") == "A Headline"
    assert guess_title("A full sentence.\n\nBody.") is None
    assert guess_title("One paragraph only.") is None


def test_markdown_to_text_keeps_words() -> None:
    markdown = "## Trump *and* Putin\n\nSee [the call](http://x.org) and `code`."
    assert markdown_to_text(markdown) == "Trump and Putin\n\nSee the call and code."
