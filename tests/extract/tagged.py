"""Extraction over a hand-built parse with fine-grained tags (shared by the stance tests)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.document import DocumentExtraction, extract_document
from kg.model import Document
from tests.docs import make_doc

Row = tuple[str, str, str, int, str]


def extract_tagged(
    rows: Sequence[Row], ents: Sequence[tuple[int, int, str]], tags: Sequence[str]
) -> DocumentExtraction:
    """Extract a whole document from rows (word, pos, dep, head, lemma), entities and tags."""
    doc = make_doc(rows, ents=ents)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return extract_document(Document("d1", doc.text), doc)
