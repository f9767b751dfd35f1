"""Which cue a word of the predicate chain carries, and which word carries it.

A cue is looked up most specific first (`cue_candidates`): verb + particle +
preposition ("lash out at"), verb + object noun + preposition ("cut ties with"), verb +
preposition ("call on"), the verb alone. Besides the verb itself, constructions, each
with an example:
- copula: its predicative adjective ("is opposed to") or an evaluative label ("was
  incompetent", "is a thug", kind `label`);
- role nouns: "emerged as one of Trump's supporters", "Donohoe, a Peta supporter";
- naming verbs: "branded him unfit", "sees the U.S. as a partner";
- stance-noun objects: "stepped up criticism of X", "sent a message of support to X";
- a modal in reported content: "said that Libya must hand over ..." (a demand).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.stance.chain import CHAIN_DEPS, COPULA_LEMMAS
from kg.extract.stance.lexicon import Cue, CueKind, cue_prefixes, find_cue
from kg.extract.stance.target_arguments import prep_object, target_arguments
from kg.extract.tables import children_of

# Verbs whose object noun is a stance aimed at their subject, not held by it:
# "faced criticism from X"; they are not typed by their object.
RECEIVING_VERBS = frozenset(
    {"face", "receive", "draw", "attract", "get", "earn", "win", "gain", "garner", "secure"}
    | {"suffer", "endure", "enjoy"}
)
# Verbs whose stance-noun object is the subject's own ("has contempt for X") unless
# the noun names its holder ("has the backing of X").
HOLDING_VERBS = frozenset({"have", "enjoy"})
# Verbs that name their object with a label, and where the label hangs.
NAMING_VERBS = frozenset(
    {"call", "brand", "label", "describe", "dub", "deem", "denounce"}
    # Verbs of regarding: "sees the U.S. as a partner", "regards him as a threat".
    | {"see", "view", "regard", "consider", "portray", "characterize", "characterise", "cast"}
)
NAMING_DEPS = frozenset({"oprd", "xcomp", "attr", "ccomp", "dobj"})
# An adjective "as" names, hung from it: "described Trump as [dangerous]".
AS_ADJECTIVE_DEPS = frozenset({"amod", "acomp"})
# Heads that only point to the noun that matters: "one of the critics of X".
POINTER_NOUNS = frozenset({"one", "some", "many", "most", "among"})
# Nouns that only express the stance noun they hang "of": "a show of [support] for X",
# "a message of [solidarity] with X".
EXPRESSION_NOUNS = frozenset(
    {"show", "sign", "expression", "message", "gesture", "display", "declaration", "vote", "act"}
)
# Verbs that state what their subject is, through "as": "emerged as one of X's critics".
AS_VERBS = frozenset({"emerge", "serve", "act", "stand", "remain", "appear"})
# Modifiers of a role noun that name whom the role is about: "[Trump's] supporters",
# "a [Peta] supporter".
ROLE_TARGET_DEPS = frozenset({"poss", "compound"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Prepositions that list the members of a group: "critics, [including] Pelosi" (and
# "such as").
MEMBER_PREPS = frozenset({"including", "like"})
# Every preposition `role_members` may read as a listing ("such [as]").
LISTING_PREPS = MEMBER_PREPS | {"as"}
# A stance noun received "under" it, and the prepositions that name its source when the
# parser hangs them from the verb: "came under [fire] [from] X".
UNDER_PREPS = frozenset({"under"})
UNDER_SOURCE_PREPS = frozenset({"from", "by"})
# Nouns that make whoever is one the receiver of the stance they hang "of": "X was the
# [target] of criticism from Y", "X, a frequent [target] of Y's attacks"; the stance
# noun reads with the preposition of its target ("attacks [on] X").
TARGET_NOUNS = frozenset({"target", "subject", "object", "focus", "victim"})
IMPLIED_TARGET_PREPS = ("on", "against", "of")


def cue_candidates(word: Token) -> list[str]:
    """Lemma strings to look up for one word, most specific first.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McCain called on Trump to act.")
        >>> cue_candidates(doc[1])
        ['call on', 'call to', 'call', 'called on', 'called to', 'called']
    """
    particles: list[str] = []
    preps: list[str] = []
    nouns: list[str] = []
    controls = False
    # One walk over the children (spaCy makes each child anew on every walk).
    for child in children_of(word):
        dep = child.dep_
        if dep == "prt":
            particles.append(child.lemma_.lower())
        elif dep == "prep":
            if prep_object(child):
                preps.append(child.lemma_.lower())
        elif dep == "dobj" and child.pos_ == "NOUN":
            nouns.append(child.lemma_.lower())
        if dep in CHAIN_DEPS:
            controls = True
    # "willing [to send]": a controlled infinitive acts as the preposition "to".
    if controls and "to" not in preps:
        preps.append("to")
    # "shared [intelligence] with X": the parser may hang the verb's preposition from its
    # object; it counts after the verb's own.
    object_preps = [
        c.lemma_.lower()
        for noun in children_of(word)
        if noun.dep_ == "dobj"
        for c in children_of(noun)
        if c.dep_ == "prep" and prep_object(c) and c.lemma_.lower() not in preps
    ]
    found: list[str] = []
    # The lemma, and the form itself for adjectives the tagger lemmatises as verbs.
    for lemma in dict.fromkeys([word.lemma_.lower(), word.lower_]):
        found += [f"{lemma} {p} {q}" for p in particles for q in preps]
        found += [f"{lemma} {n} {q}" for n in nouns for q in preps]
        found += [f"{lemma} {p}" for p in particles]
        found += [f"{lemma} {n}" for n in nouns]
        found += [f"{lemma} {q}" for q in preps]
        found += [f"{lemma} {q}" for q in object_preps]
        found.append(lemma)
    return found


def noun_cue_candidates(noun: Token) -> list[str]:
    """A stance noun's cue candidates (`cue_candidates`), and with the preposition the
    parser hangs from the verb instead of the noun: "took a [swipe] at X" reads as the
    noun cue "swipe at" (the object of a verb), "came under [fire] from X" as "fire
    from" (under "under", its source); "the target of [attacks]" with the preposition
    of its target ("attack on").

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Google came under fire from Smith.")
        >>> noun_cue_candidates(doc[3])
        ['fire', 'fire from']
    """
    found = cue_candidates(noun)
    head = noun.head
    lemma = noun.lemma_.lower()
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TARGET_NOUNS:
        return list(dict.fromkeys(found + [f"{lemma} {prep}" for prep in IMPLIED_TARGET_PREPS]))
    if noun.dep_ == "dobj" and head.i != noun.i:
        verb, allowed = head, None
    elif noun.dep_ == "pobj" and head.lower_ in UNDER_PREPS and head.head.i != head.i:
        verb, allowed = head.head, UNDER_SOURCE_PREPS
    else:
        return found
    found += [
        f"{lemma} {prep.lower_}"
        for prep in children_of(verb)
        if prep.dep_ == "prep"
        and (allowed is None or prep.lower_ in allowed)
        and prep_object(prep) is not None
    ]
    return list(dict.fromkeys(found))


def word_cue(kind: CueKind, word: Token) -> Cue | None:
    """`find_cue(kind, cue_candidates(word))`, without building the candidates of a word
    that begins no cue of the kind: every candidate is the word's lemma or form, alone or
    followed by a space (`cue_candidates`).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McCain called on Trump to act.")
        >>> word_cue("verb", doc[1]).text, word_cue("verb", doc[0])
        ('call on', None)
    """
    prefixes = cue_prefixes(kind)
    if word.lemma_.lower() not in prefixes and word.lower_ not in prefixes:
        return None
    return find_cue(kind, cue_candidates(word))


def stance_noun_cue(noun: Token) -> Cue | None:
    """`find_cue("noun", noun_cue_candidates(noun))`, without building the candidates of
    a noun that begins no noun cue: each candidate is its lemma or form, alone or followed
    by a space (`cue_candidates`, and the lemma with a preposition)."""
    prefixes = cue_prefixes("noun")
    if noun.lemma_.lower() not in prefixes and noun.lower_ not in prefixes:
        return None
    return find_cue("noun", noun_cue_candidates(noun))


def cue_of(word: Token) -> tuple[Cue | None, Token]:
    """The cue a chain word carries, and the word that carries it."""
    pointer = word.dep_ == "appos" and word.lower_ in POINTER_NOUNS
    if word.pos_ in NOUN_POS or pointer:
        # An apposition that names a role: "Donohoe, a [Peta supporter], ..."; and a
        # role whose members are named:
        # "Trump's [critics], including Pelosi, ..." (`kg.extract.stance.nominal`).
        if word.dep_ == "appos" or role_members(word):
            role_noun = _pointed(word)
            role = _role_cue(role_noun)
            if role is not None:
                return role, role_noun
        return stance_noun_cue(word), word
    copula = word.lemma_.lower() in COPULA_LEMMAS or word.pos_ == "AUX"
    # "’m" is tagged VERB with lemma "’m": a predicative child shows the copula too.
    if copula or any(c.dep_ in {"acomp", "attr"} for c in children_of(word)):
        for child in children_of(word):
            if child.dep_ == "acomp":
                adjective = word_cue("adj", child)
                if adjective is not None:
                    return adjective, child
                # An evaluative adjective said of the subject: "Aumann was incompetent".
                for item in (child, *(c for c in children_of(child) if c.dep_ == "conj")):
                    label = find_cue("label", [item.lemma_.lower(), item.lower_])
                    if label is not None:
                        return label, item
            if child.dep_ == "attr" and child.pos_ in NOUN_POS | {"NUM", "PRON"}:
                found = _predicate_noun_cue(child)
                if found is not None:
                    return found
        return None, word
    # "emerged as one of Trump's staunchest supporters": "as" names what the subject is.
    if word.lemma_.lower() in AS_VERBS:
        for child in children_of(word):
            if child.dep_ == "prep" and child.lower_ == "as" and (named := prep_object(child)):
                found = _predicate_noun_cue(named)
                if found is not None:
                    return found

    # Naming an object with a label: "branded him unfit", "called Putin a thug".
    if word.lemma_.lower() in NAMING_VERBS:
        for child in children_of(word):
            named = (
                _as_complement(child) if child.dep_ == "prep" and child.lower_ == "as" else child
            )
            if named is not None and named.dep_ in NAMING_DEPS | AS_ADJECTIVE_DEPS | {"pobj"}:
                # A role names the relation to the object: "sees X as a partner" is
                # "partner of X" (COOPERATE); else an evaluative label ("a thug").
                role = find_cue("role", [f"{named.lemma_.lower()} of"])
                label = role or find_cue("label", [named.lemma_.lower(), named.lower_])
                if label is not None:
                    return label, named
    cue = word_cue("verb", word)
    reporting = cue is not None and cue.stance is not None and cue.stance.name == "STATEMENT"
    # A receiving verb holds no stance of its own towards what it receives: "received
    # [support] from X" is X's (kg.extract.stance.nominal), not a consultation.
    if word.lemma_.lower() in RECEIVING_VERBS:
        return None, word
    if cue is not None and not reporting:
        return cue, word
    # A stance noun as the object: "stepped up [criticism of] X", "made accusations",
    # "sent a message of [support] to X".
    for child in children_of(word):
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            noun = _pointed(child)
            # "has [the backing of X]", "has [X's support]": X's stance, received.
            if word.lemma_.lower() in HOLDING_VERBS and _has_source(noun):
                continue
            noun_cue = stance_noun_cue(noun)
            if noun_cue is not None:
                return noun_cue, noun
    return cue, word


def role_members(noun: Token) -> list[Token]:
    """The members a plural noun names: "critics, [including] Pelosi", "supporters,
    [such as] Pelosi".

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump's critics, including Pelosi, met.")
        >>> [t.text for t in role_members(doc[2])]
        ['Pelosi']
    """
    members = []
    for prep in children_of(noun):
        if prep.dep_ != "prep":
            continue
        listing = prep.lower_ in MEMBER_PREPS or (
            prep.lower_ == "as" and any(c.lower_ == "such" for c in children_of(prep))
        )
        if listing and (member := prep_object(prep)) is not None:
            members.append(member)
    return members


def _as_complement(preposition: Token) -> Token | None:
    """What "as" names: its object ("as [a liar]"), or the adjective the parser hangs
    from it ("described Trump as [dangerous]")."""
    found = prep_object(preposition)
    if found is not None:
        return found
    return next((c for c in children_of(preposition) if c.dep_ in AS_ADJECTIVE_DEPS), None)


def _has_source(noun: Token) -> bool:
    """Whether a stance noun names whose it is: "X's support", "the backing of/from X"."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "from"})
        for c in children_of(noun)
    )


def _role_cue(noun: Token) -> Cue | None:
    """A role noun's cue; a possessive or named modifier stands for its "of" object:
    "Trump's supporters", "a Peta supporter" read as "supporter of"."""
    candidates = cue_candidates(noun)
    if any(c.dep_ in ROLE_TARGET_DEPS for c in children_of(noun)):
        candidates.append(f"{noun.lemma_.lower()} of")
    return find_cue("role", candidates)


def _predicate_noun_cue(noun: Token) -> tuple[Cue, Token] | None:
    """The cue of a noun said of a subject: a role ("a critic of X"), an evaluative
    label ("a thug"), or a stance noun aimed at a target ("a show of support for X")."""
    noun = _pointed(noun)
    role = _role_cue(noun)
    if role is not None:
        return role, noun
    for item in (noun, *(c for c in children_of(noun) if c.dep_ == "conj")):
        label = find_cue("label", [item.lemma_.lower()])
        if label is not None:
            return label, item
    if any(True for _ in target_arguments(noun)):
        stance_noun = word_cue("noun", noun)
        if stance_noun is not None:
            return stance_noun, noun
    return None


def is_naming(label: Token) -> bool:
    """Whether a label word is the predicate of a naming verb ("branded [unfit]")."""
    # "branded him [unfit]"; through "as": "described him as [a liar]", "as [dangerous]".
    through_as = label.dep_ == "pobj" or (
        label.dep_ in AS_ADJECTIVE_DEPS and label.head.lower_ == "as"
    )
    head = label.head.head if through_as else label.head
    return head.lemma_.lower() in NAMING_VERBS and head.i != label.i


def _pointed(noun: Token) -> Token:
    """ "one of the most vocal critics of X" -> "critics"; "a show of support" ->
    "support"."""
    if noun.lemma_.lower() in POINTER_NOUNS | EXPRESSION_NOUNS:
        for child in children_of(noun):
            if child.dep_ == "prep" and child.lower_ == "of" and (pobj := prep_object(child)):
                return pobj
    return noun


def modal_demand(verb: Token) -> tuple[Cue, Token, Token] | None:
    """ "reiterated that [Libya must hand over ...]": the modal cue, its verb, its subject."""
    for clause in children_of(verb):
        if clause.dep_ != "ccomp":
            continue
        # Only an active subject is asked to act ("Libya must hand over"); a passive one
        # is an issue ("the sanctions must only be lifted if ...").
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        for aux in children_of(clause):
            if aux.dep_ == "aux" and subject is not None:
                cue = find_cue("modal", [aux.lower_])
                if cue is not None:
                    return cue, clause, subject
    return None
