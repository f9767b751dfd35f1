"""Modality: asserted, hedged, conditional, intended or reported (DESIGN §3).

Constructions, each with an example:
- conditional: an if/unless clause on the chain, or the predicate inside one
  ("... must only be lifted if progress is made", "If he does not, ...");
- hedged: a modal auxiliary or a verb of considering ("would consider easing");
- intended: a verb of intent or commitment in the chain ("vowed to uphold",
  "seek to add sanctions");
- reported: an evidential adverb ("allegedly collected").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.tables import children_of
from kg.model import Modality

CONDITION_MARKERS = frozenset({"if", "unless"})
HEDGE_AUXILIARIES = frozenset({"would", "could", "may", "might", "should"})
HEDGE_VERBS = frozenset({"consider", "weigh", "mull", "contemplate"})
HEDGE_ADVERBS = frozenset({"possibly", "perhaps", "maybe", "potentially", "probably"})
INTENT_VERBS = frozenset(
    {
        "vow",
        "pledge",
        "promise",
        "plan",
        "intend",
        "seek",
        "want",
        "aim",
        "hope",
        "try",
        "attempt",
        "threaten",
        "offer",
        "commit",
        "swear",
        "look",
        "prepare",
    }
)
REPORTED_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
# Verbs whose "of"/"for"/"with" gerund is only alleged: "accused X of [attacking] Y".
ALLEGING_VERBS = frozenset({"accuse", "suspect", "charge", "allege", "blame"})


def _conditional(verb: Token) -> bool:
    own = any(
        child.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKERS for m in children_of(child))
        for child in children_of(verb)
    )
    inside = verb.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKERS for m in children_of(verb))
    return own or inside


def _alleged(verb: Token) -> bool:
    """Whether a gerund is what someone is accused of: "accused of drugging and
    [assaulting] Y"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    preposition = verb.head
    return (
        verb.dep_ == "pcomp"
        and preposition.dep_ == "prep"
        and preposition.head.lemma_.lower() in ALLEGING_VERBS
    )


def modality_of(chain: Sequence[Token]) -> Modality:
    """The modality of a predicate chain (main verb first).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump vowed to uphold the agreement.")
        >>> modality_of([doc[1], doc[3]])
        'intended'
    """
    if any(_conditional(verb) for verb in chain):
        return "conditional"
    children = [child for verb in chain for child in children_of(verb)]
    if any(c.dep_ == "aux" and c.lower_ in HEDGE_AUXILIARIES for c in children) or any(
        v.lemma_.lower() in HEDGE_VERBS for v in chain
    ):
        return "hedged"
    if any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in children):
        return "hedged"
    if any(v.lemma_.lower() in INTENT_VERBS for v in chain):
        return "intended"
    if any(c.dep_ == "advmod" and c.lower_ in REPORTED_ADVERBS for c in children):
        return "reported"
    if _alleged(chain[0]):
        return "reported"
    return "asserted"
