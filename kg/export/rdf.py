"""RDF formats: Turtle (union of graphs), N-Triples, TriG, N-Quads, JSON-LD."""

from __future__ import annotations

from pathlib import Path

from kg.export.base import GraphData
from kg.fsutil import atomic_write_text
from kg.graph.rdf import union_graph


def generate_turtle(data: GraphData) -> str:
    """All named graphs merged into one Turtle document (Turtle has no graphs)."""
    return union_graph(data.dataset).serialize(format="turtle")


def generate_ntriples(data: GraphData) -> str:
    """One triple per line, sorted so the same graph gives the same bytes."""
    lines = union_graph(data.dataset).serialize(format="nt").splitlines()
    return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())


def generate_trig(data: GraphData) -> str:
    """Every document's named graph, and the entities graph, in TriG."""
    return data.dataset.serialize(format="trig")


def generate_nquads(data: GraphData) -> str:
    """One quad per line (the fourth term names the graph), sorted."""
    lines = data.dataset.serialize(format="nquads").splitlines()
    return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())


def generate_jsonld(data: GraphData) -> str:
    """JSON-LD of the whole dataset, with our prefixes as the context."""
    return data.dataset.serialize(format="json-ld", indent=2)


def write_turtle(data: GraphData, path: Path) -> None:
    atomic_write_text(path, generate_turtle(data))


def write_ntriples(data: GraphData, path: Path) -> None:
    atomic_write_text(path, generate_ntriples(data))


def write_trig(data: GraphData, path: Path) -> None:
    atomic_write_text(path, generate_trig(data))


def write_nquads(data: GraphData, path: Path) -> None:
    atomic_write_text(path, generate_nquads(data))


def write_jsonld(data: GraphData, path: Path) -> None:
    atomic_write_text(path, generate_jsonld(data))
