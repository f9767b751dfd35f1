"""Discourse referents and the order in which a reference looks back for them.

A referent is anything a pronoun could point back to: a resolved actor mention, a set of
coordinated actors ("Trump and Putin"), a generic group ("critics") or a thing ("the
call"). Things and generic groups are kept on purpose: when "it" or "they" points back
to one of them, the pronoun is not an actor, and must not be glued to the nearest actor.

The search order follows Hobbs (1978), read on dependency trees: in the pronoun's own
sentence, walk up from the pronoun and, at each head, look breadth-first and left to
right through the other branches (so the nearest clause comes first and, within it,
subjects before objects); an infinitive without a subject of its own is done by the
object or, without one, the subject above it, which comes first ("Pence wanted to
praise Trump during his remarks"); then the previous sentences, most recent first, each
breadth-first from its root.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from kg.extract.actors.lexicon import Gender
from kg.extract.tables import children_of

# "unknown": a proper noun that NER did not tag ("Sessions lied about his intent").
Category = Literal["person", "organization", "place", "group", "thing", "unknown"]
# An infinitive complement whose understood subject is its verb's object ("urged [allies]
# [to pay]").
CONTROLLED_DEPS = frozenset({"xcomp"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions whose gerund's doer is the verb's object: "blamed X [for] ...-ing",
# "accused X [of] ...", "prevented X [from] ...", "warned X [against] ...".
OBJECT_CONTROL_PREPOSITIONS = frozenset({"for", "of", "from", "against"})
# Phrases attached to a noun that may hold a pronoun pointing back to that noun.
SIBLING_PHRASE_DEPS = frozenset({"conj", "prep", "relcl", "acl", "appos"})
# How many sentences before the pronoun's own a referent may be.
SENTENCE_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Referent:
    """Something a later reference can point back to.

    Attributes:
        head: Doc index of its head token.
        start: Doc index of its first token.
        end: Doc index after it.
        sentence: Index of its sentence.
        entity_ids: The entity, or the members of a set; empty for a thing or a generic
            group (a blocking candidate: a pronoun resolving to it is not an actor).
        plural: Whether it is plural ("the leaders", "Trump and Putin").
        category: person, organization, place, group (of people), thing, or unknown
            (a proper noun NER missed: it agrees with any singular pronoun).
        gender: Known gender of a person.
        actor_like: An actor, or a generic group of people or institutions.
        text: Its surface text (for reasons).
    """

    head: int
    start: int
    end: int
    sentence: int
    entity_ids: tuple[str, ...]
    plural: bool
    category: Category
    gender: Gender | None
    actor_like: bool
    text: str


def search_order(
    pronoun: Token,
    by_head: dict[int, list[Referent]],
    sentences: Sequence[Span],
    sentence_index: int,
    window: int = SENTENCE_WINDOW,
) -> Iterator[Referent]:
    """Referents before the pronoun, nearest first (see the module docstring).

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Putin", "PROPN", "nsubj", 1, "Putin"),
        ...                 ("told", "VERB", "ROOT", 1, "tell"),
        ...                 ("Trump", "PROPN", "dobj", 1, "Trump"),
        ...                 ("he", "PRON", "nsubj", 4, "he"),
        ...                 ("agreed", "VERB", "ccomp", 1, "agree")])
        >>> refs = {i: [Referent(i, i, i + 1, 0, (t,), False, "person", None, True, t)]
        ...         for i, t in ((0, "Putin"), (2, "Trump"))}
        >>> [r.text for r in search_order(doc[3], refs, [doc[:]], 0)]
        ['Putin', 'Trump']
    """
    yield from _same_sentence(pronoun, by_head)
    for back in range(sentence_index - 1, max(-1, sentence_index - window - 1), -1):
        yield from _breadth_first([sentences[back].root], by_head, limit=None)


def _same_sentence(pronoun: Token, by_head: dict[int, list[Referent]]) -> Iterator[Referent]:
    node = pronoun
    while node.head.i != node.i:
        parent = node.head
        # "Trump and his wife", "Washington along with its allies", "Sharon, who has vowed
        # ... if he is elected": the noun is modified by the phrase that holds the pronoun,
        # not its container ("his mother" is not "his").
        # A content clause ("a reminder [that it must cooperate]") does hold its pronoun.
        content = node.dep_ == "acl" and any(c.dep_ == "mark" for c in children_of(node))
        if node.dep_ in SIBLING_PHRASE_DEPS and parent.i < pronoun.i and not content:
            yield from by_head.get(parent.i, ())
        others = [child for child in children_of(parent) if child.i != node.i]
        # Subject control: in "Pence made sure to praise Trump during his remarks" the one
        # who praises is Pence, the subject of the clause, who comes before its object.
        if parent.dep_ in CONTROLLED_DEPS and not any(
            c.dep_ in SUBJECT_DEPS for c in children_of(parent)
        ):
            matrix = list(children_of(parent.head))
            if not any(c.dep_ in OBJECT_DEPS for c in matrix):
                for controller in (c for c in matrix if c.dep_ in SUBJECT_DEPS):
                    yield from by_head.get(controller.i, ())
        # Object control: in "urged allies to pay their share" the one who pays is the
        # object, so it comes before the subject; so in "assailed Trump for keeping his
        # tax returns" (a gerund after "for", "of", "from", "against").
        if node.dep_ in CONTROLLED_DEPS or _object_controlled_gerund(node):
            controllers = [c for c in others if c.dep_ in OBJECT_DEPS and c.i < pronoun.i]
            for controller in controllers:
                yield from by_head.get(controller.i, ())
        yield from _breadth_first(others, by_head, limit=pronoun.i)
        node = parent


def _object_controlled_gerund(node: Token) -> bool:
    """ "for keeping ...", "of lying", "from flying": a gerund whose doer is the object."""
    return (
        node.dep_ == "prep"
        and node.lower_ in OBJECT_CONTROL_PREPOSITIONS
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in children_of(node))
    )


def _breadth_first(
    level: list[Token], by_head: dict[int, list[Referent]], limit: int | None
) -> Iterator[Referent]:
    while level:
        following: list[Token] = []
        for token in level:
            if limit is None or token.i < limit:
                yield from by_head.get(token.i, ())
            following.extend(children_of(token))
        level = following
