"""Paths the command line reads and writes, checked before use (DESIGN §6, §9).

The library raises `KGError` for what it knows about; the paths a user types reach the
file system first, where a missing folder, a folder where a file goes or a damaged build
file would otherwise end in a traceback. These helpers turn each into a `KGError` that
names the value, what was expected and the fix.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> try:
    ...     output_file(folder, "--to", "graph.ttl")
    ... except UsageError as error:
    ...     print(str(error).split(";")[0].replace(str(folder), "DIR"))
    --to 'DIR' is a folder, but a file is written there
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kg.errors import ExportError, InputError, UsageError

T = TypeVar("T")
# A build folder is readable when it holds these (kg.workspace reads them).
BUILD_FILES = ("documents.jsonl", "entities.jsonl", "statements.jsonl")


def build_folder(folder: Path, option: str) -> Path:
    """`folder` if it exists and is a folder, else a `UsageError` naming the fix.

    Args:
        folder: The path the user gave.
        option: How the user gave it (`FOLDER`, `--out`), for the message.
    """
    fix = "pass the --out folder of a kg build (default: output), or run kg build first"
    if not folder.exists():
        raise UsageError(f"{option} {str(folder)!r} does not exist; {fix}")
    if not folder.is_dir():
        raise UsageError(f"{option} {str(folder)!r} is a file, not a build folder; {fix}")
    return folder


def read_build(folder: Path, read: Callable[[Path], T]) -> T:
    """Run `read(folder)` on a build folder, turning damaged files into an `InputError`.

    `kg.workspace` reports a missing file or a line that is not JSON; a file that is not
    UTF-8 or a record that lacks a field (an edited or truncated file, another tool's
    output) would otherwise be a traceback.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "statements.jsonl").write_text('{"id": "st-1"}\\n')
        >>> def first(path: Path) -> str:
        ...     return json.loads((path / "statements.jsonl").read_text())["doc_id"]
        >>> try:
        ...     read_build(folder, first)
        ... except InputError as error:
        ...     print(str(error).split(":")[0].replace(str(folder), "DIR"))
        the build folder 'DIR' is damaged (a record lacks the field 'doc_id')
    """
    try:
        return read(folder)
    except UnicodeDecodeError as error:
        problem = f"a file is not UTF-8: {error.reason} at byte {error.start}"
    except KeyError as error:
        problem = f"a record lacks the field {error.args[0]!r}"
    except (TypeError, AttributeError) as error:
        problem = f"a record has the wrong shape: {error}"
    raise InputError(
        f"the build folder {str(folder)!r} is damaged ({problem}): its "
        f"{', '.join(BUILD_FILES)} must be as kg build wrote them; run kg build again"
    )


def output_file(path: Path, option: str, example: str) -> Path:
    """`path` if a file can be written there (it is not a folder).

    Args:
        path: Where the user asked for a file.
        option: The option that named it (`--to`, `--out`), for the message.
        example: A file name to suggest (`graph.ttl`).
    """
    if path.is_dir():
        raise UsageError(
            f"{option} {str(path)!r} is a folder, but a file is written there; "
            f"pass a file path such as {str(path / example)!r}"
        )
    return path


def write_checked(path: Path, write: Callable[[Path], None], option: str) -> None:
    """Run `write(path)`; an `OSError` (read-only, no such folder) becomes an `ExportError`."""
    try:
        write(path)
    except OSError as error:
        where = error.filename or path
        raise ExportError(
            f"cannot write {option} {str(path)!r}: {error.strerror or error} ({where}); "
            "pass a path in a folder you can write to"
        ) from error


def write_jsonl(path: Path, rows: list[dict[str, object]], option: str) -> None:
    """One JSON object per line to `path`, checked as `output_file` and `write_checked`."""
    output_file(path, option, "details.jsonl")
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    write_checked(path, lambda target: _write_text(target, text), option)


def write_text(path: Path, text: str, option: str, example: str) -> None:
    """`text` to `path`, checked as `output_file` and `write_checked`."""
    output_file(path, option, example)
    write_checked(path, lambda target: _write_text(target, text), option)


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
