"""Across documents: one entity per id, with aliases and mention counts combined.

Entity ids are deterministic (type + canonical label), so the same actor found in two
documents already has the same id; this step combines their records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.model import Entity


def merge_entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Combine records that share an id; sorted by id.

    The label is the one most documents used (ties: alphabetical); the other labels
    become aliases.

    Example:
        >>> a = Entity("place/nato", "NATO", "place", (), 2)
        >>> b = Entity("place/nato", "Nato", "place", ("N.A.T.O.",), 1)
        >>> merged = merge_entities([a, b, a])[0]
        >>> merged.label, merged.aliases, merged.mention_count
        ('NATO', ('N.A.T.O.', 'Nato'), 5)
    """
    by_id: dict[str, list[Entity]] = {}
    for entity in entities:
        by_id.setdefault(entity.id, []).append(entity)
    merged = []
    for entity_id in sorted(by_id):
        group = by_id[entity_id]
        labels = Counter(entity.label for entity in group)
        label = min(labels, key=lambda text: (-labels[text], text))
        names = {entity.label for entity in group} | {a for e in group for a in e.aliases}
        merged.append(
            Entity(
                id=entity_id,
                label=label,
                type=group[0].type,
                aliases=tuple(sorted(names - {label})),
                mention_count=sum(entity.mention_count for entity in group),
                roles=tuple(sorted({role for entity in group for role in entity.roles})),
            )
        )
    return tuple(merged)
