"""Read a build's output folder back into records (for `kg export`, `kg query`...).

A build folder holds `documents.jsonl`, `entities.jsonl` and `statements.jsonl`; they are
enough to regenerate every other file.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.pipeline import build
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Senator John McCain criticised Vladimir Putin.")
    >>> _ = build([folder / "a.txt"], folder / "out")
    >>> len(load_graph_data(folder / "out").statements)
    1
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.export.base import GraphData
from kg.model import Statement, document_from_dict, entity_from_dict

DOCUMENTS_FILE = "documents.jsonl"
ENTITIES_FILE = "entities.jsonl"
STATEMENTS_FILE = "statements.jsonl"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(
            f"{str(path)!r} is missing; is {str(path.parent)!r} a folder written by kg build?"
        )
    rows = []
    # Only LF ends a JSONL line: `splitlines` would also break at U+2028, which
    # `json.dumps(ensure_ascii=False)` writes as is inside strings.
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: invalid JSON ({error.msg})") from error
    return rows


def load_graph_data(folder: str | Path) -> GraphData:
    """The documents, entities and statements of a build folder.

    Raises:
        InputError: The folder is not a build folder or a file in it is damaged.
    """
    folder = Path(folder)
    return GraphData(
        documents=tuple(document_from_dict(r) for r in _read_jsonl(folder / DOCUMENTS_FILE)),
        entities=tuple(entity_from_dict(r) for r in _read_jsonl(folder / ENTITIES_FILE)),
        statements=tuple(Statement.from_dict(r) for r in _read_jsonl(folder / STATEMENTS_FILE)),
    )
