"""The readings of one clause: its own roles, and the stances it implies besides.

Constructions, each with an example:
- encounters: "In the call with Merkel, Trump agreed on X" -> Trump AGREE X, and
  Trump AGREE Merkel about X;
- reported judgements: "Redwood said the Bank had been wrong" -> Redwood DISAPPROVE
  the Bank (also after verbs of thinking: "found that X was to blame");
- advocated stances: "called on Trump to reject the plan" -> the caller REJECT the plan
  (besides APPEAL Trump).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.phrases import argument
from kg.extract.stance.cues import cue_candidates
from kg.extract.stance.evaluation import judgement
from kg.extract.stance.frames import StanceReading
from kg.extract.stance.lexicon import find_cue
from kg.extract.stance.negation import negation_reason
from kg.extract.stance.roles import Roles, clause_roles
from kg.extract.stance.statement_context import StatementContext, is_actor
from kg.extract.stance.target_arguments import verb_targets
from kg.extract.triples import Triple, join_tokens
from kg.model import EntityRef

# Clause constructions whose content clause may judge an actor: "said that X was
# wrong" (speech), "found that X was to blame" (a verb with a clausal complement).
EVALUATING_CONSTRUCTIONS = (":speech", ":svc-clause")
# Stances whose controlled clause is what the holder asks for: "urged X [to attack Y]".
ADVOCATING_STANCES = frozenset({"APPEAL", "DEMAND"})
# Verbs with a clausal complement that state a holder's view, besides verbs of saying:
# "found that X was to blame" (but not "help Ukraine fulfil", "show that").
THINKING_VERBS = frozenset(
    {
        "think",
        "believe",
        "feel",
        "find",
        "consider",
        "contend",
        "conclude",
        "fear",
        "suspect",
        "complain",
        "allege",
        "accuse",
        "charge",
        "argue",
        "insist",
        "suggest",
        "assert",
        "claim",
        "worry",
        "say",
    }
)


def readings(
    doc: Doc,
    triple: Triple,
    reading: StanceReading,
    context: StatementContext,
    speaker: EntityRef | None,
) -> list[Roles]:
    """The clause's own reading, plus one towards the counterpart of an encounter:
    "In the call with Merkel, Trump agreed on X" -> Trump AGREE X, and Trump AGREE
    Merkel about X; and one towards the actor that reported content judges: "Redwood
    said the Bank had been wrong" -> Redwood DISAPPROVE the Bank."""
    roles = clause_roles(doc, triple, reading, context, speaker)
    found = [roles]
    evaluation = _evaluation(doc, triple, roles, context, speaker)
    if evaluation is not None:
        found.append(evaluation)
    advocated = _advocated(doc, triple, reading, roles, context, speaker)
    if advocated is not None:
        found.append(advocated)
    if roles.target_head is None or is_actor(context, doc[roles.target_head], speaker):
        return found
    for index in reading.counterparts:
        if is_actor(context, doc[index], speaker):
            issue = join_tokens(doc, roles.target_tokens)
            tokens = argument(doc[index]).tokens
            rule = f"{roles.rule}:counterpart"
            found.append(Roles(roles.holder, roles.holder_ref, tokens, index, issue, rule, True))
    return found


def _evaluation(
    doc: Doc,
    triple: Triple,
    roles: Roles,
    context: StatementContext,
    speaker: EntityRef | None,
) -> Roles | None:
    """The speaker's judgement of the actor its content clause is about, if any."""
    if not triple.rule.endswith(EVALUATING_CONSTRUCTIONS) or triple.object is None:
        return None
    verb = doc[triple.predicate]
    if triple.rule.endswith(":svc-clause") and verb.lemma_.lower() not in THINKING_VERBS:
        return None
    found = judgement(doc[triple.object.head])
    if found is None:
        return None
    for index in found.targets:
        if is_actor(context, doc[index], speaker):
            tokens = argument(doc[index]).tokens
            rule = f"{triple.rule}:evaluation"
            return replace(
                roles,
                target_tokens=tokens,
                target_head=index,
                issue=None,
                rule=rule,
                cue=found.cue,
                cue_token=found.cue_token,
            )
    return None


def _advocated(
    doc: Doc,
    triple: Triple,
    reading: StanceReading,
    roles: Roles,
    context: StatementContext,
    speaker: EntityRef | None,
) -> Roles | None:
    """The stance an appeal asks for, held by whoever appeals: "urged supporters to
    attack Republicans" -> the campaign DISAPPROVE Republicans; "called on Trump to
    reject the plan" -> McCain REJECT the plan (besides APPEAL Trump)."""
    if reading.cue is None or reading.cue.stance is None or reading.issue is None:
        return None
    if reading.cue.stance.name not in ADVOCATING_STANCES:
        return None
    asked = doc[reading.issue]
    if negation_reason([asked]) is not None:
        return None
    cue = find_cue("verb", cue_candidates(asked))
    if cue is None or cue.stance is None or not cue.stance.polarity:
        return None
    for target in verb_targets(asked):
        if target.i != roles.target_head and is_actor(context, target, speaker):
            return replace(
                roles,
                target_tokens=argument(target).tokens,
                target_head=target.i,
                issue=None,
                rule=f"{triple.rule}:advocated",
                cue=cue,
                cue_token=asked.i,
            )
    return None
