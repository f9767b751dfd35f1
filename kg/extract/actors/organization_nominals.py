"""Organization nominals: "the company", "the party" -> the organization named before.

Organization nominals ("the company", "the party") name the one organization the text
named in its last sentences: "Perrigo's strong performance follows a period during which
the company reduced its forecasts" -> Perrigo; with two organizations in view it is
ambiguous, dropped and counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.actors.groups import is_plural
from kg.extract.actors.names import fold
from kg.extract.actors.nominals import ROLE_MODIFIER_DEPS, NominalResolution
from kg.extract.tables import children_of

# Definite nouns that stand for the organization a text is about: "the company said".
ORGANIZATION_NOUNS = frozenset(
    {"company", "firm", "corporation", "party", "group", "agency", "organization", "organisation"}
)
# How many sentences back the organization may have been named.
ORGANIZATION_WINDOW = 2
# Children that make the noun another one: "the government [of Japan]", "the movement
# [to elect ...]".
SPECIFYING_DEPS = frozenset({"prep", "acl", "relcl", "compound", "amod", "nmod", "poss"})


@dataclass(frozen=True, slots=True)
class NamedOrganization:
    """A name of an organization in the text (for organization nominals)."""

    token: int
    sentence: int
    entity_id: str


def is_organization_nominal(token: Token) -> bool:
    """ "the company", "the party": a bare definite organization noun.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 1, "the"),
        ...                 ("company", "NOUN", "nsubj", 2, "company"),
        ...                 ("fell", "VERB", "ROOT", 2, "fall")])
        >>> is_organization_nominal(doc[1])
        True
    """
    if token.pos_ != "NOUN" or fold(token.lemma_) not in ORGANIZATION_NOUNS or is_plural(token):
        return False
    if token.dep_ in ROLE_MODIFIER_DEPS or any(
        c.dep_ in SPECIFYING_DEPS for c in children_of(token)
    ):
        return False
    return [fold(c.text) for c in children_of(token) if c.dep_ == "det"] == ["the"]


def resolve_organization_nominal(
    token: Token, sentence: int, named: Sequence[NamedOrganization]
) -> NominalResolution | None:
    """The one organization named before it in its last sentences; None if none is."""
    seen = {
        n.entity_id
        for n in named
        if n.token < token.i and 0 <= sentence - n.sentence <= ORGANIZATION_WINDOW
    }
    if not seen:
        return None
    if len(seen) > 1:
        return NominalResolution((), "ambiguous: several organizations named before it", 0.0)
    reason = f"the only organization named in the last {ORGANIZATION_WINDOW + 1} sentences"
    return NominalResolution((seen.pop(),), reason, 0.7)
