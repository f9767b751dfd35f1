"""Proper names that no resolved actor stands for, taken as actors all the same.

The entity recogniser misses some names ("Sanders blasted Clinton", with no entity on
"Sanders") or tags a name the actor resolver does not take (an all-caps "US" read as
the pronoun "us"). Such a name is the document's entity whose label ends in it, when
exactly one does ("Donald Trump" ... "Trump Wants"); else an actor of its own, labelled
by the name. Holders (`kg.extract.stance.holders`) and document authors
(`kg.extract.stance.authors`) fall back to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.tables import children_of
from kg.ids import NER_TO_TYPE, entity_id, normalize_text
from kg.model import EntityRef

# Capitalised words that name no actor.
CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)


def unrecognised_name(token: Token, actors: ActorIndex) -> EntityRef | None:
    """A proper name that no actor stands for: the entity recogniser missed it
    ("Sanders blasted Clinton", with no entity on "Sanders"), or tagged it as a name the
    actor resolver did not take (an all-caps "US" read as the pronoun "us"). An actor
    of the recogniser's type, else of type `other`, labelled by its name."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or actors.entity_at(token.i):
        return None
    if token.lower_ in CALENDAR_WORDS:
        return None
    if token.ent_type_ and token.ent_type_ not in NER_TO_TYPE:
        return None
    words = sorted([*_name_compounds(token), token], key=lambda t: t.i)
    label = normalize_text(" ".join(w.text for w in words))
    # The document may name the same actor elsewhere ("Donald Trump" ... "Trump Wants"):
    # a name that is the last word of exactly one entity's label or alias is that entity.
    known = [
        entity
        for entity in actors.entities.values()
        if any(
            name.split()[-1:] == [label] or name == label
            for name in (entity.label, *entity.aliases)
        )
    ]
    if len(known) == 1:
        entity = known[0]
        return EntityRef(entity.id, entity.label, entity.type)
    if known:
        return None
    kind = NER_TO_TYPE.get(token.ent_type_, "other")
    return EntityRef(entity_id(kind, label), label, kind)


def _name_compounds(token: Token) -> list[Token]:
    """The proper nouns compounded into a name, at any depth ("Human Rights Watch")."""
    found = []
    for child in children_of(token):
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < token.i:
            found += [child, *_name_compounds(child)]
    return found
