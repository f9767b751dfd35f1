"""Relative pronouns: "who", "which", "that", "whom", "whose" -> the noun they modify.

"Hamas, which advocates ..." -> Hamas; "F.W. de Klerk who is attempting ..." -> de Klerk.
A relative clause on a predicate noun refers to the subject the noun describes: "Putin is
a murderer and a thug who seeks ..." -> Putin; on a noun in apposition, to the name it
describes: "Ryan Bundy, another leader of the standoff who ..." -> Ryan Bundy.

The parser attaches a relative clause to one noun, but after "noun + preposition + noun"
the clause may modify either: "relations with the Kremlin, which soured" (the relations
soured), "the leader of the standoff who is in custody" (the leader is). So every noun of
such a chain that ends right before the clause is a candidate, and the pronoun chooses
among them by what it agrees with: "who" needs a person or a group of people, "which"
anything else, and a finite verb's number needs a noun of the same number ("relations
..., which have soured"). When more than one candidate still fits, a verb that acts on
something takes the one named actor among them ("an alliance with Washington, which
keeps troops here"); otherwise the attachment is unsure and the pronoun is dropped: no
actor is better than a wrong one.
A relative whose noun is not an actor ("the dossier, which was published ...") is
dropped and counted too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from kg.extract.actors.groups import actor_noun_type, is_plural
from kg.extract.tables import children_of

RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Predicate nouns: "Putin is [a thug] who ..."; "[a murderer and a thug]" (conj).
PREDICATE_DEPS = frozenset({"attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj"})
PLURAL_PRONOUNS = frozenset({"they", "we", "these", "those"})
# "said [that] ...", "[which] country": complementisers and determiners are not relatives.
NOT_RELATIVE_DEPS = frozenset({"mark", "det", "advmod", "complm"})
# "who" and "whom" refer to people; "which" to anything else; "that" and "whose" to either.
PERSONAL_RELATIVES = frozenset({"who", "whom"})
IMPERSONAL_RELATIVES = frozenset({"which"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# "relations [with] the Kremlin, which": a noun, a preposition and its object.
PREPOSITION_DEPS = frozenset({"prep"})
PREPOSITION_OBJECT_DEPS = frozenset({"pobj"})
# How many prepositional links a chain of candidates may span ("the head of the office of
# the president, who").
MAX_CHAIN = 2
# Named-entity labels of people (and of groups of people: "Democrats, who").
PERSON_LABELS = frozenset({"PERSON", "NORP"})
# Finite verb forms that mark number: "which [has]" (singular), "which [have]" (plural).
SINGULAR_TAGS = frozenset({"VBZ"})
PLURAL_TAGS = frozenset({"VBP"})
SINGULAR_FORMS = frozenset({"was"})
PLURAL_FORMS = frozenset({"were"})

# An actor does things to something: "an alliance with [Washington], which keeps troops
# here" (the relations in "relations with the Kremlin, which soured" act on nothing).
AGENT_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})
ACTOR_LABELS = frozenset({"PERSON", "NORP", "GPE", "ORG"})

Animacy = Literal["person", "other", "unknown"]


@dataclass(frozen=True, slots=True)
class RelativeAttachment:
    """The noun a relative clause modifies, as far as it can be told.

    Attributes:
        noun: The noun, or None when several candidates fit ("unsure").
        candidates: Every noun the clause could modify, highest first.
        reason: How it was chosen, or why it could not be.
    """

    noun: Token | None
    candidates: tuple[Token, ...]
    reason: str


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun the parser attaches a relative pronoun's clause to, else None.

    None also when the token is not a relative pronoun.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 1, "the"),
        ...                 ("Kremlin", "PROPN", "ROOT", 1, "Kremlin"),
        ...                 ("which", "PRON", "nsubj", 3, "which"),
        ...                 ("soured", "VERB", "relcl", 1, "sour")])
        >>> relative_antecedent(doc[2]).text
        'Kremlin'
    """
    clause = relative_clause(pronoun)
    return clause.head if clause is not None else None


def token_animacy(token: Token) -> Animacy:
    """Whether a noun names a person or people, something else, or cannot be told.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("leader relations")
        >>> doc[0].pos_, doc[0].lemma_, doc[1].pos_, doc[1].lemma_ = (
        ...     "NOUN", "leader", "NOUN", "relation")
        >>> token_animacy(doc[0]), token_animacy(doc[1])
        ('person', 'other')
    """
    if token.ent_type_ in PERSON_LABELS:
        return "person"
    if token.ent_type_:
        return "other"
    kind = actor_noun_type(token)
    if kind is not None:
        return "person" if kind == "group" else "other"
    return "unknown" if token.pos_ == "PROPN" else "other"


def relative_attachment(
    pronoun: Token, animacy: Callable[[Token], Animacy] = token_animacy
) -> RelativeAttachment | None:
    """The noun a relative pronoun's clause modifies (see the module docstring).

    Args:
        pronoun: A token; None is returned unless it is a relative pronoun.
        animacy: Whether a candidate noun names people (the resolver passes one that
            knows the entity types; the default reads NER labels and actor nouns).

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("relations", "NOUN", "ROOT", 0, "relation"),
        ...                 ("with", "ADP", "prep", 0, "with"),
        ...                 ("the", "DET", "det", 3, "the"),
        ...                 ("Kremlin", "PROPN", "pobj", 1, "Kremlin"),
        ...                 (",", "PUNCT", "punct", 3, ","),
        ...                 ("which", "PRON", "nsubj", 6, "which"),
        ...                 ("soured", "VERB", "relcl", 3, "sour")], ents=[(3, 4, "ORG")])
        >>> attachment = relative_attachment(doc[5])
        >>> attachment.noun, attachment.reason
        (None, "unsure: 'relations' or 'Kremlin' both fit 'which'")
    """
    clause = relative_clause(pronoun)
    if clause is None:
        return None
    candidates = _candidates(clause)
    if len(candidates) == 1:
        return RelativeAttachment(candidates[0], candidates, "the noun it modifies")
    fitting = [
        noun
        for noun in candidates
        if _animacy_fits(pronoun, animacy(noun)) and _number_fits(pronoun, noun)
    ]
    if len(fitting) == 1:
        reason = f"of {len(candidates)} nouns before it, the only one that fits {pronoun.text!r}"
        return RelativeAttachment(fitting[0], candidates, reason)
    named = [noun for noun in fitting if noun.ent_type_ in ACTOR_LABELS]
    if len(named) == 1 and _acts_on_something(pronoun):
        reason = f"of {len(fitting)} nouns that fit, the only actor, as its verb acts on something"
        return RelativeAttachment(named[0], candidates, reason)
    shown = [repr(noun.text) for noun in (fitting or candidates)]
    names = f"{', '.join(shown[:-1])} or {shown[-1]}"
    verdict = ("both fit" if len(fitting) == 2 else "all fit") if fitting else "none fits"
    return RelativeAttachment(None, candidates, f"unsure: {names} {verdict} {pronoun.text!r}")


def described_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes: "Putin is a murderer and [a thug]" -> Putin.

    An object predicate describes the object: "calling Trump [a faker]" -> Trump.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Putin", "PROPN", "nsubj", 1, "Putin"), ("is", "AUX", "ROOT", 1, "be"),
        ...                 ("a", "DET", "det", 3, "a"), ("thug", "NOUN", "attr", 1, "thug")])
        >>> described_subject(doc[3]).text
        'Putin'
    """
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in PREDICATE_DEPS:
        return None
    # "calling Mr. Trump a faker, who ...": an object predicate describes the object.
    described_deps = OBJECT_DEPS if node.dep_ == "oprd" else SUBJECT_DEPS
    subject = next((c for c in children_of(node.head) if c.dep_ in described_deps), None)
    if subject is None and node.dep_ == "oprd":
        subject = next((c for c in children_of(node.head) if c.dep_ in SUBJECT_DEPS), None)
    # "Bush and Trump are ... the old bosses who ...": a set, or a misparse; one member of
    # it would be wrong, so none.
    if subject is None or any(c.dep_ == "conj" for c in children_of(subject)):
        return None
    return subject if is_plural(noun) == _plural_subject(subject) else None


def _plural_subject(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in PLURAL_PRONOUNS
    return is_plural(token)


def described_name(noun: Token) -> Token | None:
    """The name a common noun stands in apposition to: "Ryan Bundy, another [leader]".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Bundy", "PROPN", "ROOT", 0, "Bundy"), (",", "PUNCT", "punct", 0, ","),
        ...                 ("a", "DET", "det", 3, "a"), ("leader", "NOUN", "appos", 0, "leader")])
        >>> described_name(doc[3]).text
        'Bundy'
    """
    if noun.dep_ == "appos" and noun.pos_ in NOUN_POS and noun.head.pos_ == "PROPN":
        return noun.head
    return None


def relative_clause(pronoun: Token) -> Token | None:
    """The relative clause (its verb) that a relative pronoun introduces, if it is one.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Hamas", "PROPN", "ROOT", 0, "Hamas"),
        ...                 ("which", "PRON", "nsubj", 2, "which"),
        ...                 ("advocates", "VERB", "relcl", 0, "advocate")])
        >>> relative_clause(doc[1]).text
        'advocates'
    """
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.dep_ in NOT_RELATIVE_DEPS:
        return None
    node = pronoun
    # "whose ties", "all of whom": the pronoun hangs from a word inside the clause.
    for _ in range(4):
        if node.dep_ == "relcl":
            return node if node.head.pos_ in NOUN_POS | {"PRON", "NUM"} else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _candidates(clause: Token) -> tuple[Token, ...]:
    """The nouns a relative clause may modify, highest first.

    The parser's noun; the nouns above it whose preposition it is the object of ("the
    leader [of] the standoff"); and the objects of the prepositions after it that reach
    up to the clause ("concern [in] Washington, which").
    """
    noun = clause.head
    before = _word_before(clause.left_edge)
    found = [noun]
    node = noun
    for _ in range(MAX_CHAIN):
        link = node.head
        if not (
            node.dep_ in PREPOSITION_OBJECT_DEPS
            and link.dep_ in PREPOSITION_DEPS
            and link.head.pos_ in NOUN_POS
            and link.head.i < node.i
        ):
            break
        node = link.head
        found.insert(0, node)
    node = noun
    for _ in range(MAX_CHAIN):
        lower = _last_preposition_object(node, clause)
        if lower is None or _last_word(lower, clause) != before:
            break
        found.append(lower)
        node = lower
    if _last_word(noun, clause) != before and found[-1] is noun:
        return (noun,)
    return tuple(found)


def _last_preposition_object(noun: Token, clause: Token) -> Token | None:
    preps = [c for c in noun.rights if c.dep_ in PREPOSITION_DEPS and c.i < clause.i]
    if not preps:
        return None
    objects = [c for c in children_of(preps[-1]) if c.dep_ in PREPOSITION_OBJECT_DEPS]
    return objects[0] if objects and objects[0].pos_ in NOUN_POS else None


def _last_word(noun: Token, clause: Token) -> int:
    """The last non-punctuation token of a noun's phrase, outside the relative clause."""
    inside = {t.i for t in clause.subtree}
    words = [t.i for t in noun.subtree if t.i not in inside and not t.is_punct]
    return max(words, default=noun.i)


def _word_before(token: Token) -> int:
    index = token.i - 1
    while index > 0 and token.doc[index].is_punct:
        index -= 1
    return index


def _acts_on_something(pronoun: Token) -> bool:
    """A relative subject of a verb with an object: "Washington, which [keeps] troops"."""
    verb = pronoun.head
    return pronoun.dep_ == "nsubj" and any(c.dep_ in AGENT_OBJECT_DEPS for c in children_of(verb))


def _animacy_fits(pronoun: Token, animacy: Animacy) -> bool:
    word = pronoun.lower_
    if word in PERSONAL_RELATIVES:
        return animacy != "other"
    if word in IMPERSONAL_RELATIVES:
        return animacy != "person"
    return True


def _number_fits(pronoun: Token, noun: Token) -> bool:
    """A relative subject agrees with its verb: "relations, which [have] soured"."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return True
    verb = pronoun.head
    forms = [verb, *(c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"})]
    plural = any(t.tag_ in PLURAL_TAGS or t.lower_ in PLURAL_FORMS for t in forms)
    singular = any(t.tag_ in SINGULAR_TAGS or t.lower_ in SINGULAR_FORMS for t in forms)
    if plural == singular:
        return True
    coordinated = any(c.dep_ == "conj" for c in children_of(noun))
    return plural == (is_plural(noun) or coordinated)
