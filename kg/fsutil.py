"""File writing that never leaves a half-written file behind, even when killed.

A file is written to a temporary file in the same folder, flushed to disk, and renamed
over the target (`os.replace` is atomic on POSIX); then the folder itself is flushed so
the rename survives a power cut. A process killed half-way leaves only a temporary file,
named so that `remove_temporary_files` can find and delete it on the next run.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> atomic_write_text(folder / "a.txt", "hello\\n")
    >>> (folder / "a.txt").read_text()
    'hello\\n'
    >>> _ = (folder / f".b.txt{TEMPORARY_MARK}x1y2").write_text("left by a killed run")
    >>> remove_temporary_files(folder), sorted(p.name for p in folder.iterdir())
    (1, ['a.txt'])
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Part of every temporary file's name: `.NAME<mark>RANDOM`.
TEMPORARY_MARK = ".kg-partial-"


def atomic_write_bytes(path: Path, data: bytes, *, flush_folder: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename it over `path`.

    A reader (or a re-run after a crash) sees the old file or the new one, never a
    truncated mix.

    Args:
        path: The file to write.
        data: Its new content.
        flush_folder: Also flush the folder, so the new name is on disk when this
            returns; pass False when writing many files and call `fsync_folder` once.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}{TEMPORARY_MARK}", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if flush_folder:
        fsync_folder(path.parent)


def atomic_write_text(path: Path, text: str, *, flush_folder: bool = True) -> None:
    """`atomic_write_bytes` for UTF-8 text with `\\n` line endings."""
    atomic_write_bytes(path, text.encode("utf-8"), flush_folder=flush_folder)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (new names, renames) to disk.

    Example:
        >>> fsync_folder(Path("."))
    """
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def remove_temporary_files(folder: Path) -> int:
    """Delete the temporary files a killed writer left in `folder` and below; count them.

    Only names carrying `TEMPORARY_MARK` are touched, so other files are safe. Call it
    while holding the folder's lock (no live writer can own such a file then).
    """
    if not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.rglob(f".*{TEMPORARY_MARK}*")):
        if path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
