"""Content clauses the parser hangs from the wrong head.

News attributes speech with an adjunct between the verb and its content: "Pelosi said
in a statement that Trump was reckless". The parser then often hangs the content from
the adjunct's noun ("statement") as if it said what the statement is; it is what Pelosi
said. `stranded_content` finds it, for the clause rules (`kg.extract.clauses`) and the
speaker search (`kg.extract.speech`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relative import is_relative_pronoun
from kg.extract.tables import children_of

# How the stranded clause hangs from the noun, and what it opens with.
STRANDED_CONTENT_DEPS = frozenset({"acl", "relcl"})
COMPLEMENTIZER_DEPS = frozenset({"mark"})
CONTENT_COMPLEMENTIZERS = frozenset({"that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def stranded_content(verb: Token) -> Token | None:
    """The content clause of a verb that the parser hangs from the noun of the verb's
    adjunct: "said in a statement [that Trump was reckless]", "wrote on Twitter [that
    ...]". Only a clause with "that" and a subject of its own: "a statement that
    criticised Trump" is a relative clause about the statement.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Pelosi said in a statement that Trump was reckless.")
        >>> stranded_content(doc[1]).text
        'was'
    """
    for prep in children_of(verb):
        if prep.dep_ != "prep":
            continue
        for noun in children_of(prep):
            if noun.dep_ != "pobj":
                continue
            for clause in children_of(noun):
                if clause.dep_ in STRANDED_CONTENT_DEPS and _complementized(clause):
                    return clause
    return None


def _complementized(clause: Token) -> bool:
    complementizer = any(
        c.dep_ in COMPLEMENTIZER_DEPS and c.lower_ in CONTENT_COMPLEMENTIZERS
        for c in children_of(clause)
    )
    subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS), None)
    return complementizer and subject is not None and not is_relative_pronoun(subject)
