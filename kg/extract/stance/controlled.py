"""Stance verbs in clauses without a subject of their own, left out by the clause rules.

The clause rules (`kg.extract.clauses`) give a triple to every predicate whose subject
they find; a participle or infinitive hanging from a controlled verb, or a verb
coordinated with one, has none they find. When such a verb is a stance cue, its
holder is the subject of the clause that controls it.

Constructions, each with an example:
- participle: "Google began to push back, [criticizing] Trump's order" -> Google
  DISAPPROVE Trump's order;
- purpose infinitive: "Tyldesley came out [to support] Brown" -> Tyldesley SUPPORT Brown;
- conjunct of a controlled verb: "Republicans are refusing to support Trump but
  [endorsing] Clinton" -> Republicans SUPPORT Clinton;
- caused act: "Republicans blocked it, prompting Democrats [to accuse] them" ->
  Democrats DISAPPROVE Republicans (`kg.extract.stance.chain.caused_actor`);
- passive participle: "Trump, [backed] by Pelosi, won the vote" -> Pelosi SUPPORT
  Trump (the agent holds, the clause's subject is the target);
- gerund of the object: "SNL skewered Cruz for [attacking] Trump" -> Cruz ASSAULT
  Trump; "Cosby was accused of [assaulting] Constand" -> Cosby ASSAULT Constand
  (reported: an accusation, `kg.extract.stance.modality`).

These triples feed statements only (not `kg triples`): they exist for the stance,
so Open IE output stays the clause rules' own.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Span, Token

from kg.extract.phrases import argument
from kg.extract.stance.chain import caused_actor
from kg.extract.stance.cues import word_cue
from kg.extract.stance.target_arguments import verb_targets
from kg.extract.tables import children_of, pos_of, sentence_tokens
from kg.extract.triples import Phrase, Triple

# Dependencies through which a subjectless verb takes its controller's subject.
CONTROLLED_DEPS = frozenset({"advcl", "xcomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Only an active subject controls: "X was asked to support Y" is no stance of X's.
CONTROLLING_SUBJECT_DEPS = frozenset({"nsubj"})
# Subordinators after which the clause is no act of the subject: "[without] criticising",
# "[instead of] praising" (a negation), "[if] it supports" (a condition).
NON_ASSERTING_MARKS = frozenset({"without", "instead", "rather", "if", "unless", "whether"})
# Prepositions whose gerund is an act of the governing verb's object: "accused X [of]
# attacking Y", "praised X [for] backing Y".
OBJECT_CONTROL_PREPOSITIONS = frozenset({"of", "for"})
# Who that object is: the direct object, or the subject of a passive ("X was accused of").
CONTROLLING_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# A participle that describes the clause's subject: "Trump, [backed by Pelosi], won".
PARTICIPLE_ADJUNCT_DEPS = frozenset({"advcl"})
CONFIDENCE = 0.45
RULE = "stance:controlled"
# A gerund's act is its governing verb's object's: the object holds, not a passive's
# target (kg.extract.stance.roles).
OBJECT_CONTROLLED_RULE = "stance:object-controlled"


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)


def controller_subject(verb: Token) -> Token | None:
    """The subject of the clause that controls a subjectless verb, if active.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Republicans refused to back Trump but endorsed Clinton.")
        >>> controller_subject(doc[6]).text
        'Republicans'
    """
    current = verb
    while _own_subject(current) is None:
        if current.dep_ not in CONTROLLED_DEPS or current.head.i == current.i:
            return None
        current = current.head
    subject = _own_subject(current)
    return subject if subject is not None and subject.dep_ in CONTROLLING_SUBJECT_DEPS else None


def object_controller(verb: Token) -> Token | None:
    """The object whose act a gerund after "of"/"for" names: "accused X of attacking Y",
    "X was criticised for backing Y" (X).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Critics accused Trump of attacking the press.")
        >>> object_controller(doc[4]).text
        'Trump'
    """
    # "accused of drugging and [assaulting] Y": a conjunct shares its first gerund's.
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ not in OBJECT_CONTROL_PREPOSITIONS:
        return None
    governor = preposition.head
    if preposition.dep_ != "prep" or governor.pos_ != "VERB":
        return None
    return next((c for c in children_of(governor) if c.dep_ in CONTROLLING_OBJECT_DEPS), None)


def passive_adjunct_subject(verb: Token) -> Token | None:
    """The subject a passive participle with an agent describes: "Trump, [backed] by
    Pelosi, won the vote" (Trump).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump, backed by Pelosi, won the vote.")
        >>> passive_adjunct_subject(doc[2]).text
        'Trump'
    """
    if verb.dep_ not in PARTICIPLE_ADJUNCT_DEPS or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    return _own_subject(verb.head)


def controlled_triples(sentence: Span, covered: Collection[int]) -> Iterator[Triple]:
    """Yield a triple for each stance verb the clause rules gave no triple.

    Args:
        sentence: The sentence.
        covered: Doc indices of predicates (and chain verbs) that already have a triple.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Republicans refused to back Trump but endorsed Clinton.")
        >>> [(t.subject.text, t.lemma, t.object.text)
        ...  for t in controlled_triples(doc[:], covered={3})]
        [('Republicans', 'endorse', 'Clinton')]
    """
    doc = sentence.doc
    pos = pos_of(doc)
    for verb in sentence_tokens(sentence):
        if pos[verb.i] != "VERB" or _own_subject(verb) is not None:
            continue
        # A caused act is left out of its causative's own triple ("prompt to accuse").
        caused = caused_actor(verb)
        if verb.i in covered and caused is None:
            continue
        if any(
            c.dep_ in {"mark", "prep"} and c.lower_ in NON_ASSERTING_MARKS
            for c in children_of(verb)
        ):
            continue
        cue = word_cue("verb", verb)
        if cue is None or cue.stance is None or cue.stance.name == "STATEMENT":
            continue
        subject = caused or controller_subject(verb)
        rule = RULE
        # "Trump, [backed] by Pelosi, won": a passive participle's target is the subject
        # of the clause it describes, its agent the holder (`kg.extract.stance.roles`).
        described = passive_adjunct_subject(verb)
        if described is not None:
            subject = described
        if subject is None:
            subject, rule = object_controller(verb), OBJECT_CONTROLLED_RULE
        targets = verb_targets(verb)
        if subject is None or not (targets or described is not None):
            continue
        particles = [c.i for c in children_of(verb) if c.dep_ == "prt"]
        relation = Phrase.of(doc, [verb.i, *particles], verb.i)
        lemma = " ".join([verb.lemma_.lower(), *(doc[i].lower_ for i in particles)])
        yield Triple(
            subject=argument(subject),
            relation=relation,
            lemma=lemma,
            arguments=tuple(argument(target) for target in targets),
            predicate=verb.i,
            rule=rule,
            confidence=CONFIDENCE,
        )
