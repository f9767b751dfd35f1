"""A graded confidence for each extraction, so precision can be traded for recall.

The score starts from how reliable the construction is and moves with parse features:
pronoun subjects, very long or very short arguments, and how many arguments the triple
has. The weights were set on CaRB dev (never test).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.triples import Phrase

# How often each construction's triples are right, before any other feature.
CONSTRUCTION_CONFIDENCE = {
    "svo": 0.8,
    "svoo": 0.75,
    "sv-prep": 0.7,
    "copula": 0.75,
    "speech": 0.7,
    "svc-clause": 0.6,
    "relative-object": 0.5,
    "sva": 0.45,
    "apposition": 0.6,
}
DEFAULT_CONFIDENCE = 0.5
PRONOUN_PENALTY = 0.1
LONG_ARGUMENT_TOKENS = 12
LONG_ARGUMENT_PENALTY = 0.1
FLOOR, CEILING = 0.05, 0.99


def clause_confidence(
    construction: str,
    subject_head: Token,
    subject: Phrase,
    relation: Phrase,
    arguments: tuple[Phrase, ...],
) -> float:
    """Confidence of a clause triple, in [0.05, 0.99], rounded to three decimals.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump criticised Putin.")
        >>> subject, relation, obj = (Phrase.of(doc, [i], i) for i in range(3))
        >>> clause_confidence("svo", doc[0], subject, relation, (obj,))
        0.8
    """
    score = CONSTRUCTION_CONFIDENCE.get(construction, DEFAULT_CONFIDENCE)
    if subject_head.pos_ == "PRON":
        score -= PRONOUN_PENALTY
    longest = max((len(p.tokens) for p in (subject, *arguments)), default=0)
    if longest > LONG_ARGUMENT_TOKENS:
        score -= LONG_ARGUMENT_PENALTY
    return round(max(FLOOR, min(CEILING, score)), 3)
