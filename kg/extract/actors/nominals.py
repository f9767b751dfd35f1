"""Nominal references: role nominals and set nominals.

Role nominals name one person by a role seen with their name in the document:
"the president" -> Donald Trump ("President Donald Trump"), "the Kentucky Republican" ->
Mitch McConnell ("Mitch McConnell, a Kentucky Republican"). Modifiers must fit: "the
U.S. president" cannot be the "Russian President"; "the press secretary" needs a
role with "press". When several people hold the role, the one mentioned far more often
wins; otherwise the nominal is ambiguous, dropped and counted. A past qualifier points
to a past holder ("the former president" is someone named "former President ..."), and
none to a current one; coordinated qualifiers name one holder each ("both the former
and current president" -> the former and the current president, or nothing unless both
are known).

Organization nominals ("the company", "the party") name the one organization the text
named in its last sentences: "Perrigo's strong performance follows a period during which
the company reduced its forecasts" -> Perrigo; with two organizations in view it is
ambiguous, dropped and counted.

Set nominals name a set of actors coordinated before them: "the two leaders", "both
sides", "the leaders" -> Trump and Putin ("President Donald Trump and Russian
President Vladimir Putin"). The count must match when one is given, and the kind of
actor must fit the noun (leaders are people, countries are places). A pair that meets
in the nominal's own sentence comes first: "In the call with Merkel, Trump agreed ...,
according to readouts from both sides" -> Trump and Merkel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.actors.groups import is_plural
from kg.extract.actors.lexicon import title_at
from kg.extract.actors.names import fold
from kg.extract.actors.roles import TITLE_PREFIXES

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
# Set nouns and the kind of actor their members must be (None: any actor).
SET_HEADS: dict[str, frozenset[str] | None] = {
    "leader": frozenset({"person"}),
    "president": frozenset({"person"}),
    "minister": frozenset({"person"}),
    "man": frozenset({"person"}),
    "woman": frozenset({"person"}),
    "counterpart": frozenset({"person"}),
    "senator": frozenset({"person"}),
    "country": frozenset({"place"}),
    "nation": frozenset({"place"}),
    "state": frozenset({"place"}),
    "government": frozenset({"place", "organization"}),
    "party": frozenset({"organization", "group"}),
    "side": None,
}
# Determiners of a definite reference ("the president") and of an indefinite one.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
INDEFINITE = frozenset({"a", "an", "any", "every", "each", "no", "some", "another", "other"})
# Qualifiers that do not change who holds a role: "the new U.S. president".
NEUTRAL_QUALIFIERS = frozenset({"new", "current", "same", "top", "incumbent", "sitting", "then"})
# Qualifiers that point away from the holder named in the text: "the former president".
PAST_QUALIFIERS = frozenset({"former", "late", "ex", "previous", "outgoing"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Nouns used as modifiers are not references of their own ("[president] Donald Trump").
ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Definite nouns that stand for the organization a text is about: "the company said".
ORGANIZATION_NOUNS = frozenset(
    {"company", "firm", "corporation", "party", "group", "agency", "organization", "organisation"}
)
# How many sentences back the organization may have been named.
ORGANIZATION_WINDOW = 2
# Children that make the noun another one: "the government [of Japan]", "the movement
# [to elect ...]".
SPECIFYING_DEPS = frozenset({"prep", "acl", "relcl", "compound", "amod", "nmod", "poss"})
# "talks [with] Merkel": the preposition of an encounter between two actors.
ENCOUNTER_PREPOSITIONS = frozenset({"with"})
# How many sentences back a set may be, unless the nominal gives its count.
SET_WINDOW = 3
# Among several holders of a role, the most mentioned wins with this margin.
SALIENCE_MARGIN = 2.0


@dataclass(frozen=True, slots=True)
class RoleHolder:
    """A person of the document and the roles seen with their name.

    Attributes:
        entity_id: The person.
        heads: Folded last words of the roles ("president", "republican").
        words: Every folded word of the roles.
        affiliations: Entities in the roles (France for "French President").
        mentions: How often the person is mentioned (salience).
        past_heads: Heads of roles the person held only in the past ("former President").
    """

    entity_id: str
    heads: frozenset[str]
    words: frozenset[str]
    affiliations: frozenset[str]
    mentions: int
    past_heads: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CoordinatedSet:
    """Actors coordinated in the text: "Trump and Putin", "the U.S. and Russia".

    Attributes:
        head: Doc index of the first conjunct's head.
        end: Doc index after the last conjunct.
        sentence: Its sentence.
        entity_ids: The members, in order.
        types: The members' entity types.
        mentions: Total mentions of the members in the document (salience).
    """

    head: int
    end: int
    sentence: int
    entity_ids: tuple[str, ...]
    types: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class NominalResolution:
    """What a nominal refers to (empty `entity_ids`: unresolved) and why."""

    entity_ids: tuple[str, ...]
    reason: str
    score: float


def role_nominal_word(token: Token, holders: Sequence[RoleHolder]) -> str | None:
    """The role word of a definite singular role nominal ("the president"), else None.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 1, "the"),
        ...                 ("president", "NOUN", "nsubj", 2, "president"),
        ...                 ("spoke", "VERB", "ROOT", 2, "speak")])
        >>> role_nominal_word(doc[1], [])
        'president'
    """
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in ROLE_MODIFIER_DEPS:
        return None
    if token.ent_type_ not in {"", "NORP"}:
        return None
    # "the former and current presidents" names one holder per qualifier.
    if is_plural(token) and len(coordinated_qualifiers(token)) < 2:
        return None
    word = fold(token.text)
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.head.i == token.i and fold(before.text) in TITLE_PREFIXES:
        word = f"{fold(before.text)} {word}"
    if title_at(word.split()) is None and not any(word in holder.heads for holder in holders):
        return None
    determiners = {fold(c.text) for c in token.children if c.dep_ in {"det", "predet"}}
    if determiners & INDEFINITE:
        return None
    possessed = any(c.dep_ == "poss" for c in token.children)
    # "New U.S. president speaks ...": a bare singular subject, as in headlines.
    bare_subject = not determiners and token.dep_ in {"nsubj", "nsubjpass"}
    if determiners & DEFINITE or possessed or bare_subject:
        return word
    return None


def resolve_role_nominal(
    token: Token,
    word: str,
    holders: Sequence[RoleHolder],
    entity_at: Callable[[int], str | None],
) -> NominalResolution:
    """Which person a role nominal names (see the module docstring)."""
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
    qualifiers = coordinated_qualifiers(token)
    if len(qualifiers) > 1:
        return _resolve_each(qualifiers, word, holders, modifiers, entity_at)
    past = bool({fold(m.text) for m in modifiers} & PAST_QUALIFIERS)
    return _resolve_one(word, past, holders, modifiers, entity_at)


def coordinated_qualifiers(token: Token) -> list[Token]:
    """Coordinated qualifiers of a role noun: "the [former] and [current] president".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 4, "the"),
        ...                 ("former", "ADJ", "amod", 4, "former"),
        ...                 ("and", "CCONJ", "cc", 1, "and"),
        ...                 ("current", "ADJ", "conj", 1, "current"),
        ...                 ("president", "NOUN", "ROOT", 4, "president")])
        >>> [t.text for t in coordinated_qualifiers(doc[4])]
        ['former', 'current']
    """
    for child in token.lefts:
        if child.dep_ == "amod" and fold(child.text) in PAST_QUALIFIERS | NEUTRAL_QUALIFIERS:
            conjuncts = [c for c in child.subtree if c.dep_ == "conj" and c.i < token.i]
            if conjuncts:
                return [child, *conjuncts]
    return []


def _resolve_each(
    qualifiers: list[Token],
    word: str,
    holders: Sequence[RoleHolder],
    modifiers: list[Token],
    entity_at: Callable[[int], str | None],
) -> NominalResolution:
    """One holder per coordinated qualifier, all of them distinct, or nothing."""
    others = [m for m in modifiers if m not in qualifiers]
    found: list[str] = []
    for qualifier in qualifiers:
        past = fold(qualifier.text) in PAST_QUALIFIERS
        outcome = _resolve_one(word, past, holders, others, entity_at)
        if len(outcome.entity_ids) != 1 or outcome.entity_ids[0] in found:
            reason = f"coordinated roles: no single holder for {qualifier.text!r} {word}"
            return NominalResolution((), reason, 0.0)
        found.append(outcome.entity_ids[0])
    names = " and ".join(repr(q.text) for q in qualifiers)
    return NominalResolution(tuple(found), f"one holder for each of {names} {word}", 0.7)


def _resolve_one(
    word: str,
    past: bool,
    holders: Sequence[RoleHolder],
    modifiers: list[Token],
    entity_at: Callable[[int], str | None],
) -> NominalResolution:
    fitting = [
        h
        for h in holders
        if (word in h.past_heads if past else word in h.heads - h.past_heads)
        and _fits(h, modifiers, entity_at)
    ]
    if not fitting:
        reason = "no former holder of the role is named" if past else "no person holds the role"
        return NominalResolution((), reason, 0.0)
    ranked = sorted(fitting, key=lambda h: (-h.mentions, h.entity_id))
    kind = "former " if past else ""
    if len(ranked) == 1:
        return NominalResolution(
            (ranked[0].entity_id,), f"the only {kind}person with role {word!r}", 0.85
        )
    first, second = ranked[0], ranked[1]
    if first.mentions >= SALIENCE_MARGIN * second.mentions:
        reason = f"the most mentioned of {len(ranked)} {kind}people with role {word!r}"
        return NominalResolution((first.entity_id,), reason, 0.6)
    return NominalResolution((), "ambiguous: several people hold the role", 0.0)


def _fits(
    holder: RoleHolder, modifiers: list[Token], entity_at: Callable[[int], str | None]
) -> bool:
    for modifier in modifiers:
        folded = fold(modifier.text)
        qualifier = folded in NEUTRAL_QUALIFIERS | PAST_QUALIFIERS
        if qualifier or (modifier.dep_ == "poss" and modifier.pos_ == "PRON"):
            continue
        entity = entity_at(modifier.i)
        if entity is not None:
            # "the U.S. president" cannot be someone tied to another country.
            if holder.affiliations and entity not in holder.affiliations:
                return False
            continue
        if modifier.pos_ in {"NOUN", "PROPN"} and folded not in holder.words:
            return False
    return True


def set_nominal_size(token: Token) -> int | None:
    """For a set nominal, its count (0 when none is given: "the leaders"); else None.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 2, "the"), ("two", "NUM", "nummod", 2, "two"),
        ...                 ("leaders", "NOUN", "nsubj", 3, "leader"),
        ...                 ("met", "VERB", "ROOT", 3, "meet")])
        >>> set_nominal_size(doc[2])
        2
    """
    if token.pos_ != "NOUN" or fold(token.lemma_) not in SET_HEADS or not is_plural(token):
        return None
    if token.dep_ in ROLE_MODIFIER_DEPS:
        return None
    count = 0
    definite = False
    for child in token.children:
        word = fold(child.text)
        if child.dep_ in {"nummod", "det", "predet", "quantmod"} and word in NUMBER_WORDS:
            count = NUMBER_WORDS[word]
        # "both sides" is definite by itself; "two leaders" needs "the".
        if child.dep_ in {"det", "predet"} and (word in DEFINITE or word == "both"):
            definite = True
    return count if definite else None


@dataclass(frozen=True, slots=True)
class NamedOrganization:
    """A name of an organization in the text (for organization nominals)."""

    token: int
    sentence: int
    entity_id: str


def is_organization_nominal(token: Token) -> bool:
    """ "the company", "the party": a bare definite organization noun.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 1, "the"),
        ...                 ("company", "NOUN", "nsubj", 2, "company"),
        ...                 ("fell", "VERB", "ROOT", 2, "fall")])
        >>> is_organization_nominal(doc[1])
        True
    """
    if token.pos_ != "NOUN" or fold(token.lemma_) not in ORGANIZATION_NOUNS or is_plural(token):
        return False
    if token.dep_ in ROLE_MODIFIER_DEPS or any(c.dep_ in SPECIFYING_DEPS for c in token.children):
        return False
    return [fold(c.text) for c in token.children if c.dep_ == "det"] == ["the"]


def resolve_organization_nominal(
    token: Token, sentence: int, named: Sequence[NamedOrganization]
) -> NominalResolution | None:
    """The one organization named before it in its last sentences; None if none is."""
    seen = {
        n.entity_id
        for n in named
        if n.token < token.i and 0 <= sentence - n.sentence <= ORGANIZATION_WINDOW
    }
    if not seen:
        return None
    if len(seen) > 1:
        return NominalResolution((), "ambiguous: several organizations named before it", 0.0)
    reason = f"the only organization named in the last {ORGANIZATION_WINDOW + 1} sentences"
    return NominalResolution((seen.pop(),), reason, 0.7)


def encounter_pair(
    preposition: Token, entity_at: Callable[[int], str | None], sentence: int
) -> CoordinatedSet | None:
    """The two actors of "X ... with Y": "In the call with Merkel, Trump agreed".

    The actor after "with" and the subject of the clause the phrase belongs to.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Trump", "PROPN", "nsubj", 1, "Trump"),
        ...                 ("spoke", "VERB", "ROOT", 1, "speak"),
        ...                 ("with", "ADP", "prep", 1, "with"),
        ...                 ("Merkel", "PROPN", "pobj", 2, "Merkel")])
        >>> encounter_pair(doc[2], {0: "person/trump", 3: "person/merkel"}.get, 0).entity_ids
        ('person/trump', 'person/merkel')
    """
    if preposition.lower_ not in ENCOUNTER_PREPOSITIONS or preposition.dep_ != "prep":
        return None
    other = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    node = preposition.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if other is None or subject is None:
        return None
    ids = (entity_at(subject.i), entity_at(other.i))
    if ids[0] is None or ids[1] is None or ids[0] == ids[1]:
        return None
    return CoordinatedSet(other.i, other.i + 1, sentence, (ids[0], ids[1]), (), 0)


def resolve_set_nominal(
    token: Token,
    size: int,
    sentence: int,
    sets: Sequence[CoordinatedSet],
    encounters: Sequence[CoordinatedSet] = (),
) -> NominalResolution:
    """Which coordinated set a set nominal names (see the module docstring)."""
    if size in {0, 2}:
        meeting = [e for e in encounters if e.sentence == sentence and e.end <= token.i]
        if meeting:
            chosen = max(meeting, key=lambda e: e.head)
            return NominalResolution(chosen.entity_ids, "the two sides met in its sentence", 0.75)
    allowed = SET_HEADS[fold(token.lemma_)]
    fitting = [
        s
        for s in sets
        if s.end <= token.i
        and (size == 0 or len(s.entity_ids) == size)
        and (allowed is None or all(t in allowed for t in s.types))
    ]
    if not fitting:
        return NominalResolution((), "no coordinated set of actors before it fits", 0.0)
    if size:
        # "the two leaders", "both sides": the protagonists, the most mentioned set.
        chosen = max(fitting, key=lambda s: (s.mentions, s.head))
        reason = f"the most mentioned set of {size} that fits"
        return NominalResolution(chosen.entity_ids, reason, 0.7)
    near = [s for s in fitting if sentence - s.sentence <= SET_WINDOW]
    if not near:
        reason = f"no coordinated actors in the last {SET_WINDOW} sentences"
        return NominalResolution((), reason, 0.0)
    chosen = max(near, key=lambda s: s.head)
    return NominalResolution(chosen.entity_ids, "the nearest coordinated actors that fit", 0.8)
