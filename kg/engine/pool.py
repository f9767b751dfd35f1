"""Batches spread over parser processes on this machine, results kept in input order.

The pool forks after the pipeline is loaded, so every process starts with the model in
memory (copy-on-write) instead of loading it again. At most `ahead` batches are in
flight: the inputs are read only as fast as they are parsed, so memory is bounded by
the batch size and the number of workers, not by the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from kg.engine.batch import Outcome, extract_batch
from kg.errors import KGError
from kg.model import Document
from kg.nlp import load_pipeline


class Pending(Protocol):
    """A result still being computed: a `concurrent.futures` or a Dask future."""

    def result(self) -> list[Outcome]: ...


def in_order(
    submit: Callable[[list[Document]], Pending],
    batches: Iterable[list[Document]],
    ahead: int,
) -> Iterator[Outcome]:
    """Submit batches with at most `ahead` in flight; yield outcomes in input order.

    Example:
        >>> from concurrent.futures import ThreadPoolExecutor
        >>> def fake(batch):
        ...     return [Outcome(d, None, "skipped in this example", "x") for d in batch]
        >>> batches = [[Document("a", "A.")], [Document("b", "B."), Document("c", "C.")]]
        >>> with ThreadPoolExecutor(2) as pool:
        ...     [o.document.id for o in in_order(lambda b: pool.submit(fake, b), batches, 1)]
        ['a', 'b', 'c']
    """
    pending: deque[Pending] = deque()
    for batch in batches:
        pending.append(submit(batch))
        while len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def run_pool(model: str, batches: Iterable[list[Document]], workers: int) -> Iterator[Outcome]:
    """Parse and extract the batches in `workers` forked processes.

    Raises:
        KGError: A worker process died (killed, or out of memory); the records written
            so far are kept, so building again resumes where this build stopped.
    """
    load_pipeline(model)  # loaded before the fork, so the workers share it
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:

            def submit(batch: list[Document]) -> Pending:
                return pool.submit(extract_batch, model, batch)

            yield from in_order(submit, batches, 2 * workers)
        except BrokenProcessPool as error:
            raise KGError(
                f"a parser process died ({error}); it was probably killed or ran out of "
                f"memory. Build again with fewer --workers (now {workers}) or a smaller "
                "--batch-size: documents already extracted are kept and not parsed again"
            ) from error
