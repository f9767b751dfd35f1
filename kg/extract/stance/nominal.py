"""Nominal events that carry a stance: a cue noun with a holder and a target.

Constructions, each with an example:
- possessive holder: "Russia's invasion of Ukraine" -> Russia ASSAULT Ukraine;
  "its support for Syria" -> (it =) Russia SUPPORT Syria; "his praise of Putin";
- "by" holder: "the endorsement of Trump by Ryan" -> Ryan SUPPORT Trump; also the
  agent of a participle: "the allegations against Depp [made by] Heard" -> Heard
  DISAPPROVE Depp;
- named modifier: "US support for Saudi Arabia" -> the US SUPPORT Saudi Arabia;
- named members of a role: "Trump's critics, including Pelosi, ..." -> Pelosi
  DISAPPROVE Trump ("such as", "like" too);
- received stance: "Trump faced criticism from Republicans" -> Republicans DISAPPROVE
  Trump (the object of a verb of receiving, its "from" object holds it); "Manziel
  remains under investigation by the NFL" -> the NFL INVESTIGATE Manziel; "came under
  fire from X" (the parser hangs "from X" from the verb); "Google was the target of
  criticism from Warren" -> Warren DISAPPROVE Google (also in apposition: "Trump, a
  frequent target of Pelosi's attacks");
- framing phrase: "In a swipe at Obama, Cruz said ..." -> Cruz DISAPPROVE Obama (the
  stance noun frames what the clause's subject does).

The noun must be a `noun` cue of the lexicon (with its preposition when the cue names
one: "call for" is an appeal, "call with" a consultation).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.clauses import find_subject
from kg.extract.phrases import argument
from kg.extract.stance.cues import (
    LISTING_PREPS,
    ROLE_TARGET_DEPS,
    TARGET_NOUNS,
    role_members,
    stance_noun_cue,
)
from kg.extract.stance.lexicon import find_cue
from kg.extract.stance.target_arguments import TARGET_PREPS
from kg.extract.tables import children_of, deps_of, lowers_of, pos_of, tokens_of
from kg.extract.triples import Phrase, Triple

HOLDER_DEPS = frozenset({"poss"})
# A named modifier holds the stance too: "[US] support for X", "[Russian] attacks on X".
NAMED_HOLDER_DEPS = frozenset({"compound", "amod", "nmod"})
HOLDER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Verbs whose object is a stance aimed at their subject: "faced criticism from X".
RECEIVING_VERBS = frozenset(
    {"face", "receive", "draw", "attract", "get", "earn", "win", "gain", "garner", "secure"}
    | {"suffer", "endure", "enjoy", "have"}
)
# Receiving verbs whose object may also be the subject's own stance ("has contempt for
# X"): received only with a named source ("has the backing of X", "has X's support").
HOLDING_VERBS = frozenset({"have", "enjoy"})
# Nouns that only count or package the stance noun they hang "of": "a barrage of
# [attacks] from X", "a wave of [criticism]".
CONTAINER_NOUNS = frozenset(
    {"barrage", "wave", "storm", "flurry", "torrent", "stream", "chorus", "volley", "lot"}
    | {"deal", "host", "series", "round", "string"}
)
# Where a received stance comes from: "criticism [from] X", "support [among] X".
SOURCE_PREPS = frozenset({"from", "among"})
RECEIVED_OF_PREPS = frozenset({"of"})
# A stance received "under" it: "came under attack from X", "is under investigation by X".
UNDER_PREPS = frozenset({"under"})
AGENT_PREPS = frozenset({"by"})
# A phrase that frames what its clause does: "[in] a swipe at X, Cruz said ...".
FRAMING_PREPS = frozenset({"in"})
VERB_POS = frozenset({"VERB", "AUX"})
CONFIDENCE = 0.6


def _pobj(prep: Token) -> Token | None:
    return next((c for c in children_of(prep) if c.dep_ in {"pobj", "pcomp"}), None)


def _holder(noun: Token) -> Token | None:
    for child in children_of(noun):
        if child.dep_ in HOLDER_DEPS:
            return child
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            return _pobj(child)
    # "the allegations against Depp [made by Heard]": the agent of a participle that
    # describes the noun holds it.
    for child in children_of(noun):
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in children_of(child):
                if agent.dep_ == "agent" and (found := _pobj(agent)) is not None:
                    return found
    # "US support for Saudi Arabia", "Russian attacks on Aleppo": a named modifier.
    for child in children_of(noun):
        if child.dep_ in NAMED_HOLDER_DEPS and child.ent_type_ in HOLDER_ENTITY_TYPES:
            return child
    return None


def nominal_triples(sentence: Span) -> Iterator[Triple]:
    """Yield a triple for each cue noun with a holder and a target in the sentence.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> sent = next(load_pipeline()("It condemned Russia's invasion of Ukraine.").sents)
        >>> [(t.subject.text, t.lemma, t.object.text) for t in nominal_triples(sent)]
        [('Russia', 'invasion of', 'Ukraine')]
    """
    doc = sentence.doc
    tokens, pos, deps, lowers = tokens_of(doc), pos_of(doc), deps_of(doc), lowers_of(doc)
    # Only a noun with a listing preposition can name members (`role_members`).
    listing = {
        tokens[i].head.i
        for i in range(sentence.start, sentence.end)
        if deps[i] == "prep" and lowers[i] in LISTING_PREPS
    }
    for noun in tokens[sentence.start : sentence.end]:
        if noun.i in listing:
            yield from _member_triples(noun)
        cue = stance_noun_cue(noun) if pos[noun.i] == "NOUN" else None
        if cue is None:
            continue
        received = _received(noun) or _targeted(noun)
        if received is not None:
            yield received
            continue
        holder = _holder(noun)
        rule = "nominal:event"
        # Only a polar stance frames its clause: "in the call with Merkel" is an
        # encounter (`kg.extract.stance.frames` reads it as the clause's counterpart).
        if holder is None and cue.stance is not None and cue.stance.polarity:
            holder, rule = _framing_holder(noun), "nominal:framing"
        if holder is None:
            continue
        for prep in children_of(noun):
            if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPS - AGENT_PREPS:
                continue
            target = _pobj(prep)
            if target is None or target.i == holder.i:
                continue
            holder_tokens = [t.i for t in holder.subtree if t.dep_ != "case"]
            yield Triple(
                subject=Phrase.of(doc, holder_tokens, holder.i),
                relation=Phrase.of(doc, [noun.i, prep.i], noun.i),
                lemma=f"{noun.lemma_.lower()} {prep.lower_}",
                arguments=(argument(target),),
                predicate=noun.i,
                rule=rule,
                confidence=CONFIDENCE,
            )
            break


def _framing_holder(noun: Token) -> Token | None:
    """ "[In a swipe at Obama], Cruz said ...": the subject of the clause a stance noun
    frames holds it (also after the clause: "Cruz said ... in a swipe at Obama")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAMING_PREPS:
        return None
    verb = prep.head
    if verb.i == prep.i or verb.pos_ not in VERB_POS:
        return None
    return find_subject(verb)


def _member_triples(noun: Token) -> Iterator[Triple]:
    """ "Trump's [critics], including Pelosi": each member named holds the role's stance
    towards whom the role is about (Pelosi DISAPPROVE Trump)."""
    members = role_members(noun)
    if not members or find_cue("role", [f"{noun.lemma_.lower()} of"]) is None:
        return
    about = [c for c in children_of(noun) if c.dep_ in ROLE_TARGET_DEPS]
    about += [
        pobj
        for prep in children_of(noun)
        if prep.dep_ == "prep" and prep.lower_ == "of" and (pobj := _pobj(prep)) is not None
    ]
    if not about:
        return
    doc = noun.doc
    for member in members:
        yield Triple(
            subject=argument(member),
            relation=Phrase.of(doc, [noun.i], noun.i),
            lemma=noun.lemma_.lower(),
            arguments=(argument(about[0]),),
            predicate=noun.i,
            rule="nominal:members",
            confidence=CONFIDENCE,
        )


def _targeted(noun: Token) -> Triple | None:
    """ "Google was [the target of criticism from Warren]": Warren -> Google; "Trump, a
    frequent [target of Pelosi's attacks], ...": Pelosi -> Trump."""
    of, role = noun.head, noun.head.head
    if noun.dep_ != "pobj" or of.lower_ not in RECEIVED_OF_PREPS or of.i == role.i:
        return None
    if role.lemma_.lower() not in TARGET_NOUNS:
        return None
    # The copula's subject ("X was/became the target"), or the noun it is said of in
    # apposition ("X, a target of ...").
    if role.dep_ == "attr":
        receiver = next((c for c in children_of(role.head) if c.dep_ == "nsubj"), None)
    elif role.dep_ == "appos":
        receiver = role.head
    else:
        return None
    source = next(
        (
            found
            for owner in (noun, role)
            for prep in children_of(owner)
            if prep.dep_ == "prep"
            and prep.lower_ in SOURCE_PREPS | AGENT_PREPS
            and (found := _pobj(prep)) is not None
        ),
        None,
    ) or next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if receiver is None or source is None:
        return None
    return _received_triple(source, receiver, role, noun)


def _received(noun: Token) -> Triple | None:
    """ "Trump [faced criticism from Republicans]": Republicans -> Trump; "Manziel
    remains [under investigation by the NFL]": the NFL -> Manziel."""
    # "a barrage of [attacks]": the container stands where the stance noun would.
    contained = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    container = noun.head.head if contained else noun
    if container.lemma_.lower() not in CONTAINER_NOUNS:
        container = noun
    verb = container.head
    # A received stance's holder: "criticism [from] X", and for a receiving verb also
    # "the endorsement [of] X" ("won the endorsement of Obama").
    sources = SOURCE_PREPS | RECEIVED_OF_PREPS
    if container.dep_ == "pobj" and verb.lower_ in UNDER_PREPS:
        verb, sources = verb.head, SOURCE_PREPS | AGENT_PREPS
    elif container.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    receiver = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    source = next(
        (
            _pobj(prep)
            for owner in (noun, container, verb)
            for prep in children_of(owner)
            if prep.dep_ == "prep" and prep.lower_ in sources and _pobj(prep) is not None
        ),
        None,
    )
    # "has Obama's support": the possessor holds what the subject has.
    if source is None:
        source = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if source is None and verb.lemma_.lower() in HOLDING_VERBS:
        return None
    if receiver is None or source is None:
        return None
    return _received_triple(source, receiver, verb, noun)


def _received_triple(source: Token, receiver: Token, carrier: Token, noun: Token) -> Triple:
    """source -> receiver through a stance noun, with the word that carries it
    ("faced [criticism]", "the target [of] criticism")."""
    return Triple(
        subject=argument(source),
        relation=Phrase.of(noun.doc, [carrier.i, noun.i], noun.i),
        lemma=noun.lemma_.lower(),
        arguments=(argument(receiver),),
        predicate=noun.i,
        rule="nominal:received",
        confidence=CONFIDENCE,
    )
