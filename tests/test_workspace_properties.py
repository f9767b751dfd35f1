"""Property-based tests: a workspace is a pure function of its set of documents.

Random document records (hypothesis; no model) over a small pool of actors whose names
merge across documents ("Trump" joins "Donald Trump" only when some document names him
in full), so entity ids and stance-edge aggregates really depend on the whole set. For
any split of the set into builds, any order, any removal and any repetition, the
derived files are byte-identical and the store holds the same quads. Bounded and
reproducible: a fixed number of examples, derandomized, no example database, no
shrinking (each example writes several workspaces).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kg.extract.stance import STANCE_TYPES
from kg.model import Document, Entity
from kg.pipeline import merge_records, write_outputs
from kg.workspace import DocumentRecord, commit_records, delete_record, read_records
from tests.records import statement
from tests.test_store import nquads
from tests.test_workspace import DERIVED

WORKSPACES = settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    # Each example writes several workspaces; shrinking a failure would take minutes.
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow],
)
ACTORS = (
    Entity("person/donald-trump", "Donald Trump", "person", ("Mr. Trump",), 2),
    Entity("person/trump", "Trump", "person", (), 1),
    Entity("person/angela-merkel", "Angela Merkel", "person", ("Merkel",), 3),
    Entity("place/u-s", "U.S.", "place", (), 1),
    Entity("place/united-states", "United States", "place", (), 2),
    Entity("organization/the-kremlin", "the Kremlin", "organization", (), 1),
)
STANCES = (None, "REJECT", "DISAPPROVE", "SUPPORT", "AGREE")
DATES = (None, "2017-01-27", "2017-02-03", "2018-06-30")


@st.composite
def records(draw: st.DrawFn) -> list[DocumentRecord]:
    """2 to 5 documents, each with 0 to 4 stance statements between pool actors."""
    made = []
    for number in range(draw(st.integers(2, 5))):
        doc_id = f"doc-{number}"
        statements = []
        for index in range(draw(st.integers(0, 4))):
            subject, target = draw(st.lists(st.sampled_from(ACTORS), min_size=2, max_size=2))
            stance = draw(st.sampled_from(STANCES))
            polarity = STANCE_TYPES[stance].polarity if stance else 0
            made_statement = statement(
                index, subject.ref(), target.ref(), stance=stance, polarity=polarity
            )
            statements.append(replace(made_statement, id=f"{doc_id}-st-{index}", doc_id=doc_id))
        mentioned = {ref.id for s in statements for ref in (s.subject, s.object)}
        document = Document(
            doc_id,
            " ".join(s.sentence for s in statements) or "Nothing happened.",
            published=draw(st.sampled_from(DATES)),
        )
        entities = tuple(e for e in ACTORS if e.id in mentioned)
        made.append(DocumentRecord(document, entities, tuple(statements), 1, len(statements)))
    return made


def _sync(folder: Path) -> None:
    """What `kg build` and `kg remove` do after committing records."""
    merged = merge_records(read_records(folder).values())
    write_outputs(merged.data, folder, merged.merges)


def _build(folder: Path, batches: list[list[DocumentRecord]]) -> Path:
    for batch in batches:
        commit_records(folder, batch)
        _sync(folder)
    return folder


def _state(folder: Path) -> tuple[dict[str, bytes], list[str], list[str]]:
    files = {name: (folder / name).read_bytes() for name in (*DERIVED, "graph.ttl")}
    records = sorted(p.name for p in (folder / "records").iterdir())
    return files, nquads(folder / "store"), records


@WORKSPACES
@given(records(), st.data())
def test_any_split_and_order_of_builds_gives_the_same_workspace(
    made: list[DocumentRecord], data: st.DataObject
) -> None:
    order = data.draw(st.permutations(made))
    cut = data.draw(st.integers(1, len(made) - 1))
    with tempfile.TemporaryDirectory() as work:
        together = _build(Path(work) / "together", [made])
        grown = _build(Path(work) / "grown", [order[:cut], order[cut:]])
        assert _state(grown) == _state(together)
        # The same input again changes nothing, to the byte.
        before = _state(together)
        _build(together, [made])
        assert _state(together) == before


@WORKSPACES
@given(records(), st.data())
def test_removing_documents_equals_building_the_rest(
    made: list[DocumentRecord], data: st.DataObject
) -> None:
    removed = data.draw(st.lists(st.sampled_from(made), min_size=1, max_size=len(made) - 1))
    removed_ids = {record.document.id for record in removed}
    rest = [record for record in made if record.document.id not in removed_ids]
    with tempfile.TemporaryDirectory() as work:
        shrunk = _build(Path(work) / "shrunk", [made])
        for doc_id in sorted(removed_ids):
            delete_record(shrunk, doc_id)
        _sync(shrunk)
        assert _state(shrunk) == _state(_build(Path(work) / "rest", [rest]))


@WORKSPACES
@given(records())
def test_a_changed_document_replaces_its_old_version(made: list[DocumentRecord]) -> None:
    first, *others = made
    changed = DocumentRecord(
        Document(first.document.id, "Rewritten.", published="2019-01-01"), (), (), 1, 0
    )
    with tempfile.TemporaryDirectory() as work:
        replaced = _build(Path(work) / "replaced", [made, [changed]])
        assert _state(replaced) == _state(_build(Path(work) / "fresh", [[changed, *others]]))
