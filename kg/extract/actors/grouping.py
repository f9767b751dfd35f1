"""Within a document: name variants grouped into one entity, its type by majority vote.

Steps, each recorded as a merge with its reason and score:
1. Headline names are kept only when the body names them too ("Trump Wants" in a
   title-case headline is "Trump"); other headline fragments are dropped and counted.
2. Names group by their folded key; the curated alias table joins acronyms and aliases
   ("U.S." = "United States").
3. Full variants of a person name join ("Donald J. Trump" = "Donald Trump"); a short
   form joins the only person whose name ends in it ("Trump", "Mr. Trump", "Assad" of
   "Bashar al-Assad"). A short form shared by several people goes, mention by mention,
   to the nearest full name before it. A one-word name that is a known place and never
   tagged a person stays a place ("Washington" vs George Washington).
4. "The North" joins the only two-word country named "North ..." (North Korea); "the
   Commission" joins the only organisation whose longer name ends in it (the European
   Commission).
5. The type of a group is the majority vote of its mentions' NER labels, a title or
   honorific counting as a vote for person; the alias table's type wins outright.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.actors.index import MergeRecord, Unresolved
from kg.extract.actors.lexicon import Gender, aliases, known_places
from kg.extract.actors.mentions import NameMention
from kg.extract.actors.names import choose_label, fold, is_all_caps, is_full_variant, is_short_form
from kg.extract.actors.roles import Role
from kg.ids import ENTITY_TYPES, entity_id, normalize_text
from kg.model import EntityRef

# Ties in the type vote go to the first of these.
TYPE_PRIORITY = {name: rank for rank, name in enumerate(ENTITY_TYPES)}
SCORE_SAME_NAME = 1.0
SCORE_ALIAS = 1.0
SCORE_FULL_VARIANT = 0.95
SCORE_UNIQUE_SHORT_FORM = 0.9
SCORE_NEAREST_SHORT_FORM = 0.6
SCORE_COMPASS_FORM = 0.8
SCORE_INSTITUTION_HEAD = 0.8
# Short names that are institutions of their own, not the end of a longer one: "the
# House" (of Representatives) is not the White House.
INSTITUTIONS_OF_THEIR_OWN = frozenset({"house"})
# "the North" for North Korea, "the South" for South Korea: a divided country's half.
COMPASS_WORDS = frozenset({"north", "south"})


@dataclass(slots=True)
class Draft:
    """An entity being built for one document (mutable until `resolve_actors` freezes it)."""

    type: str
    label: str
    forms: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    affiliations: set[str] = field(default_factory=set)
    gender: Gender | None = None
    mentions: int = 0

    @property
    def id(self) -> str:
        return entity_id(self.type, self.label)

    def ref(self) -> EntityRef:
        return EntityRef(self.id, self.label, self.type)

    def add_role(self, role: Role) -> None:
        self.roles.setdefault(fold(role.text), role.text)


@dataclass(slots=True)
class _Group:
    key: str
    members: list[NameMention]
    alias_label: str | None = None
    alias_type: str | None = None
    # The longer name a short form joined ("European Commission" for "the Commission").
    full_label: str | None = None
    reasons: list[tuple[tuple[str, ...], str, float]] = field(default_factory=list)

    def votes(self) -> Counter[str]:
        votes = Counter(member.ner_type for member in self.members)
        votes["person"] += sum(1 for member in self.members if member.titled)
        return votes

    def type(self) -> str:
        if self.alias_type:
            return self.alias_type
        votes = self.votes()
        return min(votes, key=lambda name: (-votes[name], TYPE_PRIORITY.get(name, 99)))

    def texts(self) -> list[str]:
        return [member.text for member in self.members]


@dataclass(frozen=True, slots=True)
class NameGrouping:
    """The entities named in one document.

    Attributes:
        drafts: Entity drafts by id.
        mention_entity: Index into the kept names -> entity id.
        names: The kept (confirmed, possibly narrowed) name mentions.
        merges: Why names were merged.
        dropped: Headline fragments and other spans that are not names.
    """

    drafts: dict[str, Draft]
    mention_entity: dict[int, str]
    names: list[NameMention]
    merges: list[MergeRecord]
    dropped: list[Unresolved]


def group_names(doc: Doc, names: list[NameMention]) -> NameGrouping:
    """Group the named mentions of a document into entities (see the module docstring)."""
    kept, dropped = confirm_headline_names(doc, names)
    groups = _group_by_key(kept)
    _join_full_variants(groups)
    mention_group = _join_short_forms(groups, kept)
    _join_compass_forms(groups, mention_group, kept)
    _join_institution_heads(groups, mention_group, kept)
    drafts: dict[str, Draft] = {}
    group_entity: dict[str, str] = {}
    merges: list[MergeRecord] = []
    for key, group in groups.items():
        draft = _draft(group)
        existing = drafts.get(draft.id)
        if existing is not None:
            existing.forms.extend(draft.forms)
            existing.roles.update(draft.roles)
            existing.gender = existing.gender or draft.gender
        else:
            drafts[draft.id] = draft
        group_entity[key] = draft.id
        for forms, reason, score in group.reasons:
            # The label is what the others merged into; list only the others.
            merged = tuple(form for form in forms if form != draft.label) or forms
            merges.append(MergeRecord(draft.ref(), merged, reason, score))
    mention_entity = {index: group_entity[key] for index, key in mention_group.items()}
    for index, entity in mention_entity.items():
        member = kept[index]
        draft = drafts[entity]
        if member.text not in draft.forms:
            draft.forms.append(member.text)
    return NameGrouping(drafts, mention_entity, kept, merges, dropped)


def confirm_headline_names(
    doc: Doc, names: list[NameMention]
) -> tuple[list[NameMention], list[Unresolved]]:
    """Keep a headline name the body confirms, or the part of it the body names."""
    body = [name for name in names if not name.headline]
    if not body:
        return list(names), []
    body_keys = {_key(name.text) for name in body}
    people = [name.text for name in body if name.ner_type == "person"]

    def confirmed(text: str) -> bool:
        return _key(text) in body_keys or any(is_short_form(text, full) for full in people)

    kept: list[NameMention] = []
    dropped: list[Unresolved] = []
    for name in names:
        if not name.headline or confirmed(name.text):
            kept.append(name)
            continue
        part = _confirmed_part(doc, name, confirmed)
        if part is not None:
            kept.append(part)
        else:
            reason = "headline fragment not found in the body"
            dropped.append(Unresolved(name.start, name.end, name.text, "name", reason))
    return kept, dropped


def _confirmed_part(
    doc: Doc, name: NameMention, check: Callable[[str], bool]
) -> NameMention | None:
    size = name.end - name.start
    for length in range(size - 1, 0, -1):
        for start in range(name.start, name.end - length + 1):
            text = normalize_text(doc[start : start + length].text)
            if any(char.isalpha() for char in text) and check(text):
                return name.narrowed(start, start + length, text)
    return None


def _key(text: str) -> str:
    folded = fold(text)
    actor = aliases().get(folded)
    return fold(actor.label) if actor else folded


def _group_by_key(names: list[NameMention]) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for name in names:
        key = _key(name.text)
        group = groups.setdefault(key, _Group(key, []))
        group.members.append(name)
        actor = aliases().get(fold(name.text))
        if actor is not None:
            group.alias_label, group.alias_type = actor.label, actor.type
    for group in groups.values():
        forms = sorted(set(group.texts()))
        if group.alias_label and any(fold(form) != fold(group.alias_label) for form in forms):
            others = tuple(form for form in forms if fold(form) != fold(group.alias_label))
            group.reasons.append((others, f"alias table: {group.alias_label}", SCORE_ALIAS))
        elif len(forms) > 1:
            reason = "same name up to case, accents and punctuation"
            group.reasons.append((tuple(forms), reason, SCORE_SAME_NAME))
    return groups


def _is_person(group: _Group) -> bool:
    return group.type() == "person"


def _join_full_variants(groups: dict[str, _Group]) -> None:
    """ "Donald J. Trump" and "Donald Trump" are one person."""
    # Voted once per group: a group grows only while it is the one absorbing, after its
    # own vote was read, so every vote below is the one taken here.
    people = [key for key in sorted(groups) if _is_person(groups[key])]
    for index, key in enumerate(people):
        if key not in groups:
            continue
        for other in people[index + 1 :]:
            if other in groups and is_full_variant(key, other):
                absorbed = groups.pop(other)
                both = sorted(set(absorbed.texts()) | set(groups[key].texts()))
                groups[key].members.extend(absorbed.members)
                groups[key].reasons.append(
                    (
                        tuple(both),
                        "same first and last name",
                        SCORE_FULL_VARIANT,
                    )
                )


def _join_short_forms(groups: dict[str, _Group], names: list[NameMention]) -> dict[int, str]:
    """Short forms join their full name; returns each kept mention's group key."""
    index_of = {id(name): index for index, name in enumerate(names)}
    mention_group = {index_of[id(m)]: key for key, g in groups.items() for m in g.members}
    # Decide every link on the names as grouped so far, before any group grows.
    names_of = {key: sorted(set(group.texts())) for key, group in groups.items()}
    people = [key for key, group in groups.items() if _is_person(group)]
    links: dict[str, list[str]] = {}
    for key, group in groups.items():
        if group.alias_type is not None:
            continue
        links[key] = [
            full
            for full in people
            if full != key
            and any(is_short_form(text, form) for text in names_of[key] for form in names_of[full])
        ]
    # A name that is itself shortened by others is a full name, not a short form.
    targets = {full for fulls in links.values() for full in fulls}
    for key in sorted(links):
        found = groups.get(key)
        fulls = [full for full in links[key] if full in groups]
        if found is None or key in targets:
            continue
        group = found
        if not fulls or not _may_be_person(group):
            continue
        if len(fulls) == 1:
            target = groups[fulls[0]]
            target.members.extend(group.members)
            forms = tuple(sorted(set(group.texts())))
            label = choose_label(target.texts(), prefer_long=True)
            reason = f"short form of the only person named {label!r}"
            target.reasons.append((forms, reason, SCORE_UNIQUE_SHORT_FORM))
            for member in group.members:
                mention_group[index_of[id(member)]] = fulls[0]
            del groups[key]
            continue
        # Several people share it ("Clinton"): each mention goes to the nearest before it.
        for member in list(group.members):
            target_key = _nearest_full_name(member, [groups[f] for f in fulls])
            target = groups[target_key]
            target.members.append(member)
            group.members.remove(member)
            label = choose_label(target.texts(), prefer_long=True)
            reason = f"short form shared by {len(fulls)} people; the nearest is {label!r}"
            target.reasons.append(((member.text,), reason, SCORE_NEAREST_SHORT_FORM))
            mention_group[index_of[id(member)]] = target_key
        del groups[key]
    return mention_group


def _join_compass_forms(
    groups: dict[str, _Group], mention_group: dict[int, str], names: list[NameMention]
) -> None:
    """ "the North" of a text naming North Korea is North Korea (so "the South")."""
    index_of = {id(name): index for index, name in enumerate(names)}
    for key in [k for k in groups if k in COMPASS_WORDS and not _is_person(groups[k])]:
        # Only a country of the curated tables: "the South" of a text on North and South
        # Carolina is the American South.
        places = [
            other
            for other, group in groups.items()
            if other.split()[0] == key
            and len(other.split()) == 2
            and group.type() == "place"
            and other in known_places()
        ]
        if len(places) != 1:
            continue
        group, target = groups.pop(key), groups[places[0]]
        target.members.extend(group.members)
        label = choose_label(target.texts(), prefer_long=True)
        reason = f"{key!r} for the only place named {label!r}"
        target.reasons.append((tuple(sorted(set(group.texts()))), reason, SCORE_COMPASS_FORM))
        for member in group.members:
            mention_group[index_of[id(member)]] = places[0]


def _join_institution_heads(
    groups: dict[str, _Group], mention_group: dict[int, str], names: list[NameMention]
) -> None:
    """ "the Commission" of a text naming the European Commission is the European
    Commission: an organisation's name that ends another, longer one, when only one does
    ("Justice Department" of "U.S. Justice Department"; with two commissions, neither)."""
    index_of = {id(name): index for index, name in enumerate(names)}
    for key in list(groups):
        group = groups.get(key)
        if group is None or group.type() != "organization" or key in aliases():
            continue
        if key in INSTITUTIONS_OF_THEIR_OWN:
            continue
        words = key.split()
        longer = [
            other
            for other, candidate in groups.items()
            if len(other.split()) > len(words)
            and other.split()[-len(words) :] == words
            and candidate.type() == "organization"
        ]
        if len(longer) != 1:
            continue
        target = groups[longer[0]]
        groups.pop(key)
        target.members.extend(group.members)
        label = choose_label(target.texts(), prefer_long=True)
        target.full_label = label
        reason = f"{key!r} for the only organization named {label!r}"
        target.reasons.append((tuple(sorted(set(group.texts()))), reason, SCORE_INSTITUTION_HEAD))
        for member in group.members:
            mention_group[index_of[id(member)]] = longer[0]


def _may_be_person(group: _Group) -> bool:
    """A known place never tagged a person stays a place ("Washington")."""
    votes = group.votes()
    return votes["person"] > 0 or group.key not in known_places()


def _nearest_full_name(member: NameMention, candidates: list[_Group]) -> str:
    def distance(group: _Group) -> tuple[int, int]:
        before = [
            m.start for m in group.members if m.start < member.start and m.text != member.text
        ]
        if before:
            return (0, member.start - max(before))
        after = [m.start for m in group.members if m.start > member.start]
        return (1, min(after) - member.start if after else 10**9)

    return min(candidates, key=lambda group: (distance(group), group.key)).key


def _draft(group: _Group) -> Draft:
    entity_type = group.type()
    forms = group.texts()
    if group.alias_label:
        label = group.alias_label
    elif group.full_label:
        label = group.full_label
    else:
        body = [m.text for m in group.members if not m.headline and not is_all_caps(m.text)]
        label = choose_label(body or forms, prefer_long=entity_type == "person")
    draft = Draft(entity_type, label, forms=sorted(set(forms)))
    for member in group.members:
        for role in member.roles:
            draft.add_role(role)
        draft.gender = draft.gender or member.gender
    return draft
