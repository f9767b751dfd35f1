"""GEXF 1.2 for Gephi; attributes flattened to scalars, edge ids are statement ids.

networkx stamps GEXF files with the day they were written (`lastmodifieddate`); we drop
that optional attribute so the same workspace gives the same bytes.

Example:
    >>> from kg.model import Entity
    >>> data = GraphData((), (Entity("person/a", "A", "person"),), ())
    >>> text = generate_gexf(data).decode()
    >>> 'label="A"' in text and "lastmodifieddate" not in text
    True
"""

from __future__ import annotations

from pathlib import Path

from networkx.readwrite.gexf import GEXFWriter

from kg.export.base import GraphData
from kg.export.flatten import scalar_graph
from kg.fsutil import atomic_write_bytes

GEXF_VERSION = "1.2draft"


def generate_gexf(data: GraphData) -> bytes:
    """The GEXF document, UTF-8."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version=GEXF_VERSION)
    writer.add_graph(scalar_graph(data.graph, edge_ids=True))
    for meta in writer.xml.iter("meta"):
        meta.attrib.pop("lastmodifieddate", None)
    text = str(writer)
    # Attribute values: ElementTree already writes CR, LF and tab as references; element
    # text (none today) would need the same for CR, as in GraphML.
    return text.replace("\r", "&#13;").encode("utf-8")


def write_gexf(data: GraphData, path: Path) -> None:
    """Write the GEXF file."""
    atomic_write_bytes(path, generate_gexf(data))
