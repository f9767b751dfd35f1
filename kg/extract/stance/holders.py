"""Who holds a stance: an entity, the speaker of a first-person quote, or a nominal actor.

The actor resolver (`kg.extract.actors`) finds named entities and pronouns. Stances are
also held by groups that news names by a noun phrase ("Egyptian police", "Leaders of
the opposition coalition", "the two leaders"); this module turns such a phrase into a
`group` reference so the stance is not lost. Its label is the phrase without
determiners; its id is deterministic (`group/egyptian-police`).

Proper names no actor stands for are `kg.extract.stance.unrecognised_names`; the
author a text speaks for ("Obama's statement") is `kg.extract.stance.authors`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.actors.groups import actor_noun_type, anchor_phrase, is_anchored
from kg.extract.actors.lexicon import canonical_group_label
from kg.extract.stance.unrecognised_names import unrecognised_name
from kg.extract.tables import children_of
from kg.ids import entity_id, normalize_text
from kg.model import EntityRef

# Pronouns a quoted speaker uses for themself (or their side): "I'm opposed", "we ought".
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})


def is_pronoun_form(token: Token, pronouns: frozenset[str]) -> bool:
    """Whether a token is one of these pronouns, not a name spelled like one ("the US").

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("tell us about the US")
        >>> is_pronoun_form(doc[1], FIRST_PERSON), is_pronoun_form(doc[4], FIRST_PERSON)
        (True, False)
    """
    if token.lower_ not in pronouns or token.pos_ == "PROPN":
        return False
    return not (len(token.text) > 1 and token.text.isupper())


GROUP_TYPES = frozenset({"group"})
# Nouns that name people or bodies able to act or take a stance.
ACTOR_NOUNS = frozenset(
    [
        "official",
        "leader",
        "government",
        "administration",
        "authority",
        "police",
        "troop",
        "soldier",
        "army",
        "military",
        "force",
        "rebel",
        "guerrilla",
        "militant",
        "militiaman",
        "militia",
        "insurgent",
        "fighter",
        "protester",
        "protestor",
        "demonstrator",
        "student",
        "worker",
        "farmer",
        "settler",
        "refugee",
        "activist",
        "lawmaker",
        "legislator",
        "senator",
        "parliament",
        "congress",
        "court",
        "judge",
        "prosecutor",
        "ministry",
        "minister",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "commander",
        "committee",
        "council",
        "delegation",
        "negotiator",
        "mediator",
        "diplomat",
        "envoy",
        "ambassador",
        "embassy",
        "party",
        "opposition",
        "coalition",
        "movement",
        "union",
        "wing",
        "faction",
        "regime",
        "cabinet",
        "agency",
        "officer",
        "agent",
        "critic",
        "supporter",
        "opponent",
        "resident",
        "citizen",
        "voter",
        "people",
        "crowd",
        "mob",
        "youth",
        "villager",
        "businessman",
        "missionary",
        "organization",
        "organisation",
        "company",
        "firm",
        "newspaper",
        "jurist",
        "association",
        "board",
        "commission",
        "panel",
        "tribunal",
        "navy",
        "guard",
        "side",
        "team",
        "campaign",
        "nominee",
        "candidate",
        "governor",
        "mayor",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "cleric",
        "bishop",
        "secretary",
        "adviser",
        "advisor",
        "aide",
        "staff",
        "country",
        "nation",
        "state",
        "ally",
        "partner",
        "administrator",
        "helicopter",
        "tank",
        "warplane",
        "jet",
        "warship",
        "gunman",
        "bomber",
        "hacker",
        "terrorist",
        "extremist",
        "fundamentalist",
        "separatist",
        "nationalist",
        "islamist",
        "group",
        "member",
        "democrat",
        "republican",
        "conservative",
        "liberal",
        "investigator",
        "inspector",
        "monitor",
        "observer",
        "director",
        "chairman",
        "chairwoman",
        "executive",
        "lawyer",
        "attorney",
        "general",
        "colonel",
        "captain",
        "deputy",
        "campaigner",
        "owner",
        "alliance",
        "rabbi",
        "imam",
        "priest",
        "pastor",
        "pope",
        "archbishop",
        "columnist",
        "commentator",
        "analyst",
        "economist",
        "expert",
        "scholar",
        "researcher",
        "editor",
        "reporter",
        "journalist",
        "host",
        "founder",
        "ceo",
        "head",
        "boss",
        "coach",
        "manager",
        # People and bodies that hold stances in politics and society news.
        "strategist",
        "consultant",
        "operative",
        "loyalist",
        "hardliner",
        "socialite",
        "celebrity",
        "family",
        "clan",
        "dynasty",
        "monarchy",
        "establishment",
        "elite",
        "entourage",
        "camp",
        "lobby",
        # A party's seats in a chamber ("the Republican majority"); "the majority of
        # voters" still defers to its "of" object (QUANTITY_NOUNS).
        "majority",
        "minority",
    ]
)
# Heads that only count something; the actor is their "of" object.
QUANTITY_NOUNS = frozenset(
    {"ten", "tens", "hundred", "thousand", "dozen", "million", "number", "handful", "majority"}
)
# Left modifiers kept in a nominal actor's label.
LABEL_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "case"})
LEADING_WORDS = frozenset({"the", "a", "an", "some", "many", "several", "both", "all"})


def resolve_holder(
    token: Token, actors: ActorIndex, speaker: EntityRef | None = None
) -> EntityRef | None:
    """The actor a subject (or object) token stands for, if any.

    Order: a first-person pronoun is the quote's or report's speaker; a resolved
    entity; an entity in apposition ("Kremlin's spokesman Dmitry Peskov"); a nominal
    actor ("Egyptian police").

    Example:
        >>> from kg.extract.actors import resolve_actors
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Egyptian police arrested twelve people.")
        >>> resolve_holder(doc[1], resolve_actors(doc)).label
        'Egyptian police'
    """
    if is_pronoun_form(token, FIRST_PERSON):
        return speaker
    ref = actors.resolve_head(token.i)
    if ref is not None:
        return ref
    # "The owners said that they supported ...": a plural pronoun in reported speech is
    # the speaking group itself.
    if (
        is_pronoun_form(token, GROUP_PRONOUNS)
        and speaker is not None
        and speaker.type in GROUP_TYPES
    ):
        return speaker
    for child in children_of(token):
        if child.dep_ == "appos" and (inner := actors.resolve_head(child.i)) is not None:
            return inner
    return nominal_actor(token, actors)


def nominal_actor(token: Token, actors: ActorIndex) -> EntityRef | None:
    """A group reference for a noun phrase that names an acting group, if it does one.

    The head must be an actor noun ("officials", "police", "helicopters") anchored by a
    name ("Egyptian police", "Trump's critics", "leaders of Hamas", "rebels in the Ivory
    Coast"; not a bare "critics"); a quantity head ("thousands of students") defers to its "of"
    object; "members of X" is X when X is an entity.
    """
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    unnamed = unrecognised_name(token, actors)
    if unnamed is not None:
        return unnamed
    of_object = _of_object(token)
    if of_object is not None and (
        token.lemma_.lower() in QUANTITY_NOUNS or token.lemma_.lower() == "member"
    ):
        return actors.resolve_head(of_object.i) or nominal_actor(of_object, actors)
    # The group policy of kg.extract.actors.groups: a noun naming people, an institution
    # or their weapons, and anchored by a name; a bare "critics" or "lawmakers" would merge
    # unrelated people across documents, and "the Minsk agreement" names no actor.
    if token.lemma_.lower() not in ACTOR_NOUNS and actor_noun_type(token) is None:
        return None
    if not is_anchored(token, actors.is_named):
        return None
    indices = [token.i]
    for child in children_of(token):
        if child.i < token.i and child.dep_ in LABEL_MODIFIER_DEPS:
            indices.extend(t.i for t in child.subtree)
    # "Rebels [in the Ivory Coast]", "leaders [of Hamas]": the anchoring phrase is named.
    indices.extend(anchor_phrase(token, actors.is_named) or ())
    words = [token.doc[i] for i in sorted(set(indices))]
    while words and words[0].lower_ in LEADING_WORDS:
        words.pop(0)
    label = canonical_group_label(
        normalize_text("".join(w.text_with_ws for w in words).strip(" ,"))
    )
    if not label:
        return None
    return EntityRef(entity_id("group", label), label, "group")


def _of_object(token: Token) -> Token | None:
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    return None
