"""Hostile strings survive every format exactly: one test per format (real readers).

Quotes, backslash, CR/LF/tab, `</script>`, emoji, CJK, U+2028, leading digits and
hyphens in labels, ids and types; the CSV array delimiter inside a list item.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.export import EXPORTERS
from kg.export.flatten import LIST_SEPARATOR
from tests.export.readers import READERS
from tests.records import HOSTILE, hostile_data

ODD_ID = "1st-tier group/-9-lives"
ODD_TYPE = "1st-tier group"
ODD_ALIASES = ("a;b", HOSTILE, "-")
COMMON = {HOSTILE, "lifting sanctions on " + HOSTILE, '9 Lives; "Ltd"', ODD_TYPE}
LISTS_KEPT = {"a;b", 'CEO, "acting"'}
EXPECTED: dict[str, set[str]] = {
    **dict.fromkeys(("ttl", "nt", "trig", "nq", "jsonld"), COMMON | LISTS_KEPT),
    **{name: COMMON | LISTS_KEPT | {ODD_ID} for name in ("nodelink", "neo4j", "cypher")},
    # GraphML and GEXF hold scalars: lists are joined at the export boundary.
    **{
        name: COMMON | {LIST_SEPARATOR.join(ODD_ALIASES), 'CEO, "acting"', ODD_ID}
        for name in ("graphml", "gexf")
    },
    # The page shows aliases, not roles.
    "html": COMMON | {"a;b", ODD_ID},
}


def test_every_format_has_expectations() -> None:
    assert sorted(EXPECTED) == sorted(EXPORTERS)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_hostile_strings_survive(tmp_path: Path, name: str) -> None:
    data = hostile_data()
    exporter = EXPORTERS[name]
    target = tmp_path / exporter.target
    exporter.write(data, target)
    found = READERS[name](target, data)
    missing = EXPECTED[name] - found.strings
    assert not missing, f"{name} lost or altered: {missing}"


def test_hostile_names_are_safe_in_neo4j_files(tmp_path: Path) -> None:
    EXPORTERS["neo4j"].write(hostile_data(), tmp_path / "neo4j")
    nodes = (tmp_path / "neo4j" / "nodes.csv").read_text(encoding="utf-8")
    # The odd type becomes a label that starts with a letter; the alias holding ";"
    # made the export pick the next array delimiter, and the README says so.
    assert '"KgNode|Entity|N1stTierGroup"' in nodes
    readme = (tmp_path / "neo4j" / "README.md").read_text(encoding="utf-8")
    assert '--array-delimiter="|"' in readme
    script = (tmp_path / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    assert "SET n:Entity:N1stTierGroup;" in script
    assert re.findall(r"-\[r:([^ ]+) ", script) and all(
        re.fullmatch(r"[A-Z][A-Z0-9_]*", t) for t in re.findall(r"-\[r:([^ ]+) ", script)
    )
