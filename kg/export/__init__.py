"""Exporters: one registry dict, one module per format (DESIGN §2.7, §9).

Example:
    >>> get_exporter("turtle").name
    'ttl'
    >>> sorted(EXPORTERS)[:3]
    ['graphml', 'html', 'jsonld']
"""

from __future__ import annotations

from kg.errors import FormatError
from kg.export.base import Exporter, GraphData
from kg.export.graphml import write_graphml
from kg.export.html import write_html
from kg.export.neo4j import write_neo4j
from kg.export.rdf import write_jsonld, write_nquads, write_ntriples, write_trig, write_turtle

EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        Exporter("ttl", ("turtle",), "graph.ttl", "Turtle, all graphs merged", write_turtle),
        Exporter("nt", ("ntriples", "n-triples"), "graph.nt", "N-Triples, sorted", write_ntriples),
        Exporter("trig", (), "graph.trig", "TriG, one named graph per document", write_trig),
        Exporter("nq", ("nquads", "n-quads"), "graph.nq", "N-Quads, sorted", write_nquads),
        Exporter("jsonld", ("json-ld",), "graph.jsonld", "JSON-LD", write_jsonld),
        Exporter("graphml", (), "graph.graphml", "GraphML (Gephi, yEd)", write_graphml),
        Exporter("neo4j", (), "neo4j", "Neo4j import CSVs and Cypher script", write_neo4j),
        Exporter("html", (), "graph.html", "Interactive page, works offline", write_html),
    )
}
ALIASES: dict[str, str] = {
    alias: exporter.name for exporter in EXPORTERS.values() for alias in exporter.aliases
}
# What `kg build` writes into its output folder, besides the JSONL files and report.
BUILD_FORMATS: tuple[str, ...] = ("ttl", "trig", "graphml", "html", "neo4j")


def get_exporter(name: str) -> Exporter:
    """The exporter for a format name or alias (case-insensitive).

    Raises:
        FormatError: Unknown name; the message lists the formats.
    """
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in EXPORTERS:
        options = ", ".join(sorted(EXPORTERS))
        raise FormatError(f"unknown format {name!r}; choose one of: {options}")
    return EXPORTERS[key]


__all__ = ["ALIASES", "BUILD_FORMATS", "EXPORTERS", "Exporter", "GraphData", "get_exporter"]
