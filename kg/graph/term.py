"""The record that describes one `kg:` term (see `kg.graph.terms`).

Example:
    >>> Term("supportCount", "property", "How many statements assert it.").kind
    'property'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TermKind = Literal["class", "property", "stance edge", "stance type"]


@dataclass(frozen=True, slots=True)
class Term:
    """One term of the `kg:` vocabulary.

    Attributes:
        name: The local name (`supportCount`).
        kind: `class`, `property`, `stance edge` (a direct entity-to-entity property) or
            `stance type` (an individual such as `kg:REJECT`).
        comment: What it means, in one or two sentences.
        domain: The class of the subjects (a CURIE such as `kg:Statement`), if any.
        range: The class or datatype of the values (a CURIE), if any.
    """

    name: str
    kind: TermKind
    comment: str
    domain: str | None = None
    range: str | None = None
