"""Negation: whether a predicate is asserted at all (DESIGN §4: a negated statement
asserts no stance).

Constructions, each with an example:
- a negation word on a verb of the chain: "The two leaders didn't discuss ...";
- a negated subject: "No country has recognised ...";
- a negated object: "The White House provided no details";
- a verb of failing that controls the predicate: "failed to reach an agreement";
- content of a denial: "The Kremlin denied that it spied on ..." (spied is not asserted);
- content of a negated evidence noun: "There was no indication that they discussed ...".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.tables import children_of

# Words that negate the verb they hang from.
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
NEGATION_DEPS = frozenset({"neg"})
# Determiners and pronouns that negate the clause through its subject.
NEGATIVE_SUBJECTS = frozenset({"no", "nobody", "none", "neither", "nothing"})
# Verbs whose controlled predicate does not happen: "failed to reach".
FAILING_VERBS = frozenset({"fail", "neglect", "cease", "stop"})
# Verbs whose content clause the subject declares untrue: "denied that it spied".
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "rebut"})
# Evidence nouns: "no indication that ...", "no sign that ...".
EVIDENCE_NOUNS = frozenset({"indication", "evidence", "sign", "proof", "suggestion"})
# Dependencies through which a content clause hangs from the word that governs it.
CONTENT_DEPS = frozenset({"ccomp", "acl", "advcl", "conj"})


def _has_negation(token: Token) -> bool:
    return any(
        child.dep_ in NEGATION_DEPS or (child.dep_ == "advmod" and child.lower_ == "never")
        for child in children_of(token)
    )


def negation_reason(chain: Sequence[Token], subject: Token | None = None) -> str | None:
    """Why the predicate chain is not asserted, or None when it is.

    Args:
        chain: The verbs from the clause's main verb down its control chain
            ("vowed" -> "uphold"), or a single noun or adjective.
        subject: The subject's head token, if any.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("The Kremlin denied that it spied on Trump.")
        >>> negation_reason([doc[5]])
        'content of a denial (denied)'
    """
    for verb in chain:
        if _has_negation(verb):
            return f"negated verb ({verb.text})"
        if verb.lemma_.lower() in FAILING_VERBS and verb.i != chain[-1].i:
            return f"failed to ({verb.text})"
    for verb in chain:
        for child in children_of(verb):
            if child.dep_ == "dobj" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in children_of(child)
            ):
                return f"negative object ({child.text})"
    if subject is not None and (
        subject.lower_ in NEGATIVE_SUBJECTS
        or any(c.dep_ == "det" and c.lower_ in NEGATIVE_SUBJECTS for c in children_of(subject))
    ):
        return f"negative subject ({subject.text})"
    clause = chain[0]
    while clause.dep_ in CONTENT_DEPS and clause.head.i != clause.i:
        head = clause.head
        if clause.dep_ == "ccomp" and head.lemma_.lower() in DENIAL_VERBS:
            return f"content of a denial ({head.text})"
        if head.lemma_.lower() in EVIDENCE_NOUNS and any(
            c.lower_ == "no" for c in children_of(head)
        ):
            return f"no {head.text} that"
        if clause.dep_ != "conj":
            break
        clause = head
    return None
