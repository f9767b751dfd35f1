"""GraphML for Gephi, yEd and graph databases; attributes flattened to scalars.

Example:
    >>> from kg.model import Entity
    >>> data = GraphData((), (Entity("person/a", "A\\rB", "person", ("x", "y")),), ())
    >>> text = generate_graphml(data).decode()
    >>> "A&#13;B" in text and ">x;y<" in text
    True
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kg.export.base import GraphData
from kg.export.flatten import scalar_graph
from kg.fsutil import atomic_write_bytes


def generate_graphml(data: GraphData) -> bytes:
    """The GraphML document, UTF-8."""
    stream = io.BytesIO()
    # Not `nx.generate_graphml`: it yields `str.splitlines()` of the document, which
    # also breaks lines at CR, U+2028 and other separators inside values.
    nx.write_graphml(scalar_graph(data.graph), stream, encoding="utf-8", prettyprint=True)
    # ElementTree writes a carriage return in element text as is, and every XML parser
    # turns it into a line feed; a character reference survives. (It never writes one
    # of its own: its line breaks are line feeds.)
    return stream.getvalue().replace(b"\r", b"&#13;")


def write_graphml(data: GraphData, path: Path) -> None:
    """Write the GraphML file."""
    atomic_write_bytes(path, generate_graphml(data))
