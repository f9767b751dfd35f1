"""Group actors: a noun naming people or an institution, anchored by a named modifier.

"Russian hackers" is a group actor linked to Russia; "Republican lawmakers" one linked
to the Republican Party; "the Obama administration" an organization linked to Obama;
"the U.S. intelligence community" an organization linked to the United States. The
head noun must name people or an institution (`actor_nouns.tsv`): "Russian attempts"
is no actor.

Without a named anchor the noun is generic ("critics", "some lawmakers", "world
leaders"): not a node; it is dropped and counted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.actors.lexicon import actor_nouns, title_at
from kg.extract.actors.names import fold
from kg.ids import normalize_text

# Modifiers that can anchor a group: "[Russian] hackers", "[Islamic State] fighters",
# "[Obama] administration", "[U.S.] intelligence community".
ANCHOR_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# A possessive anchors institutions only: "[Russia's] military", not "[Trump's] critics".
POSSESSIVE_DEPS = frozenset({"poss"})
# "[Hungarian] and [Romanian] officials": both anchor.
COORDINATION_DEPS = frozenset({"conj", "cc"})
# Words left out of a group's label: "[additional] [senior] Russian officials".
LABEL_SKIP_DEPS = frozenset({"det", "predet", "nummod", "quantmod", "punct", "case", "advmod"})
# Nouns used as modifiers are not heads of their own group ("[government] official").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Where a generic group noun counts as a dropped actor reference: as an argument.
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "conj", "appos", "agent", "ROOT"}
)


@dataclass(frozen=True, slots=True)
class GroupNominal:
    """A group or institution named by a noun phrase.

    Attributes:
        start: Doc index of the first token of its label.
        end: Doc index after the head noun.
        head: Doc index of the head noun.
        label: "Russian hackers", "Obama administration".
        type: `group` (people) or `organization` (an institution).
        anchors: Doc indices of the named modifiers.
        plural: Whether the head noun is plural.
    """

    start: int
    end: int
    head: int
    label: str
    type: str
    anchors: tuple[int, ...]
    plural: bool


def actor_noun_type(token: Token) -> str | None:
    """`group` or `organization` if the token is a noun naming people or an institution.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("hackers attempts")
        >>> doc[0].pos_, doc[0].lemma_ = "NOUN", "hacker"
        >>> doc[1].pos_, doc[1].lemma_ = "NOUN", "attempt"
        >>> actor_noun_type(doc[0]), actor_noun_type(doc[1])
        ('group', None)
    """
    if token.pos_ != "NOUN":
        return None
    lemma = fold(token.lemma_ or token.text)
    # A title names a person: "a Saudi [businessman]", "the [spokeswoman]".
    return actor_nouns().get(lemma) or ("group" if title_at([lemma]) is not None else None)


def is_plural(token: Token) -> bool:
    """Plural by tag, morphology, or (hand-built docs) an -s form of a different lemma."""
    if token.tag_:
        return token.tag_ in {"NNS", "NNPS"}
    number = token.morph.get("Number", [])
    if number:
        return "Plur" in number
    lower = token.text.lower()
    return lower.endswith("s") and token.lemma_.lower() not in {"", lower}


def group_nominal(token: Token, is_anchor: Callable[[int], bool]) -> GroupNominal | None:
    """The anchored group a head noun names, or None (not an actor noun, or generic).

    Args:
        token: A candidate head noun.
        is_anchor: Whether a doc token is part of a name or a demonym.
    """
    kind = actor_noun_type(token)
    if kind is None or token.dep_ in MODIFIER_DEPS:
        return None
    anchors = [
        t.i for t in token.subtree if t.i < token.i and is_anchor(t.i) and _anchors(t, token, kind)
    ]
    if not anchors:
        return None
    first = min(anchors)
    label_tokens = [
        t for t in token.doc[first : token.i + 1] if t.i == token.i or _in_label(t, is_anchor)
    ]
    label = normalize_text(" ".join(t.text for t in label_tokens)).replace(" ’s", "’s")
    label = label.replace(" 's", "'s")
    return GroupNominal(first, token.i + 1, token.i, label, kind, tuple(anchors), is_plural(token))


def _anchors(modifier: Token, head: Token, kind: str) -> bool:
    """Whether the modifier attaches to the head through anchoring relations only."""
    node = modifier
    while node.i != head.i:
        if node.dep_ in POSSESSIVE_DEPS:
            if kind != "organization":
                return False
        elif node.dep_ not in ANCHOR_DEPS | COORDINATION_DEPS:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _in_label(token: Token, is_anchor: Callable[[int], bool]) -> bool:
    if token.dep_ in LABEL_SKIP_DEPS and not is_anchor(token.i):
        return token.dep_ == "case" and is_anchor(token.i - 1)
    # Evaluative adjectives are not part of a group's name: "[senior] Russian officials".
    return not (token.pos_ == "ADJ" and not is_anchor(token.i))


def is_generic_reference(token: Token) -> bool:
    """A bare actor noun used as an argument ("critics have argued"): dropped, counted.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Critics", "NOUN", "nsubj", 1, "critic"),
        ...                 ("argued", "VERB", "ROOT", 1, "argue")])
        >>> is_generic_reference(doc[0])
        True
    """
    return actor_noun_type(token) is not None and token.dep_ in ARGUMENT_DEPS


def find_group_nominals(
    doc: Doc, taken: set[int], is_anchor: Callable[[int], bool]
) -> list[GroupNominal]:
    """Every anchored group noun of the document outside `taken` tokens."""
    found = []
    for token in doc:
        if token.i in taken:
            continue
        group = group_nominal(token, is_anchor)
        if group is not None:
            found.append(group)
    return found
