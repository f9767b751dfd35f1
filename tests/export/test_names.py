"""Labels and relationship types are safe Cypher identifiers whatever the input."""

from __future__ import annotations

import re

import pytest

from kg.export.names import DEFAULT_RELATIONSHIP_TYPE, node_labels, relationship_type, safe_label
from kg.extract.stance import STANCE_TYPES
from tests.records import HOSTILE

ODD_NAMES = [HOSTILE, "", "-", "9", "1st-tier group", "中文", "`x`) DETACH DELETE n //", "a\nb"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_labels_are_ascii_names_that_start_with_a_letter(name: str) -> None:
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", safe_label(name))


@pytest.mark.parametrize("name", ODD_NAMES)
def test_relationship_types_are_upper_snake_case(name: str) -> None:
    assert re.fullmatch(r"[A-Z][A-Z0-9_]*", relationship_type(name))


def test_stance_types_keep_their_names() -> None:
    assert [relationship_type(name) for name in STANCE_TYPES] == list(STANCE_TYPES)
    assert relationship_type(None) == relationship_type("") == DEFAULT_RELATIONSHIP_TYPE


def test_labels_never_repeat() -> None:
    assert node_labels("entity", "entity") == ("KgNode", "Entity")
    assert node_labels("entity", "Kg node") == ("KgNode", "Entity")
    assert node_labels("entity", "world cup") == ("KgNode", "Entity", "WorldCup")
