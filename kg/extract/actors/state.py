"""The working state of one document's actor resolution, and the index it becomes.

`ResolutionState` holds what the steps of `kg.extract.actors.resolve` build up: entity
drafts, mentions, the token maps, the references dropped with their reasons. Steps add
to it only through `_add` (a resolved mention) and `_drop` (an unresolved one), so every
outcome carries its reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.actors.discourse import Referent
from kg.extract.actors.grouping import Draft
from kg.extract.actors.index import ActorIndex, Mention, MentionKind, MergeRecord, Unresolved
from kg.extract.actors.mentions import NameMention
from kg.extract.actors.names import fold
from kg.extract.actors.relatives import RELATIVE_PRONOUNS
from kg.extract.actors.set_nominals import ENCOUNTER_PREPOSITIONS, CoordinatedSet
from kg.extract.quotes import Quote
from kg.extract.tables import children_of, deps_of, lowers_of, pos_of, tokens_of
from kg.ids import entity_id, normalize_text
from kg.model import Entity

# Parts of speech of the tokens the nominal steps look at.
NOUN_POS = frozenset({"NOUN", "PROPN"})


class ResolutionState:
    """What the resolution of one document has found so far."""

    def __init__(self, doc: Doc, quotes: tuple[Quote, ...]) -> None:
        self.doc = doc
        self.quotes = quotes
        # The tokens made once: the steps scan the document many times, and spaCy makes
        # a new `Token` object on every iteration and index.
        self.tokens: list[Token] = tokens_of(doc)
        # The nouns and the pronouns, found in one pass: the nominal and pronoun steps
        # look at nothing else, and each would otherwise scan every token again.
        self.nouns: list[Token] = []
        self.pronouns: list[Token] = []
        # The words "with" (encounters) and "who", "which"... (relative clauses) may be.
        self.encounter_words: list[Token] = []
        self.relative_words: list[Token] = []
        for token, pos, lower in zip(self.tokens, pos_of(doc), lowers_of(doc), strict=True):
            if pos in NOUN_POS:
                self.nouns.append(token)
            elif pos == "PRON":
                self.pronouns.append(token)
            if lower in ENCOUNTER_PREPOSITIONS:
                self.encounter_words.append(token)
            elif lower in RELATIVE_PRONOUNS:
                self.relative_words.append(token)
        self.sentences = list(doc.sents)
        self.sentence_of = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            self.sentence_of[sentence.start : sentence.end] = [number] * len(sentence)
        self.drafts: dict[str, Draft] = {}
        self.mentions: list[Mention] = []
        self.token_entity: dict[int, str] = {}
        self.token_entities: dict[int, tuple[str, ...]] = {}
        self.dropped: list[Unresolved] = []
        self.merges: list[MergeRecord] = []
        self.name_tokens: set[int] = set()
        self.role_tokens: set[int] = set()
        self.handled: set[int] = set()
        self.referents: dict[int, list[Referent]] = {}
        self.pronoun_done: set[int] = set()
        self.names: list[NameMention] = []
        self.name_entity: dict[int, str] = {}
        # Relative pronoun -> the noun its clause modifies (None: unsure which).
        self.relative_nouns: dict[int, int | None] = {}

    # Helpers.
    def _taken(self, index: int) -> bool:
        return (
            index in self.name_tokens
            or index in self.role_tokens
            or index in self.handled
            or index in self.token_entity
            or index in self.token_entities
        )

    def _free(self, index: int) -> bool:
        """Whether no step took the token except as a word of a role."""
        return not (
            index in self.name_tokens
            or index in self.handled
            or index in self.token_entity
            or index in self.token_entities
        )

    def _is_anchor(self, index: int) -> bool:
        return index in self.token_entity or self.tokens[index].ent_type_ == "NORP"

    def _ids(self, index: int) -> tuple[str, ...]:
        single = self.token_entity.get(index)
        return (single,) if single else self.token_entities.get(index, ())

    def _draft(self, entity_type: str, label: str) -> Draft:
        key = entity_id(entity_type, label)
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(entity_type, label)
        return draft

    def _table_entity(self, label: str, entity_type: str) -> str:
        """The entity of a curated table row, reusing a named entity with the same key."""
        for draft in self.drafts.values():
            if draft.type == entity_type and fold(draft.label) == fold(label):
                return draft.id
        return self._draft(entity_type, label).id

    def _add(
        self,
        start: int,
        end: int,
        text: str,
        kind: MentionKind,
        ids: tuple[str, ...],
        reason: str,
        score: float,
        head: int,
    ) -> None:
        """Record a mention; its tokens refer to it unless an inner mention has them."""
        self.mentions.append(
            Mention(start, end, normalize_text(text), kind, ids, reason, score, head)
        )
        for entity in ids:
            self.drafts[entity].mentions += 1
        for index in {*range(start, end), head}:
            if index in self.token_entity or index in self.token_entities:
                continue
            if len(ids) == 1:
                self.token_entity[index] = ids[0]
            else:
                self.token_entities[index] = ids
        self.handled.add(head)

    def _retype(self, old: str, entity_type: str) -> str:
        """Give an entity another type ("Wiley" ORG is a person): its id changes everywhere."""
        draft = self.drafts.pop(old)
        new = Draft(
            entity_type,
            draft.label,
            forms=draft.forms,
            roles=draft.roles,
            affiliations=draft.affiliations,
            gender=draft.gender,
            mentions=draft.mentions,
        )
        existing = self.drafts.get(new.id)
        if existing is not None:
            existing.forms.extend(f for f in new.forms if f not in existing.forms)
            existing.mentions += new.mentions
        else:
            self.drafts[new.id] = new

        def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(new.id if i == old else i for i in ids))

        self.mentions = [replace(m, entity_ids=swap(m.entity_ids)) for m in self.mentions]
        self.token_entity = {k: new.id if v == old else v for k, v in self.token_entity.items()}
        self.token_entities = {k: swap(v) for k, v in self.token_entities.items()}
        self.name_entity = {k: new.id if v == old else v for k, v in self.name_entity.items()}
        self.referents = {
            k: [replace(r, entity_ids=swap(r.entity_ids)) for r in refs]
            for k, refs in self.referents.items()
        }
        for other in self.drafts.values():
            if old in other.affiliations:
                other.affiliations = (other.affiliations - {old}) | {new.id}
        ref = self.drafts[new.id].ref()
        self.merges = [replace(m, into=ref) if m.into.id == old else m for m in self.merges]
        return new.id

    def _add_phrase(
        self, token: Token, kind: MentionKind, ids: tuple[str, ...], reason: str, score: float
    ) -> None:
        start = min(
            [token.i]
            + [
                c.i
                for c in token.lefts
                if c.dep_ in {"det", "predet", "nummod", "amod", "compound", "nmod"}
            ]
        )
        self._add(
            start,
            token.i + 1,
            self.doc[start : token.i + 1].text,
            kind,
            ids,
            reason,
            score,
            token.i,
        )

    def _drop(self, token: Token, kind: str, reason: str, detail: str = "") -> None:
        self.handled.add(token.i)
        self.dropped.append(Unresolved(token.i, token.i + 1, token.text, kind, reason, detail))

    def index(self) -> ActorIndex:
        mentioned = {e for m in self.mentions for e in m.entity_ids}
        linked = {a for draft in self.drafts.values() for a in draft.affiliations}
        entities = {
            key: _freeze(draft)
            for key, draft in sorted(self.drafts.items())
            if key in mentioned or key in linked
        }
        speakers = {}
        for number, quote in enumerate(self.quotes):
            ids = self._ids(quote.speaker) if quote.speaker is not None else ()
            if len(ids) == 1:
                speakers[number] = ids[0]
        dropped = sorted(self.dropped, key=lambda u: (u.start, u.kind))
        return ActorIndex(
            entities=entities,
            mentions=tuple(sorted(self.mentions, key=lambda m: (m.start, m.end, m.kind))),
            token_entity=dict(self.token_entity),
            unresolved=dict(Counter(u.key for u in dropped)),
            token_entities=dict(self.token_entities),
            dropped=tuple(dropped),
            merges=tuple(self.merges),
            quotes=self.quotes,
            quote_speakers=speakers,
            relative_nouns=dict(self.relative_nouns),
            norp_tokens=frozenset(t.i for t in self.tokens if t.ent_type_ == "NORP"),
        )

    def _coordinated_sets(self) -> list[CoordinatedSet]:
        sets = []
        # Tokens with a "conj" child, found in one pass instead of a scan of each
        # token's children ("Trump and Putin": "Trump" heads the conjunct "Putin").
        deps = deps_of(self.doc)
        coordinating = {token.head.i for token in self.tokens if deps[token.i] == "conj"}
        for index in sorted(coordinating):
            token = self.tokens[index]
            if token.dep_ == "conj":
                continue
            members = [token, *_conjuncts(token)]
            ids = [self.token_entity.get(member.i) for member in members]
            if None in ids or len(set(ids)) < 2:
                continue
            entities = tuple(dict.fromkeys(i for i in ids if i is not None))
            sets.append(
                CoordinatedSet(
                    head=token.i,
                    end=members[-1].i + 1,
                    sentence=self.sentence_of[token.i],
                    entity_ids=entities,
                    types=tuple(self.drafts[e].type for e in entities),
                    mentions=sum(self.drafts[e].mentions for e in entities),
                )
            )
        return sets


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in children_of(token):
        if child.dep_ == "conj":
            found.append(child)
            found.extend(_conjuncts(child))
    return found


def _freeze(draft: Draft) -> Entity:
    label = display_label(draft.label, draft.type)
    return Entity(
        id=draft.id,
        label=label,
        type=draft.type,
        aliases=tuple(sorted((set(draft.forms) | {draft.label}) - {label})),
        mention_count=max(draft.mentions, 1),
        roles=tuple(sorted(draft.roles.values())),
        affiliations=tuple(sorted(draft.affiliations - {draft.id})),
    )


# Types whose names a dateline or a shouted headline may write in capitals.
CASED_TYPES = frozenset({"person", "place"})
# One capitalised word up to this length may be an acronym ("USA", "U.S."): left alone.
ACRONYM_LENGTH = 4


def display_label(label: str, entity_type: str) -> str:
    """A name written in capitals by a dateline, in title case: "WASHINGTON" -> "Washington".

    Example:
        >>> display_label("NEW YORK", "place"), display_label("USA", "place")
        ('New York', 'USA')
    """
    letters = [c for c in label if c.isalpha()]
    shouted = letters and all(c.isupper() for c in letters)
    words = label.split()
    acronym = len(words) == 1 and len(label) <= ACRONYM_LENGTH
    if entity_type in CASED_TYPES and shouted and not acronym:
        return " ".join(word.capitalize() for word in label.split())
    return label
