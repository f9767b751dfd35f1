"""Results in input order, with a bounded number of batches drawn ahead of them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from kg.engine.batch import Outcome
from kg.engine.pool import Pending, in_order
from kg.model import Document


def _slow_first(batch: list[Document]) -> list[Outcome]:
    """The first batch finishes last, so order must be restored, not just kept."""
    if batch[0].id == "0":
        time.sleep(0.2)
    return [Outcome(document, None, "not parsed in this test", "x") for document in batch]


def test_outcomes_keep_input_order_when_batches_finish_out_of_order() -> None:
    batches = [[Document(str(2 * i), "a"), Document(str(2 * i + 1), "b")] for i in range(6)]
    with ThreadPoolExecutor(4) as pool:

        def submit(batch: list[Document]) -> Pending:
            return pool.submit(_slow_first, batch)

        ids = [outcome.document.id for outcome in in_order(submit, batches, ahead=4)]
    assert ids == [str(i) for i in range(12)]


def test_inputs_are_drawn_only_a_few_batches_ahead() -> None:
    drawn: list[int] = []

    def batches() -> Iterator[list[Document]]:
        for number in range(1_000):
            drawn.append(number)
            yield [Document(str(number), "text")]

    with ThreadPoolExecutor(2) as pool:

        def submit(batch: list[Document]) -> Pending:
            return pool.submit(_slow_first, batch)

        outcomes = in_order(submit, batches(), ahead=3)
        first = next(outcomes)
        assert first.document.id == "0"
        assert len(drawn) <= 3  # memory holds a few batches, not the corpus
        assert sum(1 for _ in outcomes) == 999
