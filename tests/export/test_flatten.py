"""GraphML and GEXF: scalars at the boundary, XML-illegal characters made visible."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export import EXPORTERS
from kg.export.base import GraphData
from kg.export.flatten import XML_REPLACEMENT, flatten, xml_text
from kg.model import Entity


def test_flatten_joins_lists_and_blanks_none() -> None:
    flat = flatten({"aliases": ("a", "b"), "cue": None, "n": 3, "ok": True})
    assert flat == {"aliases": "a;b", "cue": "", "n": 3, "ok": True}


def test_exporting_leaves_the_shared_view_with_its_lists(tmp_path: Path) -> None:
    data = GraphData((), (Entity("person/a", "A", "person", ("x", "y")),), ())
    for name in ("graphml", "gexf"):
        EXPORTERS[name].write(data, tmp_path / EXPORTERS[name].target)
    assert data.graph.nodes["person/a"]["aliases"] == ["x", "y"]


def test_control_characters_xml_cannot_hold_are_replaced(tmp_path: Path) -> None:
    label = "page\x0cbreak\x00 and tab\tkept"
    assert xml_text(label) == f"page{XML_REPLACEMENT}break{XML_REPLACEMENT} and tab\tkept"
    data = GraphData((), (Entity("person/a", label, "person"),), ())
    for name, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        target = tmp_path / EXPORTERS[name].target
        EXPORTERS[name].write(data, target)
        assert read(target).nodes["person/a"]["label"] == xml_text(label)
