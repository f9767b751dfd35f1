"""Batches spread over a Dask cluster: a `LocalCluster`, or one already running.

`--dask local` starts a cluster of `workers` processes on this machine; `--dask
tcp://host:8786` joins a scheduler whose workers run on other machines (each with kg and
the same model installed; see the README, "Running on N machines"). Each batch is one
task; results come back in input order, with at most two batches per worker in flight.
A worker that runs other kg code or another model would produce other records, so every
outcome's extractor fingerprint is checked against this process's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from kg.engine.batch import Outcome, extract_batch
from kg.engine.pool import in_order
from kg.errors import UsageError
from kg.model import Document

LOCAL = "local"
SCHEMES: tuple[str, ...] = ("tcp://", "tls://", "inproc://")
CONNECT_TIMEOUT_S = 30


def check_scheduler(scheduler: str) -> str:
    """The scheduler address, checked: `local` or a `tcp://host:port` address.

    Example:
        >>> check_scheduler("tcp://10.0.0.5:8786")
        'tcp://10.0.0.5:8786'
        >>> check_scheduler("10.0.0.5")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kg.errors.UsageError: --dask '10.0.0.5' is not a scheduler: use 'local' ...
    """
    if scheduler == LOCAL or scheduler.startswith(SCHEMES):
        return scheduler
    raise UsageError(
        f"--dask {scheduler!r} is not a scheduler: use 'local' (a cluster on this machine) "
        "or an address like tcp://host:8786"
    )


def run_dask(
    model: str, batches: Iterable[list[Document]], scheduler: str, workers: int
) -> Iterator[Outcome]:
    """Parse and extract the batches on a Dask cluster, in input order.

    Raises:
        UsageError: The scheduler address is malformed.
        KGError: The scheduler cannot be reached.
    """
    from distributed import Client, LocalCluster

    check_scheduler(scheduler)
    cluster_class: Any = LocalCluster  # distributed has no type hints
    client_class: Any = Client
    with ExitStack() as stack:
        if scheduler == LOCAL:
            cluster = stack.enter_context(
                cluster_class(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    # Its HTTP server on a free port: 8787 may be taken.
                    dashboard_address="127.0.0.1:0",
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(client_class(cluster))
        else:
            client = stack.enter_context(_connect(client_class, scheduler))
        ahead = 2 * max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: list[Document]) -> Any:
            return client.submit(extract_batch, model, batch, pure=False)

        yield from in_order(submit, batches, ahead)


def _connect(client_class: Any, scheduler: str) -> Any:
    from kg.errors import KGError

    try:
        return client_class(scheduler, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as error:
        raise KGError(
            f"cannot reach the Dask scheduler at {scheduler!r} ({error}); start it with "
            "`dask scheduler` and its workers with `dask worker ADDRESS` (see the README, "
            "'Running on N machines'), or use --dask local"
        ) from error
