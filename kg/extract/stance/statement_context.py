"""Per-document state for statements, and which tokens stand for actors.

A holder or target is an actor when it resolves to an entity, the speaker of a
first-person quote, or a nominal group ("Egyptian police"); nominal groups and names
the entity recogniser missed become entities of their own (`StatementContext.remember`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex
from kg.extract.speech import QuoteSpeakers
from kg.extract.stance.holders import FIRST_PERSON, is_pronoun_form, resolve_holder
from kg.extract.tables import children_of
from kg.ids import NER_TO_TYPE
from kg.model import Entity, EntityRef

# Pronouns that must resolve to an actor to be a target; others ("some of the
# proposals", "anything") stay literal.
PERSONAL_PRONOUNS = frozenset(
    {"he", "him", "she", "her", "it", "they", "them", "we", "us", "i", "me", "you"}
    | {"what", "which", "who", "whom", "that", "whatever"}
)
# Actor types found here rather than by the actor resolver: nominal groups, and names
# the entity recogniser missed.
NEW_ENTITY_TYPES = frozenset({"other", *NER_TO_TYPE.values()})
# Determiners that make a singular noun one unnamed individual: "a Kentucky Republican".
INDEFINITE_SINGULAR = frozenset({"a", "an", "another"})
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})


@dataclass
class StatementContext:
    """Per-document state shared by the statements of its sentences.

    Attributes:
        actors: The document's resolved actors.
        quotes: Its direct quotes and their speakers.
        groups: Nominal group actors found as holders or targets, by id.
    """

    actors: ActorIndex
    quotes: QuoteSpeakers
    groups: dict[str, Entity] = field(default_factory=dict)
    # (token, speaker) -> its actor: the holders and targets of one predicate are asked
    # about once per reading and per triple of each conjunct.
    _resolved: dict[tuple[int, EntityRef | None], EntityRef | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def of(cls, doc: Doc, actors: ActorIndex) -> StatementContext:
        return cls(actors, QuoteSpeakers(doc, actors))

    def actor(self, token: Token, speaker: EntityRef | None = None) -> EntityRef | None:
        """Resolve a holder or target token (`resolve_holder`, memoised per document)."""
        key = (token.i, speaker)
        if key in self._resolved:
            return self._resolved[key]
        found = self._resolved[key] = resolve_holder(token, self.actors, speaker)
        return found

    def remember(self, ref: EntityRef) -> None:
        """Record a nominal group that a statement uses, so it becomes an entity."""
        if (
            ref.type in NEW_ENTITY_TYPES
            and ref.id is not None
            and ref.id not in self.actors.entities
        ):
            old = self.groups.get(ref.id)
            count = old.mention_count + 1 if old else 1
            self.groups[ref.id] = Entity(ref.id, ref.label, ref.type, (), count)


def nominal_target(context: StatementContext, target: Token) -> EntityRef | None:
    # Only a bare group noun becomes a target actor ("arrested [12 demonstrators]");
    # a target with its own clause or preposition stays a literal issue.
    if any(c.dep_ in {"relcl", "acl", "prep"} for c in children_of(target)):
        return None
    # "McConnell, [a Kentucky Republican]", "arrested [a Hamas member]": one unnamed
    # person is no node (the group policy, DESIGN §2.3); the phrase stays a literal
    # issue, linked `about` the names in it.
    if target.tag_ in SINGULAR_NOUN_TAGS and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_SINGULAR for c in children_of(target)
    ):
        return None
    return context.actor(target)


def is_actor(
    context: StatementContext, token: Token, speaker: EntityRef | None, named_only: bool = False
) -> bool:
    if is_pronoun_form(token, FIRST_PERSON):
        return speaker is not None
    if context.actors.resolve_all(token.i):
        return True
    return (
        not named_only
        and token.pos_ in {"NOUN", "PROPN"}
        and nominal_target(context, token) is not None
    )
