"""The result of actor resolution for one document: which tokens refer to which entity.

The statement builder only needs this interface, so the resolver behind it can be
replaced (DESIGN §2.3: the resolver is a replaceable step).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from kg.model import Entity, EntityRef

MentionKind = Literal["name", "nominal", "pronoun", "relative", "speaker"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of tokens that refers to an entity.

    Attributes:
        start: Doc index of the first token.
        end: Doc index after the last token.
        text: The cleaned surface text ("Mitch McConnell", not "Senate Majority Leader
            Mitch McConnell's").
        kind: How it refers: by name, by a role nominal, by a pronoun...
        entity_id: The entity it resolves to.
        reason: Why it resolves there (for `kg explain` and merges.jsonl).
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    entity_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Entities of one document and the tokens that refer to them.

    Attributes:
        entities: By id.
        mentions: Every resolved mention, in text order.
        token_entity: Doc token index -> entity id, for every token of every mention.
        unresolved: Pronouns and other references that resolved to nothing, by kind.
    """

    entities: dict[str, Entity]
    mentions: tuple[Mention, ...]
    token_entity: dict[int, str]
    unresolved: dict[str, int] = field(default_factory=dict)

    def entity_at(self, token_index: int) -> Entity | None:
        """The entity a token refers to, if any."""
        entity_id = self.token_entity.get(token_index)
        return self.entities[entity_id] if entity_id else None

    def resolve_head(self, head: int) -> EntityRef | None:
        """The entity a phrase refers to, judged by its head token."""
        entity = self.entity_at(head)
        return entity.ref() if entity else None

    def entities_in(self, tokens: Iterable[int]) -> tuple[EntityRef, ...]:
        """Distinct entities mentioned among the tokens, in order of first mention."""
        seen: dict[str, EntityRef] = {}
        for index in tokens:
            entity = self.entity_at(index)
            if entity and entity.id not in seen:
                seen[entity.id] = entity.ref()
        return tuple(seen.values())
