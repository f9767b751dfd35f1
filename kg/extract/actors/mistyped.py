"""Surnames NER typed as organizations: "Wiley", "Arpaio", "Burch" tagged ORG.

The models often tag a lone surname ORG. When "he" or "she" finds no agreeing
antecedent, a one-word organization that could be a surname is tried as a person, and
retyped if the pronoun lands on it ("When he addressed RNC members, [Wiley] sought ...";
"whether [Arpaio] will testify in his defense"). Only then: a real organization never
meets a personal pronoun that has no person to refer to.

A name could be a surname when it is one capitalised word (not all caps: "NATO"), no
curated alias ("U.N."), and every mention of it is that one word.
"""

from __future__ import annotations

import re

from kg.extract.actors.grouping import Draft
from kg.extract.actors.lexicon import aliases
from kg.extract.actors.names import fold

# One capitalised word, with an inner apostrophe or hyphen at most ("O'Brien", "Ben-Ami").
_SURNAME = re.compile(r"^[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)?$")


def may_be_surname(draft: Draft) -> bool:
    """Whether an organization's name could be a person's surname NER mistyped.

    Example:
        >>> from kg.extract.actors.grouping import Draft
        >>> [may_be_surname(Draft("organization", n, forms=[n])) for n in ("Wiley", "NATO",
        ...     "White House", "U.N.")]
        [True, False, False, False]
    """
    if draft.type != "organization":
        return False
    names = [draft.label, *draft.forms]
    return all(
        _SURNAME.match(name) is not None
        and name[:1].isupper()
        and not name.isupper()
        and fold(name) not in aliases()
        for name in names
    )
