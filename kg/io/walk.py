"""Which files the inputs name: folders walked recursively and sorted, loops caught.

A folder is read depth first, entries sorted by name. Hidden entries (names starting
with ".") are not read but are listed as skipped, so nothing disappears unseen; name a
hidden file explicitly to read it. Symlinks are followed, except a link back into a
folder being walked (a loop) or to a folder already read (read once). Broken links,
FIFOs, sockets and devices are skipped with the reason: reading a FIFO would block.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.txt").write_text("B"), (folder / ".git").mkdir()
    >>> (folder / "a").mkdir(); (folder / "a" / "loop").symlink_to(folder)
    >>> for found in walk([folder]):
    ...     print(Path(found.source).relative_to(folder), found.status)
    .git skipped
    a/loop skipped
    b.txt ok
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import UsageError
from kg.io.records import BROKEN_LINK, DUPLICATE, HIDDEN, NOT_REGULAR, SYMLINK_LOOP, UNREADABLE
from kg.model import InputRecord

STDIN = "-"
STDIN_SOURCE = "<stdin>"


@dataclass(frozen=True, slots=True)
class Found:
    """A regular file (or stdin) to read: status `ok` so far."""

    source: str
    path: Path | None  # None for stdin
    status: str = "ok"


Walked = Found | InputRecord


def check_inputs(paths: Iterable[str | Path]) -> list[str | Path]:
    """The inputs as a list, after checking that each one exists.

    Raises:
        UsageError: An input does not exist: a usage error, found before any work.

    Example:
        >>> check_inputs(["/no/such/file.txt"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kg.errors.UsageError: input '/no/such/file.txt' does not exist; pass a file, ...
    """
    checked = list(paths)
    for raw in checked:
        if str(raw) == STDIN or Path(raw).exists():
            continue
        if Path(raw).is_symlink():
            target = os.readlink(raw)
            raise UsageError(
                f"input {str(raw)!r} is a broken symlink (to {target!r}); fix the link or "
                "pass the file it should point to"
            )
        raise UsageError(
            f"input {str(raw)!r} does not exist; pass a file, a folder or '-' for stdin"
        )
    return checked


def walk(paths: Iterable[str | Path]) -> Iterator[Walked]:
    """Every file the inputs name, or the record of why an entry is not read.

    Args:
        paths: Files, folders, or `-` for stdin. Check them with `check_inputs` first: a
            path that has vanished since is reported as unreadable.
    """
    visited: dict[tuple[int, int], str] = {}
    for raw in paths:
        if str(raw) == STDIN:
            yield Found(STDIN_SOURCE, None)
            continue
        path = Path(raw)
        try:
            info = path.stat()
        except OSError as error:
            yield _stat_failure(str(path), error)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, (_key(info),), visited)
        else:
            yield _file_or_special(str(path), path, info)


def _walk_folder(
    folder: Path, ancestors: tuple[tuple[int, int], ...], visited: dict[tuple[int, int], str]
) -> Iterator[Walked]:
    key = ancestors[-1]
    if key in visited:
        yield _skip(str(folder), DUPLICATE, f"folder already read as {visited[key]}")
        return
    visited[key] = str(folder)
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError as error:
        yield _skip(str(folder), UNREADABLE, f"unreadable folder: {_describe(error)}")
        return
    for name in names:
        path = folder / name
        source = str(path)
        if name.startswith("."):
            yield _skip(source, HIDDEN, "hidden (name starts with '.'); name it to read it")
            continue
        try:
            info = path.stat()
        except OSError as error:
            yield _stat_failure(source, error)
            continue
        if not stat.S_ISDIR(info.st_mode):
            yield _file_or_special(source, path, info)
            continue
        child = _key(info)
        if child in ancestors:
            loop_to = visited.get(child, str(folder))
            yield _skip(source, SYMLINK_LOOP, f"symlink loop: leads back to {loop_to}")
            continue
        yield from _walk_folder(path, (*ancestors, child), visited)


def _file_or_special(source: str, path: Path, info: os.stat_result) -> Walked:
    if stat.S_ISREG(info.st_mode):
        return Found(source, path)
    kind = (
        "a FIFO"
        if stat.S_ISFIFO(info.st_mode)
        else "a socket"
        if stat.S_ISSOCK(info.st_mode)
        else "a device"
    )
    return _skip(source, NOT_REGULAR, f"not a regular file ({kind}); pipe it to '-' instead")


def _stat_failure(source: str, error: OSError) -> InputRecord:
    if error.errno == errno.ELOOP:
        return _skip(source, SYMLINK_LOOP, "symlink loop: the link resolves to itself")
    if error.errno == errno.ENOENT and os.path.islink(source):
        target = os.readlink(source)
        return _skip(source, BROKEN_LINK, f"broken symlink (to {target!r})")
    return _skip(source, UNREADABLE, f"unreadable: {_describe(error)}")


def _describe(error: OSError) -> str:
    return error.strerror or str(error)


def _key(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _skip(source: str, cause: str, reason: str) -> InputRecord:
    return InputRecord(source, "skipped", reason=reason, cause=cause)
