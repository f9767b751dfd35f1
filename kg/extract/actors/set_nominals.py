"""Set nominals: "the two leaders", "both sides" -> the actors coordinated before them.

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
from kg.extract.actors.names import fold
from kg.extract.actors.nominals import DEFINITE, ROLE_MODIFIER_DEPS, NominalResolution
from kg.extract.tables import children_of

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
# "talks [with] Merkel": the preposition of an encounter between two actors.
ENCOUNTER_PREPOSITIONS = frozenset({"with"})
# How many sentences back a set may be, unless the nominal gives its count.
SET_WINDOW = 3


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
    for child in children_of(token):
        word = fold(child.text)
        if child.dep_ in {"nummod", "det", "predet", "quantmod"} and word in NUMBER_WORDS:
            count = NUMBER_WORDS[word]
        # "both sides" is definite by itself; "two leaders" needs "the".
        if child.dep_ in {"det", "predet"} and (word in DEFINITE or word == "both"):
            definite = True
    return count if definite else None


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
    other = next((c for c in children_of(preposition) if c.dep_ == "pobj"), None)
    node = preposition.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    subject = next((c for c in children_of(node) if c.dep_ in {"nsubj", "nsubjpass"}), None)
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
