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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex
from kg.extract.phrases import argument
from kg.extract.speech import Attribution, QuoteSpeakers, attribute
from kg.extract.stance.frames import TARGET_PREPS, StanceReading, is_naming, read_predicate
from kg.extract.stance.holders import FIRST_PERSON, resolve_holder
from kg.extract.stance.modality import modality_of
from kg.extract.stance.negation import negation_reason
from kg.extract.stance.path import dependency_path
from kg.extract.triples import Triple, join_tokens
from kg.ids import short_hash
from kg.model import Entity, EntityRef, Statement

# Pronouns that must resolve to an actor to be a target; others ("some of the
# proposals", "anything") stay literal.
PERSONAL_PRONOUNS = frozenset(
    {"he", "him", "she", "her", "it", "they", "them", "we", "us", "i", "me", "you"}
    | {"what", "which", "who", "whom", "that", "whatever"}
)
# Prepositions that attach an issue to a target actor: "accused X [of] Y", "warned X [of] Y".
ISSUE_PREPS = frozenset({"of", "for", "about", "over"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Dependencies to climb from an evaluative clause to the clause whose subject holds it:
# "called on Trump to ... remember that [Putin is a thug]".
EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


@dataclass
class StatementContext:
    """Per-document state shared by the statements of its sentences.

    Attributes:
        actors: The document's resolved actors.
        quotes: Its direct quotes and their speakers.
        groups: Nominal group actors found as holders or targets, by id.
    """

    actors: ActorIndex
    quotes: QuoteSpeakers
    groups: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, actors: ActorIndex) -> StatementContext:
        return cls(actors, QuoteSpeakers(doc, actors))

    def actor(self, token: Token, speaker: EntityRef | None = None) -> EntityRef | None:
        """Resolve a holder or target token."""
        return resolve_holder(token, self.actors, speaker)

    def remember(self, ref: EntityRef) -> None:
        """Record a nominal group that a statement uses, so it becomes an entity."""
        if ref.type == "group" and ref.id is not None and ref.id not in self.actors.entities:
            old = self.groups.get(ref.id)
            count = old.mention_count + 1 if old else 1
            self.groups[ref.id] = Entity(ref.id, ref.label, "group", (), count)


@dataclass(frozen=True, slots=True)
class _Roles:
    """Holder and target as found in the parse, before resolution."""

    holder: Token | None
    holder_ref: EntityRef | None
    target_tokens: tuple[int, ...]
    target_head: int | None
    issue: str | None
    rule: str
    stance_allowed: bool


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
    """Yield a statement for each triple whose holder is an actor; count the rest."""
    context = context or StatementContext.of(doc, actors)
    for triple in triples:
        reading = read_predicate(doc[triple.predicate])
        main = doc[reading.chain[0]]
        attribution = attribute(main, sentence, actors, context.quotes)
        speaker = attribution.speaker if attribution else None
        for roles in _readings(doc, triple, reading, context, speaker):
            for holder, obj, about in _resolve(doc, roles, context, speaker, dropped):
                context.remember(holder)
                context.remember(obj)
                yield _statement(
                    doc_id,
                    doc,
                    sentence_index,
                    sentence,
                    triple,
                    reading,
                    replace(roles, holder_ref=holder),
                    obj,
                    about,
                    attribution,
                )


def _all(token: Token | None, context: StatementContext) -> tuple[EntityRef, ...]:
    """The members of a plural reference ("the two leaders", "they"), if it is one."""
    if token is None:
        return ()
    members = context.actors.resolve_all(token.i)
    return members if len(members) > 1 else ()


def _resolve(
    doc: Doc,
    roles: _Roles,
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
    obj = context.actor(target, speaker) if target.pos_ == "PRON" else None
    obj = obj or actors.resolve_head(target.i)
    objects = _all(target, context) or ((obj,) if obj else ())
    objects = objects or tuple(filter(None, [_nominal_target(context, target)]))
    if not objects and target.lower_ in PERSONAL_PRONOUNS:
        dropped["object is an unresolved pronoun"] += 1
        return []
    literal = EntityRef(None, join_tokens(doc, roles.target_tokens), None)
    about = () if objects else actors.entities_in(roles.target_tokens)
    found = []
    for holder in holders:
        for each in objects or (literal,):
            if each.id is not None and each.id == holder.id:
                dropped["subject and object are the same actor"] += 1
                continue
            found.append((holder, each, about))
    return found


def _readings(
    doc: Doc,
    triple: Triple,
    reading: StanceReading,
    context: StatementContext,
    speaker: EntityRef | None,
) -> list[_Roles]:
    """The clause's own reading, plus one towards the counterpart of an encounter:
    "In the call with Merkel, Trump agreed on X" -> Trump AGREE X, and Trump AGREE
    Merkel about X."""
    roles = _roles(doc, triple, reading, context, speaker)
    found = [roles]
    if roles.target_head is None or _is_actor(context, doc[roles.target_head], speaker):
        return found
    for index in reading.counterparts:
        if _is_actor(context, doc[index], speaker):
            issue = join_tokens(doc, roles.target_tokens)
            tokens = argument(doc[index]).tokens
            rule = f"{roles.rule}:counterpart"
            found.append(_Roles(roles.holder, roles.holder_ref, tokens, index, issue, rule, True))
    return found


def _nominal_target(context: StatementContext, target: Token) -> EntityRef | None:
    # Only a bare group noun becomes a target actor ("arrested [12 demonstrators]");
    # a target with its own clause or preposition stays a literal issue.
    if any(c.dep_ in {"relcl", "acl", "prep"} for c in target.children):
        return None
    return context.actor(target)


def _roles(
    doc: Doc,
    triple: Triple,
    reading: StanceReading,
    context: StatementContext,
    speaker: EntityRef | None,
) -> _Roles:
    subject = doc[triple.subject.head]
    target = triple.object
    target_tokens = target.tokens if target else ()
    target_head = target.head if target else None
    main = doc[reading.chain[0]]
    # Passive: "A camp was attacked by militiamen" -> the agent holds, the subject is hit;
    # also in a relative clause: "Hilaria, who was accused by a reporter".
    # A bare participle with an agent is passive too: "..., criticized by John McCain".
    passive_verb = any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass", "agent"} for c in main.children)
    if subject.dep_ in PASSIVE_SUBJECT_DEPS or passive_verb:
        agent = _agent(doc, reading)
        if agent is None:
            holder_ref = context.actor(subject, speaker)
            return _Roles(subject, holder_ref, target_tokens, target_head, None, triple.rule, False)
        return _Roles(
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
        return _Roles(
            embedding,
            holder_ref,
            triple.subject.tokens,
            subject.i,
            None,
            f"{triple.rule}:label",
            True,
        )
    holder_ref = context.actor(subject, speaker)
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
    for named_only in (True, False):
        for index in dict.fromkeys(candidates):
            own = index == target_head
            if _is_actor(context, doc[index], speaker, named_only=named_only and not own):
                rule = triple.rule if index == target_head else f"{triple.rule}:frame"
                tokens = target_tokens if index == target_head else argument(doc[index]).tokens
                issue = _issue(doc, reading, candidates, skip=index)
                return _Roles(subject, holder_ref, tokens, index, issue, rule, True)
    issue = _issue(doc, reading, candidates, skip=target_head, clause=False)
    return _Roles(subject, holder_ref, target_tokens, target_head, issue, triple.rule, True)


def _coordinated(token: Token) -> Iterator[int]:
    """The token and every token coordinated with it ("Abe, Turnbull and Merkel")."""
    top = token
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    stack = [top]
    while stack:
        current = stack.pop()
        yield current.i
        stack.extend(child for child in current.children if child.dep_ == "conj")


def _adjunct(head: Token) -> bool:
    """Whether an argument is a time, place or source adjunct ("in the call", "after X")."""
    return head.dep_ == "pobj" and head.head.lower_ not in TARGET_PREPS


def _is_actor(
    context: StatementContext, token: Token, speaker: EntityRef | None, named_only: bool = False
) -> bool:
    if token.lower_ in FIRST_PERSON:
        return speaker is not None
    if context.actors.resolve_all(token.i):
        return True
    return (
        not named_only
        and token.pos_ in {"NOUN", "PROPN"}
        and _nominal_target(context, token) is not None
    )


def _agent(doc: Doc, reading: StanceReading) -> Token | None:
    for index in reading.chain:
        for child in doc[index].children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _embedding_subject(clause: Token) -> Token | None:
    token = clause
    while token.dep_ in EMBEDDING_DEPS and token.head.i != token.i:
        token = token.head
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
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
            for prep in doc[skip].children
            if prep.dep_ == "prep" and prep.lower_ in ISSUE_PREPS
            for pobj in prep.children
            if pobj.dep_ in {"pobj", "pcomp"}
        ]
    return argument(doc[rest[0]], split_conjuncts=False).text if rest else None


def _statement(
    doc_id: str,
    doc: Doc,
    sentence_index: int,
    sentence: Span,
    triple: Triple,
    reading: StanceReading,
    roles: _Roles,
    obj: EntityRef,
    about: tuple[EntityRef, ...],
    attribution: Attribution | None,
) -> Statement:
    assert roles.holder_ref is not None
    assert roles.target_head is not None
    if roles.holder is None or roles.holder.i == triple.subject.head:
        holder_tokens = triple.subject.tokens
    else:
        holder_tokens = argument(roles.holder).tokens
    tokens = holder_tokens + triple.relation.tokens + roles.target_tokens
    start = max(min(doc[i].idx for i in tokens), sentence.start_char)
    end = min(max(doc[i].idx + len(doc[i]) for i in tokens), sentence.end_char)
    chain = [doc[i] for i in reading.chain]
    holder_token = roles.holder if roles.holder is not None else doc[triple.subject.head]
    reason = negation_reason(chain, doc[triple.subject.head])
    negated = triple.negated or reason is not None
    stance = reading.cue.stance if reading.cue and roles.stance_allowed and not negated else None
    relation = triple.lemma
    if roles.rule.endswith("passive"):
        verbs = " ".join(t.lemma_.lower() for t in chain)
        relation = reading.cue.text if reading.cue and reading.kind != "label" else verbs
    elif reading.cue is not None and roles.rule.endswith("frame"):
        relation = reading.cue.text
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
        sentence=sentence.text.strip(),
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


def _confidence(triple: Triple, roles: _Roles) -> float:
    """The triple's confidence, lowered for readings that infer more from the parse."""
    score = triple.confidence
    if roles.holder_ref is not None and roles.holder_ref.type == "group":
        score -= 0.1
    if roles.rule.endswith((":frame", ":passive", ":label")):
        score -= 0.05
    return round(max(0.05, min(0.99, score)), 3)
