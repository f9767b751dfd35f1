"""Reciprocal encounters: several actors who met, talked or agreed did so with each other.

Constructions, each with an example:
- conjoined subjects: "Trump and Putin talked by phone" -> Trump CONSULT Putin, and
  Putin CONSULT Trump (each conjunct's own triple gets the others as partners);
- a set of actors: "the leaders met in Helsinki" (the leaders = Trump and Putin) -> the
  same two statements;
- agreements: "Israel and Hamas reached a deal" -> Israel AGREE Hamas, issue "a deal";
- conflicts: "Trump and Pelosi clashed over the budget" -> Trump DISAPPROVE Pelosi and
  back (typed as "clashed with"), issue "the budget", which is no target of its own;
- what they talked about stays the issue: "Merkel and Macron discussed Ukraine" ->
  Merkel CONSULT Macron, issue "Ukraine" (besides Merkel CONSULT Ukraine); a means or a
  time is no issue, and gives way to the partners: "talked [by phone]", "met [on Monday]";
- a bare "spoke" by some means: "Zelenskiy and Scholz spoke [by phone]" (but "spoke at
  a rally" is two speeches).

A verb that names a partner of its own ("met [with] Abe", "spoke [to] reporters", "met
[the Pope]") is an ordinary encounter with that partner, so it gets no reciprocal reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.conjunctions import conjuncts
from kg.extract.phrases import argument
from kg.extract.stance.frames import StanceReading
from kg.extract.stance.lexicon import Cue, find_cue
from kg.extract.stance.negation import negation_reason
from kg.extract.stance.roles import Roles
from kg.extract.stance.statement_context import StatementContext, is_actor
from kg.extract.tables import children_of
from kg.extract.triples import Triple, join_tokens

# Verbs whose plural subject meets itself: "they [met]", "the two sides [negotiated]"
# (not "visit", "host", "call": those need someone else).
RECIPROCAL_VERBS = frozenset(
    {"meet", "talk", "speak", "confer", "negotiate", "discuss", "chat", "consult"}
    # "Israel and Hamas [reached] a deal", "the two leaders [agreed] on X".
    | {"agree", "reach", "strike", "sign", "conclude", "seal"}
)
RECIPROCAL_STANCES = frozenset({"CONSULT", "AGREE"})
# Verbs whose plural subject is at odds with itself: "Israel and Hamas [fought]",
# "Trump and Pelosi [clashed] over the budget".
CONFLICT_VERBS = frozenset({"clash", "fight", "battle", "spar", "feud", "quarrel", "bicker"})
# Verbs that are a conversation only by some means: "spoke [by] phone", "[over] a video link".
MEANS_VERBS = frozenset({"speak"})
MEANS_PREPS = frozenset({"by", "over", "via"})
# Prepositions that name the partner: "met [with] Abe", "spoke [to] reporters".
PARTNER_PREPS = frozenset({"with", "to"})
# How a target becomes the issue talked about: "discussed [Ukraine]", "talked [about] X".
ISSUE_DEPS = frozenset({"dobj"})
ISSUE_PREPS = frozenset({"about", "on", "over"})
# Targets that are a partner rather than a topic: "met [the Pope]".
PARTNER_TYPES = frozenset({"person", "organization", "group"})
# When, not what: "met [on Monday]".
TIME_LABELS = frozenset({"DATE", "TIME"})
RULE_SUFFIX = ":reciprocal"


def reciprocal_roles(
    doc: Doc, triple: Triple, reading: StanceReading, roles: Roles, context: StatementContext
) -> list[Roles]:
    """Readings towards the other actors of a reciprocal encounter, if the clause is one.

    A set reference ("the leaders") gives one reading whose target is the set itself: the
    statements pair each member with the others (`kg.extract.statements`).
    """
    cue, verb = _encounter(doc, reading)
    if cue is None or verb is None or _names_a_partner(verb, roles, context):
        return []
    # "The two leaders didn't discuss sanctions": the denial is about the topic, and the
    # clause's own negated statement says so; a negated "X with Y" edge would read as
    # "they did not talk".
    chain = [doc[i] for i in reading.chain]
    if triple.negated or negation_reason(chain, doc[triple.subject.head]) is not None:
        return []
    holder = roles.holder if roles.holder is not None else doc[triple.subject.head]
    issue = _issue(doc, roles)
    rule = roles.rule + RULE_SUFFIX
    if len(context.actors.resolve_all(holder.i)) > 1:
        tokens = argument(holder).tokens
        return [Roles(holder, roles.holder_ref, tokens, holder.i, issue, rule, True, cue, verb.i)]
    if roles.holder_ref is None:
        return []
    partners = [
        token
        for token in conjuncts(_first_conjunct(holder))
        if token.i != holder.i and is_actor(context, token, None)
    ]
    return [
        Roles(
            roles.holder, roles.holder_ref, argument(p).tokens, p.i, issue, rule, True, cue, verb.i
        )
        for p in partners
    ]


def _encounter(doc: Doc, reading: StanceReading) -> tuple[Cue | None, Token | None]:
    """The encounter cue and its verb, when the clause is a meeting or a talk."""
    if reading.cue is not None and reading.cue_token is not None:
        verb = doc[reading.cue_token]
        # "Trump and Pelosi clashed over the budget": each against the other, typed as
        # "clashed with" would be.
        if verb.lemma_.lower() in CONFLICT_VERBS and verb.i == reading.cue_token:
            lemma = verb.lemma_.lower()
            return find_cue("verb", [f"{lemma} with", lemma]), verb
        stance = reading.cue.stance
        encounter = stance is not None and stance.name in RECIPROCAL_STANCES
        if encounter and verb.lemma_.lower() in RECIPROCAL_VERBS:
            return reading.cue, verb
        return None, None
    # "Zelenskiy and Scholz spoke [by] phone": a bare "spoke" is a speech ("spoke at a
    # rally"); a means of talking makes it a conversation.
    verb = doc[reading.chain[-1]]
    lemma = verb.lemma_.lower()
    if lemma in MEANS_VERBS and any(
        c.dep_ == "prep" and c.lower_ in MEANS_PREPS for c in children_of(verb)
    ):
        return find_cue("verb", [f"{lemma} with"]), verb
    return None, None


def _names_a_partner(verb: Token, roles: Roles, context: StatementContext) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in children_of(verb)):
        return True
    if roles.target_head is None:
        return False
    target = verb.doc[roles.target_head]
    return any(ref.type in PARTNER_TYPES for ref in context.actors.resolve_all(target.i))


def _issue(doc: Doc, roles: Roles) -> str | None:
    """The topic of the encounter, not its means or time ("by phone", "for an hour")."""
    if roles.target_head is None:
        return None
    target = doc[roles.target_head]
    if target.ent_type_ in TIME_LABELS:
        return None
    topical = target.dep_ in ISSUE_DEPS or (
        target.dep_ == "pobj" and target.head.lower_ in ISSUE_PREPS
    )
    return join_tokens(doc, roles.target_tokens) if topical else None


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
