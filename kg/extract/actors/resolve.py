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

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.actors.demonyms import find_demonyms
from kg.extract.actors.discourse import Category, Referent
from kg.extract.actors.grouping import Draft, group_names
from kg.extract.actors.groups import actor_noun_type, group_nominal, is_generic_reference, is_plural
from kg.extract.actors.index import ActorIndex, Mention, MentionKind, MergeRecord, Unresolved
from kg.extract.actors.lexicon import Gender, demonyms, title_at
from kg.extract.actors.mentions import find_names, headline_sentences
from kg.extract.actors.names import fold
from kg.extract.actors.nominals import (
    CoordinatedSet,
    RoleHolder,
    resolve_role_nominal,
    resolve_set_nominal,
    role_nominal_word,
    set_nominal_size,
)
from kg.extract.actors.pronouns import PronounResolution, pronoun_form, resolve_pronoun
from kg.extract.actors.relatives import described_subject, relative_antecedent
from kg.extract.quotes import Quote, find_quotes, quote_at
from kg.ids import entity_id, normalize_text
from kg.model import Entity

FIRST_PERSON = frozenset(
    ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]
)
SECOND_PERSON = frozenset(["you", "your", "yours", "yourself", "yourselves"])
# Heads in these relations modify another noun; they are not discourse referents
# ("[Russia] sanctions", "the [U.S.] election").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Where a noun phrase stands as an argument or a possessor.
NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "appos", "conj", "attr"}
)
# Dates, times and amounts are never what a pronoun points back to ("on Tuesday ... it").
NON_REFERENT_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
ACTOR_CATEGORIES: dict[str, Category] = {
    "person": "person",
    "organization": "organization",
    "place": "place",
    "group": "group",
}


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


class _Resolution:
    """The working state of one document's resolution (see the module docstring)."""

    def __init__(self, doc: Doc, quotes: tuple[Quote, ...]) -> None:
        self.doc = doc
        self.quotes = quotes
        self.sentences = list(doc.sents)
        self.sentence_of = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            for token in sentence:
                self.sentence_of[token.i] = number
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

    def resolve(self) -> None:
        self._names()
        self._demonyms()
        self._affiliations()
        self._nominals()
        self._build_referents()
        for token in self.doc:
            self._pronoun(token)
        self._relatives()
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
                    head, head + 1, self.doc[head].text, "apposition", (entity,), reason, 0.95, head
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
                        actor = demonyms().get(fold(self.doc[token].text))
                        linked = self._table_entity(actor.label, actor.type) if actor else None
                    if linked is not None and linked != own:
                        self.drafts[own].affiliations.add(linked)

    # 5-7. Role nominals, group actors, generic groups, set nominals.
    def _nominals(self) -> None:
        holders = self._role_holders()
        for token in self.doc:
            if self._taken(token.i):
                continue
            word = role_nominal_word(token, holders)
            if word is None:
                continue
            outcome = resolve_role_nominal(token, word, holders, self.token_entity.get)
            if outcome.entity_ids:
                self._add_phrase(
                    token, "nominal", outcome.entity_ids, outcome.reason, outcome.score
                )
            elif actor_noun_type(token) is None or _definite_singular(token):
                # "the Russian leader" names one person: no group, even if unresolved.
                self._drop(token, "nominal", outcome.reason)
        for token in self.doc:
            if self._taken(token.i):
                continue
            group = group_nominal(token, self._is_anchor)
            if group is None:
                continue
            draft = self._draft(group.type, group.label)
            draft.affiliations.update(e for a in group.anchors if (e := self.token_entity.get(a)))
            reason = "a group anchored by " + ", ".join(
                repr(self.doc[a].text) for a in group.anchors
            )
            self._add(
                group.start, group.end, group.label, "group", (draft.id,), reason, 0.8, group.head
            )
            self.handled.add(group.head)
        sets = self._coordinated_sets()
        for token in self.doc:
            if self._taken(token.i):
                continue
            size = set_nominal_size(token)
            if size is None:
                continue
            outcome = resolve_set_nominal(token, size, self.sentence_of[token.i], sets)
            if outcome.entity_ids:
                self._add_phrase(
                    token, "nominal", outcome.entity_ids, outcome.reason, outcome.score
                )
            else:
                self._drop(token, "nominal", outcome.reason)
        for token in self.doc:
            if not self._taken(token.i) and is_generic_reference(token):
                self._drop(token, "nominal", "generic group without a named anchor")

    def _role_holders(self) -> list[RoleHolder]:
        holders: dict[str, tuple[set[str], set[str]]] = {}
        for index, name in enumerate(self.names):
            entity = self.name_entity[index]
            if self.drafts[entity].type != "person":
                continue
            heads, words = holders.setdefault(entity, (set(), set()))
            for role in name.roles:
                heads.add(role.head)
                words.update(fold(role.text).split())
        return [
            RoleHolder(
                entity,
                frozenset(heads),
                frozenset(words),
                frozenset(self.drafts[entity].affiliations),
                self.drafts[entity].mentions,
            )
            for entity, (heads, words) in sorted(holders.items())
            if heads
        ]

    def _coordinated_sets(self) -> list[CoordinatedSet]:
        sets = []
        for token in self.doc:
            if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
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

    # 8. Third-person pronouns.
    def _build_referents(self) -> None:
        for mention in self.mentions:
            if mention.kind == "demonym" or self.doc[mention.head].dep_ in MODIFIER_DEPS:
                continue
            self._add_referent(
                mention.head, mention.start, mention.end, mention.entity_ids, mention.text
            )
        for coordinated in self._coordinated_sets():
            first = self.doc[coordinated.head]
            text = self.doc[first.left_edge.i : coordinated.end].text
            self._add_referent(
                coordinated.head, first.left_edge.i, coordinated.end, coordinated.entity_ids, text
            )
        for token in self.doc:
            if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in MODIFIER_DEPS:
                continue
            if token.ent_type_ in NON_REFERENT_ENTITIES or _predicative(token):
                continue
            if (
                token.i in self.token_entity
                or token.i in self.token_entities
                or token.i in self.name_tokens
            ):
                continue
            kind = actor_noun_type(token)
            category: Category = (
                "thing" if kind is None else ("group" if kind == "group" else "organization")
            )
            if _untagged_name(token):
                category, kind = "unknown", "unknown"
            self.referents.setdefault(token.i, []).append(
                Referent(
                    token.i,
                    token.i,
                    token.i + 1,
                    self.sentence_of[token.i],
                    (),
                    is_plural(token),
                    category,
                    _noun_gender(token),
                    kind is not None,
                    token.text,
                )
            )

    def _add_referent(
        self, head: int, start: int, end: int, ids: tuple[str, ...], text: str
    ) -> None:
        plural = len(ids) > 1 or (len(ids) == 1 and self._plural_entity(ids[0], head))
        types = {self.drafts[i].type for i in ids}
        category: Category = (
            ACTOR_CATEGORIES.get(types.pop(), "thing") if len(types) == 1 else "group"
        )
        gender = self.drafts[ids[0]].gender if len(ids) == 1 else None
        referent = Referent(
            head,
            start,
            end,
            self.sentence_of[head],
            ids,
            plural,
            category,
            gender,
            category != "thing",
            text,
        )
        self.referents.setdefault(head, []).append(referent)

    def _plural_entity(self, entity: str, head: int) -> bool:
        return self.drafts[entity].type == "group" and is_plural(self.doc[head])

    def _pronoun(self, token: Token) -> None:
        if token.i in self.pronoun_done or token.pos_ != "PRON":
            return
        form = pronoun_form(token)
        if form is None:
            return
        self.pronoun_done.add(token.i)
        quote = quote_at(self.quotes, token.i)
        speaker_ids = self._speaker_ids(quote) if quote is not None else ()
        spoken = [q for q in self.quotes if q.speaker == token.i]

        def excluded(referent: Referent) -> bool:
            if speaker_ids and referent.entity_ids == speaker_ids:
                return True
            return any(q.contains(referent.head) for q in spoken)

        outcome = resolve_pronoun(
            token, form, self.referents, self.sentences, self.sentence_of[token.i], excluded
        )
        referent = outcome.referent
        if referent is not None and referent.category == "unknown":
            name = referent.text
            referent = self._promote(referent, token, form.person is True)
            if referent is None:
                self._drop(token, "pronoun", "antecedent is a name of unknown type", name)
                return
            outcome = PronounResolution(referent, f"{outcome.reason}, a name NER missed", 0.6)
        if referent is None or not referent.entity_ids:
            self._drop(token, "pronoun", outcome.reason, referent.text if referent else "")
            if referent is not None:
                self.referents.setdefault(token.i, []).append(
                    _moved(referent, token, self.sentence_of[token.i])
                )
            return
        self._add(
            token.i,
            token.i + 1,
            token.text,
            "pronoun",
            referent.entity_ids,
            outcome.reason,
            outcome.score,
            token.i,
        )
        self.referents.setdefault(token.i, []).append(
            _moved(referent, token, self.sentence_of[token.i])
        )

    def _promote(self, referent: Referent, pronoun: Token, person: bool) -> Referent | None:
        """A proper noun NER missed becomes a person when "he" or "she" points to it."""
        if not person:
            return None
        head = self.doc[referent.head]
        start = min(
            [head.i] + [c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        )
        text = normalize_text(self.doc[start : head.i + 1].text)
        draft = next(
            (
                d
                for d in self.drafts.values()
                if d.type == "person" and fold(text) in {fold(f) for f in [d.label, *d.forms]}
            ),
            None,
        ) or self._draft("person", text)
        if text not in draft.forms:
            draft.forms.append(text)
        reason = f"a proper noun NER missed; {pronoun.text!r} refers to it as a person"
        self._add(start, head.i + 1, text, "name", (draft.id,), reason, 0.6, head.i)
        promoted = Referent(
            head.i,
            start,
            head.i + 1,
            referent.sentence,
            (draft.id,),
            False,
            "person",
            draft.gender,
            True,
            text,
        )
        self.referents[head.i] = [promoted]
        return promoted

    def _speaker_ids(self, quote: Quote) -> tuple[str, ...]:
        if quote.speaker is None:
            return ()
        self._pronoun(self.doc[quote.speaker])
        return self._ids(quote.speaker)

    # 9. Relative pronouns.
    def _relatives(self) -> None:
        for token in self.doc:
            if token.i in self.token_entity or token.i in self.token_entities:
                continue
            noun = relative_antecedent(token)
            if noun is None:
                continue
            ids = self._ids(noun.i)
            reason = f"relative pronoun of {noun.text!r}"
            if not ids and (subject := described_subject(noun)) is not None:
                ids = self._ids(subject.i)
                reason = f"relative pronoun of {noun.text!r}, which describes {subject.text!r}"
            if ids:
                self._add(token.i, token.i + 1, token.text, "relative", ids, reason, 0.9, token.i)
            else:
                self._drop(token, "relative", "its noun is not an actor", noun.text)

    # 10. First person in quotes; second person.
    def _first_and_second_person(self) -> None:
        for token in self.doc:
            if token.pos_ != "PRON":
                continue
            lower = token.lower_
            if lower in SECOND_PERSON:
                self._drop(token, "pronoun", "second person")
                continue
            if lower not in FIRST_PERSON:
                continue
            quote = quote_at(self.quotes, token.i)
            if quote is None:
                self._drop(token, "speaker", "first person outside a quote")
                continue
            ids = self._ids(quote.speaker) if quote.speaker is not None else ()
            if not ids:
                self._drop(token, "speaker", "first person in a quote without a known speaker")
                continue
            names = " and ".join(self.drafts[i].label for i in ids)
            self._add(
                token.i,
                token.i + 1,
                token.text,
                "speaker",
                ids,
                f"first person in a quote by {names}",
                0.9,
                token.i,
            )

    # Helpers.
    def _taken(self, index: int) -> bool:
        return (
            index in self.name_tokens
            or index in self.role_tokens
            or index in self.handled
            or index in self.token_entity
            or index in self.token_entities
        )

    def _is_anchor(self, index: int) -> bool:
        return index in self.token_entity or self.doc[index].ent_type_ == "NORP"

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
        )


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found.append(child)
            found.extend(_conjuncts(child))
    return found


def _noun_gender(token: Token) -> Gender | None:
    """The gender a noun marks: "spokesman", "chairwoman", "queen"."""
    match = title_at([fold(token.lemma_ or token.text)])
    return match[1].gender if match else None


def _predicative(token: Token) -> bool:
    """A role said of someone, not a new referent: "his confirmation as [attorney general]"."""
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _definite_singular(token: Token) -> bool:
    return not is_plural(token) and any(
        child.dep_ == "det" and child.lower_ == "the" for child in token.children
    )


def _untagged_name(token: Token) -> bool:
    """A capitalised proper noun outside every NER span: maybe a name NER missed.

    Only as a noun phrase argument, and not first in its sentence, where any word is
    capitalised ("Derided as a poor copy of his mentor, ...").
    """
    return (
        token.dep_ in NOMINAL_DEPS
        and not token.is_sent_start
        and token.pos_ == "PROPN"
        and not token.ent_type_
        and token.text[:1].isupper()
        and token.is_alpha
    )


def _moved(referent: Referent, token: Token, sentence: int) -> Referent:
    """The antecedent's referent, now also at the pronoun (for chains: "he ... he")."""
    return Referent(
        token.i,
        token.i,
        token.i + 1,
        sentence,
        referent.entity_ids,
        referent.plural,
        referent.category,
        referent.gender,
        referent.actor_like,
        referent.text,
    )


def _freeze(draft: Draft) -> Entity:
    return Entity(
        id=draft.id,
        label=draft.label,
        type=draft.type,
        aliases=tuple(sorted(set(draft.forms) - {draft.label})),
        mention_count=max(draft.mentions, 1),
        roles=tuple(sorted(draft.roles.values())),
        affiliations=tuple(sorted(draft.affiliations - {draft.id})),
    )
