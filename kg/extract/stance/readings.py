"""The readings of one clause: its own roles, and the stances it implies besides.

Constructions, each with an example:
- encounters: "In the call with Merkel, Trump agreed on X" -> Trump AGREE X, and
  Trump AGREE Merkel about X;
- reported judgements: "Redwood said the Bank had been wrong" -> Redwood DISAPPROVE
  the Bank (also after verbs of thinking: "found that X was to blame");
- attributed judgements, read from the reported clause itself: "Trump lied, Pelosi
  told reporters", "Trump, Pelosi said, is a liar", "Trump lied, according to
  Pelosi" -> Pelosi DISAPPROVE Trump; "“He is a disgrace,” Pelosi said of Trump" ->
  Pelosi DISAPPROVE Trump;
- co-agents of a passive: "criticized by Trump and (by) Pelosi" -> Pelosi DISAPPROVE too;
- listed members of a holder: "Several Republicans, including Murkowski, praised
  Schumer" -> Murkowski SUPPORT Schumer too;
- advocated stances: "called on Trump to reject the plan" -> the caller REJECT the plan
  (besides APPEAL Trump);
- reciprocal encounters: "Trump and Putin talked by phone" -> Trump CONSULT Putin and
  Putin CONSULT Trump (`kg.extract.stance.reciprocal`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.conjunctions import conjuncts
from kg.extract.phrases import argument
from kg.extract.speech import CONTENT_DEPS, SPEECH_LEMMAS, Attribution
from kg.extract.stance.cues import role_members, word_cue
from kg.extract.stance.evaluation import judgement
from kg.extract.stance.frames import StanceReading
from kg.extract.stance.negation import negation_reason
from kg.extract.stance.reciprocal import reciprocal_roles
from kg.extract.stance.roles import Roles, clause_roles
from kg.extract.stance.statement_context import StatementContext, is_actor
from kg.extract.stance.target_arguments import verb_targets
from kg.extract.tables import children_of
from kg.extract.triples import Triple, join_tokens
from kg.model import EntityRef

# Clause constructions whose content clause may judge an actor: "said that X was
# wrong" (speech), "found that X was to blame" (a verb with a clausal complement).
EVALUATING_CONSTRUCTIONS = (":speech", ":svc-clause")
# The speech verb's subject names the speaker of an attributed judgement.
SPEAKER_DEPS = frozenset({"nsubj"})
# Attributions whose token is the verb of saying that reports the clause.
REPORTING_KINDS = frozenset({"reported", "quote"})
# A speech verb inside the clause it reports: "Trump, Pelosi [said], is a liar".
PARENTHETICAL_DEPS = frozenset({"parataxis"})
# The preposition of whom a speaker speaks: "Pelosi said [of] Trump".
SPOKEN_OF_PREPS = frozenset({"of"})
# The preposition of a passive's agent: "criticized [by] Trump and [by] Pelosi".
AGENT_PREPOSITIONS = frozenset({"by"})
# Pronouns that stand for whom a speaker speaks of: "“[He] is a disgrace,” she said of X".
THIRD_PERSON = frozenset({"he", "him", "she", "her", "they", "them", "it"})
# The one an appeal is addressed to: "urged [voters] to reject Pelosi".
ADDRESSEE_DEPS = frozenset({"dobj"})
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
    attribution: Attribution | None = None,
) -> list[Roles]:
    """The clause's own reading, plus one towards the counterpart of an encounter:
    "In the call with Merkel, Trump agreed on X" -> Trump AGREE X, and Trump AGREE
    Merkel about X; and one towards the actor that reported content judges: "Redwood
    said the Bank had been wrong" -> Redwood DISAPPROVE the Bank."""
    roles = clause_roles(doc, triple, reading, context, speaker)
    found = [roles, *_co_agents(roles, context, speaker)]
    found += _listed_members(doc, triple, found, context, speaker)
    evaluation = _evaluation(doc, triple, roles, context, speaker)
    if evaluation is None:
        evaluation = _attributed_evaluation(doc, triple, reading, roles, context, attribution)
    if evaluation is not None:
        found.append(evaluation)
    advocated = _advocated(doc, triple, reading, roles, context, speaker)
    if advocated is not None:
        found.append(advocated)
    mutual = reciprocal_roles(doc, triple, reading, roles, context)
    # "They talked [by phone]": the partners replace a target that is only the means.
    # "They clashed [over the budget]": the topic of a conflict is no one's target.
    conflict = bool(mutual) and _polar(mutual[0])
    means_only = bool(mutual) and mutual[0].issue is None
    if (means_only or conflict) and not _has_actor_target(doc, roles, context, speaker):
        found.remove(roles)
    found.extend(mutual)
    if roles.target_head is None or is_actor(context, doc[roles.target_head], speaker):
        return found
    for index in reading.counterparts:
        if is_actor(context, doc[index], speaker):
            issue = join_tokens(doc, roles.target_tokens)
            tokens = argument(doc[index]).tokens
            rule = f"{roles.rule}:counterpart"
            found.append(Roles(roles.holder, roles.holder_ref, tokens, index, issue, rule, True))
    return found


def _co_agents(roles: Roles, context: StatementContext, speaker: EntityRef | None) -> list[Roles]:
    """The other agents of a passive: "criticized by Trump and Pelosi", "praised by
    Merkel and by Macron" -> Pelosi and Macron hold the stance too."""
    agent = roles.holder
    if agent is None or not roles.rule.endswith(":passive"):
        return []
    others = [t for t in conjuncts(agent) if t.i != agent.i]
    by = agent.head
    if agent.dep_ == "pobj" and by.lower_ in AGENT_PREPOSITIONS:
        for conjunct in conjuncts(by):
            if conjunct.i != by.i and conjunct.lower_ in AGENT_PREPOSITIONS:
                others += [c for c in children_of(conjunct) if c.dep_ == "pobj"]
    return [replace(roles, holder=o, holder_ref=context.actor(o, speaker)) for o in others]


def _listed_members(
    doc: Doc,
    triple: Triple,
    holders: list[Roles],
    context: StatementContext,
    speaker: EntityRef | None,
) -> list[Roles]:
    """Named members listed with a holder: "Several Republicans, [including] Senator
    Murkowski, praised Schumer" -> Murkowski SUPPORT Schumer too."""
    found = []
    for roles in holders:
        holder = roles.holder if roles.holder is not None else doc[triple.subject.head]
        for listed in role_members(holder):
            for member in conjuncts(listed):
                ref = context.actor(member, speaker)
                if ref is not None and ref != roles.holder_ref:
                    found.append(replace(roles, holder=member, holder_ref=ref))
    return found


def _polar(roles: Roles) -> bool:
    return roles.cue is not None and roles.cue.stance is not None and roles.cue.stance.polarity != 0


def _has_actor_target(
    doc: Doc, roles: Roles, context: StatementContext, speaker: EntityRef | None
) -> bool:
    return roles.target_head is not None and is_actor(context, doc[roles.target_head], speaker)


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


def _attributed_clause(doc: Doc, attribution: Attribution) -> Token | None:
    """The clause an attribution reports where no speech triple carries it: the content
    of a speech verb with an object ("..., Pelosi told [reporters]") or a person spoken
    of ("“He is a disgrace,” Pelosi said [of Trump]"), the clause a parenthetical
    speech verb interrupts ("Trump, Pelosi said, is a liar"), or the clause "according
    to" hangs from ("Trump lied, according to Pelosi")."""
    source = doc[attribution.token]
    if attribution.kind == "according-to":
        according = source.head.head
        if according.lower_ == "according" and according.dep_ == "prep":
            return according.head
        return None
    # A quote's speech verb ("“He is a disgrace,” Pelosi said") reports it as well.
    if attribution.kind not in REPORTING_KINDS or source.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    if source.dep_ in PARENTHETICAL_DEPS and source.head.i != source.i:
        return source.head
    content = next((c for c in children_of(source) if c.dep_ in CONTENT_DEPS), None)
    if content is None:
        return None
    # Only where the clause rules read the speech verb with an argument of its own
    # ("told [reporters]", "said [of Trump]", "said [in a statement]"): a bare "said"
    # is a speech triple with its own evaluation (`_evaluation`). An adjunct counts
    # only after content that comes first, as news attributes it ("Trump is a great
    # leader, Pelosi said in a statement"): "said [from Brisbane] that ..." is left out.
    own_argument = any(c.dep_ == "dobj" for c in children_of(source))
    adjunct = content.i < source.i and any(c.dep_ == "prep" for c in children_of(source))
    if own_argument or adjunct or _said_of(doc, attribution) is not None:
        return content
    return None


def _said_of(doc: Doc, attribution: Attribution) -> Token | None:
    """Whom a speaker speaks of: "“He is a disgrace,” Pelosi said [of Trump]"."""
    if attribution.kind == "according-to":
        return None
    for prep in children_of(doc[attribution.token]):
        if prep.dep_ == "prep" and prep.lower_ in SPOKEN_OF_PREPS:
            return next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return None


def _source_token(doc: Doc, attribution: Attribution) -> Token:
    """The words that name the speaker: the speech verb's subject, or the source."""
    source = doc[attribution.token]
    return next((c for c in children_of(source) if c.dep_ in SPEAKER_DEPS), source)


def _attributed_evaluation(
    doc: Doc,
    triple: Triple,
    reading: StanceReading,
    roles: Roles,
    context: StatementContext,
    attribution: Attribution | None,
) -> Roles | None:
    """The judgement a speaker's reported clause makes of its subject, read from the
    clause itself: "Trump lied about the economy, according to Pelosi" -> Pelosi
    DISAPPROVE Trump (see `_attributed_clause`)."""
    if attribution is None or attribution.speaker is None:
        return None
    # A clause with a stance of its own is its subject's stance, not a judgement of it:
    # "Trump expressed support for X, according to Carper" (DESIGN §4).
    if reading.cue is not None and reading.cue.stance is not None and reading.cue.stance.polarity:
        return None
    clause = _attributed_clause(doc, attribution)
    if clause is None or clause.i != triple.predicate:
        return None
    found = judgement(clause)
    if found is None:
        return None
    spoken_of = _said_of(doc, attribution)
    for index in found.targets:
        # "“He is a disgrace,” Pelosi said of Trump": the pronoun is whom she speaks of.
        if spoken_of is not None and doc[index].lower_ in THIRD_PERSON:
            index = spoken_of.i
        if is_actor(context, doc[index], attribution.speaker):
            return Roles(
                _source_token(doc, attribution),
                attribution.speaker,
                argument(doc[index]).tokens,
                index,
                None,
                f"{triple.rule}:attributed:evaluation",
                True,
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
    cue = word_cue("verb", asked)
    if cue is None or cue.stance is None or not cue.stance.polarity:
        return None
    # The appeal's addressee ("urged [voters] to reject Pelosi") does not hold the asked
    # stance's target role; the frame may have taken the asked verb's object as the
    # appeal's target, which stays a target here.
    addressees = {c.i for c in children_of(doc[reading.chain[0]]) if c.dep_ in ADDRESSEE_DEPS}
    for target in verb_targets(asked):
        if target.i not in addressees and is_actor(context, target, speaker):
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
