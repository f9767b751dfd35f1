"""A first actor resolver: named mentions, name variants, and personal pronouns.

Steps, each recorded as the mention's `reason`:
1. Named mentions from NER, cleaned (no leading determiner, no trailing possessive).
2. Name variants within the document: a one-word name joins the one longer person name
   that ends in it ("Trump" -> "Donald Trump"); other names group by their casefolded
   text. The type of a group is the majority vote of its mentions' NER labels.
3. Personal pronouns: "he/she" and their forms resolve to the most recent person
   mention before them; "it/its" to the most recent organisation or place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.actors.index import ActorIndex, Mention
from kg.ids import NER_TO_TYPE, entity_id, normalize_text
from kg.model import Entity

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
LEADING_DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


@dataclass(slots=True)
class _Named:
    start: int
    end: int
    text: str
    ner_type: str


def resolve_actors(doc: Doc) -> ActorIndex:
    """Find the actors of a parsed document and the tokens that refer to them.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> nlp = load_pipeline()
        >>> index = resolve_actors(nlp("Donald Trump spoke. Trump said he agreed."))
        >>> sorted(index.entities)
        ['person/donald-trump']
    """
    named = [_clean(ent) for ent in doc.ents if ent.label_ in NER_TO_TYPE]
    named = [mention for mention in named if mention.text]
    groups = _group_names(named)

    entities: dict[str, Entity] = {}
    group_entity: dict[str, str] = {}
    for key, members in groups.items():
        entity_type = Counter(m.ner_type for m in members).most_common(1)[0][0]
        label = max((m.text for m in members), key=lambda text: (len(text.split()), text))
        ent_id = entity_id(entity_type, label)
        aliases = sorted({m.text for m in members} - {label})
        previous = entities.get(ent_id)
        count = len(members) + (previous.mention_count if previous else 0)
        merged_aliases = sorted(set(aliases) | set(previous.aliases if previous else ()))
        entities[ent_id] = Entity(ent_id, label, entity_type, tuple(merged_aliases), count)
        group_entity[key] = ent_id

    mentions: list[Mention] = []
    for key, members in groups.items():
        for member in members:
            reason = (
                "name"
                if member.text == entities[group_entity[key]].label
                else (f"name variant of {entities[group_entity[key]].label!r}")
            )
            mentions.append(
                Mention(member.start, member.end, member.text, "name", group_entity[key], reason)
            )
    mentions.sort(key=lambda m: m.start)
    pronoun_mentions, unresolved = _resolve_pronouns(doc, mentions, entities)
    for ent_id in {m.entity_id for m in pronoun_mentions}:
        entity = entities[ent_id]
        extra = sum(1 for m in pronoun_mentions if m.entity_id == ent_id)
        entities[ent_id] = Entity(
            entity.id, entity.label, entity.type, entity.aliases, entity.mention_count + extra
        )
    all_mentions = sorted(mentions + pronoun_mentions, key=lambda m: m.start)
    token_entity = {i: m.entity_id for m in all_mentions for i in range(m.start, m.end)}
    return ActorIndex(entities, tuple(all_mentions), token_entity, unresolved)


def _clean(ent: Span) -> _Named:
    """Strip a leading determiner and a trailing possessive: "the Kremlin's" -> "Kremlin"."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in LEADING_DETERMINERS:
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct):
        end -= 1
    text = normalize_text(doc[start:end].text) if end > start else ""
    return _Named(start, end, text, NER_TO_TYPE[ent.label_])


def _group_names(named: list[_Named]) -> dict[str, list[_Named]]:
    """Group name variants under one key (see module docstring, step 2)."""
    groups: dict[str, list[_Named]] = defaultdict(list)
    for mention in named:
        groups[mention.text.casefold()].append(mention)
    person_keys = [
        key
        for key, members in groups.items()
        if " " in key and any(m.ner_type == "person" for m in members)
    ]
    for key in [k for k in groups if " " not in k]:
        longer = [full for full in person_keys if full.rsplit(" ", 1)[-1] == key]
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(key))
    return dict(groups)


def _resolve_pronouns(
    doc: Doc, names: list[Mention], entities: dict[str, Entity]
) -> tuple[list[Mention], dict[str, int]]:
    resolved: list[Mention] = []
    unresolved: Counter[str] = Counter()
    for token in doc:
        if token.pos_ != "PRON":
            continue
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            wanted = {"person"}
        elif lower in THING_PRONOUNS:
            wanted = {"organization", "place", "group"}
        else:
            continue
        antecedent = next(
            (
                m
                for m in reversed(names)
                if m.end <= token.i and entities[m.entity_id].type in wanted
            ),
            None,
        )
        if antecedent is None:
            unresolved[lower] += 1
            continue
        resolved.append(
            Mention(
                token.i,
                token.i + 1,
                token.text,
                "pronoun",
                antecedent.entity_id,
                f"most recent {'/'.join(sorted(wanted))} before it: {antecedent.text!r}",
            )
        )
    return resolved, dict(unresolved)
