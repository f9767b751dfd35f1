"""The Neo4j folder: CSV quoting, absent values, array delimiter, README, errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.errors import ExportError
from kg.export import EXPORTERS
from kg.export.neo4j import (
    ARRAY_DELIMITERS,
    NODE_HEADER,
    PRIVATE_USE_DELIMITERS,
    RELATIONSHIP_HEADER,
    array_delimiter,
    csv_field,
)
from kg.export.propgraph import NodeRow, PropertyGraph
from tests.records import sample_data


def _write(tmp_path: Path) -> Path:
    EXPORTERS["neo4j"].write(sample_data(), tmp_path / "neo4j")
    return tmp_path / "neo4j"


def test_headers_are_typed_for_neo4j_admin(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    nodes = (folder / "nodes.csv").read_text(encoding="utf-8").split("\n")[0]
    assert nodes == ",".join(f'"{name}"' for name in NODE_HEADER)
    assert NODE_HEADER[:2] == ("id:ID", ":LABEL")
    assert {"aliases:string[]", "roles:string[]", "mention_count:long"} <= set(NODE_HEADER)
    assert RELATIONSHIP_HEADER[:3] == (":START_ID", ":END_ID", ":TYPE")
    assert {"polarity:long", "negated:boolean", "confidence:double"} <= set(RELATIONSHIP_HEADER)
    assert {"about:string[]", "sentence_index:long"} <= set(RELATIONSHIP_HEADER)


def test_absent_values_are_empty_unquoted_fields(tmp_path: Path) -> None:
    folder = _write(tmp_path)
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    negated = next(row for row in rows if row["statement_id"] == "st-3")
    assert negated[":TYPE"] == "RELATED_TO" and negated["stance"] == ""
    text = (folder / "relationships.csv").read_text(encoding="utf-8")
    assert ',,"' in text  # an absent stance: nothing between the commas, not ""
    assert csv_field("", ";") == '""' and csv_field(None, ";") == ""


def test_array_delimiter_moves_on_when_an_item_holds_it() -> None:
    def graph(*aliases: str) -> PropertyGraph:
        return PropertyGraph((NodeRow("a", ("KgNode",), {"aliases": tuple(aliases)}),), ())

    assert array_delimiter(graph("x")) == ";"
    assert array_delimiter(graph("x;y")) == "|"
    assert array_delimiter(graph("x;y", "p|q")) == "^"
    # Article text holding all four does not stop the export: a private-use character.
    assert array_delimiter(graph("a;b|c^d~e")) == "\ue000"
    assert array_delimiter(graph(*ARRAY_DELIMITERS, "\ue000")) == "\ue001"
    every = "".join(map(chr, PRIVATE_USE_DELIMITERS))
    with pytest.raises(ExportError, match="every array delimiter"):
        array_delimiter(graph(*ARRAY_DELIMITERS, every))


def test_readme_gives_the_import_commands(tmp_path: Path) -> None:
    readme = (_write(tmp_path) / "README.md").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in readme
    assert "--nodes=nodes.csv --relationships=relationships.csv" in readme
    assert '--array-delimiter=";" --multiline-fields=true' in readme
    assert "cypher-shell -f import.cypher" in readme
    assert "4 nodes, 4 relationships" in readme


def test_a_file_where_the_folder_goes_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "neo4j").write_text("not a folder")
    with pytest.raises(ExportError, match=r"writes a folder, but .* is a file; pass a folder"):
        EXPORTERS["neo4j"].write(sample_data(), tmp_path / "neo4j")
