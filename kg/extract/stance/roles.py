"""Who holds a stance and what it is aimed at, read from a clause's parse.

Constructions, each with an example:
- active clause: "McCain denounced Putin" -> holder McCain, target Putin;
- passive with agent: "The camp was attacked by militiamen" (also a bare participle:
  "..., criticized by McCain") -> the agent holds, the subject is the target; a passive
  without agent has no holder, so it asserts no stance;
- frames: the first argument that is an actor is the target, the rest the issue:
  "called on [Trump] to reject X", "warned [Trump] of protectionism";
- evaluative labels: "(McCain ... remember that) Putin is a thug" -> the embedding
  clause's subject holds; naming verbs ("branded him unfit") keep their own subject.

The clause's further readings (encounters, reported judgements, advocated stances)
are `kg.extract.stance.readings`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.phrases import argument
from kg.extract.stance.authors import document_author
from kg.extract.stance.chain import caused_actor, is_transparent
from kg.extract.stance.controlled import OBJECT_CONTROLLED_RULE
from kg.extract.stance.cues import is_naming
from kg.extract.stance.frames import StanceReading
from kg.extract.stance.lexicon import Cue
from kg.extract.stance.statement_context import StatementContext, is_actor
from kg.extract.stance.target_arguments import TARGET_PREPS
from kg.extract.tables import children_of
from kg.extract.triples import Triple
from kg.model import EntityRef

# Prepositions that attach an issue to a target actor: "accused X [of] Y", "warned X [of] Y".
ISSUE_PREPS = frozenset({"of", "for", "about", "over"})
REFLEXIVE_PRONOUNS = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"}
)
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# A passive's complement, where the parser may hang its agent: "was branded [a traitor
# by Cruz]", "was described [as dangerous by Cruz]".
PASSIVE_COMPLEMENT_DEPS = frozenset({"oprd", "attr", "acomp", "xcomp"})
AGENT_WORDS = frozenset({"by"})
# Dependencies to climb from an evaluative clause to the clause whose subject holds it:
# "called on Trump to ... remember that [Putin is a thug]".
EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


@dataclass(frozen=True, slots=True)
class Roles:
    """Holder and target of one reading, as found in the parse, before resolution.

    Attributes:
        holder: The holder's head token, when it is not the triple's subject head.
        holder_ref: The holder, resolved (None when it is no actor).
        target_tokens: Doc indices of the target phrase.
        target_head: Doc index of the target's head, None without a target.
        issue: What the stance is about besides its target.
        rule: The triple's rule, with the construction appended (`:passive`, ...).
        stance_allowed: False when the reading cannot hold a stance (a passive without
            agent has no holder).
        cue: A cue of this reading that replaces the predicate's own (a reported
            judgement: "said the Bank was [wrong]"), or None.
        cue_token: Doc index of that cue's word.
    """

    holder: Token | None
    holder_ref: EntityRef | None
    target_tokens: tuple[int, ...]
    target_head: int | None
    issue: str | None
    rule: str
    stance_allowed: bool
    cue: Cue | None = None
    cue_token: int | None = None


def clause_roles(
    doc: Doc,
    triple: Triple,
    reading: StanceReading,
    context: StatementContext,
    speaker: EntityRef | None,
) -> Roles:
    """The holder, target and issue of a clause's own reading (see the module docstring)."""
    subject = doc[triple.subject.head]
    target = triple.object
    target_tokens = target.tokens if target else ()
    target_head = target.head if target else None
    main = doc[reading.chain[0]]
    # "Republicans blocked it, prompting Democrats to accuse them": the caused act is
    # the causative's object's (`kg.extract.stance.controlled`), not the subject's.
    caused = caused_actor(main)
    if caused is not None and caused.i != subject.i:
        holder_ref = context.actor(subject, speaker)
        return Roles(subject, holder_ref, target_tokens, target_head, None, triple.rule, False)
    # Passive: "A camp was attacked by militiamen" -> the agent holds, the subject is hit;
    # also in a relative clause: "Hilaria, who was accused by a reporter".
    # A bare participle with an agent is passive too: "..., criticized by John McCain".
    passive_verb = any(
        c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass", "agent"} for c in children_of(main)
    )
    # A past participle modifying its noun is passive even without an agent: "a
    # veteran [accused] of shooting at cars" is accused, by nobody named; one with a
    # subject of its own is a perfect ("a statement that Google [had attacked] X").
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in children_of(main))
    reduced = main.dep_ == "acl" and main.tag_ == "VBN" and not own_subject
    passive_verb = passive_verb or reduced
    # A passive verb that only raises its subject to the cue verb it controls is no
    # passive of the cue: "Americans [are set] to blame Republicans" -> Americans hold.
    raised = reading.cue_token not in (None, main.i) and is_transparent(main)
    # ... but a passive cue verb down the chain is: "X's decision is likely [to be
    # welcomed] by Republicans" -> Republicans hold.
    carrier = doc[reading.cue_token] if reading.cue_token is not None else main
    passive_cue = raised and any(c.dep_ in {"auxpass", "agent"} for c in children_of(carrier))
    # "X was accused of [attacking] Y": X is the passive's subject, but the gerund's actor.
    own_act = triple.rule == OBJECT_CONTROLLED_RULE
    passive = (subject.dep_ in PASSIVE_SUBJECT_DEPS or passive_verb) and not raised
    if (passive and not own_act) or passive_cue:
        agent = _agent(doc, reading)
        if agent is None:
            holder_ref = context.actor(subject, speaker)
            return Roles(subject, holder_ref, target_tokens, target_head, None, triple.rule, False)
        return Roles(
            agent,
            context.actor(agent, speaker),
            triple.subject.tokens,
            subject.i,
            None,
            f"{triple.rule}:passive",
            True,
        )
    # Evaluative label: "(McCain ... remember that) Putin is a thug" -> McCain holds.
    if reading.kind == "label" and not is_naming(doc[reading.cue_token or main.i]):
        embedding = _embedding_subject(main)
        holder_ref = context.actor(embedding, speaker) if embedding is not None else speaker
        return Roles(
            embedding,
            holder_ref,
            triple.subject.tokens,
            subject.i,
            None,
            f"{triple.rule}:label",
            True,
        )
    holder_ref = document_author(subject, context.actors) or context.actor(subject, speaker)
    # The clause parser may take an adjunct for the object ("[In the call] ..., Trump
    # agreed on X"): the typed reading's first argument is the better literal target.
    if target is not None and _adjunct(doc[target.head]) and reading.targets:
        first = argument(doc[reading.targets[0]])
        target_tokens, target_head = first.tokens, first.head
    # Frames: the first argument that is an actor is the target, the rest the issue:
    # "called on [Trump] to reject ...", "warned [Trump] of ...".
    # The clause's own object if it is an actor; else named actors among the other
    # arguments before nominal groups: "is willing to send aid to [Saudi Arabia]".
    candidates = [i for i in (target_head, *reading.targets) if i is not None]
    # A reflexive object is the holder itself; the cue's other argument is the target:
    # "Trump distanced [himself] from Pelosi" -> Trump REJECT Pelosi.
    if target_head is not None and doc[target_head].lower_ in REFLEXIVE_PRONOUNS:
        candidates = [i for i in candidates if i != target_head] or candidates
    # A received stance is aimed at its receiver, never at its source: "Trump's remarks
    # drew criticism [from Democrats]".
    if triple.rule.endswith(":received") and target_head is not None:
        candidates = [target_head]
    # A role's target comes from the role noun ("a Peta supporter" -> Peta), not the
    # noun itself.
    if reading.kind == "role" and reading.targets:
        candidates = [i for i in reading.targets if i != reading.cue_token]
    for named_only in (True, False):
        for index in dict.fromkeys(candidates):
            own = index == target_head
            if is_actor(context, doc[index], speaker, named_only=named_only and not own):
                rule = triple.rule if index == target_head else f"{triple.rule}:frame"
                tokens = target_tokens if index == target_head else argument(doc[index]).tokens
                issue = _issue(doc, reading, candidates, skip=index)
                return Roles(subject, holder_ref, tokens, index, issue, rule, True)
    issue = _issue(doc, reading, candidates, skip=target_head, clause=False)
    return Roles(subject, holder_ref, target_tokens, target_head, issue, triple.rule, True)


def _coordinated(token: Token) -> Iterator[int]:
    """The token and every token coordinated with it ("Abe, Turnbull and Merkel")."""
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    stack = [top]
    while stack:
        current = stack.pop()
        yield current.i
        stack.extend(child for child in children_of(current) if child.dep_ == "conj")


def _adjunct(head: Token) -> bool:
    """Whether an argument is a time, place or source adjunct ("in the call", "after X")."""
    return head.dep_ == "pobj" and head.head.lower_ not in TARGET_PREPS


def _agent(doc: Doc, reading: StanceReading) -> Token | None:
    for index in reading.chain:
        for child in children_of(doc[index]):
            if child.dep_ == "agent":
                return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    # "Obama was branded a traitor [by Cruz]": the parser hangs the agent from the
    # passive's complement.
    for index in reading.chain:
        for complement in children_of(doc[index]):
            if complement.dep_ not in PASSIVE_COMPLEMENT_DEPS:
                continue
            for prep in children_of(complement):
                if prep.dep_ == "prep" and prep.lower_ in AGENT_WORDS:
                    return next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return None


def _embedding_subject(clause: Token) -> Token | None:
    token = clause
    while token.dep_ in EMBEDDING_DEPS and token.head.i != token.i:
        token = token.head
        subject = next((c for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def _issue(
    doc: Doc, reading: StanceReading, candidates: list[int], skip: int | None, clause: bool = True
) -> str | None:
    """What the stance is about besides its target: "call on X [to reject ...]".

    The controlled clause is the issue only beside an actor target (`clause`); without
    one it is the target itself ("vowed [to uphold an agreement]").
    """
    if clause and reading.issue is not None and reading.issue != skip:
        return argument(doc[reading.issue], split_conjuncts=False).text
    # The target's coordinated siblings are further targets, not the issue.
    siblings = set(_coordinated(doc[skip])) if skip is not None else set()
    rest = [i for i in candidates if i not in siblings and not _adjunct(doc[i])]
    # "warned [Trump of protectionism]": the parser often hangs the issue on the target.
    if clause and skip is not None:
        rest += [
            pobj.i
            for prep in children_of(doc[skip])
            if prep.dep_ == "prep" and prep.lower_ in ISSUE_PREPS
            for pobj in children_of(prep)
            if pobj.dep_ in {"pobj", "pcomp"}
        ]
    return argument(doc[rest[0]], split_conjuncts=False).text if rest else None
