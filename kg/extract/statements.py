"""Turn triples into statements: resolved actors, stance, negation, modality, provenance.

A triple becomes a statement only when its subject resolves to an entity: the graph
never gets a pronoun or an unresolved phrase as an actor. Everything dropped is counted
with its reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex
from kg.extract.speech import speaker_token
from kg.extract.stance import lookup
from kg.extract.triples import Triple
from kg.ids import short_hash
from kg.model import EntityRef, Modality, Statement

HEDGE_WORDS = frozenset({"would", "could", "may", "might", "consider", "should"})
INTENT_LEMMAS = frozenset({"vow", "pledge", "plan", "intend", "promise", "seek", "want"})
CONDITION_MARKERS = frozenset({"if", "unless"})


def build_statements(
    doc_id: str,
    doc: Doc,
    sentence_index: int,
    sentence: Span,
    triples: list[Triple],
    actors: ActorIndex,
    dropped: Counter[str],
) -> Iterator[Statement]:
    """Yield a statement for each triple whose subject is an actor; count the rest."""
    for triple in triples:
        # A plural subject ("the two leaders", "they") gives one statement per actor.
        subjects = actors.resolve_all(triple.subject.head)
        if not subjects:
            dropped["subject is not an actor"] += 1
            continue
        target = triple.object
        if target is None:
            dropped["no object"] += 1
            continue
        objects = actors.resolve_all(target.head)
        if not objects and doc[target.head].pos_ == "PRON":
            dropped["object is an unresolved pronoun"] += 1
            continue
        about = () if objects else actors.entities_in(target.tokens)
        for subject in subjects:
            for obj in objects or (EntityRef(None, target.text, None),):
                if obj.id is not None and obj.id == subject.id:
                    dropped["subject and object are the same actor"] += 1
                    continue
                yield _statement(
                    doc_id, doc, sentence_index, sentence, triple, subject, obj, about, actors
                )


def _statement(
    doc_id: str,
    doc: Doc,
    sentence_index: int,
    sentence: Span,
    triple: Triple,
    subject: EntityRef,
    obj: EntityRef,
    about: tuple[EntityRef, ...],
    actors: ActorIndex,
) -> Statement:
    tokens = triple.subject.tokens + triple.relation.tokens + _object_tokens(triple)
    start = max(min(doc[i].idx for i in tokens), sentence.start_char)
    end = min(max(doc[i].idx + len(doc[i]) for i in tokens), sentence.end_char)
    match = lookup(triple.lemma)
    stance = match[1] if match and not triple.negated else None
    speaker = _speaker(doc, triple, actors)
    statement_id = "st-" + short_hash(
        doc_id, start, end, triple.rule, subject.id, triple.lemma, obj.id or obj.label
    )
    return Statement(
        id=statement_id,
        doc_id=doc_id,
        sentence_index=sentence_index,
        char_start=start,
        char_end=end,
        sentence=sentence.text.strip(),
        subject=subject,
        relation=triple.lemma,
        relation_text=triple.relation.text,
        object=obj,
        stance=stance.name if stance else None,
        polarity=stance.polarity if stance else 0,
        negated=triple.negated,
        modality=_modality(doc[triple.predicate], triple),
        attributed_to=speaker,
        confidence=triple.confidence,
        rule=triple.rule,
        cue=match[0] if match else None,
        about=about,
    )


def _object_tokens(triple: Triple) -> tuple[int, ...]:
    target = triple.object
    return target.tokens if target else ()


def _speaker(doc: Doc, triple: Triple, actors: ActorIndex) -> EntityRef | None:
    if triple.speaker is not None:
        return actors.resolve_head(triple.speaker.head)
    token = speaker_token(doc[triple.predicate])
    return actors.resolve_head(token.i) if token is not None else None


def _modality(predicate: Token, triple: Triple) -> Modality:
    """Hedged ("would consider"), conditional ("only if"), intended ("vowed to")."""
    relation_words = {predicate.doc[i].lower_ for i in triple.relation.tokens}
    if any(
        child.lower_ in CONDITION_MARKERS for child in predicate.subtree if child.dep_ == "mark"
    ):
        return "conditional"
    if relation_words & HEDGE_WORDS:
        return "hedged"
    if any(predicate.doc[i].lemma_ in INTENT_LEMMAS for i in triple.relation.tokens):
        return "intended"
    return "asserted"
