"""Relative pronouns: "who", "which", "that", "whom", "whose" -> the noun they modify.

"the Kremlin, which soured ..." -> the Kremlin; "F.W. de Klerk who is attempting ..."
-> de Klerk. A relative clause on a predicate noun refers to the subject the noun
describes: "Putin is a murderer and a thug who seeks ..." -> Putin. A relative whose noun
is not an actor ("the dossier, which was published ...") is dropped and counted.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
# Predicate nouns: "Putin is [a thug] who ..."; "[a murderer and a thug]" (conj).
PREDICATE_DEPS = frozenset({"attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "said [that] ...", "[which] country": complementisers and determiners are not relatives.
NOT_RELATIVE_DEPS = frozenset({"mark", "det", "advmod", "complm"})


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun refers to, or None if it is not a relative pronoun.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("the", "DET", "det", 1, "the"),
        ...                 ("Kremlin", "PROPN", "ROOT", 1, "Kremlin"),
        ...                 ("which", "PRON", "nsubj", 3, "which"),
        ...                 ("soured", "VERB", "relcl", 1, "sour")])
        >>> relative_antecedent(doc[2]).text
        'Kremlin'
    """
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.dep_ in NOT_RELATIVE_DEPS:
        return None
    node = pronoun
    # "whose ties": the pronoun hangs from a noun inside the relative clause.
    for _ in range(3):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "relcl":
            return node.head
    return None


def described_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes: "Putin is a murderer and [a thug]" -> Putin.

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
    return next((c for c in node.head.children if c.dep_ in SUBJECT_DEPS), None)
