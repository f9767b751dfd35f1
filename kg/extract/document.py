"""Run every extraction stage over one parsed document.

Example:
    >>> from kg.model import Document
    >>> from kg.nlp import load_pipeline
    >>> document = Document("d1", "Senator John McCain criticised Vladimir Putin.")
    >>> result = extract_document(document, load_pipeline()(document.text))
    >>> [(s.subject.label, s.stance, s.object.label) for s in result.statements]
    [('John McCain', 'DISAPPROVE', 'Vladimir Putin')]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.actors import ActorIndex, resolve_actors
from kg.extract.actors.relative_subjects import moved_subjects, with_relative_subjects
from kg.extract.apposition import apposition_triples
from kg.extract.clauses import clause_triples
from kg.extract.stance.nominal import nominal_triples
from kg.extract.stance.statement_context import StatementContext
from kg.extract.statements import build_statements
from kg.extract.triples import Triple
from kg.model import Document, Entity, Statement
from kg.nlp import is_dateline


@dataclass(frozen=True, slots=True)
class DocumentExtraction:
    """Everything extracted from one document.

    Attributes:
        document: The input document.
        entities: The document's actors (ids are deterministic, so they merge across
            documents by id).
        statements: In text order.
        sentences: How many sentences the document has.
        triples: How many triples the Open IE stage found.
        dropped: Triples that did not become statements, by reason.
        unresolved: References (pronouns, nominals...) that resolved to no entity, counted
            by "kind: reason" (`kg.extract.actors.Unresolved.key`).
        actors: The full actor index (mentions with reasons), for explanations.
    """

    document: Document
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    sentences: int
    triples: int
    dropped: dict[str, int] = field(default_factory=dict)
    unresolved: dict[str, int] = field(default_factory=dict)
    actors: ActorIndex | None = None


def extract_triples(sentence: Span) -> list[Triple]:
    """All triples of one sentence, from every rule family, in a stable order."""
    triples = [
        *clause_triples(sentence),
        *apposition_triples(sentence),
        *nominal_triples(sentence),
    ]
    return sorted(triples, key=lambda t: (t.relation.tokens, t.subject.tokens, t.rule))


def extract_document(document: Document, doc: Doc) -> DocumentExtraction:
    """Extract the statements and actors of one parsed document."""
    actors = resolve_actors(doc)
    context = StatementContext.of(doc, actors)
    dropped: Counter[str] = Counter()
    statements: list[Statement] = []
    triple_count = 0
    sentences = list(doc.sents)
    moved = moved_subjects(doc, actors)  # once per document, not per sentence
    for index, sentence in enumerate(sentences):
        if is_dateline(sentence):
            dropped["wire dateline (no facts)"] += 1
            continue
        triples = extract_triples(sentence)
        # "relations with the Kremlin, which soured": the relative pronoun's resolution,
        # not the parser's noun, is the statement's subject.
        triples = with_relative_subjects(triples, doc, actors, moved)
        triple_count += len(triples)
        statements.extend(
            build_statements(document.id, doc, index, sentence, triples, actors, dropped, context)
        )
    entities = {**context.groups, **actors.entities}
    unique = {statement.id: statement for statement in statements}
    return DocumentExtraction(
        document=document,
        entities=tuple(sorted(entities.values(), key=lambda e: e.id)),
        statements=tuple(sorted(unique.values(), key=lambda s: (s.char_start, s.char_end, s.id))),
        sentences=len(sentences),
        triples=triple_count,
        dropped=dict(dropped),
        unresolved=dict(actors.unresolved),
        actors=actors,
    )
