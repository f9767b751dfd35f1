"""Time and size of every export format on a build folder, optionally scaled up.

    .venv/bin/python -m bench.exports [FOLDER] [--copies K]

`--copies K` repeats every document K times (new document and statement ids, same
entities), so edges grow K-fold while nodes stay: the shape of a corpus that keeps
talking about the same actors. Prints one line per format: seconds, bytes written.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from kg.export import EXPORTERS, GraphData
from kg.workspace import load_graph_data


def scaled(data: GraphData, copies: int) -> GraphData:
    """The build with every document (and its statements) repeated `copies` times."""
    documents = tuple(
        dataclasses.replace(document, id=f"{document.id}-{copy}")
        for copy in range(copies)
        for document in data.documents
    )
    statements = tuple(
        dataclasses.replace(
            statement, id=f"{statement.id}-{copy}", doc_id=f"{statement.doc_id}-{copy}"
        )
        for copy in range(copies)
        for statement in data.statements
    )
    return GraphData(documents, data.entities, statements)


def size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="output", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    data = scaled(load_graph_data(args.folder), args.copies)
    print(
        f"{len(data.documents)} documents, {len(data.statements)} statements, "
        f"{len(data.entities)} entities (copies={args.copies})"
    )
    with tempfile.TemporaryDirectory() as scratch:
        for exporter in EXPORTERS.values():
            # Fresh views each time: the RDF dataset and networkx graph are built lazily
            # and cached, so every format pays for the view it needs.
            fresh = GraphData(data.documents, data.entities, data.statements)
            target = Path(scratch) / exporter.target
            started = time.perf_counter()
            exporter.write(fresh, target)
            seconds = time.perf_counter() - started
            print(f"{exporter.name:9} {seconds:7.2f} s {size(target):>12,} bytes")


if __name__ == "__main__":
    main()
