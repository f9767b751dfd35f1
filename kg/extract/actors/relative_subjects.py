"""Relative clauses whose subject is not the noun the parser attached them to.

The Open IE stage reads a relative clause's subject as the noun the parser hangs it from
("relations with [the Kremlin], which soured" -> the Kremlin soured). Actor resolution
judges the attachment (`kg.extract.actors.relatives`): when it chose another noun, or
could not tell, the statement's subject must follow it, or the Kremlin would be said
to have soured. The triple then takes the relative pronoun itself as its subject, which
the actor index resolves to the chosen noun's actor, or to nothing when unsure (the
statement is then dropped and counted: no actor is better than a wrong one).

`kg triples` (Open IE output) is not changed: this applies to statements only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.actors.index import ActorIndex
from kg.extract.actors.relatives import SUBJECT_DEPS, relative_clause
from kg.extract.triples import Phrase, Triple


def with_relative_subjects(
    triples: Iterable[Triple],
    doc: Doc,
    actors: ActorIndex,
    moved: dict[tuple[int, int], int] | None = None,
) -> list[Triple]:
    """The triples, each relative clause's subject following the actor resolution.

    Args:
        triples: Triples of one sentence of `doc`.
        doc: The parsed document.
        actors: Its actor resolution.
        moved: `moved_subjects(doc, actors)`, when the caller computed it once for all
            the document's sentences; computed here otherwise.

    Example:
        >>> from kg.extract.document import extract_triples
        >>> from kg.extract.actors import resolve_actors
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump wants to reset relations with the Kremlin, "
        ...                       "which soured under Obama.")
        >>> triples = with_relative_subjects(extract_triples(doc[:]), doc, resolve_actors(doc))
        >>> [t.subject.text for t in triples if t.lemma.startswith("sour")]
        ['which']
    """
    if moved is None:
        moved = moved_subjects(doc, actors)
    return [
        replace(triple, subject=Phrase.of(doc, [moved[key]], moved[key]))
        if (key := _clause_key(triple, moved)) is not None
        else triple
        for triple in triples
    ]


def moved_subjects(doc: Doc, actors: ActorIndex) -> dict[tuple[int, int], int]:
    """(parser's noun, predicate) -> relative pronoun, for subjects that must move.

    It depends on the whole document only, not on a sentence.

    Example:
        >>> from kg.extract.actors import resolve_actors
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump wants to reset relations with the Kremlin, "
        ...                       "which soured under Obama.")
        >>> moved = moved_subjects(doc, resolve_actors(doc))
        >>> [doc[r].text for (n, p), r in moved.items() if (doc[n].text, doc[p].text) ==
        ...  ("Kremlin", "soured")]
        ['which']
    """
    moved = {}
    for pronoun_index, noun in actors.relative_nouns.items():
        pronoun = doc[pronoun_index]
        clause = relative_clause(pronoun)
        if clause is None or pronoun.dep_ not in SUBJECT_DEPS or noun == clause.head.i:
            continue
        for token in clause.subtree:
            moved[(clause.head.i, token.i)] = pronoun_index
    return moved


def _clause_key(triple: Triple, moved: dict[tuple[int, int], int]) -> tuple[int, int] | None:
    key = (triple.subject.head, triple.predicate)
    return key if key in moved else None
