"""Actors: one entity per real-world actor, and every token that refers to it.

`resolve_actors(doc)` gives an `ActorIndex` (kg/extract/actors/index.py): names, name
variants, role nominals, group actors, pronouns, relative pronouns and the first person
in quotes, each resolved with a reason, or dropped and counted. `canonicalize` merges
entities across documents (kg/extract/actors/canonical.py).
"""

from kg.extract.actors.index import ActorIndex, Mention, MergeRecord, Unresolved
from kg.extract.actors.resolve import resolve_actors

__all__ = ["ActorIndex", "Mention", "MergeRecord", "Unresolved", "resolve_actors"]
