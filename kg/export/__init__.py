"""Exporters: one registry dict, one module per format (DESIGN §2.7, §9).

`kg export --format` takes a name or an alias from here, and `kg build` writes the
`BUILD_FORMATS` into its output folder.

Example:
    >>> get_exporter("turtle").name, get_exporter("Node-Link").target
    ('ttl', 'graph.json')
    >>> sorted(EXPORTERS)[:4]
    ['cypher', 'gexf', 'graphml', 'html']
"""

from __future__ import annotations

from kg.errors import FormatError
from kg.export.base import Exporter, GraphData
from kg.export.cypher import write_cypher
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.html import write_html
from kg.export.neo4j import write_neo4j
from kg.export.nodelink import write_nodelink
from kg.export.rdf import write_jsonld, write_nquads, write_ntriples, write_trig, write_turtle

EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        Exporter("ttl", ("turtle",), "graph.ttl", "RDF Turtle, all graphs merged", write_turtle),
        Exporter(
            "nt", ("ntriples", "n-triples"), "graph.nt", "RDF N-Triples, sorted", write_ntriples
        ),
        Exporter("trig", (), "graph.trig", "RDF TriG, a named graph per document", write_trig),
        Exporter("nq", ("nquads", "n-quads"), "graph.nq", "RDF N-Quads, sorted", write_nquads),
        Exporter("jsonld", ("json-ld",), "graph.jsonld", "JSON-LD, compact @context", write_jsonld),
        Exporter("graphml", (), "graph.graphml", "GraphML (Gephi, yEd)", write_graphml),
        Exporter("gexf", (), "graph.gexf", "GEXF 1.2 (Gephi)", write_gexf),
        Exporter(
            "nodelink",
            ("node-link", "json"),
            "graph.json",
            "networkx node-link JSON (D3)",
            write_nodelink,
        ),
        Exporter(
            "neo4j",
            ("neo4j-admin", "csv"),
            "neo4j",
            "folder: Neo4j import CSVs, Cypher script, LadybugDB scripts",
            write_neo4j,
        ),
        Exporter("cypher", (), "graph.cypher", "Cypher script (UNWIND ... MERGE)", write_cypher),
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
