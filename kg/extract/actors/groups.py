"""Group actors: a noun naming people or an institution, anchored by a named modifier.

"Russian hackers" is a group actor linked to Russia; "Republican lawmakers" one linked
to the Republican Party; "Trump's critics" one linked to Trump; "the Obama
administration" an organization linked to Obama; "the U.S. intelligence community" an
organization linked to the United States. The head noun must name people or an
institution (`actor_nouns.tsv`): "Russian attempts" is no actor.

The group policy, one for every stage (`is_anchored`; the stance holders of
`kg.extract.stance.holders` apply it too): a group noun is an actor only when a name
anchors it, as a modifier, a possessor or an "of" phrase ("leaders of Hamas"). Without
one the noun is generic ("critics", "some lawmakers", "world leaders", "allies"): not a
node, because across documents it would merge unrelated people into one hub; it is
dropped and counted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.actors.lexicon import actor_nouns, canonical_group_label, title_at
from kg.extract.actors.names import fold
from kg.extract.tables import children_of
from kg.extract.triples import join_tokens
from kg.ids import normalize_text

# Modifiers that can anchor a group: "[Russian] hackers", "[Islamic State] fighters",
# "[Obama] administration", "[U.S.] intelligence community".
ANCHOR_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# A named possessor anchors too: "[Russia's] military", "[Trump's] critics", "[Taiwan's]
# foreign minister"; but one person possessed by a person is that person's relation, not
# a group ("[Müller's] coach"), and a pronoun is no name ("[his] critics").
POSSESSIVE_DEPS = frozenset({"poss"})
# "[Hungarian] and [Romanian] officials": both anchor.
COORDINATION_DEPS = frozenset({"conj", "cc"})
# Prepositions whose named object anchors the noun before it: "leaders [of] Hamas",
# "rebels [in] the Ivory Coast", "activists [from] the Fatah Party".
ANCHOR_PREPOSITIONS = frozenset({"of", "in", "from", "throughout", "across"})
# A participle or adjective whose preposition names the anchor: "a terror group [based]
# in Trinidad", "militants [loyal] to al-Zarqawi".
ANCHOR_MODIFIER_DEPS = frozenset({"acl", "amod"})
# The anchoring preposition's object as far as it belongs in a label: "in [the Azadliq
# (Freedom) opposition coalition]", "from [Sierra Leone and Liberia]"; not its own
# clauses or prepositions ("in the U.S. Congress[, where ...]").
PHRASE_CORE_DEPS = (
    ANCHOR_DEPS
    | POSSESSIVE_DEPS
    | COORDINATION_DEPS
    | frozenset({"det", "predet", "nummod", "quantmod", "case", "punct", "appos"})
)
# Words left out of a group's label: "[additional] [senior] Russian officials".
LABEL_SKIP_DEPS = frozenset({"det", "predet", "nummod", "quantmod", "punct", "case", "advmod"})
# Parts of speech of a noun modifier kept in a label ("[opposition] groups in Zimbabwe").
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Nouns used as modifiers are not heads of their own group ("[government] official").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Nouns that only collect their members: "a [group] of Israeli soldiers", "a [handful]
# of protesters" - the members are the actor.
COLLECTIVE_NOUNS = frozenset({"group", "number", "handful", "band", "crowd", "couple"})
# Determiners of one unnamed individual: "[a] senior British minister", "[another] US
# national".
INDEFINITE_SINGULAR = frozenset({"a", "an", "another", "one"})
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
        label: "Russian hackers", "Obama administration"; curated aliases written
            canonically ("EU leaders" -> "European Union leaders").
        type: `group` (people) or `organization` (an institution).
        anchors: Doc indices of the named modifiers.
        plural: Whether the head noun is plural.
        written: The label as the text writes it ("EU leaders").
    """

    start: int
    end: int
    head: int
    label: str
    type: str
    anchors: tuple[int, ...]
    plural: bool
    written: str = ""


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
    # A common noun, or one the tagger took for a name but wrote in lower case ("forum").
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_lower):
        return None
    return _actor_lemma_type(token.lemma_ or token.text)


@lru_cache(maxsize=1 << 16)
def _actor_lemma_type(lemma: str) -> str | None:
    # Memoised: asked for every noun of the document by several steps.
    folded = fold(lemma)
    # A title names a person: "a Saudi [businessman]", "the [spokeswoman]".
    return actor_nouns().get(folded) or ("group" if title_at([folded]) is not None else None)


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
    if kind is None or token.dep_ in MODIFIER_DEPS or is_unnamed_individual(token):
        return None
    if partitive_members(token) is not None:
        return None
    anchors = _premodifier_anchors(token, is_anchor, kind)
    if not anchors:
        phrase = anchor_phrase(token, is_anchor)
        if phrase is None:
            return None
        # "[opposition] groups in Zimbabwe": noun modifiers stay, determiners do not.
        before = [t.i for t in token.lefts if t.dep_ == "compound" and t.pos_ in NOUN_POS]
        indices = [*before, token.i, *phrase]
        written = normalize_text(join_tokens(token.doc, indices))
        named = tuple(i for i in phrase if is_anchor(i))
        label = canonical_group_label(written)
        return GroupNominal(
            indices[0], phrase[-1] + 1, token.i, label, kind, named, is_plural(token), written
        )
    first = min(anchors)
    label_tokens = [
        t for t in token.doc[first : token.i + 1] if t.i == token.i or _in_label(t, is_anchor)
    ]
    label = normalize_text(" ".join(t.text for t in label_tokens)).replace(" ’s", "’s")
    written = label.replace(" 's", "'s")
    label = canonical_group_label(written)
    plural = is_plural(token)
    return GroupNominal(first, token.i + 1, token.i, label, kind, tuple(anchors), plural, written)


def partitive_members(token: Token) -> Token | None:
    """The plural people noun a collective noun is made of: "a group of [soldiers]".

    The actor is the members ("a group of Israeli soldiers ... they" -> Israeli soldiers),
    so the collective noun is no group of its own.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("a", "DET", "det", 1, "a"), ("group", "NOUN", "pobj", 1, "group"),
        ...                 ("of", "ADP", "prep", 1, "of"),
        ...                 ("soldiers", "NOUN", "pobj", 2, "soldier")])
        >>> partitive_members(doc[1]).text, partitive_members(doc[3])
        ('soldiers', None)
    """
    if fold(token.lemma_ or token.text) not in COLLECTIVE_NOUNS:
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for member in children_of(prep):
                if member.dep_ == "pobj" and is_plural(member) and actor_noun_type(member):
                    return member
    return None


def is_unnamed_individual(token: Token) -> bool:
    """One unnamed person: a singular people noun after "a", "an", "another" or "one".

    "[A US national] has been put under investigation": not a group, and not an actor
    either - a cross-document merge by "US national" would join unrelated people.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("A", "DET", "det", 2, "a"), ("US", "PROPN", "compound", 2, "US"),
        ...                 ("national", "NOUN", "nsubj", 3, "national"),
        ...                 ("spoke", "VERB", "ROOT", 3, "speak")])
        >>> is_unnamed_individual(doc[2])
        True
        >>> doc = make_doc([("US", "PROPN", "compound", 1, "US"),
        ...                 ("nationals", "NOUN", "nsubj", 2, "national"),
        ...                 ("spoke", "VERB", "ROOT", 2, "speak")])
        >>> is_unnamed_individual(doc[1])
        False
    """
    return (
        actor_noun_type(token) == "group"
        and not is_plural(token)
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_SINGULAR for c in children_of(token))
    )


def is_anchored(token: Token, is_anchor: Callable[[int], bool]) -> bool:
    """Whether a group noun is anchored by a name, so that it may be an actor.

    A named modifier or possessor ("Russian hackers", "Trump's critics") or a phrase
    after it that names one ("leaders of Hamas", "rebels in the Ivory Coast", "a group
    based in Trinidad") anchors it; a bare "critics" is generic.

    Args:
        token: The head noun.
        is_anchor: Whether a doc token is part of a name or a demonym.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Russian", "ADJ", "amod", 1, "russian"),
        ...                 ("hackers", "NOUN", "nsubj", 2, "hacker"),
        ...                 ("struck", "VERB", "ROOT", 2, "strike"),
        ...                 ("critics", "NOUN", "dobj", 2, "critic")], ents=[(0, 1, "NORP")])
        >>> named = lambda i: doc[i].ent_type_ != ""
        >>> is_anchored(doc[1], named), is_anchored(doc[3], named)
        (True, False)
    """
    if _premodifier_anchors(token, is_anchor, actor_noun_type(token)):
        return True
    return anchor_phrase(token, is_anchor) is not None


def anchor_phrase(token: Token, is_anchor: Callable[[int], bool]) -> tuple[int, ...] | None:
    """The phrase after a noun that anchors it by a name, as doc indices, if any.

    "rebels [in the Ivory Coast]", "leaders [of Hamas]", "a terror group [based in
    Trinidad]".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("rebels", "NOUN", "nsubj", 4, "rebel"),
        ...                 ("in", "ADP", "prep", 0, "in"), ("the", "DET", "det", 3, "the"),
        ...                 ("Congo", "PROPN", "pobj", 1, "Congo"),
        ...                 ("fled", "VERB", "ROOT", 4, "flee")], ents=[(3, 4, "GPE")])
        >>> anchor_phrase(doc[0], lambda i: doc[i].ent_type_ != "")
        (1, 2, 3)
    """
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ANCHOR_PREPOSITIONS:
            links = [(child, child)]
        elif child.dep_ in ANCHOR_MODIFIER_DEPS:
            links = [(child, c) for c in children_of(child) if c.dep_ == "prep"]
        else:
            links = []
        for modifier, prep in links:
            objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
            if not objects:
                continue
            core = _phrase_core(objects[0])
            # "the people of [her] Florida district": a label may not hold a pronoun.
            if any(token.doc[i].pos_ == "PRON" for i in core):
                continue
            if any(is_anchor(i) for i in core):
                # "based in Trinidad": the participle, its preposition and the object.
                return tuple(sorted({modifier.i, prep.i, *core}))
    return None


def _phrase_core(noun: Token) -> list[int]:
    """A noun and the words of its own noun phrase (see `PHRASE_CORE_DEPS`)."""
    found = []
    stack = [noun]
    while stack:
        node = stack.pop()
        found.append(node.i)
        stack.extend(c for c in children_of(node) if c.dep_ in PHRASE_CORE_DEPS)
    # A label never holds part of a name: "of the Heritage Foundation, [Americans] for
    # Limited Government" - the apposed "Americans" begins another name; it goes.
    own = set(_entity_range(noun))
    partial = {
        i for i in found if i not in own and not set(_entity_range(noun.doc[i])) <= set(found)
    }
    found = [i for i in found if i not in partial] or [noun.i]
    while len(found) > 1 and noun.doc[max(found)].is_punct:
        found.remove(max(found))
    return found


def _entity_range(token: Token) -> range:
    """The doc indices of the entity a token belongs to (just itself outside one)."""
    if not token.ent_type_:
        return range(token.i, token.i + 1)
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return range(start, end)


def _premodifier_anchors(
    token: Token, is_anchor: Callable[[int], bool], kind: str | None
) -> list[int]:
    return [
        t.i
        for t in token.subtree
        if t.i < token.i
        and t.pos_ != "PRON"
        and is_anchor(t.i)
        and _anchors(t, token, _possessive_anchors(t, token, kind))
    ]


def _anchors(modifier: Token, head: Token, possessive: bool) -> bool:
    """Whether the modifier attaches to the head through anchoring relations only."""
    allowed = ANCHOR_DEPS | COORDINATION_DEPS | (POSSESSIVE_DEPS if possessive else frozenset())
    node = modifier
    while node.i != head.i:
        if node.dep_ not in allowed:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _possessive_anchors(modifier: Token, head: Token, kind: str | None) -> bool:
    """One person possessed by a person is a relation, not a group ("Müller's coach")."""
    return kind == "organization" or is_plural(head) or modifier.ent_type_ != "PERSON"


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
