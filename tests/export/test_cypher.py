"""Cypher literals and the script's statement structure."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from kg.errors import ExportError
from kg.export.base import GraphData
from kg.export.cypher import (
    BATCH_SIZE,
    NEO4J_ONLY,
    cypher_key,
    cypher_string,
    cypher_value,
    generate_cypher,
    parse_script,
)
from kg.model import Entity
from tests.export.stores import Ladybug
from tests.records import HOSTILE, hostile_data


def test_strings_escape_quotes_backslashes_and_line_breaks_only() -> None:
    literal = cypher_string(HOSTILE)
    assert "\n" not in literal and "\r" not in literal and "\u2028" not in literal
    assert "🙂" in literal and "中文" in literal  # no surrogate-pair escapes
    assert literal.startswith('"-1 O\'Neill \\"the\\\\ \\r\\n\\ttab\\"')


def test_strings_read_back_exactly_in_a_real_cypher_store(tmp_path: Path) -> None:
    db = Ladybug(tmp_path / "db")
    odd = HOSTILE + "\x00\x01\x1f\x7f\x85\u2029`'"
    [[value]] = db.run(f"RETURN {cypher_string(odd)} AS s")
    assert value == odd


def test_values_and_keys() -> None:
    assert cypher_value([1, 2.5, True, None]) == "[1, 2.5, true, null]"
    assert cypher_value({"a b": "x"}) == '{`a b`: "x"}'
    assert cypher_key("ok_name") == "ok_name"
    assert cypher_key("a`b") == "`a``b`"
    with pytest.raises(ExportError, match="cannot write the number nan"):
        cypher_value(math.nan)
    with pytest.raises(ExportError, match="cannot write bytes value"):
        cypher_value(b"x")


def test_script_statements_and_neo4j_only_marks() -> None:
    statements = parse_script(generate_cypher(hostile_data()))
    first, *rest = statements
    assert first.neo4j_only and first.text.startswith("CREATE CONSTRAINT")
    marked = [s for s in rest if s.neo4j_only]
    assert marked and all(s.text.startswith("UNWIND") and "SET n:" in s.text for s in marked)
    assert all("MERGE" in s.text or "SET" in s.text for s in rest)
    assert NEO4J_ONLY not in "".join(s.text for s in statements)


def test_batches_hold_at_most_batch_size_rows(tmp_path: Path) -> None:
    entities = tuple(Entity(f"person/p{i:04d}", f"P{i}", "person") for i in range(BATCH_SIZE + 1))
    statements = parse_script(generate_cypher(GraphData((), entities, ())))
    merges = [s for s in statements if "MERGE (n:KgNode" in s.text]
    assert len(merges) == 2
    assert [s.text.count('{id: "person/') for s in merges] == [BATCH_SIZE, 1]


def test_a_script_cut_short_is_an_error() -> None:
    with pytest.raises(ExportError, match="ends inside a statement"):
        parse_script("UNWIND [1] AS x\nRETURN x")
