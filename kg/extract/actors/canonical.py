"""Across documents: one canonical entity per real-world actor, every merge recorded.

Entity ids are deterministic (type + canonical label), so the same actor named the same
way in two documents already shares an id. Beyond that:

- strong links (score >= 0.95), merged transitively: the same name up to case, accents
  and punctuation ("François Hollande" / "Francois Hollande"), the curated alias table
  ("U.S." / "United States"), two full names of a person with the same first and last
  name ("Donald J. Trump" / "Donald Trump");
- weak links (score 0.7), never chained: a person known in some document only by a
  short form ("Trump") joins the one strongly linked person whose full name ends in it;
  if several do ("Clinton"), it stays apart.

Entities of different types never merge ("Washington" the person and the place).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from kg.extract.actors.index import MergeRecord
from kg.extract.actors.lexicon import aliases
from kg.extract.actors.names import choose_label, fold, is_full_variant, is_short_form
from kg.ids import entity_id
from kg.model import Entity, EntityRef, Statement

SCORE_ALIAS = 1.0
SCORE_FULL_VARIANT = 0.95
SCORE_SHORT_FORM = 0.7


@dataclass(frozen=True, slots=True)
class Canonical:
    """The corpus's entities after merging.

    Attributes:
        entities: One per canonical id, sorted by id.
        id_map: Every document-level id -> its canonical id (identity included).
        merges: Why ids were merged (scope `corpus`).
    """

    entities: tuple[Entity, ...]
    id_map: dict[str, str]
    merges: tuple[MergeRecord, ...]
    # Every document-level id -> the reference to its canonical entity, made once: `ref`
    # is called for every statement of the corpus (rebuilding it per call made merging
    # 10,000 documents take minutes).
    _refs: dict[str, EntityRef] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id = {entity.id: entity for entity in self.entities}
        refs = {
            old: EntityRef(by_id[new].id, by_id[new].label, by_id[new].type)
            for old, new in self.id_map.items()
        }
        object.__setattr__(self, "_refs", refs)

    def ref(self, ref: EntityRef) -> EntityRef:
        """A reference re-pointed at its canonical entity (literals unchanged)."""
        if ref.id is None:
            return ref
        return self._refs.get(ref.id, ref)


def canonicalize(entities: Iterable[Entity]) -> Canonical:
    """Merge the entities of all documents (see the module docstring).

    Example:
        >>> a = Entity("person/donald-trump", "Donald Trump", "person", ("Trump",), 5)
        >>> b = Entity("person/trump", "Trump", "person", (), 2)
        >>> c = Entity("place/u-s", "U.S.", "place", (), 1)
        >>> d = Entity("place/united-states", "United States", "place", (), 3)
        >>> result = canonicalize([a, b, c, d])
        >>> [(e.id, e.mention_count) for e in result.entities]
        [('person/donald-trump', 7), ('place/united-states', 4)]
        >>> for merge in result.merges:
        ...     print(merge.into.id, merge.merged, merge.score)
        person/donald-trump ('person/trump',) 0.7
        place/united-states ('place/u-s',) 1.0
    """
    records = _combine_same_id(entities)
    links = _UnionFind(records)
    _strong_links(records, links)
    groups = links.groups()
    weak = _weak_links(records, groups)
    merged: list[Entity] = []
    id_map: dict[str, str] = {}
    merges: list[MergeRecord] = []
    for root, members in sorted(groups.items()):
        attached = sorted(source for source, target in weak.items() if target == root)
        group = [records[key] for key in members]
        label = _label(group)
        kind = group[0].type
        new_id = entity_id(kind, label)
        for key in [*members, *attached]:
            id_map[key] = new_id
        merged.append(_merged_entity(new_id, label, kind, [records[k] for k in members + attached]))
        ref = EntityRef(new_id, label, kind)
        for one, other, reason, score in links.links:
            if one in members:
                ids = tuple(sorted({one, other} - {new_id}))
                merges.append(MergeRecord(ref, ids, reason, score, scope="corpus"))
        for source in attached:
            reason = f"short form of the only person named {label!r}"
            merges.append(MergeRecord(ref, (source,), reason, SCORE_SHORT_FORM, scope="corpus"))
    remapped = [_remap_affiliations(entity, id_map) for entity in merged]
    return Canonical(tuple(sorted(remapped, key=lambda e: e.id)), id_map, tuple(merges))


class _UnionFind:
    """Strong links between entity ids, merged transitively, each link kept."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {key: key for key in keys}
        self.links: list[tuple[str, str, str, float]] = []

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, one: str, other: str, reason: str, score: float) -> None:
        first, second = sorted((self.find(one), self.find(other)))
        if first != second:
            self.parent[second] = first
            self.links.append((one, other, reason, score))

    def groups(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for key in sorted(self.parent):
            groups.setdefault(self.find(key), []).append(key)
        return groups


def remap_statements(statements: Sequence[Statement], canonical: Canonical) -> list[Statement]:
    """The statements with every entity reference pointed at its canonical entity."""
    result = []
    for statement in statements:
        speaker = statement.attributed_to
        result.append(
            replace(
                statement,
                subject=canonical.ref(statement.subject),
                object=canonical.ref(statement.object),
                attributed_to=canonical.ref(speaker) if speaker else None,
                about=tuple(canonical.ref(ref) for ref in statement.about),
            )
        )
    return result


def merge_entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Combine records that share an id; sorted by id (no merging across ids).

    Example:
        >>> a = Entity("org/nato", "NATO", "organization", (), 2)
        >>> b = Entity("org/nato", "Nato", "organization", ("N.A.T.O.",), 1)
        >>> merged = merge_entities([a, b, a])[0]
        >>> merged.label, merged.aliases, merged.mention_count
        ('NATO', ('N.A.T.O.', 'Nato'), 5)
    """
    return tuple(record for _, record in sorted(_combine_same_id(entities).items()))


def _combine_same_id(entities: Iterable[Entity]) -> dict[str, Entity]:
    by_id: dict[str, list[Entity]] = {}
    for entity in entities:
        by_id.setdefault(entity.id, []).append(entity)
    combined = {}
    for key, group in by_id.items():
        counts: dict[str, int] = {}
        for entity in group:
            counts[entity.label] = counts.get(entity.label, 0) + 1
        label = min(counts, key=lambda text: (-counts[text], text))
        combined[key] = _merged_entity(key, label, group[0].type, group)
    return combined


def _merged_entity(new_id: str, label: str, kind: str, group: list[Entity]) -> Entity:
    names = {entity.label for entity in group} | {a for entity in group for a in entity.aliases}
    return Entity(
        id=new_id,
        label=label,
        type=kind,
        aliases=tuple(sorted(names - {label})),
        mention_count=sum(entity.mention_count for entity in group),
        roles=tuple(sorted({role for entity in group for role in entity.roles})),
        affiliations=tuple(sorted({a for entity in group for a in entity.affiliations})),
    )


def _strong_links(records: dict[str, Entity], links: _UnionFind) -> None:
    by_key: dict[tuple[str, str], list[str]] = {}
    for key, entity in sorted(records.items()):
        by_key.setdefault((entity.type, _key(entity)), []).append(key)
    for (_, canonical_key), keys in sorted(by_key.items()):
        for other in keys[1:]:
            one_label, other_label = records[keys[0]].label, records[other].label
            if fold(one_label) == fold(other_label):
                links.union(keys[0], other, "same name up to case, accents and punctuation", 1.0)
            else:
                actor = aliases()[canonical_key]
                links.union(keys[0], other, f"alias table: {actor.label}", SCORE_ALIAS)
    people = sorted(key for key, entity in records.items() if entity.type == "person")
    for index, one in enumerate(people):
        for other in people[index + 1 :]:
            if is_full_variant(records[one].label, records[other].label):
                links.union(one, other, "same first and last name", SCORE_FULL_VARIANT)


def _key(entity: Entity) -> str:
    """The folded name, through the alias table when it names an actor of this type."""
    folded = fold(entity.label)
    actor = aliases().get(folded)
    return fold(actor.label) if actor is not None and actor.type == entity.type else folded


def _weak_links(records: dict[str, Entity], groups: dict[str, list[str]]) -> dict[str, str]:
    """Short-form-only person ids -> the one full-name group they join (removed from groups).

    Only groups with a full name can receive; a joined id never passes anything on.
    """
    full_names = {
        root: [name for key in members for name in (records[key].label, *records[key].aliases)]
        for root, members in groups.items()
        if records[root].type == "person"
        and any(len(fold(records[key].label).split()) > 1 for key in members)
    }
    links: dict[str, str] = {}
    for root, members in sorted(groups.items()):
        if records[root].type != "person" or root in full_names:
            continue
        labels = [records[key].label for key in members]
        targets = [
            target
            for target, names in full_names.items()
            if any(is_short_form(label, name) for label in labels for name in names)
        ]
        if len(targets) == 1:
            links.update(dict.fromkeys(members, targets[0]))
    for root in {root for root, members in groups.items() if members[0] in links}:
        del groups[root]
    return links


def _label(group: list[Entity]) -> str:
    """The alias table's label when it names the group, else the best-supported name."""
    for entity in group:
        actor = aliases().get(fold(entity.label))
        if actor is not None and actor.type == entity.type:
            return actor.label
    forms = [entity.label for entity in group for _ in range(max(1, entity.mention_count))]
    return choose_label(forms, prefer_long=group[0].type == "person")


def _remap_affiliations(entity: Entity, id_map: dict[str, str]) -> Entity:
    linked = {id_map.get(a, a) for a in entity.affiliations} - {entity.id}
    return replace(entity, affiliations=tuple(sorted(linked)))
