"""Across documents with the real pipeline: one entity per actor, merges recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from tests.conftest import read_jsonl

pytestmark = pytest.mark.model

DOCUMENTS = {
    "a.txt": "President Donald Trump criticised the U.S. Congress on Monday.",
    "b.txt": "Trump said he would veto the bill. The United States Congress rejected it.",
    "c.txt": "François Hollande met Vladimir Putin in Paris.",
    "d.txt": "Francois Hollande criticised Putin on Tuesday.",
}


def test_entities_merge_across_documents_and_statements_follow(tmp_path: Path) -> None:
    for name, text in DOCUMENTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    report = build([tmp_path / name for name in DOCUMENTS], out)
    entities = {e["id"]: e for e in read_jsonl(out / "entities.jsonl")}
    people = sorted(i for i, e in entities.items() if e["type"] == "person")
    # Equal support: the alphabetically first spelling is the label, the other an alias.
    assert people == ["person/donald-trump", "person/francois-hollande", "person/vladimir-putin"]
    assert "François Hollande" in entities["person/francois-hollande"]["aliases"]
    corpus = [m for m in read_jsonl(out / "merges.jsonl") if m["scope"] == "corpus"]
    merged = {(m["into"]["id"], tuple(m["merged"]), m["reason"]) for m in corpus}
    assert (
        "person/donald-trump",
        ("person/trump",),
        "short form of the only person named 'Donald Trump'",
    ) in merged
    assert (
        "person/francois-hollande",
        ("person/françois-hollande",),
        "same name up to case, accents and punctuation",
    ) in merged
    assert (
        "person/vladimir-putin",
        ("person/putin",),
        "short form of the only person named 'Vladimir Putin'",
    ) in merged
    statements = read_jsonl(out / "statements.jsonl")
    subjects = {s["subject"]["id"] for s in statements}
    assert "person/trump" not in subjects and "person/donald-trump" in subjects
    assert {s["subject"]["id"] for s in statements} <= set(entities)
    assert report["counts"]["merges"] == len(read_jsonl(out / "merges.jsonl"))
