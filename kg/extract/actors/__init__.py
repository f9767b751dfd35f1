"""Actors: named mentions, name variants, pronouns, resolved to one entity each."""

from kg.extract.actors.index import ActorIndex, Mention
from kg.extract.actors.resolve import resolve_actors

__all__ = ["ActorIndex", "Mention", "resolve_actors"]
