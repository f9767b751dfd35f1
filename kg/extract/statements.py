"""Turn triples into statements: holders, targets, stance, negation, modality, speakers.

A triple becomes a statement only when its holder resolves to an actor (an entity, the
speaker of a first-person quote, or a nominal group): the graph never gets a pronoun or
an unresolved phrase as an actor. Everything dropped is counted with its reason.

Constructions, each with an example:
- active clause: "McCain denounced Putin" -> McCain DISAPPROVE Putin;
- passive with agent: "The camp was attacked by militiamen" -> militiamen ASSAULT camp;
  a passive without agent has no holder, so it asserts no stance;
- frames: "called on Trump to reject X" -> APPEAL Trump, issue "reject X";
- evaluative labels: "remember that Putin is a thug" -> the holder of the embedding
  clause (McCain) DISAPPROVE Putin;
- first-person quotes: "“I’m opposed to ...,” McConnell said" -> McConnell REJECT ...;
- embedded speech: "A said B criticised C" -> B DISAPPROVE C, attributed to A.

Typing is `kg.extract.stance.frames`, holders and targets `kg.extract.stance.roles` (and
a clause's further readings `kg.extract.stance.readings`), speakers `kg.extract.speech`;
this module puts them together with negation, modality and provenance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex
from kg.extract.phrases import argument
from kg.extract.speech import (
    CONTENT_DEPS,
    SPEECH_LEMMAS,
    Attribution,
    according_to,
    attribute,
    is_reported_content,
)
from kg.extract.stance.controlled import controlled_triples
from kg.extract.stance.frames import StanceReading, read_predicate
from kg.extract.stance.holders import is_pronoun_form
from kg.extract.stance.modality import modality_of
from kg.extract.stance.negation import FAILING_VERBS, negation_reason
from kg.extract.stance.path import dependency_path
from kg.extract.stance.readings import readings
from kg.extract.stance.reciprocal import RULE_SUFFIX as RECIPROCAL_RULE_SUFFIX
from kg.extract.stance.roles import Roles
from kg.extract.stance.statement_context import (
    PERSONAL_PRONOUNS,
    StatementContext,
    nominal_target,
)
from kg.extract.tables import offsets_of, span_text, texts_of
from kg.extract.triples import Triple, join_tokens
from kg.ids import short_hash
from kg.model import EntityRef, Statement

# Adverbs that stand for a place or time named elsewhere: no target on their own.
PRO_ADVERBS = frozenset({"there", "here", "then", "thence", "hence"})
# Prepositions that give a verb of saying its setting, not what it is about: "said
# [in] a statement", "said [on] ABC's program", "said [at] a news conference".
SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "via", "through"})
# How much less sure a reported judgement (or the stance an appeal asks for) is than
# the clause it is read from.
EVALUATION_PENALTY = 0.2


def build_statements(
    doc_id: str,
    doc: Doc,
    sentence_index: int,
    sentence: Span,
    triples: list[Triple],
    actors: ActorIndex,
    dropped: Counter[str],
    context: StatementContext | None = None,
) -> Iterator[Statement]:
    """Yield a statement for each triple whose holder is an actor; count the rest.

    Statements that say the same thing twice (same holder, relation, target, stance,
    negation and speaker, from two readings of one sentence) are merged into the most
    confident one and counted as `duplicate statement merged`.
    """
    context = context or StatementContext.of(doc, actors)
    # Stance verbs the clause rules found no subject for (kg.extract.stance.controlled).
    covered = {i for triple in triples for i in (triple.predicate, *triple.relation.tokens)}
    triples = [*triples, *controlled_triples(sentence, covered)]
    merged: dict[tuple[object, ...], Statement] = {}
    for statement in _statements(doc_id, doc, sentence_index, sentence, triples, context, dropped):
        key = _identity(statement)
        old = merged.get(key)
        if old is not None:
            dropped["duplicate statement merged"] += 1
        if old is None or statement.confidence > old.confidence:
            merged[key] = statement
    yield from merged.values()


def _identity(statement: Statement) -> tuple[object, ...]:
    """What makes two statements of one sentence the same claim."""
    speaker = statement.attributed_to
    return (
        statement.subject.id or statement.subject.label,
        statement.relation,
        statement.object.id or statement.object.label,
        statement.stance,
        statement.negated,
        speaker.id if speaker else None,
    )


def _statements(
    doc_id: str,
    doc: Doc,
    sentence_index: int,
    sentence: Span,
    triples: list[Triple],
    context: StatementContext,
    dropped: Counter[str],
) -> Iterator[Statement]:
    if not triples:
        return
    actors = context.actors
    # Once per sentence, not per triple: both scan the whole sentence.
    sentence_text = span_text(sentence).strip()
    source = according_to(sentence)
    for each in triples:
        triple = _reported_content(doc, each)
        if triple is None:
            dropped["speech content across a clause break"] += 1
            continue
        reading = read_predicate(doc[triple.predicate])
        main = doc[reading.chain[0]]
        attribution = attribute(main, source, actors, context.quotes)
        speaker = attribution.speaker if attribution else None
        for roles in readings(doc, triple, reading, context, speaker, attribution):
            if _said_where_or_when(doc, triple, reading, roles):
                dropped["where or when it was said is no target"] += 1
                continue
            for holder, obj, about in _resolve(doc, roles, context, speaker, dropped):
                context.remember(holder)
                context.remember(obj)
                yield _statement(
                    doc_id,
                    doc,
                    sentence_index,
                    sentence,
                    sentence_text,
                    triple,
                    reading,
                    replace(roles, holder_ref=holder),
                    obj,
                    about,
                    attribution,
                )


def _said_where_or_when(doc: Doc, triple: Triple, reading: StanceReading, roles: Roles) -> bool:
    """An act of saying whose target is its setting: "The White House said [in a
    statement]", "McConnell said [on ABC's program]", "told reporters [at the Capitol]".
    Such a statement would be an edge to "a statement" or to the Capitol; what was said
    comes from the content clause or the quote."""
    cue = roles.cue or reading.cue
    if cue is None or cue.stance is None or cue.stance.name != "STATEMENT":
        return False
    if roles.target_head is None or doc[triple.predicate].lemma_.lower() not in SPEECH_LEMMAS:
        return False
    head = doc[roles.target_head]
    preposition = head.head
    return (
        head.dep_ == "pobj"
        and preposition.lower_ in SETTING_PREPS
        and preposition.head.i == triple.predicate
    )


def _reported_content(doc: Doc, triple: Triple) -> Triple | None:
    """A speech triple whose content really is what its verb reports: "The White House
    said X; Merkel has said she wants Y" -> Merkel said [she wants Y], not [The White
    House said X] (`kg.extract.speech.is_reported_content`). None when no argument is."""
    if not triple.rule.endswith(":speech") or triple.object is None:
        return triple
    verb = doc[triple.predicate]
    if is_reported_content(doc[triple.object.head], verb):
        return triple
    for position, argument_phrase in enumerate(triple.arguments):
        head = doc[argument_phrase.head]
        content = head.head.i == verb.i and head.dep_ in CONTENT_DEPS
        if content and is_reported_content(head, verb):
            rest = triple.arguments[:position] + triple.arguments[position + 1 :]
            kept = tuple(a for a in rest if is_reported_content(doc[a.head], verb))
            return replace(triple, arguments=(argument_phrase, *kept))
    return None


def _all(token: Token | None, context: StatementContext) -> tuple[EntityRef, ...]:
    """The members of a plural reference ("the two leaders", "they"), if it is one."""
    if token is None:
        return ()
    members = context.actors.resolve_all(token.i)
    return members if len(members) > 1 else ()


def _resolve(
    doc: Doc,
    roles: Roles,
    context: StatementContext,
    speaker: EntityRef | None,
    dropped: Counter[str],
) -> list[tuple[EntityRef, EntityRef, tuple[EntityRef, ...]]]:
    """(holder, target, entities a literal target mentions) for one reading: one triple
    per member of a plural holder or target; none (counted in `dropped`) to drop."""
    actors = context.actors
    holders = _all(roles.holder, context) or (
        (roles.holder_ref,) if roles.holder_ref is not None else ()
    )
    if not holders:
        dropped["subject is not an actor"] += 1
        return []
    if roles.target_head is None:
        dropped["no object"] += 1
        return []
    target = doc[roles.target_head]
    # "fighters based [there]": a pro-adverb stands for a place the parse cannot name.
    if target.lower_ in PRO_ADVERBS and len(roles.target_tokens) == 1:
        dropped[f"object is a pro-adverb ({target.lower_})"] += 1
        return []
    obj = context.actor(target, speaker) if target.pos_ == "PRON" else None
    obj = obj or actors.resolve_head(target.i)
    objects = _all(target, context) or ((obj,) if obj else ())
    objects = objects or tuple(filter(None, [nominal_target(context, target)]))
    if not objects and is_pronoun_form(target, PERSONAL_PRONOUNS):
        dropped["object is an unresolved pronoun"] += 1
        return []
    literal = EntityRef(None, join_tokens(doc, roles.target_tokens), None)
    about = () if objects else actors.entities_in(roles.target_tokens)
    found = []
    for holder in holders:
        for each in objects or (literal,):
            if each.id is not None and each.id == holder.id:
                # "The leaders met": each member met the others, not himself.
                if not roles.rule.endswith(RECIPROCAL_RULE_SUFFIX):
                    dropped["subject and object are the same actor"] += 1
                continue
            found.append((holder, each, about))
    return found


def _statement(
    doc_id: str,
    doc: Doc,
    sentence_index: int,
    sentence: Span,
    sentence_text: str,
    triple: Triple,
    reading: StanceReading,
    roles: Roles,
    obj: EntityRef,
    about: tuple[EntityRef, ...],
    attribution: Attribution | None,
) -> Statement:
    assert roles.holder_ref is not None
    assert roles.target_head is not None
    if roles.cue is not None and roles.cue.stance is not None:
        # A reading with its own cue (a reported judgement) is typed by that cue.
        intensity = roles.cue.stance.intensity
        reading = replace(reading, cue=roles.cue, cue_token=roles.cue_token, intensity=intensity)
    if roles.holder is None or roles.holder.i == triple.subject.head:
        holder_tokens = triple.subject.tokens
    else:
        holder_tokens = argument(roles.holder).tokens
    tokens = holder_tokens + triple.relation.tokens + roles.target_tokens
    starts, texts = offsets_of(doc)[1], texts_of(doc)
    start = max(min(starts[i] for i in tokens), sentence.start_char)
    end = min(max(starts[i] + len(texts[i]) for i in tokens), sentence.end_char)
    chain = [doc[i] for i in reading.chain]
    holder_token = roles.holder if roles.holder is not None else doc[triple.subject.head]
    reason = negation_reason(chain, doc[triple.subject.head])
    negated = triple.negated or reason is not None
    stance = reading.cue.stance if reading.cue and roles.stance_allowed and not negated else None
    relation = _without_failing_verb(triple.lemma) if negated else triple.lemma
    if roles.rule.endswith("passive"):
        verbs = " ".join(t.lemma_.lower() for t in chain)
        relation = reading.cue.text if reading.cue and reading.kind != "label" else verbs
    elif reading.cue is not None and roles.rule.endswith("frame"):
        relation = reading.cue.text
    elif roles.rule.endswith(":attributed:evaluation") and reading.cue is not None:
        assert attribution is not None
        source = doc[attribution.token]
        said = "according to" if attribution.kind == "according-to" else source.lemma_.lower()
        relation = f"{said} {reading.cue.text}"
    elif roles.rule.endswith("evaluation") and reading.cue is not None:
        relation = f"{triple.lemma} {reading.cue.text}"
    elif roles.rule.endswith(RECIPROCAL_RULE_SUFFIX) and reading.cue is not None:
        # "talk with", "strike deal with" (the cue names the encounter).
        text = reading.cue.text
        relation = text if text.endswith(" with") else f"{text} with"
    elif roles.rule.endswith("counterpart"):
        relation = f"{doc[reading.chain[0]].lemma_.lower()} with"
    elif reading.cue is not None and (roles.rule.endswith("label") or reading.kind == "adj"):
        relation = f"be {reading.cue.text}"
    statement_id = "st-" + short_hash(
        doc_id,
        start,
        end,
        roles.rule,
        roles.holder_ref.id,
        relation,
        obj.id or obj.label,
        roles.issue or "",
    )
    return Statement(
        id=statement_id,
        doc_id=doc_id,
        sentence_index=sentence_index,
        char_start=start,
        char_end=end,
        sentence=sentence_text,
        subject=roles.holder_ref,
        relation=relation,
        relation_text=triple.relation.text,
        object=obj,
        stance=stance.name if stance else None,
        polarity=stance.polarity if stance else 0,
        negated=negated,
        modality=modality_of(chain),
        attributed_to=attribution.speaker if attribution else None,
        confidence=_confidence(triple, roles),
        rule=roles.rule,
        cue=reading.cue.text if reading.cue else None,
        about=about,
        intensity=reading.intensity if stance else 0.0,
        issue=roles.issue,
        speech=attribution.kind if attribution and attribution.speaker else None,
        path=dependency_path(holder_token, doc[roles.target_head]),
        subject_text=join_tokens(doc, holder_tokens),
        object_text=join_tokens(doc, roles.target_tokens),
    )


def _without_failing_verb(relation: str) -> str:
    """ "fail to persuade" -> "persuade": the statement is negated already, and "NOT fail
    to persuade" would read as a double negative."""
    words = relation.split()
    if len(words) > 2 and words[0] in FAILING_VERBS and words[1] == "to":
        return " ".join(words[2:])
    return relation


def _confidence(triple: Triple, roles: Roles) -> float:
    """The triple's confidence, lowered for readings that infer more from the parse."""
    score = triple.confidence
    if roles.holder_ref is not None and roles.holder_ref.type == "group":
        score -= 0.1
    if roles.rule.endswith((":frame", ":passive", ":label")):
        score -= 0.05
    # A judgement read from evaluative words is weaker evidence than a stance verb.
    if roles.rule.endswith((":evaluation", ":advocated")):
        score -= EVALUATION_PENALTY
    return round(max(0.05, min(0.99, score)), 3)
