"""Across documents: strong links merge, weak links never chain, types never mix."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.actors.canonical import canonicalize, merge_entities, remap_statements
from kg.model import Entity, EntityRef
from tests.records import statement


def _ids(entities: list[Entity]) -> list[str]:
    return [entity.id for entity in canonicalize(entities).entities]


def test_same_name_up_to_accents_and_case_merges() -> None:
    result = canonicalize(
        [
            Entity("person/françois-hollande", "François Hollande", "person", (), 3),
            Entity("person/francois-hollande", "Francois Hollande", "person", ("Hollande",), 1),
        ]
    )
    [entity] = result.entities
    assert entity.label == "François Hollande" and entity.mention_count == 4
    assert set(entity.aliases) == {"Francois Hollande", "Hollande"}
    [merge] = result.merges
    assert merge.scope == "corpus" and merge.merged == ("person/francois-hollande",)
    assert merge.reason == "same name up to case, accents and punctuation" and merge.score == 1.0
    assert result.id_map["person/francois-hollande"] == "person/françois-hollande"


def test_alias_table_and_full_variants_are_strong_links() -> None:
    result = canonicalize(
        [
            Entity("place/u-s", "U.S.", "place", (), 1),
            Entity("place/america", "America", "place", (), 1),
            Entity("place/united-states", "United States", "place", (), 1),
            Entity("person/donald-j-trump", "Donald J. Trump", "person", (), 1),
            Entity("person/donald-trump", "Donald Trump", "person", (), 2),
        ]
    )
    assert [e.id for e in result.entities] == ["person/donald-trump", "place/united-states"]
    reasons = sorted({m.reason for m in result.merges})
    assert reasons == ["alias table: United States", "same first and last name"]


def test_a_short_form_joins_the_only_full_name_and_never_two() -> None:
    trump_only = Entity("person/trump", "Trump", "person", (), 2)
    donald = Entity("person/donald-trump", "Donald Trump", "person", ("Trump",), 5)
    assert _ids([trump_only, donald]) == ["person/donald-trump"]
    clinton = Entity("person/clinton", "Clinton", "person", (), 1)
    hillary = Entity("person/hillary-clinton", "Hillary Clinton", "person", (), 1)
    bill = Entity("person/bill-clinton", "Bill Clinton", "person", (), 1)
    assert _ids([clinton, hillary, bill]) == [
        "person/bill-clinton",
        "person/clinton",
        "person/hillary-clinton",
    ]


def test_weak_links_do_not_chain() -> None:
    # "Bush" may join "George Bush", but "George Bush" never passes it on to "Jeb Bush",
    # and two short forms never join each other.
    entities = [
        Entity("person/bush", "Bush", "person", (), 1),
        Entity("person/george-bush", "George Bush", "person", (), 1),
        Entity("person/jeb-bush", "Jeb Bush", "person", (), 1),
    ]
    assert _ids(entities) == ["person/bush", "person/george-bush", "person/jeb-bush"]


def test_incompatible_types_never_merge() -> None:
    entities = [
        Entity("person/washington", "Washington", "person", (), 1),
        Entity("place/washington", "Washington", "place", (), 4),
        Entity("person/george-washington", "George Washington", "person", (), 1),
    ]
    result = canonicalize(entities)
    assert [e.id for e in result.entities] == ["person/george-washington", "place/washington"]
    assert result.id_map["person/washington"] == "person/george-washington"


def test_statements_and_affiliations_point_at_canonical_entities() -> None:
    result = canonicalize(
        [
            Entity("person/trump", "Trump", "person", (), 1, affiliations=("place/u-s",)),
            Entity("person/donald-trump", "Donald Trump", "person", (), 1),
            Entity("place/u-s", "U.S.", "place", (), 1),
            Entity("place/united-states", "United States", "place", (), 1),
        ]
    )
    assert result.entities[0].affiliations == ("place/united-states",)
    original = replace(
        statement(
            1, EntityRef("person/trump", "Trump", "person"), EntityRef(None, "sanctions", None)
        ),
        about=(EntityRef("place/u-s", "U.S.", "place"),),
    )
    [moved] = remap_statements([original], result)
    assert moved.attributed_to == moved.subject
    assert moved.subject == EntityRef("person/donald-trump", "Donald Trump", "person")
    assert moved.object == original.object
    assert moved.about == (EntityRef("place/united-states", "United States", "place"),)


def test_merge_entities_combines_records_with_one_id() -> None:
    a = Entity("organization/nato", "NATO", "organization", (), 2)
    b = Entity("organization/nato", "Nato", "organization", ("N.A.T.O.",), 1)
    [merged] = merge_entities([a, b])
    assert merged.aliases == ("N.A.T.O.", "Nato") and merged.mention_count == 3
