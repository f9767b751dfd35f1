"""Hand-made graphs for the graph page tests, small enough to count by hand."""

from __future__ import annotations

from kg.export import GraphData
from kg.model import Document, Entity, EntityRef, Statement

ALICE = Entity("person/alice", "Alice Adams", "person", ("Ms Adams", "Alice"), 5)
BOLT = Entity("organization/bolt-corp", "Bolt Corp", "organization", (), 3)
CARTHAGE = Entity("place/carthage", "Carthage", "place", (), 2)
DMITRI = Entity("person/dmitri", "Dmitri", "person", (), 2)
ELVES = Entity("group/elves", "Elves", "group", (), 1)  # mentioned, but in no statement
TAX_CUTS = EntityRef(None, "tax cuts")

DOCUMENTS = (
    Document("d1", "", title="First report", url="https://news.example/1", published="2020-01-10"),
    Document("d2", "", title="Second report", published="2020-02-20T08:00:00Z"),
    Document("d3", "", title="Undated report"),
)


def _statement(
    number: int,
    subject: Entity,
    relation_text: str,
    obj: EntityRef,
    stance: str | None,
    polarity: int,
    doc_id: str,
    *,
    negated: bool = False,
) -> Statement:
    sentence = f"{subject.label} {relation_text} {obj.label} in report {doc_id}."
    return Statement(
        id=f"st-{number}",
        doc_id=doc_id,
        sentence_index=number,
        char_start=0,
        char_end=len(sentence) - 1,
        sentence=sentence,
        subject=subject.ref(),
        relation=relation_text.split()[-1],
        relation_text=relation_text,
        object=obj,
        stance=stance,
        polarity=polarity,
        negated=negated,
        modality="asserted",
        attributed_to=None,
        confidence=0.75,
        rule="clause:svo",
    )


def filter_graph() -> GraphData:
    """6 nodes, 8 statements in 7 drawn edges (A supports B twice; A also criticises B).

    | edge                         | polarity | statements (document)    |
    | ---------------------------- | -------- | ------------------------ |
    | Alice SUPPORT Bolt           | +1       | st-1 (d1), st-2 (d2)     |
    | Alice DISAPPROVE Bolt        | -1       | st-3 (d1)                |
    | Bolt REJECT tax cuts         | -1       | st-4 (d2)                |
    | Carthage STATEMENT Alice     | 0        | st-5 (d3, undated)       |
    | Dmitri CONSULT Carthage      | 0        | st-6 (d1)                |
    | Dmitri visit Carthage        | 0        | st-7 (d2), no stance     |
    | Alice not reject tax cuts    | 0        | st-8 (d3), negated       |

    Elves has no statement at all.
    """
    statements = (
        _statement(1, ALICE, "backed", BOLT.ref(), "SUPPORT", 1, "d1"),
        _statement(2, ALICE, "praised", BOLT.ref(), "SUPPORT", 1, "d2"),
        _statement(3, ALICE, "criticised", BOLT.ref(), "DISAPPROVE", -1, "d1"),
        _statement(4, BOLT, "rejected", TAX_CUTS, "REJECT", -1, "d2"),
        _statement(5, CARTHAGE, "said of", ALICE.ref(), "STATEMENT", 0, "d3"),
        _statement(6, DMITRI, "met with", CARTHAGE.ref(), "CONSULT", 0, "d1"),
        _statement(7, DMITRI, "visited", CARTHAGE.ref(), None, 0, "d2"),
        _statement(8, ALICE, "did not reject", TAX_CUTS, None, 0, "d3", negated=True),
    )
    return GraphData(DOCUMENTS, (ALICE, BOLT, CARTHAGE, DMITRI, ELVES), statements)


def star_graph(leaves: int, islands: int) -> GraphData:
    """A hub criticising `leaves` people, plus `islands` pairs that meet each other."""
    hub = Entity("person/hub", "Hub", "person", (), 10)
    entities = [hub]
    statements = []
    for number in range(leaves):
        leaf = Entity(f"person/leaf-{number:03d}", f"Leaf {number:03d}", "person", (), 1)
        entities.append(leaf)
        statements.append(_statement(number, hub, "criticised", leaf.ref(), "DISAPPROVE", -1, "d1"))
    for number in range(islands):
        left = Entity(f"place/left-{number:03d}", f"Left {number:03d}", "place", (), 1)
        right = Entity(f"place/right-{number:03d}", f"Right {number:03d}", "place", (), 1)
        entities += [left, right]
        statements.append(
            _statement(1000 + number, left, "met with", right.ref(), "CONSULT", 0, "d2")
        )
    return GraphData(DOCUMENTS, tuple(entities), tuple(statements))
