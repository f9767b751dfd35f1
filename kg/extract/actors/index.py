"""The result of actor resolution for one document: which tokens refer to which entity.

The statement builder only needs this interface, so the resolver behind it can be
replaced (DESIGN §2.3: the resolver is a replaceable step).

A mention refers to one entity ("Trump", "he", "the president") or to a set of them
("the two leaders", "they" -> Trump and Putin). `resolve_head` answers for single
entities only; `resolve_all` also expands sets, so a plural subject can give one
statement per entity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from kg.extract.quotes import Quote, quote_at
from kg.model import Entity, EntityRef

MentionKind = Literal[
    "name",  # "Donald Trump", "Trump", "Mr. Trump"
    "apposition",  # "spokesman" in "Kremlin's spokesman Dmitry Peskov"
    "demonym",  # "Russian" in "Russian attempts" -> Russia
    "group",  # "Russian hackers", "the Obama administration"
    "nominal",  # "the president", "the two leaders"
    "pronoun",  # "he", "its", "they"
    "relative",  # "who", "which"
    "speaker",  # "I", "we" inside a quote -> its speaker
]


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of tokens that refers to one entity or to a set of entities.

    Attributes:
        start: Doc index of the first token.
        end: Doc index after the last token.
        text: The cleaned surface text ("Mitch McConnell", not "Senate Majority Leader
            Mitch McConnell's").
        kind: How it refers: by name, by a role nominal, by a pronoun...
        entity_ids: The entity it resolves to, or the members of the set it names.
        reason: Why it resolves there (for `kg explain`).
        score: How sure the rule is, 0..1.
        head: Doc index of the token that carries the reference (the head noun or the
            pronoun); statements look mentions up by it.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    entity_ids: tuple[str, ...]
    reason: str
    score: float = 1.0
    head: int = -1

    @property
    def entity_id(self) -> str:
        """The entity of a singular mention (the first member of a set)."""
        return self.entity_ids[0]

    @property
    def is_plural(self) -> bool:
        """Whether it names a set of entities ("the two leaders")."""
        return len(self.entity_ids) > 1


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A reference that resolved to no entity: dropped from the graph, counted.

    Attributes:
        start: Doc index of the first token.
        end: Doc index after the last token.
        text: The surface text ("he", "critics").
        kind: `pronoun`, `relative`, `speaker`, `nominal`, `name`...
        reason: Why it did not resolve ("no antecedent that agrees in number and type").
        detail: What it pointed to instead, if anything ("allies", "the dossier").
    """

    start: int
    end: int
    text: str
    kind: str
    reason: str
    detail: str = ""

    @property
    def key(self) -> str:
        """The counting key in report.json: kind and reason."""
        return f"{self.kind}: {self.reason}"


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """Names merged into one entity, and why: one line of `merges.jsonl`.

    Attributes:
        into: The entity the names were merged into.
        merged: The names (within a document) or entity ids (across documents) merged.
        reason: The rule ("surname of the only person with it", "alias table").
        score: How sure the rule is, 0..1.
        scope: `document` or `corpus`.
        doc_id: The document, for document-scope merges.
    """

    into: EntityRef
    merged: tuple[str, ...]
    reason: str
    score: float
    scope: Literal["document", "corpus"] = "document"
    doc_id: str | None = None

    def with_doc(self, doc_id: str) -> MergeRecord:
        """The same record, tagged with its document."""
        return MergeRecord(self.into, self.merged, self.reason, self.score, self.scope, doc_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scope": self.scope,
            "doc_id": self.doc_id,
            "into": self.into.to_dict(),
            "merged": list(self.merged),
            "reason": self.reason,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Entities of one document and the tokens that refer to them.

    Attributes:
        entities: By id.
        mentions: Every resolved mention, in text order.
        token_entity: Doc token index -> entity id, for every token of every singular
            mention (a token in two mentions keeps the innermost one: "Russian" in
            "Russian hackers" is Russia, "hackers" is the group).
        unresolved: References that resolved to nothing, counted by `Unresolved.key`.
        token_entities: Doc token index -> entity ids, for the tokens of plural mentions.
        dropped: The unresolved references themselves, in text order.
        merges: Name variants merged within the document, with reasons.
        quotes: The direct quotes of the document (see `kg.extract.quotes`).
        quote_speakers: Quote index (in `quotes`) -> the speaker's entity id.
        relative_nouns: Relative pronoun -> the noun its clause modifies, None when the
            attachment is unsure ("relations with the Kremlin, which soured").
        norp_tokens: Tokens of NORP spans ("Burundian"), named even when no table entry
            links them to an actor.
    """

    entities: dict[str, Entity]
    mentions: tuple[Mention, ...]
    token_entity: dict[int, str]
    unresolved: dict[str, int] = field(default_factory=dict)
    token_entities: dict[int, tuple[str, ...]] = field(default_factory=dict)
    dropped: tuple[Unresolved, ...] = ()
    merges: tuple[MergeRecord, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quote_speakers: dict[int, str] = field(default_factory=dict)
    relative_nouns: dict[int, int | None] = field(default_factory=dict)
    norp_tokens: frozenset[int] = frozenset()

    def entity_at(self, token_index: int) -> Entity | None:
        """The entity a token refers to, if it refers to exactly one."""
        entity_id = self.token_entity.get(token_index)
        return self.entities[entity_id] if entity_id else None

    def is_named(self, token_index: int) -> bool:
        """Whether a token is part of a name or a demonym: what anchors a group actor
        ("[Russian] hackers", "[Trump]'s critics"; see `kg.extract.actors.groups`)."""
        return token_index in self.token_entity or token_index in self.norp_tokens

    def resolve_head(self, head: int) -> EntityRef | None:
        """The entity a phrase refers to, judged by its head token (singular only)."""
        entity = self.entity_at(head)
        return entity.ref() if entity else None

    def resolve_all(self, head: int) -> tuple[EntityRef, ...]:
        """Every entity a phrase refers to: one, the members of a set, or none.

        "The two leaders didn't discuss ..." -> (Donald Trump, Vladimir Putin).
        """
        single = self.resolve_head(head)
        if single is not None:
            return (single,)
        return tuple(self.entities[i].ref() for i in self.token_entities.get(head, ()))

    def entities_in(self, tokens: Iterable[int]) -> tuple[EntityRef, ...]:
        """Distinct entities mentioned among the tokens, in order of first mention."""
        seen: dict[str, EntityRef] = {}
        for index in tokens:
            for entity_id in self._ids_at(index):
                if entity_id not in seen:
                    seen[entity_id] = self.entities[entity_id].ref()
        return tuple(seen.values())

    def mention_at(self, token_index: int) -> Mention | None:
        """The mention whose head is the token, else the innermost one covering it."""
        covering = [m for m in self.mentions if m.start <= token_index < m.end]
        heads = [m for m in covering if m.head == token_index]
        pool = heads or covering
        return min(pool, key=lambda m: m.end - m.start) if pool else None

    def speaker_at(self, token_index: int) -> EntityRef | None:
        """The speaker of the direct quote that contains the token, if known."""
        quote = quote_at(self.quotes, token_index)
        if quote is None:
            return None
        entity_id = self.quote_speakers.get(self.quotes.index(quote))
        return self.entities[entity_id].ref() if entity_id else None

    def _ids_at(self, index: int) -> tuple[str, ...]:
        single = self.token_entity.get(index)
        return (single,) if single else self.token_entities.get(index, ())
