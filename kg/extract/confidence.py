"""A graded confidence for each extraction, so precision can be traded for recall.

The score starts from how reliable the construction is and moves with parse features:
the main clause is parsed best, pronoun subjects and long subjects or arguments are
often wrong, long sentences parse worse. The weights are a least-squares fit of each
triple's CaRB precision on the dev split (never test), rounded; see `clause_confidence`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.triples import Phrase

# How often each construction's triples are right, before any other feature.
CONSTRUCTION_CONFIDENCE = {
    "speech": 0.75,
    "relative-object": 0.64,
    "svc-clause": 0.58,
    "sv-prep": 0.56,
    "svo": 0.56,
    "copula": 0.51,
    "apposition": 0.47,
    "svoo": 0.42,
    "sva": 0.39,
}
DEFAULT_CONFIDENCE = 0.4
MAIN_CLAUSE_BONUS = 0.18  # the predicate is the sentence's root
LONG_RELATION_BONUS = 0.13  # "was said to have made": a specific relation
LONG_RELATION_TOKENS = 3
PRONOUN_PENALTY = 0.05
MANY_ARGUMENTS_PENALTY = 0.07  # three or more arguments after the subject
MANY_ARGUMENTS = 3
LONG_ARGUMENT_PENALTY = 0.15
LONG_ARGUMENT_TOKENS = 12
LONG_SUBJECT_PENALTY = 0.11
LONG_SUBJECT_TOKENS = 6
LONG_SENTENCE_PENALTY = 0.06
LONG_SENTENCE_TOKENS = 30
NEGATION_PENALTY = 0.03
FLOOR, CEILING = 0.01, 0.99


def clause_confidence(
    construction: str,
    predicate: Token,
    subject: Phrase,
    relation: Phrase,
    arguments: tuple[Phrase, ...],
    *,
    negated: bool = False,
    sentence_length: int = 0,
) -> float:
    """Confidence of a clause triple, in [0.01, 0.99], rounded to three decimals.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump criticised Putin.")
        >>> subject, relation, obj = (Phrase.of(doc, [i], i) for i in range(3))
        >>> clause_confidence("svo", doc[1], subject, relation, (obj,), sentence_length=4)
        0.74
    """
    score = CONSTRUCTION_CONFIDENCE.get(construction, DEFAULT_CONFIDENCE)
    doc = predicate.doc
    if predicate.dep_ == "ROOT":
        score += MAIN_CLAUSE_BONUS
    if len(relation.tokens) > LONG_RELATION_TOKENS:
        score += LONG_RELATION_BONUS
    if doc[subject.head].pos_ == "PRON":
        score -= PRONOUN_PENALTY
    if len(arguments) >= MANY_ARGUMENTS:
        score -= MANY_ARGUMENTS_PENALTY
    if len(subject.tokens) > LONG_SUBJECT_TOKENS:
        score -= LONG_SUBJECT_PENALTY
    if negated:
        score -= NEGATION_PENALTY
    return _finish(score, sentence_length, (subject, *arguments))


def apposition_confidence(sentence_length: int, subject: Phrase, description: Phrase) -> float:
    """Confidence of an "X is Y" triple read off an apposition.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McConnell, a Republican")
        >>> apposition_confidence(len(doc), Phrase.of(doc, [0], 0), Phrase.of(doc, [2, 3], 3))
        0.47
    """
    score = CONSTRUCTION_CONFIDENCE["apposition"]
    if len(subject.tokens) > LONG_SUBJECT_TOKENS:
        score -= LONG_SUBJECT_PENALTY
    return _finish(score, sentence_length, (subject, description))


def _finish(score: float, sentence_length: int, phrases: tuple[Phrase, ...]) -> float:
    if max(len(p.tokens) for p in phrases) > LONG_ARGUMENT_TOKENS:
        score -= LONG_ARGUMENT_PENALTY
    if sentence_length > LONG_SENTENCE_TOKENS:
        score -= LONG_SENTENCE_PENALTY
    return round(max(FLOOR, min(CEILING, score)), 3)
