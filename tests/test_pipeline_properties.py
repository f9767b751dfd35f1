"""Property-based tests of the whole pipeline with the real model (hypothesis).

Random Unicode, news-like word salad and broken inputs go through `kg build`: it never
raises, every input is accounted for, every statement's offsets point into its
document's text, and every RDF output parses. Bounded and reproducible: a fixed number
of examples, derandomized, no example database, no deadline.
"""

from __future__ import annotations

import json
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph

from kg.export import get_exporter
from kg.io import CAUSES
from kg.pipeline import build
from kg.workspace import load_graph_data
from tests.conftest import read_jsonl

pytestmark = pytest.mark.model

PIPELINE = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Words that make the parser find clauses, entities and quotes, so statements come out
# and their offsets get checked; mixed below with arbitrary Unicode.
NEWS_WORDS = [
    "Putin",
    "Trump",
    "Merkel",
    "Macron",
    "Senator",
    "John",
    "McCain",
    "President",
    "Xi",
    "Jinping",
    "the",
    "Kremlin",
    "NATO",
    "said",
    "criticised",
    "praised",
    "met",
    "called",
    "warned",
    "rejected",
    "did",
    "not",
    "would",
    "consider",
    "sanctions",
    "on",
    "Russia",
    "Ukraine",
    "in",
    "Moscow",
    "on",
    "Friday",
    ",",
    ".",
    "“",
    "”",
    '"',
    "'",
    "he",
    "she",
    "they",
    "it",
    "who",
    "and",
    "but",
]
REALISH = st.lists(
    st.sampled_from([*NEWS_WORDS, "\n\n", "\n", ".\n\n"]), min_size=1, max_size=40
).map(" ".join)
ANY_TEXT = st.text(max_size=120)
TEXT = st.lists(st.one_of(REALISH, ANY_TEXT), min_size=1, max_size=3).map("".join)
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


def _write_inputs(folder: Path, texts: list[str], raw: list[bytes]) -> int:
    """Write texts as .txt files and one JSONL file, plus raw files; return the input count."""
    for number, text in enumerate(texts):
        (folder / f"t{number:02d}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    lines = [json.dumps({"id": f"j{n}", "text": text}) for n, text in enumerate(texts)]
    lines.append("{broken json")
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for number, data in enumerate(raw):
        (folder / f"r{number:02d}.txt").write_bytes(data)
    return len(texts) + len(lines) + len(raw)


def _check_build(out: Path, expected_inputs: int) -> None:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    # Every input accounted for, exactly once.
    assert len(report["inputs"]) == counts["inputs"] == expected_inputs
    assert (
        counts["inputs"]
        == counts["inputs_ok"] + counts["inputs_skipped"] + counts["inputs_partial"]
    )
    assert counts["documents_failed"] == 0, report["inputs"]  # no extraction raised
    assert counts["documents"] == counts["documents_read"]
    for record in report["inputs"]:
        assert record["status"] in {"ok", "skipped", "partial"}
        assert (record["status"] == "ok") == (record["reason"] is None)
        assert record["status"] == "ok" or record["cause"] in CAUSES
    # Every statement's evidence lies in its document's text and sentence.
    texts = {row["id"]: row["text"] for row in read_jsonl(out / "documents.jsonl")}
    assert len(texts) == counts["documents"]
    for row in read_jsonl(out / "statements.jsonl"):
        text = texts[row["doc_id"]]
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        evidence = text[row["char_start"] : row["char_end"]]
        assert evidence in row["sentence"] and row["sentence"] in text
    # Every RDF serialisation parses, with the same triples; GraphML is well-formed XML.
    data = load_graph_data(out)
    merged = Graph().parse(out / "graph.ttl", format="turtle")
    for name, rdf_format in RDF_FORMATS.items():
        target = out / f"check.{name}"
        get_exporter(name).write(data, target)
        if rdf_format in {"trig", "nquads", "json-ld"}:  # named graphs: parse as a dataset
            dataset = Dataset()
            dataset.parse(target, format=rdf_format)
            assert len({t for g in dataset.graphs() for t in g}) == len(merged), name
        else:
            assert len(Graph().parse(target, format=rdf_format)) == len(merged), name
    ElementTree.parse(out / "graph.graphml")
    nx.read_graphml(out / "graph.graphml")


@PIPELINE
@example(["Senator John McCain criticised Vladimir Putin.\x00 Merkel met Macron in Paris."], [])
@given(
    st.lists(TEXT, min_size=1, max_size=4),
    st.lists(st.binary(max_size=200), max_size=2),
)
def test_random_text_through_the_whole_pipeline(texts: list[str], raw: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "in"
        folder.mkdir()
        expected = _write_inputs(folder, texts, raw)
        build([folder], Path(temporary) / "out")
        _check_build(Path(temporary) / "out", expected)
