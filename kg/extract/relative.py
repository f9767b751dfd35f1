"""Predicates without a subject of their own: relative clauses, participles, adverbials.

"a thug who seeks to undermine ..." -> the thug seeks; "two young men preparing to
invade England" -> the men prepare; "The show ..., happening upon spoof adverts" -> the
show happens upon. "the book that he wrote" -> he wrote the book (the head noun is the
object).
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_CLAUSE_DEPS = frozenset({"relcl"})
# A participle or infinitive modifying a noun: "men [preparing to invade]".
NOUN_MODIFIER_DEPS = frozenset({"acl"})
# An adverbial clause that shares the subject of the clause it hangs from.
ADVERBIAL_CLAUSE_DEPS = frozenset({"advcl"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Participle tags: "preparing" (VBG), "written" (VBN).
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def is_relative_pronoun(token: Token) -> bool:
    """ "who", "which", "that"... (the tag says so, or the word does)."""
    return token.tag_ in {"WDT", "WP", "WP$"} or token.lower_ in RELATIVE_PRONOUNS


def implicit_subject(predicate: Token, own_subject: Token | None) -> Token | None:
    """The noun a relative clause or participle is about, when it is the subject.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("He is a thug who seeks power.")
        >>> implicit_subject(doc[5], doc[4]).text
        'thug'
    """
    head = predicate.head
    # Relative clause: "a thug [who seeks ...]"; "a boss, [who is larger]".
    relative_subject = own_subject is None or is_relative_pronoun(own_subject)
    if predicate.dep_ in RELATIVE_CLAUSE_DEPS and head.pos_ in NOUN_POS and relative_subject:
        return head
    # Participle modifying a noun: "a German armada [preparing to invade England]".
    if (
        own_subject is None
        and predicate.dep_ in NOUN_MODIFIER_DEPS
        and predicate.tag_ in PARTICIPLE_TAGS
        and head.pos_ in NOUN_POS
    ):
        return head
    return None


def relative_object(predicate: Token, subject: Token | None) -> Token | None:
    """The head noun of a relative clause that has its own subject: "the book [he wrote]"."""
    if predicate.dep_ not in RELATIVE_CLAUSE_DEPS or subject is None:
        return None
    if is_relative_pronoun(subject) or predicate.head.pos_ not in NOUN_POS:
        return None
    return predicate.head


def adverbial_subject_donor(predicate: Token) -> Token | None:
    """The verb whose subject a subjectless participle clause shares.

    "The show was designed to appear ..., [happening upon spoof adverts]": the show.
    """
    head = predicate.head
    if (
        predicate.dep_ in ADVERBIAL_CLAUSE_DEPS
        and predicate.tag_ == "VBG"
        and head is not predicate
        and head.pos_ in {"VERB", "AUX"}
    ):
        return head
    return None
