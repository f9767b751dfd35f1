"""Participle clauses that carry a stance but have no subject of their own.

The clause rules need a subject; news often leaves it implicit. Constructions, each
with an example:
- adverbial participle, subject shared with the main clause: "Activists reacted
  strongly, [accusing Francis of ...]" -> activists accuse Francis;
- reduced passive with agent: "a change [backed by business leaders]" -> business
  leaders back the change; "the Khans, [criticized by John McCain]" -> McCain
  criticises the Khans (the noun, or the main clause's subject for an adverbial one);
- reduced active relative: "a report [accusing the ministry of fraud]" -> the report's
  holder is the noun it modifies.

Only participles whose verb is a stance cue are read, so the rule stays narrow.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.phrases import argument
from kg.extract.stance.frames import TARGET_PREPS, cue_candidates
from kg.extract.stance.lexicon import find_cue
from kg.extract.triples import Phrase, Triple

PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PRESENT_PARTICIPLE = "VBG"
PAST_PARTICIPLE = "VBN"
CONFIDENCE = 0.55


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _anchor(verb: Token) -> Token | None:
    """The noun or subject a subjectless participle is about."""
    if verb.dep_ == "acl":
        return verb.head
    return _subject_of(verb.head)


def participle_triples(sentence: Span) -> Iterator[Triple]:
    """Yield a triple for each subjectless stance participle (see the module docstring).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> sent = next(load_pipeline()("Activists reacted, accusing Francis of lying.").sents)
        >>> [(t.subject.text, t.lemma, t.object.text) for t in participle_triples(sent)]
        [('Activists', 'accuse', 'Francis')]
    """
    doc = sentence.doc
    for verb in sentence:
        if verb.dep_ not in PARTICIPLE_DEPS or verb.tag_ not in {
            PRESENT_PARTICIPLE,
            PAST_PARTICIPLE,
        }:
            continue
        if _subject_of(verb) is not None or find_cue("verb", cue_candidates(verb)) is None:
            continue
        anchor = _anchor(verb)
        if anchor is None:
            continue
        if verb.tag_ == PAST_PARTICIPLE:
            holder = _agent(verb)
            target: Token | None = anchor
            rule = "participle:passive"
        else:
            holder, target, rule = anchor, _object(verb), "participle:active"
        if holder is None or target is None:
            continue
        # The anchor noun without the participle clause itself: "penalties [imposed by X]".
        clause = {t.i for t in verb.subtree}
        target_tokens = [i for i in argument(target).tokens if i not in clause]
        yield Triple(
            subject=argument(holder),
            relation=Phrase.of(doc, [verb.i], verb.i),
            lemma=verb.lemma_.lower(),
            arguments=(Phrase.of(doc, target_tokens, target.i),),
            predicate=verb.i,
            rule=rule,
            confidence=CONFIDENCE,
        )
