"""The analyst questions (kg/queries/*.rq), each checked against an answer computed in
plain Python from the workspace's JSONL files, on hand-made records and on the seed."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.extract.stance import STANCE_TYPES
from kg.graph.aggregate import node_id
from kg.queries import questions_markdown, saved_queries, saved_query
from kg.query import parse_bindings, run
from tests.conftest import ROOT
from tests.test_workspace import make_workspace, sample_records

Row = dict[str, Any]


@pytest.fixture(scope="module")
def sample_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workspace(tmp_path_factory.mktemp("questions") / "ws", sample_records())


@pytest.fixture(params=["sample", pytest.param("seed", marks=pytest.mark.model)])
def workspace(request: pytest.FixtureRequest) -> Path:
    name = "sample_workspace" if request.param == "sample" else "seed_build"
    folder: Path = request.getfixturevalue(name)
    return folder


def ask(folder: Path, name: str, **bindings: str) -> list[Row]:
    """The rows of a saved query, values as Python strings and ints."""
    pairs = [f"{key}={value}" for key, value in bindings.items()]
    answer = json.loads(run(folder, saved_query(name).text, "json", parse_bindings(pairs)))
    rows = []
    for binding in answer["results"]["bindings"]:
        row: Row = {}
        for key, term in binding.items():
            integer = term.get("datatype", "").endswith("#integer")
            row[key] = int(term["value"]) if integer else term["value"]
        rows.append(row)
    return rows


def _jsonl(path: Path) -> list[dict[str, Any]]:
    # Only LF ends a line: our hostile test strings hold U+2028, which splitlines() splits.
    lines = path.read_text(encoding="utf-8").split("\n")
    return [json.loads(line) for line in lines if line.strip()]


class Facts:
    """The workspace's JSONL files, and plain-Python answers to the questions."""

    def __init__(self, folder: Path) -> None:
        self.statements = _jsonl(folder / "statements.jsonl")
        self.entities = {row["id"]: row for row in _jsonl(folder / "entities.jsonl")}
        self.documents = _jsonl(folder / "documents.jsonl")

    def label(self, ref: dict[str, Any]) -> str:
        return str(self.entities[ref["id"]]["label"] if ref["id"] else ref["label"])

    def stance_edges(self) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in self.statements:
            if row["stance"] and not row["negated"]:
                key = (self._node(row["subject"]), row["stance"], self._node(row["object"]))
                edges[key].append(row)
        return edges

    @staticmethod
    def _node(ref: dict[str, Any]) -> str:
        from kg.model import EntityRef

        return node_id(EntityRef(**ref))

    def participants(self, row: dict[str, Any]) -> set[str]:
        refs = [row["subject"], row["object"], row["attributed_to"], *row["about"]]
        return {ref["id"] for ref in refs if ref and ref["id"] in self.entities}


def test_who_opposes(workspace: Path) -> None:
    facts = Facts(workspace)
    expected = Counter()
    for (_, stance, _), group in facts.stance_edges().items():
        if STANCE_TYPES[stance].polarity == -1:
            first = group[0]
            docs = len({row["doc_id"] for row in group})
            target, actor = facts.label(first["object"]), facts.label(first["subject"])
            expected[(target, actor, stance, len(group), docs)] += 1
    rows = ask(workspace, "who_opposes")
    got = Counter(
        (r["target"], r["actor"], r["stance"], r["statements"], r["documents"]) for r in rows
    )
    assert got == expected and rows
    target = rows[0]["target"]
    bound = ask(workspace, "who_opposes", target=target)
    assert bound == [row for row in rows if row["target"] == target]


def test_stances_of(workspace: Path) -> None:
    facts = Facts(workspace)
    by_actor: dict[str, Counter[tuple[str, str, int, int]]] = defaultdict(Counter)
    for (_, stance, _), group in facts.stance_edges().items():
        first = group[0]
        docs = len({row["doc_id"] for row in group})
        row = (stance, facts.label(first["object"]), len(group), docs)
        by_actor[facts.label(first["subject"])][row] += 1
    assert by_actor
    for actor, expected in by_actor.items():
        rows = ask(workspace, "stances_of", actor=actor)
        got = Counter((r["stance"], r["target"], r["statements"], r["documents"]) for r in rows)
        assert got == expected, actor


def test_supports_and_opposes(workspace: Path) -> None:
    facts = Facts(workspace)
    sides: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for (subject, stance, obj), group in facts.stance_edges().items():
        sides[(subject, obj)][STANCE_TYPES[stance].polarity] += len(group)
    expected = set()
    for (subject, obj), counts in sides.items():
        if counts[1] and counts[-1]:
            row = next(r for r in facts.statements if Facts._node(r["subject"]) == subject)
            target = next(
                facts.label(r["object"])
                for r in facts.statements
                if Facts._node(r["object"]) == obj
            )
            expected.add((facts.label(row["subject"]), target, counts[1], counts[-1]))
    got = {
        (r["actor"], r["target"], r["positive"], r["negative"])
        for r in ask(workspace, "supports_and_opposes")
    }
    assert got == expected


def test_most_criticised(workspace: Path) -> None:
    facts = Facts(workspace)
    by_target: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (_, stance, obj), group in facts.stance_edges().items():
        if STANCE_TYPES[stance].polarity == -1 and obj in facts.entities:
            by_target[obj] += group
    expected = sorted(
        (
            -len(group),
            -len({facts._node(r["subject"]) for r in group}),
            facts.entities[obj]["label"],
            facts.entities[obj]["type"],
        )
        for obj, group in by_target.items()
    )[:25]
    rows = ask(workspace, "most_criticised")
    got = [(-r["criticisms"], -r["critics"], r["target"], r["type"]) for r in rows]
    assert got == expected and rows


def test_edge_evidence(workspace: Path) -> None:
    facts = Facts(workspace)
    for (_, stance, _), group in facts.stance_edges().items():
        actor = facts.label(group[0]["subject"])
        target = facts.label(group[0]["object"])
        rows = ask(workspace, "edge_evidence", actor=actor, stance=stance, target=target)
        texts = {d["id"]: d["text"] for d in facts.documents}
        expected = Counter(
            (r["sentence"], texts[r["doc_id"]][r["char_start"] : r["char_end"]], r["doc_id"])
            for r in group
        )
        got = Counter((r["sentence"], r["quote"], r["document"]) for r in rows)
        assert got == expected, (actor, stance, target)


def test_quotes_by_speaker(workspace: Path) -> None:
    facts = Facts(workspace)
    expected = set()
    for row in facts.statements:
        speakers = set()
        if row["attributed_to"] and row["attributed_to"]["id"] in facts.entities:
            speakers.add(facts.label(row["attributed_to"]))
        if row["stance"] == "STATEMENT":
            speakers.add(facts.label(row["subject"]))
        for speaker in speakers:
            expected.add((speaker, row["relation"], facts.label(row["object"]), row["sentence"]))
    rows = ask(workspace, "quotes_by_speaker")
    assert {(r["speaker"], r["relation"], r["said"], r["sentence"]) for r in rows} == expected


def test_statements_per_document(workspace: Path) -> None:
    facts = Facts(workspace)
    per_document = Counter(row["doc_id"] for row in facts.statements)
    expected = sorted((-per_document[d["id"]], d["id"]) for d in facts.documents)[:100]
    rows = ask(workspace, "statements_per_document")
    assert [(-r["statements"], r["document"]) for r in rows] == expected
    headlines = {d["id"]: d["title"] for d in facts.documents}
    assert all(r.get("headline") == headlines[r["document"]] for r in rows)
    if len(facts.documents) <= 100:
        assert sum(r["statements"] for r in rows) == len(facts.statements)


def test_actors_together(workspace: Path) -> None:
    facts = Facts(workspace)
    in_document: dict[str, set[str]] = defaultdict(set)
    for row in facts.statements:
        in_document[row["doc_id"]] |= facts.participants(row)
    # Keyed like the query: the actor's label (it may name several entities), the other
    # entity, and the documents they share.
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, ids in in_document.items():
        for a in ids:
            for b in ids - {a}:
                shared[(facts.entities[a]["label"], b)].add(doc_id)
    pairs = [(a, facts.entities[b]["label"], len(docs)) for (a, b), docs in shared.items()]
    rows = [(r["actor"], r["other"], r["documents"]) for r in ask(workspace, "actors_together")]
    assert rows == sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))[:100]
    for actor in {a for a, _, _ in pairs}:
        bound = ask(workspace, "actors_together", actor=actor)
        expected = Counter(p for p in pairs if p[0] == actor)
        if sum(expected.values()) <= 100:
            got = Counter((r["actor"], r["other"], r["documents"]) for r in bound)
            assert got == expected, actor


def test_strongest_stances(workspace: Path) -> None:
    facts = Facts(workspace)
    expected = sorted(
        (
            -len({r["doc_id"] for r in group}),
            -len(group),
            facts.label(group[0]["subject"]),
            stance,
            facts.entities[obj]["label"],
        )
        for (_, stance, obj), group in facts.stance_edges().items()
        if obj in facts.entities
    )[:50]
    rows = ask(workspace, "strongest_stances")
    got = [(-r["documents"], -r["statements"], r["actor"], r["stance"], r["target"]) for r in rows]
    assert got == expected


QUESTIONS: dict[str, Callable[[Path], None]] = {
    "who_opposes": test_who_opposes,
    "stances_of": test_stances_of,
    "supports_and_opposes": test_supports_and_opposes,
    "most_criticised": test_most_criticised,
    "edge_evidence": test_edge_evidence,
    "quotes_by_speaker": test_quotes_by_speaker,
    "statements_per_document": test_statements_per_document,
    "actors_together": test_actors_together,
    "strongest_stances": test_strongest_stances,
}


def test_every_saved_query_has_a_checked_answer() -> None:
    assert set(saved_queries()) == set(QUESTIONS) and len(QUESTIONS) >= 8


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_example_bindings_name_selected_variables(sample_workspace: Path, name: str) -> None:
    query = saved_query(name)
    assert query.question.endswith("?") or query.question[0].isupper()
    ask(sample_workspace, name, **dict(query.bindings))  # a bad binding raises QueryError


def test_readme_section_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- analyst-questions:start -->\n", "<!-- analyst-questions:end -->"
    section = readme.split(start, 1)[1].split(end, 1)[0]
    assert section == questions_markdown(), "run: python -m kg.queries and paste it into README.md"


def _rows_rdflib(graph: Any, text: str) -> list[tuple[str, ...]]:
    return sorted(tuple("" if v is None else str(v) for v in row) for row in graph.query(text))


def _rows_oxigraph(store: ox.Store, text: str) -> list[tuple[str, ...]]:
    solutions = store.query(text)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [variable.value for variable in solutions.variables]
    return sorted(tuple("" if s[n] is None else s[n].value for n in names) for s in solutions)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_query_files_are_portable_sparql(sample_workspace: Path, name: str) -> None:
    """Each file runs as is (its own PREFIX lines, no GRAPH) on a plain triple copy of
    the graph, in Oxigraph and in rdflib, with the workspace's answer."""
    from rdflib import Graph

    text = saved_query(name).text
    triples = Graph().parse(sample_workspace / "graph.ttl", format="turtle")
    store = ox.Store()
    store.load(path=str(sample_workspace / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    expected = json.loads(run(sample_workspace, text, "json"))["results"]["bindings"]
    assert len(_rows_oxigraph(store, text)) == len(expected)
    assert _rows_oxigraph(store, text) == _rows_rdflib(triples, text)
