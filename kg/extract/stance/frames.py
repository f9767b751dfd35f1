"""Stance typing of one predicate: which cue, which stance, and where its target is.

A clause's predicate is read along its control chain, main verb first ("vowed" ->
"uphold", "called" -> "reject"). Verbs of intent, attempt, considering or failing are
transparent ("seek to add sanctions" is typed by "add sanctions"); the first other verb
decides. Its cue is looked up most specific first: verb + particle + preposition
("lash out at"), verb + object noun + preposition ("cut ties with"), verb +
preposition ("call on"), the verb alone. A copula is typed by its predicative adjective
("is opposed to") or its evaluative noun ("is a thug", kind `label`); a noun predicate
(nominal events, `kg.extract.stance.nominal`) by the noun and its preposition.

The target is an argument of the cue word or of the chain after it, actors first:
"criticise X for Y", "warn X of Y", "call on X to Y", "agree with X on Y" all give X.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.stance.lexicon import Cue, CueKind, find_cue, intensifier_weight
from kg.extract.stance.modality import HEDGE_VERBS, INTENT_VERBS
from kg.extract.stance.negation import FAILING_VERBS

# Adjectives that pass the stance on to the verb they control: "more likely to blame X",
# "sure to accuse X".
TRANSPARENT_ADJECTIVES = frozenset(
    {"likely", "able", "eager", "keen", "quick", "poised", "set", "expected", "sure", "certain"}
)
# Verbs that pass the stance on to the verb they control: "seek to add sanctions".
TRANSPARENT_VERBS = (
    (INTENT_VERBS - {"vow", "pledge", "promise", "threaten", "offer", "commit", "swear"})
    | HEDGE_VERBS
    | FAILING_VERBS
    | {"continue", "begin", "start", "decide", "expect", "wish", "move", "keep", "go", "use"}
    # Adjectives that control a verb the same way: "more likely to blame X".
    | TRANSPARENT_ADJECTIVES
)
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
# Heads that only point to the noun that matters: "one of the critics of X".
POINTER_NOUNS = frozenset({"one", "some", "many", "most", "among"})
# Nouns that only express the stance noun they hang "of": "a show of [support] for X",
# "a message of [solidarity] with X".
EXPRESSION_NOUNS = frozenset(
    {"show", "sign", "expression", "message", "gesture", "display", "declaration", "vote", "act"}
)
# Verbs that state what their subject is, through "as": "emerged as one of X's critics".
AS_VERBS = frozenset({"emerge", "serve", "act", "stand", "remain", "appear"})
COPULA_LEMMAS = frozenset({"be", "remain", "become", "seem", "appear", "sound", "stay"})
# A control chain: "vowed [to uphold]", "called on Trump [to reject]".
CHAIN_DEPS = frozenset({"xcomp"})
# A verbal object continues the chain: "would consider [easing] penalties".
VERBAL_OBJECT_DEPS = frozenset({"dobj", "pcomp"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
# Modifiers of a role noun that name whom the role is about: "[Trump's] supporters",
# "a [Peta] supporter".
ROLE_TARGET_DEPS = frozenset({"poss", "compound"})
# Prepositions whose object can be the target; others (in, during, after, according
# to, ...) give time, place or source.
TARGET_PREPS = frozenset(
    {
        "on",
        "with",
        "to",
        "against",
        "for",
        "of",
        "from",
        "over",
        "about",
        "toward",
        "towards",
        "into",
        "at",
        "upon",
        "behind",
        "by",
    }
)
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Encounter nouns whose "with" object is the counterpart of what is agreed or said there:
# "[In the call with Merkel], Trump agreed on ...".
ENCOUNTER_NOUNS = frozenset(
    {"call", "meeting", "talk", "conversation", "summit", "visit", "negotiation", "phone"}
)
ENCOUNTER_PREPS = frozenset({"in", "during", "at"})


@dataclass(frozen=True, slots=True)
class StanceReading:
    """How one predicate is typed.

    Attributes:
        chain: Doc indices of the predicate chain, main verb first.
        cue: The lexicon entry that typed it, or None.
        cue_token: Doc index of the word that carries the cue.
        intensity: The stance's intensity times any intensifier ("strongly"); 0 without
            a cue.
        targets: Doc indices of argument heads that may be the target, best first.
        issue: Doc index of a clause that states what an appeal asks for ("call on X
            [to reject ...]"), or None.
        counterparts: Doc indices of the other side of the encounter the clause happens
            in ("[In the call with Merkel], Trump agreed on X"); only for clauses
            without a direct object.
    """

    chain: tuple[int, ...]
    cue: Cue | None
    cue_token: int | None
    intensity: float
    targets: tuple[int, ...]
    issue: int | None = None
    counterparts: tuple[int, ...] = ()

    @property
    def kind(self) -> CueKind | None:
        return self.cue.kind if self.cue else None


def predicate_chain(predicate: Token) -> list[Token]:
    """The main verb and the verbs it controls down to `predicate` (and its verbal object).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump has said he would consider easing penalties.")
        >>> [t.text for t in predicate_chain(doc[6])]
        ['consider', 'easing']
    """
    chain = [predicate]
    while chain[0].dep_ in CHAIN_DEPS and chain[0].head.i != chain[0].i:
        chain.insert(0, chain[0].head)
    # "have been more likely [to blame] X": a copula's controlling adjective goes on.
    if chain[0].dep_ == "acomp" and chain[0].lower_ in TRANSPARENT_ADJECTIVES:
        chain.insert(0, chain[0].head)
    adjective = _transparent_complement(chain[-1])
    if adjective is not None:
        verb = next(c for c in adjective.children if c.dep_ in CHAIN_DEPS)
        chain += [adjective, verb]
    while True:
        verbal = next(
            (
                c
                for c in chain[-1].children
                if (c.dep_ in VERBAL_OBJECT_DEPS or c.dep_ in CHAIN_DEPS) and c.pos_ == "VERB"
            ),
            None,
        )
        if verbal is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verbal.children):
            return chain
        chain.append(verbal)


def _transparent_complement(word: Token) -> Token | None:
    """A copula's adjective that controls a verb: "is [likely] to blame X"."""
    if word.lemma_.lower() not in COPULA_LEMMAS and word.pos_ != "AUX":
        return None
    for child in word.children:
        controls = any(c.dep_ in CHAIN_DEPS and c.pos_ == "VERB" for c in child.children)
        if child.dep_ == "acomp" and child.lower_ in TRANSPARENT_ADJECTIVES and controls:
            return child
    return None


def is_transparent(word: Token) -> bool:
    """Whether a chain word passes the stance on to the verb it controls ("seek to",
    "is likely to").

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Democrats are likely to blame Republicans.")
        >>> is_transparent(doc[1]), is_transparent(doc[4])
        (True, False)
    """
    lemma = word.lemma_.lower()
    return lemma in TRANSPARENT_VERBS or _transparent_complement(word) is not None


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def cue_candidates(word: Token) -> list[str]:
    """Lemma strings to look up for one word, most specific first.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McCain called on Trump to act.")
        >>> cue_candidates(doc[1])
        ['call on', 'call to', 'call', 'called on', 'called to', 'called']
    """
    particles = [c.lemma_.lower() for c in word.children if c.dep_ == "prt"]
    preps = [c.lemma_.lower() for c in word.children if c.dep_ == "prep" and _pobj(c)]
    nouns = [c.lemma_.lower() for c in word.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    # "willing [to send]": a controlled infinitive acts as the preposition "to".
    if any(c.dep_ in CHAIN_DEPS for c in word.children) and "to" not in preps:
        preps.append("to")
    found: list[str] = []
    # The lemma, and the form itself for adjectives the tagger lemmatises as verbs.
    for lemma in dict.fromkeys([word.lemma_.lower(), word.lower_]):
        found += [f"{lemma} {p} {q}" for p in particles for q in preps]
        found += [f"{lemma} {n} {q}" for n in nouns for q in preps]
        found += [f"{lemma} {p}" for p in particles]
        found += [f"{lemma} {n}" for n in nouns]
        found += [f"{lemma} {q}" for q in preps]
        found.append(lemma)
    return found


def _cue_of(word: Token) -> tuple[Cue | None, Token]:
    """The cue a chain word carries, and the word that carries it."""
    if word.pos_ in NOUN_POS:
        # An apposition that names a role: "Donohoe, a [Peta supporter], ...".
        role = _role_cue(word) if word.dep_ == "appos" else None
        if role is not None:
            return role, word
        return find_cue("noun", cue_candidates(word)), word
    copula = word.lemma_.lower() in COPULA_LEMMAS or word.pos_ == "AUX"
    # "’m" is tagged VERB with lemma "’m": a predicative child shows the copula too.
    if copula or any(c.dep_ in {"acomp", "attr"} for c in word.children):
        for child in word.children:
            if child.dep_ == "acomp":
                adjective = find_cue("adj", cue_candidates(child))
                if adjective is not None:
                    return adjective, child
                # An evaluative adjective said of the subject: "Aumann was incompetent".
                for item in (child, *(c for c in child.children if c.dep_ == "conj")):
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
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ == "as" and (named := _pobj(child)):
                found = _predicate_noun_cue(named)
                if found is not None:
                    return found

    # Naming an object with a label: "branded him unfit", "called Putin a thug".
    if word.lemma_.lower() in NAMING_VERBS:
        for child in word.children:
            named = _pobj(child) if child.dep_ == "prep" and child.lower_ == "as" else child
            if named is not None and named.dep_ in NAMING_DEPS | {"pobj"}:
                # A role names the relation to the object: "sees X as a partner" is
                # "partner of X" (COOPERATE); else an evaluative label ("a thug").
                role = find_cue("role", [f"{named.lemma_.lower()} of"])
                label = role or find_cue("label", [named.lemma_.lower(), named.lower_])
                if label is not None:
                    return label, named
    cue = find_cue("verb", cue_candidates(word))
    reporting = cue is not None and cue.stance is not None and cue.stance.name == "STATEMENT"
    # A receiving verb holds no stance of its own towards what it receives: "received
    # [support] from X" is X's (kg.extract.stance.nominal), not a consultation.
    if word.lemma_.lower() in RECEIVING_VERBS:
        return None, word
    if cue is not None and not reporting:
        return cue, word
    # A stance noun as the object: "stepped up [criticism of] X", "made accusations",
    # "sent a message of [support] to X".
    for child in word.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            noun = _pointed(child)
            # "has [the backing of X]", "has [X's support]": X's stance, received.
            if word.lemma_.lower() in HOLDING_VERBS and _has_source(noun):
                continue
            noun_cue = find_cue("noun", cue_candidates(noun))
            if noun_cue is not None:
                return noun_cue, noun
    return cue, word


def _has_source(noun: Token) -> bool:
    """Whether a stance noun names whose it is: "X's support", "the backing of/from X"."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "from"}) for c in noun.children
    )


def _role_cue(noun: Token) -> Cue | None:
    """A role noun's cue; a possessive or named modifier stands for its "of" object:
    "Trump's supporters", "a Peta supporter" read as "supporter of"."""
    candidates = cue_candidates(noun)
    if any(c.dep_ in ROLE_TARGET_DEPS for c in noun.children):
        candidates.append(f"{noun.lemma_.lower()} of")
    return find_cue("role", candidates)


def _predicate_noun_cue(noun: Token) -> tuple[Cue, Token] | None:
    """The cue of a noun said of a subject: a role ("a critic of X"), an evaluative
    label ("a thug"), or a stance noun aimed at a target ("a show of support for X")."""
    noun = _pointed(noun)
    role = _role_cue(noun)
    if role is not None:
        return role, noun
    for item in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        label = find_cue("label", [item.lemma_.lower()])
        if label is not None:
            return label, item
    if any(True for _ in _arguments(noun)):
        stance_noun = find_cue("noun", cue_candidates(noun))
        if stance_noun is not None:
            return stance_noun, noun
    return None


def is_naming(label: Token) -> bool:
    """Whether a label word is the predicate of a naming verb ("branded [unfit]")."""
    head = label.head.head if label.dep_ == "pobj" else label.head
    return head.lemma_.lower() in NAMING_VERBS and head.i != label.i


def _pointed(noun: Token) -> Token:
    """ "one of the most vocal critics of X" -> "critics"; "a show of support" ->
    "support"."""
    if noun.lemma_.lower() in POINTER_NOUNS | EXPRESSION_NOUNS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of" and (pobj := _pobj(child)):
                return pobj
    return noun


def _arguments(word: Token) -> Iterator[Token]:
    """Heads of the word's object and target-preposition arguments, in priority order."""
    yield from (c for c in word.children if c.dep_ in OBJECT_DEPS)
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS and (pobj := _pobj(child)):
            yield pobj


def verb_targets(word: Token) -> list[Token]:
    """A verb's own object and target-preposition arguments, best first.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("They attacked Republicans over taxes.")
        >>> [t.text for t in verb_targets(doc[1])]
        ['Republicans', 'taxes']
    """
    return list(_arguments(word))


def _objects(chain: list[Token]) -> Iterator[Token]:
    return (c for word in chain for c in word.children if c.dep_ in OBJECT_DEPS)


def _counterparts(word: Token) -> Iterator[Token]:
    """The other side of an encounter the clause happens in ("in the call [with X]")."""
    for child in word.children:
        if child.dep_ != "prep" or child.lower_ not in ENCOUNTER_PREPS:
            continue
        encounter = _pobj(child)
        if encounter is None or encounter.lemma_.lower() not in ENCOUNTER_NOUNS:
            continue
        for inner in encounter.children:
            if inner.dep_ == "prep" and inner.lower_ == "with" and (other := _pobj(inner)):
                yield other


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _controlled(word: Token) -> Iterator[Token]:
    """The verbs a word controls, down the chain: "willing [to send] material"."""
    current = word
    while (nxt := next((c for c in current.children if c.dep_ in CHAIN_DEPS), None)) is not None:
        yield nxt
        current = nxt


def _modal_demand(verb: Token) -> tuple[Cue, Token, Token] | None:
    """ "reiterated that [Libya must hand over ...]": the modal cue, its verb, its subject."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        # Only an active subject is asked to act ("Libya must hand over"); a passive one
        # is an issue ("the sanctions must only be lifted if ...").
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        for aux in clause.children:
            if aux.dep_ == "aux" and subject is not None:
                cue = find_cue("modal", [aux.lower_])
                if cue is not None:
                    return cue, clause, subject
    return None


def read_predicate(predicate: Token) -> StanceReading:
    """Type a predicate (see the module docstring).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McCain called on Trump to reject the plan.")
        >>> reading = read_predicate(doc[5])
        >>> reading.cue.text, [doc[i].text for i in reading.targets], doc[reading.issue].text
        ('call on', ['Trump', 'plan'], 'reject')
    """
    chain = predicate_chain(predicate)
    indices = tuple(t.i for t in chain)
    for position, word in enumerate(chain):
        cue, carrier = _cue_of(word)
        modal_subject = None
        # "X said that Y must do Z": a demand on Y (a modal in reported content).
        if cue is not None and cue.stance is not None and cue.stance.name == "STATEMENT":
            modal = _modal_demand(word)
            if modal is not None:
                cue, carrier, modal_subject = modal
        if cue is not None and cue.stance is not None:
            rest = chain[position + 1 :]
            if modal_subject is not None:
                targets = [modal_subject.i]
            else:
                targets = [
                    t.i for w in (carrier, *rest, *_controlled(carrier)) for t in _arguments(w)
                ]
            if carrier.i != word.i:
                targets += [t.i for t in _arguments(word)]
            # "one of [Trump]'s supporters": a role's possessor or named modifier.
            if cue.kind == "role":
                targets += [c.i for c in carrier.children if c.dep_ in ROLE_TARGET_DEPS]
            # A noun that is part of the cue is not its target: "set [fire] to X".
            cue_words = set(cue.text.split())
            targets = [
                i for i in targets if i == carrier.i or _lemma(carrier.doc[i]) not in cue_words
            ]
            # Only a clause without a direct object looks for its counterpart there:
            # "In the call with Merkel, Trump agreed on X" (but "vowed to uphold [X]").
            counterparts = (
                () if any(True for _ in _objects(chain)) else tuple(_counterparts(chain[0]))
            )
            issue = next((c.i for c in carrier.children if c.dep_ in CHAIN_DEPS), None)
            weight = max(
                (intensifier_weight(c.lower_) for w in (word, carrier) for c in w.children),
                default=1.0,
            )
            return StanceReading(
                chain=indices,
                cue=cue,
                cue_token=carrier.i,
                intensity=round(cue.stance.intensity * weight, 2),
                targets=tuple(dict.fromkeys(targets)),
                issue=issue,
                counterparts=tuple(t.i for t in counterparts),
            )
        if not is_transparent(word) or position == len(chain) - 1:
            break
    targets = [t.i for w in chain for t in _arguments(w)]
    return StanceReading(indices, None, None, 0.0, tuple(dict.fromkeys(targets)))
