"""Deterministic identifiers: document hashes, entity ids, statement ids.

Ids depend only on content, never on order or time, so building the same input twice
gives the same ids and a graph can be extended without duplicates.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# Our entity types and the spaCy NER labels that map onto them.
ENTITY_TYPES: tuple[str, ...] = (
    "person",
    "organization",
    "place",
    "group",
    "event",
    "law",
    "work",
    "product",
    "other",
)
NER_TO_TYPE: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "LAW": "law",
    "WORK_OF_ART": "work",
    "PRODUCT": "product",
}

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalize_text(text: str) -> str:
    """NFKC-normalise and collapse whitespace.

    Example:
        >>> normalize_text("Donald\\u00a0 Trump ")
        'Donald Trump'
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())


@lru_cache(maxsize=1 << 16)
def slugify(label: str) -> str:
    """A lowercase, hyphen-separated key that keeps letters of every script.

    Example:
        >>> slugify("Łukasz O'Neill-Müller")
        'łukasz-o-neill-müller'
    """
    # Memoised: every mention's entity id slugs its label again.
    slug = _NON_WORD.sub("-", normalize_text(label).casefold()).strip("-_")
    slug = slug.replace("_", "-")
    return slug or "x" + short_hash(label, 8)


def short_hash(*parts: object, length: int = 16) -> str:
    """A hex digest of the parts, joined unambiguously.

    Example:
        >>> short_hash("a", 1, length=8)
        '839e11a4'
    """
    joined = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def document_id(text: str) -> str:
    """The id of a document that came without one: a hash of its text."""
    return "doc-" + short_hash(text)


def entity_id(entity_type: str, label: str) -> str:
    """The id of an entity: its type and a slug of its canonical label.

    Example:
        >>> entity_id("person", "Donald Trump")
        'person/donald-trump'
    """
    return f"{entity_type}/{slugify(label)}"
