"""The ActorIndex interface that statements rely on (no model)."""

from __future__ import annotations

from kg.extract.actors import ActorIndex, Mention, MergeRecord, resolve_actors
from kg.model import Entity, EntityRef
from tests.docs import make_doc

TRUMP = Entity("person/donald-trump", "Donald Trump", "person", ("Trump",), 3)
PUTIN = Entity("person/vladimir-putin", "Vladimir Putin", "person", (), 2)
RUSSIA = Entity("place/russia", "Russia", "place", (), 1)
INDEX = ActorIndex(
    entities={e.id: e for e in (TRUMP, PUTIN, RUSSIA)},
    mentions=(
        Mention(0, 2, "Donald Trump", "name", (TRUMP.id,), "name", 1.0, 1),
        Mention(3, 4, "Russian", "demonym", (RUSSIA.id,), "demonym of 'Russia'", 0.9, 3),
        Mention(6, 9, "the two leaders", "nominal", (TRUMP.id, PUTIN.id), "set", 0.7, 8),
    ),
    token_entity={0: TRUMP.id, 1: TRUMP.id, 3: RUSSIA.id},
    token_entities={6: (TRUMP.id, PUTIN.id), 7: (TRUMP.id, PUTIN.id), 8: (TRUMP.id, PUTIN.id)},
)


def test_resolve_head_is_singular_and_resolve_all_expands_sets() -> None:
    assert INDEX.resolve_head(1) == TRUMP.ref()
    assert INDEX.resolve_head(8) is None
    assert INDEX.resolve_all(8) == (TRUMP.ref(), PUTIN.ref())
    assert INDEX.resolve_all(1) == (TRUMP.ref(),)
    assert INDEX.resolve_all(5) == ()


def test_entities_in_lists_every_entity_once_in_order() -> None:
    assert INDEX.entities_in(range(10)) == (TRUMP.ref(), RUSSIA.ref(), PUTIN.ref())


def test_mention_at_prefers_the_mention_headed_by_the_token() -> None:
    mention = INDEX.mention_at(8)
    assert mention is not None and mention.is_plural and mention.entity_id == TRUMP.id
    assert INDEX.mention_at(5) is None
    assert INDEX.speaker_at(0) is None


def test_merge_records_serialise_with_their_document() -> None:
    record = MergeRecord(EntityRef(TRUMP.id, TRUMP.label, "person"), ("Trump",), "short form", 0.9)
    assert record.with_doc("d1").to_dict() == {
        "scope": "document",
        "doc_id": "d1",
        "into": {"id": TRUMP.id, "label": "Donald Trump", "type": "person"},
        "merged": ["Trump"],
        "reason": "short form",
        "score": 0.9,
    }


def test_a_name_in_capitals_is_labelled_in_title_case() -> None:
    # A dateline writes the city in capitals; an acronym stays as it is.
    doc = make_doc(
        [
            ("NEW", "PROPN", "compound", 1, "NEW"),
            ("YORK", "PROPN", "nsubj", 2, "YORK"),
            ("sued", "VERB", "ROOT", 2, "sue"),
            ("NYC", "PROPN", "dobj", 2, "NYC"),
        ],
        ents=[(0, 2, "GPE"), (3, 4, "GPE")],
    )
    entities = resolve_actors(doc).entities
    assert (entities["place/new-york"].label, entities["place/new-york"].aliases) == (
        "New York",
        ("NEW YORK",),
    )
    assert entities["place/nyc"].label == "NYC"
