"""Clause triples: subject, verb group, objects and prepositional arguments.

One triple per (subject conjunct, predicate, object conjunct). The relation is the verb
group (auxiliaries, negation, particles), extended through control verbs ("pledged to
cooperate") and by the preposition of the first argument when there is no direct object
("spoke with").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.phrases import argument, conjuncts
from kg.extract.triples import Phrase, Triple

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "acomp"})
PREPOSITION_DEPS = frozenset({"prep", "agent"})
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
NEGATION_DEPS = frozenset({"neg"})
CLAUSE_OBJECT_DEPS = frozenset({"ccomp"})
CONTROL_DEPS = frozenset({"xcomp"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
# Verbs that report speech; their clausal object is reported content with a speaker.
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "argue",
        "announce",
        "insist",
        "note",
        "report",
        "write",
        "declare",
        "confirm",
        "deny",
        "explain",
        "stress",
        "warn",
    }
)

BASE_CONFIDENCE = {"svo": 0.8, "sv-prep": 0.7, "copula": 0.75, "speech": 0.7, "sv": 0.4}


def clause_triples(sentence: Span) -> Iterator[Triple]:
    """Yield the clause triples of a sentence.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> nlp = load_pipeline()
        >>> sent = next(nlp("Trump spoke with Merkel.").sents)
        >>> [(t.subject.text, t.relation.text, t.object.text) for t in clause_triples(sent)]
        [('Trump', 'spoke with', 'Merkel')]
    """
    for token in sentence:
        if token.pos_ not in {"VERB", "AUX"} or token.dep_ in CONTROL_DEPS:
            continue
        subject = find_subject(token)
        if subject is None:
            continue
        yield from _predicate_triples(token, subject)


def find_subject(predicate: Token) -> Token | None:
    """The subject of a predicate: its own, or the one it shares as a conjunct.

    "Trump has denied the allegations ... and the Kremlin has said ...": each verb has
    its own subject. "The Obama administration imposed sanctions and expelled officials":
    `expelled` shares the subject of `imposed`.
    """
    subject = next((child for child in predicate.children if child.dep_ in SUBJECT_DEPS), None)
    # Relative clause: "a thug who seeks ..." -> the thug seeks.
    if predicate.dep_ == "relcl" and (subject is None or subject.lower_ in RELATIVE_PRONOUNS):
        return predicate.head
    if subject is None and predicate.dep_ == "conj" and predicate.head.pos_ in {"VERB", "AUX"}:
        return find_subject(predicate.head)
    return subject


def _predicate_triples(predicate: Token, subject_head: Token) -> Iterator[Triple]:
    verb = predicate
    relation = _verb_group(verb)
    # Control chains: "pledged to cooperate", "sought to sway the election".
    while True:
        controlled = next((c for c in verb.children if c.dep_ in CONTROL_DEPS), None)
        if controlled is None or any(c.dep_ in SUBJECT_DEPS for c in controlled.children):
            break
        relation += _verb_group(controlled)
        verb = controlled
    negated = any(_is_negation(predicate.doc[i]) for i in relation)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    preps = [c for c in verb.children if c.dep_ in PREPOSITION_DEPS and _pobj(c) is not None]
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_OBJECT_DEPS]
    doc = predicate.doc
    lemma_tokens = list(relation)

    arguments: list[list[Phrase | None]] = []
    rule = "sv"
    if objects:
        head = objects[0]
        rule = "copula" if head.dep_ in {"attr", "acomp"} else "svo"
        # "I'm opposed to lifting sanctions": the adjective and its preposition relate.
        if head.dep_ == "acomp" and (prep := _first_prep(head)) is not None:
            pobj = _pobj(prep)
            assert pobj is not None
            relation += [head.i, prep.i]
            lemma_tokens += [head.i, prep.i]
            arguments.append([argument(c) for c in conjuncts(pobj)])
        else:
            arguments.append([argument(c) for c in conjuncts(head)])
    elif preps:
        prep = preps.pop(0)
        pobj = _pobj(prep)
        assert pobj is not None
        relation.append(prep.i)
        lemma_tokens.append(prep.i)
        arguments.append([argument(c) for c in conjuncts(pobj)])
        rule = "sv-prep"
    elif clauses:
        clause = clauses.pop(0)
        arguments.append([argument(clause, split_conjuncts=False)])
        rule = "speech" if verb.lemma_ in SPEECH_LEMMAS else "svo"
    for prep in preps:
        arguments.append([Phrase.of(doc, [t.i for t in prep.subtree if not t.is_punct], prep.i)])
    if not arguments:
        arguments.append([None])

    relation_phrase = Phrase.of(doc, relation, verb.i)
    lemma = " ".join(_lemma(doc[i]) for i in sorted(set(lemma_tokens)) if not _is_aux(doc[i]))
    confidence = _confidence(rule, subject_head, arguments)
    for subject in conjuncts(subject_head):
        subject_phrase = argument(subject)
        if not subject_phrase.tokens:
            continue
        rest = tuple(p for group in arguments[1:] for p in group[:1] if p is not None)
        # One triple per conjunct of the first argument ("spoke with Abe, Turnbull, ...").
        for first in arguments[0]:
            args = ((first,) if first is not None else ()) + rest
            yield Triple(
                subject=subject_phrase,
                relation=relation_phrase,
                lemma=lemma or _lemma(verb),
                arguments=args,
                predicate=verb.i,
                rule=f"clause:{rule}",
                confidence=confidence,
                negated=negated,
            )


def _verb_group(verb: Token) -> list[int]:
    """The verb, its auxiliaries, negation and particles ("has not been briefed on")."""
    return sorted([verb.i] + [c.i for c in verb.children if c.dep_ in VERB_GROUP_DEPS])


def _first_prep(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "prep" and _pobj(c) is not None), None)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _is_negation(token: Token) -> bool:
    return token.dep_ in NEGATION_DEPS or token.lower_ in NEGATION_WORDS


def _is_aux(token: Token) -> bool:
    # "to" of an infinitive stays in the lemma ("pledge to cooperate"); "has", "not" go.
    return (token.dep_ in {"aux", "auxpass"} and token.pos_ != "PART") or token.dep_ == "neg"


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _confidence(rule: str, subject: Token, arguments: list[list[Phrase | None]]) -> float:
    """Graded by rule, with penalties for pronoun subjects and long arguments."""
    score = BASE_CONFIDENCE.get(rule, 0.5)
    if subject.pos_ == "PRON":
        score -= 0.1
    longest = max((len(p.tokens) for group in arguments for p in group if p), default=0)
    if longest > 12:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 3)
