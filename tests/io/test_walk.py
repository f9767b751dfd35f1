"""Folders, hidden entries, symlinks (loops, broken, repeated) and special files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.io.walk import Found, check_inputs, walk
from kg.model import InputRecord


def _walked(paths: list[str | Path], root: Path) -> list[tuple[str, str, str | None]]:
    rows = []
    for item in walk(paths):
        name = str(Path(item.source).relative_to(root))
        cause = item.cause if isinstance(item, InputRecord) else None
        rows.append((name, item.status, cause))
    return rows


def test_folder_is_recursive_sorted_and_lists_hidden_entries_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z.")
    (tmp_path / "b" / "a.txt").write_text("A.")
    (tmp_path / "a.md").write_text("# A")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    assert _walked([tmp_path], tmp_path) == [
        (".git", "skipped", "hidden"),
        (".hidden.txt", "skipped", "hidden"),
        ("a.md", "ok", None),
        ("b/a.txt", "ok", None),
        ("b/z.txt", "ok", None),
    ]


def test_hidden_file_named_explicitly_is_read(tmp_path: Path) -> None:
    (tmp_path / ".notes.txt").write_text("x")
    [found] = walk([tmp_path / ".notes.txt"])
    assert isinstance(found, Found) and found.path == tmp_path / ".notes.txt"


def test_symlink_loops_are_caught_not_followed_forever(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text("x")
    (tmp_path / "a" / "up").symlink_to(tmp_path)  # a/up -> the root being walked
    (tmp_path / "self").symlink_to(tmp_path / "self")  # resolves to itself (ELOOP)
    rows = _walked([tmp_path], tmp_path)
    assert rows == [
        ("a/doc.txt", "ok", None),
        ("a/up", "skipped", "symlink-loop"),
        ("self", "skipped", "symlink-loop"),
    ]


def test_folder_linked_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "doc.txt").write_text("x")
    (tmp_path / "zlink").symlink_to(tmp_path / "real")
    rows = _walked([tmp_path], tmp_path)
    assert rows == [("real/doc.txt", "ok", None), ("zlink", "skipped", "duplicate")]


def test_broken_symlink_and_fifo_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    records = [item for item in walk([tmp_path]) if isinstance(item, InputRecord)]
    reasons = {Path(r.source).name: (r.cause, r.reason) for r in records}
    assert reasons["broken.txt"][0] == "broken-symlink"
    assert "gone.txt" in str(reasons["broken.txt"][1])
    assert reasons["pipe.txt"] == (
        "not-a-regular-file",
        "not a regular file (a FIFO); pipe it to '-' instead",
    )


def test_unreadable_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str | Path) -> object:
        if Path(path).name == "locked":  # chmod cannot lock root out, so refuse here
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("kg.io.walk.os.scandir", scandir)
    [record] = walk([tmp_path])
    assert isinstance(record, InputRecord)
    assert (record.cause, record.reason) == ("unreadable", "unreadable folder: Permission denied")


def test_missing_input_is_a_usage_error_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(UsageError, match=r"'.*nope\.txt' does not exist"):
        check_inputs([tmp_path / "a.txt", tmp_path / "nope.txt"])
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    with pytest.raises(UsageError, match="broken symlink"):
        check_inputs([tmp_path / "dangling"])
    assert check_inputs(["-", tmp_path]) == ["-", tmp_path]
