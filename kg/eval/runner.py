"""Run the full extraction (actors, statements, stances) over benchmark sentences.

Each benchmark item becomes its own `Document`, so the evaluation sees exactly what
`kg build` would write for that text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract import DocumentExtraction, extract_document
from kg.model import Document
from kg.nlp import load_pipeline, parse


def extract_texts(
    texts: Sequence[str], *, prefix: str, model: str | None = None, batch_size: int = 64
) -> Iterator[DocumentExtraction]:
    """Extract every text as a document of its own, in input order.

    Args:
        texts: The sentences or passages.
        prefix: Document ids are `prefix-N`, N counting from 0.
        model: A spaCy pipeline name; None picks the best installed one.
        batch_size: Texts per parser batch.

    Example:
        >>> [result] = extract_texts(["Senator John McCain criticised Putin."], prefix="x")
        >>> [(s.subject.label, s.stance) for s in result.statements]
        [('John McCain', 'DISAPPROVE')]
    """
    nlp = load_pipeline(model)
    documents = (Document(f"{prefix}-{index}", text) for index, text in enumerate(texts))
    for document, doc in parse(nlp, documents, batch_size=batch_size):
        yield extract_document(document, doc)
