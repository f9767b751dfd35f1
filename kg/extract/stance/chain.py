"""The predicate chain: a main verb and the verbs it controls, and which pass the stance on.

A clause's predicate is read along its control chain, main verb first ("vowed" ->
"uphold", "called" -> "reject"). Verbs of intent, attempt, considering or failing, and
adjectives like "likely", are transparent: "seek to add sanctions" is typed by "add
sanctions" (`kg.extract.stance.frames`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.stance.modality import HEDGE_VERBS, INTENT_VERBS
from kg.extract.stance.negation import FAILING_VERBS
from kg.extract.tables import children_of

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
COPULA_LEMMAS = frozenset({"be", "remain", "become", "seem", "appear", "sound", "stay"})
# A control chain: "vowed [to uphold]", "called on Trump [to reject]".
CHAIN_DEPS = frozenset({"xcomp"})
# Verbs that make their object do what they control, and assert it was done: "prompted
# Democrats [to accuse] Republicans" is the Democrats' act (not an appeal: "urged X to").
CAUSATIVE_VERBS = frozenset(
    {"prompt", "lead", "cause", "force", "compel", "drive", "spur", "provoke"}
)
CAUSED_ACTOR_DEPS = frozenset({"dobj"})
# A verbal object continues the chain: "would consider [easing] penalties".
VERBAL_OBJECT_DEPS = frozenset({"dobj", "pcomp"})


def predicate_chain(predicate: Token) -> list[Token]:
    """The main verb and the verbs it controls down to `predicate` (and its verbal object).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump has said he would consider easing penalties.")
        >>> [t.text for t in predicate_chain(doc[6])]
        ['consider', 'easing']
    """
    chain = [predicate]
    while (
        chain[0].dep_ in CHAIN_DEPS
        and chain[0].head.i != chain[0].i
        and caused_actor(chain[0]) is None
    ):
        chain.insert(0, chain[0].head)
    # "have been more likely [to blame] X": a copula's controlling adjective goes on.
    if chain[0].dep_ == "acomp" and chain[0].lower_ in TRANSPARENT_ADJECTIVES:
        chain.insert(0, chain[0].head)
    adjective = _transparent_complement(chain[-1])
    if adjective is not None:
        verb = next(c for c in children_of(adjective) if c.dep_ in CHAIN_DEPS)
        chain += [adjective, verb]
    while True:
        verbal = next(
            (
                c
                for c in children_of(chain[-1])
                if (c.dep_ in VERBAL_OBJECT_DEPS or c.dep_ in CHAIN_DEPS) and c.pos_ == "VERB"
            ),
            None,
        )
        if verbal is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verbal)):
            return chain
        if caused_actor(verbal) is not None:
            return chain
        chain.append(verbal)


def caused_actor(verb: Token) -> Token | None:
    """Who does what a causative verb makes happen: "prompting [Democrats] to accuse
    Republicans" (the act starts a chain of its own, held by the causative's object).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("The vote prompted Democrats to accuse Republicans.")
        >>> caused_actor(doc[5]).text
        'Democrats'
    """
    governor = verb.head
    if verb.dep_ not in CHAIN_DEPS or governor.i == verb.i:
        return None
    if governor.lemma_.lower() not in CAUSATIVE_VERBS:
        return None
    return next((c for c in children_of(governor) if c.dep_ in CAUSED_ACTOR_DEPS), None)


def _transparent_complement(word: Token) -> Token | None:
    """A copula's adjective that controls a verb: "is [likely] to blame X"."""
    if word.lemma_.lower() not in COPULA_LEMMAS and word.pos_ != "AUX":
        return None
    for child in children_of(word):
        controls = any(c.dep_ in CHAIN_DEPS and c.pos_ == "VERB" for c in children_of(child))
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


def controlled_verbs(word: Token) -> Iterator[Token]:
    """The verbs a word controls, down the chain: "willing [to send] material"."""
    current = word
    while (
        nxt := next((c for c in children_of(current) if c.dep_ in CHAIN_DEPS), None)
    ) is not None:
        yield nxt
        current = nxt
