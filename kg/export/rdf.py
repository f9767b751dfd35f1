"""RDF formats: Turtle (union of graphs), N-Triples, TriG, N-Quads, JSON-LD.

All five are deterministic: rdflib orders subjects within a graph, but not the graphs of
a dataset, nor the nodes of JSON-LD (both follow hash order, which changes from run to
run). TriG writes its graphs sorted by name; JSON-LD sorts its node arrays, which are
unordered sets in JSON-LD (we write no `@list`).

Example:
    >>> from kg.model import Document, Entity
    >>> data = GraphData((Document("d1", "Hi."),), (Entity("person/a", "A", "person"),), ())
    >>> generate_jsonld(data).splitlines()[1:3]
    ['  "@context": {', '    "doc": "https://kg.local/doc/",']
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from rdflib.plugins.serializers.trig import TrigSerializer

from kg.export.base import GraphData
from kg.fsutil import atomic_write_text
from kg.graph.rdf import PREFIXES, union_graph

CONTEXT = "@context"


def _sorted_lines(text: str) -> str:
    """Unique lines, sorted. Only LF ends a line: `str.splitlines` would also break at
    U+2028 and other separators that N-Triples writes unescaped inside literals."""
    lines = {line for line in text.split("\n") if line.strip()}
    return "".join(line + "\n" for line in sorted(lines))


def generate_turtle(data: GraphData) -> str:
    """All named graphs merged into one Turtle document (Turtle has no graphs)."""
    return union_graph(data.dataset).serialize(format="turtle")


def generate_ntriples(data: GraphData) -> str:
    """One triple per line, sorted so the same graph gives the same bytes."""
    return _sorted_lines(union_graph(data.dataset).serialize(format="nt"))


def generate_trig(data: GraphData) -> str:
    """Every document's named graph, and the entities graph, sorted by graph name."""
    serializer = TrigSerializer(data.dataset)
    serializer.contexts.sort(key=lambda graph: str(graph.identifier))
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


def generate_nquads(data: GraphData) -> str:
    """One quad per line (the fourth term names the graph), sorted."""
    return _sorted_lines(data.dataset.serialize(format="nquads"))


def _sorted_arrays(value: Any) -> Any:
    """Every array sorted by its items' JSON text, recursively; contexts left alone."""
    if isinstance(value, dict):
        return {
            key: item if key == CONTEXT else _sorted_arrays(item) for key, item in value.items()
        }
    if isinstance(value, list):
        items = [_sorted_arrays(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value


def generate_jsonld(data: GraphData) -> str:
    """Compact JSON-LD of the whole dataset: our prefixes as the `@context`, one
    `@graph` per named graph."""
    text = data.dataset.serialize(format="json-ld", context=PREFIXES, auto_compact=True)
    document = _sorted_arrays(json.loads(text))
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def write_turtle(data: GraphData, path: Path) -> None:
    """Write the Turtle file."""
    atomic_write_text(path, generate_turtle(data))


def write_ntriples(data: GraphData, path: Path) -> None:
    """Write the N-Triples file."""
    atomic_write_text(path, generate_ntriples(data))


def write_trig(data: GraphData, path: Path) -> None:
    """Write the TriG file."""
    atomic_write_text(path, generate_trig(data))


def write_nquads(data: GraphData, path: Path) -> None:
    """Write the N-Quads file."""
    atomic_write_text(path, generate_nquads(data))


def write_jsonld(data: GraphData, path: Path) -> None:
    """Write the JSON-LD file."""
    atomic_write_text(path, generate_jsonld(data))
