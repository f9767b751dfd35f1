"""Who a text speaks for: the author of a statement, report, lawsuit or tweet.

A document noun as a clause's subject stands for its author: "[Obama's statement]
criticised Cruz", "[a Human Rights Watch report] accused X", "Stone filed [a lawsuit]
accusing X" -> Obama, Human Rights Watch, Stone hold the stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.stance.holders import resolve_holder
from kg.extract.stance.unrecognised_names import unrecognised_name
from kg.extract.tables import children_of
from kg.model import EntityRef

# Nouns for texts that speak for their author: "filed [a lawsuit] accusing X",
# "released [a statement] criticising X", "Trump's [tweet] attacking X".
DOCUMENT_NOUNS = frozenset(
    {
        "lawsuit",
        "suit",
        "complaint",
        "statement",
        "letter",
        "report",
        "tweet",
        "post",
        "message",
        "editorial",
        "column",
        "interview",
        "speech",
        "video",
        "ad",
        "advert",
        "advertisement",
        "petition",
        "resolution",
        "motion",
        "bill",
        "memo",
        "op-ed",
        "website",
        "campaign",
        "reply",
        "response",
        "comment",
        "remark",
        "rebuttal",
        "article",
        "essay",
        "announcement",
        "note",
        "address",
        "study",
        "analysis",
        "audit",
        "ruling",
        "verdict",
        "opinion",
    }
)
# Prepositions that name a text's author: "a report [from] the State Department".
AUTHOR_PREPS = frozenset({"from", "by"})
# Modifiers that name a text's author: "a [Human Rights Watch] report", "a [Republican] bill".
AUTHOR_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# Verbs whose subject makes the text: "Stone [filed] a lawsuit accusing X" (but not
# "Democrats [blocked] a bill that would ...": the blockers did not write it).
MAKING_VERBS = frozenset(
    {
        "file",
        "release",
        "issue",
        "publish",
        "write",
        "pen",
        "send",
        "post",
        "tweet",
        "introduce",
        "draft",
        "sign",
        "submit",
        "deliver",
        "give",
        "make",
        "put",
        "unveil",
        "propose",
        "sponsor",
        "launch",
        "bring",
        "run",
        "air",
        "broadcast",
        "author",
        "table",
        "pass",
        "adopt",
    }
)


def document_author(token: Token, actors: ActorIndex) -> EntityRef | None:
    """The author a text speaks for: its possessor, a named modifier ("a Human Rights
    Watch report", "a Republican bill"), its "from"/"by" object, or the subject of the
    verb that makes it ("Stone filed a lawsuit accusing X" -> Stone).

    Example:
        >>> from kg.extract.actors import resolve_actors
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Obama released a statement criticizing Ted Cruz.")
        >>> document_author(doc[3], resolve_actors(doc)).label
        'Obama'
    """
    if token.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
    if owner is not None:
        return resolve_holder(owner, actors)
    # "a Human Rights Watch report", "a report from the State Department".
    for child in children_of(token):
        if child.dep_ in AUTHOR_MODIFIER_DEPS and (
            ref := actors.resolve_head(child.i) or unrecognised_name(child, actors)
        ):
            return ref
        if child.dep_ == "prep" and child.lower_ in AUTHOR_PREPS:
            for inner in children_of(child):
                if inner.dep_ == "pobj" and (ref := resolve_holder(inner, actors)) is not None:
                    return ref
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in MAKING_VERBS:
        return None
    author = next((c for c in children_of(token.head) if c.dep_ == "nsubj"), None)
    return resolve_holder(author, actors) if author is not None else None
