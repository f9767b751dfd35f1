"""Actor resolution for one document: every step, in order, each recorded as a reason.

1. Names (`mentions`, `grouping`): NER spans cleaned, name variants merged, type by vote.
2. Appositions: "Kremlin's [spokesman] Dmitry Peskov" -> the noun is Peskov.
3. Demonyms (`demonyms`): "Russian" -> Russia; "the Democrats" -> a group.
4. Roles -> affiliations: "French President Francois Hollande" is linked to France.
5. Role nominals (`nominals`): "the president" -> the one person with that role.
6. Group actors (`groups`): "Russian hackers" -> a group linked to Russia; bare
   "critics" is generic: dropped and counted.
7. Set nominals (`nominals`): "the two leaders" -> the coordinated "Trump and Putin".
8. Third-person pronouns (`pronouns`, `discourse`): Hobbs order with agreement,
   binding and quote constraints.
9. Relative pronouns (`relatives`): "which" -> the noun it modifies.
10. First person in a quote (`quotes`): "I", "we" -> the quote's speaker.

A reference that resolves to nothing is dropped and counted in `ActorIndex.unresolved`;
it never becomes an entity.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.actors.demonyms import find_demonyms
from kg.extract.actors.grouping import group_names
from kg.extract.actors.groups import actor_noun_type, group_nominal, is_generic_reference, is_plural
from kg.extract.actors.index import ActorIndex
from kg.extract.actors.lexicon import demonyms
from kg.extract.actors.mentions import find_names, headline_sentences
from kg.extract.actors.names import fold
from kg.extract.actors.nominals import (
    PAST_QUALIFIERS,
    PersonName,
    RoleHolder,
    person_named_just_before,
    resolve_role_nominal,
    role_nominal_word,
)
from kg.extract.actors.organization_nominals import (
    NamedOrganization,
    is_organization_nominal,
    resolve_organization_nominal,
)
from kg.extract.actors.pronouns import co_arguments
from kg.extract.actors.references import ReferenceSteps
from kg.extract.actors.set_nominals import (
    encounter_pair,
    resolve_set_nominal,
    set_nominal_size,
)
from kg.extract.quotes import Quote, find_quotes
from kg.extract.tables import children_of


def resolve_actors(doc: Doc, quotes: Sequence[Quote] | None = None) -> ActorIndex:
    """Find the actors of a parsed document and the tokens that refer to them.

    Args:
        doc: A parsed document.
        quotes: Its direct quotes, if already found (`kg.extract.quotes.find_quotes`).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> nlp = load_pipeline()
        >>> index = resolve_actors(nlp("Donald Trump spoke. Trump said he agreed."))
        >>> sorted(index.entities), index.entity_at(6).label
        (['person/donald-trump'], 'Donald Trump')
    """
    state = _Resolution(doc, tuple(find_quotes(doc) if quotes is None else quotes))
    state.resolve()
    return state.index()


class _Resolution(ReferenceSteps):
    """Steps 1-7 (names to set nominals), then the reference steps, in order."""

    def resolve(self) -> None:
        self._names()
        self._demonyms()
        self._affiliations()
        self._nominals()
        self._build_referents()
        # Relatives first: "the faction that controls Afghanistan for its support" - the
        # subject "that" (the faction) is nearer to "its" than the object.
        self._relatives()
        for token in self.pronouns:
            self._pronoun(token)
        self._first_and_second_person()

    # 1-2. Names and appositions.
    def _names(self) -> None:
        headlines = headline_sentences(self.doc, self.sentences)
        names, dropped = find_names(self.doc, self.sentence_of, headlines)
        grouping = group_names(self.doc, names)
        self.dropped.extend(dropped + grouping.dropped)
        self.drafts.update(grouping.drafts)
        self.merges.extend(grouping.merges)
        self.names = grouping.names
        self.name_entity = grouping.mention_entity
        for index, name in enumerate(grouping.names):
            entity = grouping.mention_entity[index]
            label = self.drafts[entity].label
            reason = "name" if name.text == label else f"name variant of {label!r}"
            self._add(name.start, name.end, name.text, "name", (entity,), reason, 1.0, name.head)
            self.name_tokens.update(range(name.start, name.end))
            for role in name.roles:
                self.role_tokens.update(role.tokens)
        for index, name in enumerate(grouping.names):
            head = name.apposition_head
            if head is not None and head not in self.token_entity:
                entity = grouping.mention_entity[index]
                reason = f"in apposition to {name.text!r}"
                self._add(
                    head,
                    head + 1,
                    self.tokens[head].text,
                    "apposition",
                    (entity,),
                    reason,
                    0.95,
                    head,
                )
                self.handled.add(head)

    # 3. Demonyms.
    def _demonyms(self) -> None:
        for demonym in find_demonyms(self.doc, self.name_tokens):
            linked = (
                self._table_entity(demonym.actor.label, demonym.actor.type)
                if demonym.actor
                else None
            )
            if demonym.group_label is None:
                if linked is not None:
                    reason = f"demonym of {demonym.actor.label!r}" if demonym.actor else ""
                    self._add(
                        demonym.start,
                        demonym.end,
                        demonym.text,
                        "demonym",
                        (linked,),
                        reason,
                        0.9,
                        demonym.head,
                    )
                continue
            label = demonym.group_label
            group = self._draft("group", label)
            if linked is not None:
                group.affiliations.add(linked)
            reason = "plural demonym: a group" + (
                f" linked to {demonym.actor.label!r}" if demonym.actor else ""
            )
            self._add(
                demonym.start,
                demonym.end,
                demonym.text,
                "group",
                (group.id,),
                reason,
                0.85,
                demonym.head,
            )
            self.handled.add(demonym.head)

    # 4. Affiliations from roles.
    def _affiliations(self) -> None:
        for index, name in enumerate(self.names):
            own = self.name_entity[index]
            for role in name.roles:
                for token in role.tokens:
                    linked = self.token_entity.get(token)
                    if linked is None:
                        actor = demonyms().get(fold(self.tokens[token].text))
                        linked = self._table_entity(actor.label, actor.type) if actor else None
                    if linked is not None and linked != own:
                        self.drafts[own].affiliations.add(linked)

    # 5-7. Role nominals, group actors, generic groups, set nominals.
    def _nominals(self) -> None:
        # Each step below takes nouns only (a common or proper noun heads every nominal).
        holders = self._role_holders()
        people = [
            PersonName(
                m.start,
                m.end,
                self.sentence_of[m.head],
                m.entity_ids[0],
                frozenset(self.drafts[m.entity_ids[0]].affiliations),
            )
            for m in self.mentions
            if m.kind == "name" and self.drafts[m.entity_ids[0]].type == "person"
        ]
        for token in self.nouns:
            # "the former secretary of state's communications director, Palmieri": the
            # possessor inside a role is a nominal of its own.
            role_possessor = token.dep_ == "poss" and token.i in self.role_tokens
            if self._taken(token.i) and not (role_possessor and self._free(token.i)):
                continue
            word = role_nominal_word(token, holders)
            if word is None:
                continue
            redescribed = person_named_just_before(
                token,
                self.sentence_of[token.i],
                people,
                {e for i in co_arguments(token) if (e := self.token_entity.get(i))},
                self.token_entity.get,
            )
            outcome = resolve_role_nominal(token, word, holders, self.token_entity.get, redescribed)
            if outcome.entity_ids:
                self._add_phrase(
                    token, "nominal", outcome.entity_ids, outcome.reason, outcome.score
                )
            elif actor_noun_type(token) is None or _definite_singular(token):
                # "the Russian leader" names one person: no group, even if unresolved.
                self._drop(token, "nominal", outcome.reason)
        for token in self.nouns:
            if self._taken(token.i):
                continue
            group = group_nominal(token, self._is_anchor)
            if group is None:
                continue
            draft = self._draft(group.type, group.label)
            # "EU leaders" stays findable under the name the text gave it.
            if group.written and group.written not in (group.label, *draft.forms):
                draft.forms.append(group.written)
            draft.affiliations.update(e for a in group.anchors if (e := self.token_entity.get(a)))
            reason = "a group anchored by " + ", ".join(
                repr(self.tokens[a].text) for a in group.anchors
            )
            self._add(
                group.start, group.end, group.label, "group", (draft.id,), reason, 0.8, group.head
            )
            self.handled.add(group.head)
        named = [
            NamedOrganization(m.head, self.sentence_of[m.head], m.entity_ids[0])
            for m in self.mentions
            if m.kind == "name" and self.drafts[m.entity_ids[0]].type == "organization"
        ]
        for token in self.nouns:
            if self._taken(token.i) or not is_organization_nominal(token):
                continue
            found = resolve_organization_nominal(token, self.sentence_of[token.i], named)
            if found is not None and found.entity_ids:
                self._add_phrase(token, "nominal", found.entity_ids, found.reason, found.score)
            elif found is not None:
                self._drop(token, "nominal", found.reason)
        sets = self._coordinated_sets()
        encounters = [
            pair
            for token in self.encounter_words
            if (pair := encounter_pair(token, self.token_entity.get, self.sentence_of[token.i]))
        ]
        for token in self.nouns:
            if self._taken(token.i):
                continue
            size = set_nominal_size(token)
            if size is None:
                continue
            sentence = self.sentence_of[token.i]
            outcome = resolve_set_nominal(token, size, sentence, sets, encounters)
            if outcome.entity_ids:
                self._add_phrase(
                    token, "nominal", outcome.entity_ids, outcome.reason, outcome.score
                )
            else:
                self._drop(token, "nominal", outcome.reason)
        for token in self.nouns:
            if not self._taken(token.i) and is_generic_reference(token):
                self._drop(token, "nominal", "generic group without a named anchor")

    def _role_holders(self) -> list[RoleHolder]:
        # entity -> (heads, words, heads of current roles)
        holders: dict[str, tuple[set[str], set[str], set[str]]] = {}
        for index, name in enumerate(self.names):
            entity = self.name_entity[index]
            if self.drafts[entity].type != "person":
                continue
            heads, words, current = holders.setdefault(entity, (set(), set(), set()))
            for role in name.roles:
                role_words = fold(role.text).split()
                heads.add(role.head)
                words.update(role_words)
                # "former President Barack Obama": a past holder of "president".
                if not set(role_words) & PAST_QUALIFIERS:
                    current.add(role.head)
        return [
            RoleHolder(
                entity,
                frozenset(heads),
                frozenset(words),
                frozenset(self.drafts[entity].affiliations),
                self.drafts[entity].mentions,
                frozenset(heads - current),
            )
            for entity, (heads, words, current) in sorted(holders.items())
            if heads
        ]


def _definite_singular(token: Token) -> bool:
    return not is_plural(token) and any(
        child.dep_ == "det" and child.lower_ == "the" for child in children_of(token)
    )
