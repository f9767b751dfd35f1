"""Clause triples: subject, verb group, objects, prepositional and adverbial arguments.

One triple per (subject conjunct, predicate, first-argument conjunct). The clause types
are SV, SVO, SVC (copula), SVOO, SVOC, SVA and SVOA, active and passive. The relation is
the verb group (auxiliaries, negation, particles), extended through control verbs
("pledged to cooperate") and by the preposition of the first argument when there is no
object ("spoke with", "was sued by"). Further objects, prepositional phrases and
adverbials become further arguments (arg3, arg4...), as in CaRB's n-ary gold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.confidence import clause_confidence
from kg.extract.conjunctions import conjuncts, shared_head
from kg.extract.phrases import argument
from kg.extract.prepositions import (
    adjective_preposition,
    preposition_object,
    prepositions,
    relation_preposition,
)
from kg.extract.relative import (
    adverbial_subject_donor,
    implicit_subject,
    is_relative_pronoun,
    relative_object,
)
from kg.extract.stranded import stranded_content
from kg.extract.tables import children_of, deps_of, pos_of, sentence_tokens
from kg.extract.triples import Phrase, Triple

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Objects and complements: "criticised [Putin]", "gave [him] [a book]", "is [a thug]".
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "acomp"})
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "acomp"})
ADJECTIVE_COMPLEMENT_DEPS = frozenset({"acomp"})
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
NEGATION_DEPS = frozenset({"neg"})
CLAUSE_OBJECT_DEPS = frozenset({"ccomp"})
CONTROL_DEPS = frozenset({"xcomp"})
# The most triples one predicate gives by splitting both subject and object conjuncts.
MAX_CROSS_PRODUCT = 4
# "said [that] ...", "asked [whether] ...".
COMPLEMENTIZER_DEPS = frozenset({"mark"})
# Adverbials that are arguments: "left him [there]", "parallel the river [north]",
# "[last week]".
ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod"})
PREDICATE_POS = frozenset({"VERB", "AUX"})
# Every part of speech that `is_predicate` accepts (a participle tagged ADJ too).
CLAUSE_HEAD_POS = PREDICATE_POS | {"ADJ"}
# Tokens that are part of another predicate's verb group, never predicates themselves.
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
# Adverbs that modify the verb itself, not arguments: "also said", "then left".
VERB_ADVERBS = frozenset(
    {"also", "then", "too", "still", "just", "already", "even", "only", "now", "so", "thus"}
)
# Contracted verbs and their lemmas, for forms the model does not lemmatise ("he’s").
CONTRACTION_LEMMAS = {
    "'s": "be",
    "'m": "be",
    "'re": "be",
    "'ve": "have",
    "'ll": "will",
    "'d": "would",
    "n't": "not",
}
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


@dataclass(frozen=True, slots=True)
class ClauseParts:
    """What one predicate governs, before it is split into triples.

    Attributes:
        relation: Doc indices of the relation ("has not been briefed on").
        lemma_tokens: The relation tokens that make up the normalised lemma.
        verb: The last verb of the control chain (where the objects hang).
        first: Conjuncts of the first argument (arg2), possibly empty.
        rest: Further arguments (arg3...), in text order.
        construction: The clause type, e.g. `svo`, `sv-prep`, `copula`, `speech`.
    """

    relation: tuple[int, ...]
    lemma_tokens: tuple[int, ...]
    verb: Token
    first: tuple[Phrase, ...]
    rest: tuple[Phrase, ...]
    construction: str


def clause_triples(sentence: Span) -> Iterator[Triple]:
    """Yield the clause triples of a sentence.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> nlp = load_pipeline()
        >>> sent = next(nlp("Trump spoke with Merkel.").sents)
        >>> [(t.subject.text, t.relation.text, t.object.text) for t in clause_triples(sent)]
        [('Trump', 'spoke with', 'Merkel')]
    """
    doc = sentence.doc
    pos, deps = pos_of(doc), deps_of(doc)
    for token in sentence_tokens(sentence):
        # What `is_predicate` rejects first, read from the tables.
        if deps[token.i] in AUXILIARY_DEPS or pos[token.i] not in CLAUSE_HEAD_POS:
            continue
        if not is_predicate(token):
            continue
        subject = find_subject(token)
        if subject is None:
            continue
        yield from _predicate_triples(token, subject, len(sentence))


def is_predicate(token: Token) -> bool:
    """A verb heading a clause: not an auxiliary, not a verb absorbed by a control chain.

    A participle the tagger calls an adjective also heads a clause when it has its own
    subject and auxiliary ("Jagan was [involved] in the strike").
    """
    if token.dep_ in AUXILIARY_DEPS:
        return False
    if token.pos_ not in PREDICATE_POS and not _adjectival_predicate(token):
        return False
    return not (token.dep_ in CONTROL_DEPS and _own_subject(token) is None)


def find_subject(predicate: Token) -> Token | None:
    """The subject of a predicate: its own, an implicit one, or the one it shares.

    "Trump has denied the allegations ... and the Kremlin has said ...": each verb has
    its own subject. "The Obama administration imposed sanctions and expelled officials":
    `expelled` shares the subject of `imposed`. "a thug who seeks ...": the thug.
    """
    own = _own_subject(predicate)
    implicit = implicit_subject(predicate, own)
    if implicit is not None:
        return implicit
    if own is not None:
        return own
    donor = shared_head(predicate) or adverbial_subject_donor(predicate)
    return find_subject(donor) if donor is not None else None


def _adjectival_predicate(token: Token) -> bool:
    if token.pos_ != "ADJ":
        return False
    children = {child.dep_ for child in children_of(token)}
    return bool(children & SUBJECT_DEPS) and bool(children & AUXILIARY_DEPS)


def _own_subject(predicate: Token) -> Token | None:
    return next((child for child in children_of(predicate) if child.dep_ in SUBJECT_DEPS), None)


def control_chain(predicate: Token) -> list[Token]:
    """The predicate and the controlled verbs it takes: "pledged to cooperate"."""
    chain = [predicate]
    while True:
        controlled = next((c for c in children_of(chain[-1]) if c.dep_ in CONTROL_DEPS), None)
        if controlled is None or _own_subject(controlled) is not None:
            return chain
        if controlled.pos_ not in PREDICATE_POS:
            return chain
        chain.append(controlled)


def clause_parts(predicate: Token, subject: Token) -> ClauseParts:
    """Relation and arguments of the clause headed by `predicate` (see `ClauseParts`)."""
    chain = control_chain(predicate)
    verb = chain[-1]
    relation = [i for link in chain for i in _verb_group(link)]
    lemma_tokens = list(relation)
    # "are also known as", "was personally involved in": adverbs inside the verb group
    # belong to the relation's text, not to its lemma.
    inner_adverbs = [
        c
        for c in children_of(predicate)
        if c.dep_ == "advmod"
        and c.pos_ == "ADV"
        and subject.i < c.i < predicate.i
        and not any(children_of(c))
    ]
    relation += [adverb.i for adverb in inner_adverbs]
    objects = [c for link in chain for c in children_of(link) if c.dep_ in OBJECT_DEPS]
    preps = prepositions(chain)
    # A clause before the verb is an object only for speech ("“...,” McConnell said").
    clauses = [
        c
        for c in children_of(verb)
        if c.dep_ in CLAUSE_OBJECT_DEPS and (c.i > verb.i or verb.lemma_ in SPEECH_LEMMAS)
    ]
    adverbials = [
        c
        for link in chain
        for c in children_of(link)
        if c.dep_ in ADVERBIAL_DEPS and _is_argument_adverb(c, subject) and c not in inner_adverbs
    ]
    # "said in a statement [that ...]": the stranded content is the speech's object.
    stranded = stranded_content(verb) if verb.lemma_ in SPEECH_LEMMAS and not clauses else None
    if stranded is not None:
        clauses = [stranded]
    relative = relative_object(predicate, _own_subject(predicate))
    if relative is not None:
        # "the deal that Trump signed": the relative pronoun stands for the head noun.
        objects = [o for o in objects if not is_relative_pronoun(o)]
    first: list[Token] = []
    rest: list[Token] = []
    construction = "sv"
    if objects:
        head = objects.pop(0)
        construction = "copula" if head.dep_ in COPULA_COMPLEMENT_DEPS else "svo"
        adjective_prep = adjective_preposition(head)
        # "I'm opposed to lifting sanctions": the adjective and its preposition relate.
        if head.dep_ in ADJECTIVE_COMPLEMENT_DEPS and adjective_prep is not None:
            relation += [head.i, adjective_prep.i]
            lemma_tokens += [head.i, adjective_prep.i]
            head = preposition_object(adjective_prep) or head
        first = [head]
        if len(objects) > 0 and construction == "svo":
            construction = "svoo"
    elif relative is not None:
        # "the book that he wrote": he wrote the book.
        first = [relative]
        construction = "relative-object"
    elif stranded is not None:
        first = [clauses.pop(0)]
        relation += [c.i for c in children_of(first[0]) if c.dep_ in COMPLEMENTIZER_DEPS]
        construction = "speech"
    elif (prep := relation_preposition(verb, preps)) is not None:
        # "spoke with Merkel", "was sued by the state": the preposition joins the relation.
        preps.remove(prep)
        relation.append(prep.i)
        lemma_tokens.append(prep.i)
        first = [preposition_object(prep) or prep]
        construction = "sv-prep"
    elif clauses:
        # "Spicer said that no decision has been made": the content clause is the object.
        first = [clauses.pop(0)]
        # "indicated that | ...": the complementizer joins the relation, as in CaRB.
        relation += [c.i for c in children_of(first[0]) if c.dep_ in COMPLEMENTIZER_DEPS]
        construction = "speech" if verb.lemma_ in SPEECH_LEMMAS else "svc-clause"
    elif adverbials:
        # "the two routes diverge northeast of Tarboro".
        first = [adverbials.pop(0)]
        construction = "sva"
    rest += objects + clauses + preps + adverbials
    doc = predicate.doc
    return ClauseParts(
        relation=tuple(sorted(set(relation))),
        lemma_tokens=tuple(sorted(set(lemma_tokens))),
        verb=verb,
        first=tuple(_first_arguments(first, construction)),
        rest=tuple(_rest_argument(doc, token) for token in sorted(set(rest), key=_index)),
        construction=construction,
    )


def _predicate_triples(
    predicate: Token, subject_head: Token, sentence_length: int
) -> Iterator[Triple]:
    parts = clause_parts(predicate, subject_head)
    if not parts.first:
        return
    doc = predicate.doc
    relation = Phrase.of(doc, parts.relation, parts.verb.i)
    negated = any(_is_negation(doc[i]) for i in parts.relation)
    lemma = " ".join(_lemma(doc[i]) for i in parts.lemma_tokens if not _is_aux(doc[i]))
    # A participle's own clause is not part of the noun it is about ("men [preparing]").
    exclude = {predicate.i} if predicate.head.i == subject_head.i else set()
    subjects = list(conjuncts(subject_head))
    # Conjoined subjects and objects would multiply ("A, B and C specialize in D, E, F ..."):
    # past a few triples the subject stays whole and only the objects split.
    split_subjects = len(subjects) * len(parts.first) <= MAX_CROSS_PRODUCT
    for subject in subjects if split_subjects else [subject_head]:
        subject_phrase = argument(subject, exclude=exclude, split_conjuncts=split_subjects)
        if not subject_phrase.tokens:
            continue
        # One triple per conjunct of the first argument ("spoke with Abe, Turnbull, ...").
        for first in parts.first:
            arguments = (first, *parts.rest)
            yield Triple(
                subject=subject_phrase,
                relation=relation,
                lemma=lemma or _lemma(parts.verb),
                arguments=arguments,
                predicate=parts.verb.i,
                rule=f"clause:{parts.construction}",
                confidence=clause_confidence(
                    parts.construction,
                    predicate,
                    subject_phrase,
                    relation,
                    arguments,
                    negated=negated,
                    sentence_length=sentence_length,
                ),
                negated=negated,
            )


def _first_arguments(tokens: list[Token], construction: str) -> Iterator[Phrase]:
    if not tokens:
        return
    head = tokens[0]
    if construction in {"speech", "svc-clause"}:
        yield argument(head, split_conjuncts=False)
        return
    for conjunct in conjuncts(head):
        phrase = argument(conjunct)
        if phrase.tokens:
            yield phrase


def _rest_argument(doc: Doc, token: Token) -> Phrase:
    # A further argument keeps its preposition: "to the Flemish Community", "in 1941".
    return argument(token, split_conjuncts=False)


def _index(token: Token) -> int:
    return token.i


def _is_argument_adverb(adverb: Token, subject: Token) -> bool:
    """An adverbial that says where, when or how much, not a verb modifier ("also")."""
    if adverb.lower_ in VERB_ADVERBS or _is_negation(adverb) or adverb.tag_ in {"WRB"}:
        return False
    # A fronted adverb counts only as a phrase ("[Several years later], ...", "[Today]").
    fronted_phrase = adverb.pos_ in {"NOUN", "PROPN", "NUM"} or any(children_of(adverb))
    return adverb.i > subject.i or fronted_phrase


def _verb_group(verb: Token) -> list[int]:
    """The verb, its auxiliaries, negation and particles ("has not been briefed on")."""
    return sorted([verb.i] + [c.i for c in children_of(verb) if c.dep_ in VERB_GROUP_DEPS])


def _is_negation(token: Token) -> bool:
    return token.dep_ in NEGATION_DEPS or token.lower_ in NEGATION_WORDS


def _is_aux(token: Token) -> bool:
    # "to" of an infinitive stays in the lemma ("pledge to cooperate"); "has", "not" go.
    return (token.dep_ in {"aux", "auxpass"} and token.pos_ != "PART") or token.dep_ == "neg"


def _lemma(token: Token) -> str:
    """The lowercase lemma, with curly apostrophes read as straight ones: the model
    lemmatises "he’s" as "’" and "I’m" as "’m" (but "he's" as "be")."""
    form = token.lower_.replace("’", "'")
    if form in CONTRACTION_LEMMAS and token.pos_ in {"AUX", "VERB"}:
        return CONTRACTION_LEMMAS[form]
    lemma = token.lemma_.lower() if token.lemma_ else token.lower_
    return lemma.replace("’", "'")
