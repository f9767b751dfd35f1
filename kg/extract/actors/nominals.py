"""Role nominals: "the president", "the Kentucky Republican" -> the person holding the role.

They name one person by a role seen with their name in the document:
"the president" -> Donald Trump ("President Donald Trump"), "the Kentucky Republican" ->
Mitch McConnell ("Mitch McConnell, a Kentucky Republican"). Modifiers must fit: "the
U.S. president" cannot be the "Russian President"; "the press secretary" needs a
role with "press". When several people hold the role, the one mentioned far more often
wins; otherwise the nominal is ambiguous, dropped and counted. A past qualifier points
to a past holder ("the former president" is someone named "former President ..."), and
none to a current one; coordinated qualifiers name one holder each ("both the former
and current president" -> the former and the current president, or nothing unless both
are known). When nobody holds the role, a definite nominal right after a person's name
re-describes that person, as news varies a name ("Laura Ingraham's show after the Fox
News host bashed ..."): see `person_named_just_before`.

Set nominals ("the two leaders") are in `kg.extract.actors.set_nominals`, organization
nominals ("the company") in `kg.extract.actors.organization_nominals`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.actors.groups import is_plural
from kg.extract.actors.lexicon import title_at
from kg.extract.actors.names import fold
from kg.extract.actors.roles import TITLE_PREFIXES
from kg.extract.tables import children_of

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
# Among several holders of a role, the most mentioned wins with this margin.
SALIENCE_MARGIN = 2.0
# Pronouns that, between a name and a nominal, bring another person into view.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
# How many sentences back a name may be re-described by a nominal.
REDESCRIPTION_WINDOW = 1
# "[the] senator", "[Clinton's] spokesman": what decides whether a role is definite.
DETERMINER_DEPS = frozenset({"det", "poss"})
# "Netanyahu and [the leader] of Hamas", "Kavanaugh, [the judge]": a nominal joined to a
# name is another person, or handled as an apposition.
JOINED_DEPS = frozenset({"conj", "appos"})


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
class PersonName:
    """A person's name in the text, for nominals that re-describe it.

    Attributes:
        start: First token of the name.
        end: Token after the name.
        sentence: Index of its sentence.
        entity_id: The person.
        affiliations: Entities the person is tied to (France for "French President").
    """

    start: int
    end: int
    sentence: int
    entity_id: str
    affiliations: frozenset[str] = frozenset()


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
    determiners = {fold(c.text) for c in children_of(token) if c.dep_ in {"det", "predet"}}
    if determiners & INDEFINITE:
        return None
    possessed = any(c.dep_ == "poss" for c in children_of(token))
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
    redescribed: str | None = None,
) -> NominalResolution:
    """Which person a role nominal names (see the module docstring).

    `redescribed` is the person the nominal follows (`person_named_just_before`): it is
    the answer only when nobody holds the role.
    """
    modifiers = [c for c in children_of(token) if c.dep_ in MODIFIER_DEPS and c.i < token.i]
    qualifiers = coordinated_qualifiers(token)
    if len(qualifiers) > 1:
        return _resolve_each(qualifiers, word, holders, modifiers, entity_at)
    past = bool({fold(m.text) for m in modifiers} & PAST_QUALIFIERS)
    outcome = _resolve_one(word, past, holders, modifiers, entity_at)
    if outcome.entity_ids or outcome.reason.startswith("ambiguous") or redescribed is None:
        return outcome
    return NominalResolution((redescribed,), "re-describes the person named just before", 0.5)


def person_named_just_before(
    token: Token,
    sentence: int,
    names: Sequence[PersonName],
    excluded: set[str],
    entity_at: Callable[[int], str | None],
) -> str | None:
    """The person a definite role nominal re-describes, else None.

    News varies a name with a description: "Ted Cruz's speech, in which the Texas senator
    declined" -> Ted Cruz. The nominal ("the" + role, no possessor: "Clinton's spokesman"
    is someone else) follows the last person named, in its sentence or the one before,
    with no he/she between (another person in view); the person is not `excluded` (the
    other arguments of its verb: "Baldwin mocked the anchor") and not tied to another
    entity a modifier names ("the Russian president" is no American).

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Cruz", "PROPN", "nsubj", 1, "Cruz"),
        ...                 ("spoke", "VERB", "ROOT", 1, "speak"),
        ...                 ("and", "CCONJ", "cc", 1, "and"),
        ...                 ("the", "DET", "det", 4, "the"),
        ...                 ("senator", "NOUN", "nsubj", 5, "senator"),
        ...                 ("left", "VERB", "conj", 1, "leave")])
        >>> cruz = PersonName(0, 1, 0, "person/cruz")
        >>> person_named_just_before(doc[4], 0, [cruz], set(), lambda i: None)
        'person/cruz'
        >>> person_named_just_before(doc[4], 0, [cruz], {"person/cruz"}, lambda i: None)
    """
    determiners = [fold(c.text) for c in children_of(token) if c.dep_ in DETERMINER_DEPS]
    if determiners != ["the"] or token.dep_ in JOINED_DEPS or is_plural(token):
        return None
    before = [
        n for n in names if n.end <= token.i and 0 <= sentence - n.sentence <= REDESCRIPTION_WINDOW
    ]
    if not before:
        return None
    last = max(before, key=lambda n: n.end)
    if last.entity_id in excluded:
        return None
    if any(fold(t.text) in PERSON_PRONOUNS for t in token.doc[last.end : token.i]):
        return None
    for modifier in children_of(token):
        entity = entity_at(modifier.i) if modifier.dep_ in MODIFIER_DEPS else None
        if entity is not None and last.affiliations and entity not in last.affiliations:
            return None
    return last.entity_id


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
