"""Queries run in worker processes, so a runaway query can be stopped.

Oxigraph cannot interrupt a query from Python, and a thread cannot be killed. Each
worker is a process with the store open read-only; the pool hands a query to an idle
worker and waits at most `timeout` seconds. A worker that overruns is killed and
replaced, and the client gets a 503 that says so. Workers serialize the results
themselves (in the negotiated format) and send back bytes, never Python objects of the
store.

Example:
    >>> QueryRequest("ASK {}", accept="text/csv").accept
    'text/csv'
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import queue
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

import pyoxigraph as ox

from kg.serve.negotiate import GRAPH_FORMATS, SOLUTION_FORMATS, choose

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
_TEXT = "text/plain; charset=utf-8"
_STARTUP_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class QueryRequest:
    """One query for a worker.

    Attributes:
        query: The SPARQL text (already checked by `kg.sparql.refusal`).
        default_graphs: `default-graph-uri` values; empty means the union of all graphs.
        named_graphs: `named-graph-uri` values; empty means every named graph.
        accept: The client's Accept header.
    """

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    accept: str = ""


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer: status, content type, body, and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def text(cls, status: int, message: str, *headers: tuple[str, str]) -> Reply:
        return cls(status, _TEXT, (message.rstrip("\n") + "\n").encode("utf-8"), headers)


class ResultTooLargeError(Exception):
    """The serialized result grew past the configured limit."""


class _BoundedBuffer(io.BytesIO):
    """A bytes buffer that refuses to grow past a limit (results are never cut short)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._limit = limit

    def write(self, data: Any) -> int:
        if self.tell() + len(memoryview(data)) > self._limit:
            raise ResultTooLargeError
        return super().write(data)


def _content_type(media_type: str) -> str:
    return f"{media_type}; charset=utf-8"


def answer(
    store: ox.Store, request: QueryRequest, prefixes: dict[str, str], max_bytes: int
) -> Reply:
    """Run one query and serialize its result in the negotiated format."""
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
        ox.NamedNode(iri) for iri in request.default_graphs
    ]
    try:
        result = store.query(
            request.query,
            prefixes=prefixes,
            use_default_graph_as_union=not graphs,
            default_graph=graphs or None,
            named_graphs=[ox.NamedNode(iri) for iri in request.named_graphs] or None,
        )
    except SyntaxError as error:
        return Reply.text(400, f"the query does not parse: {error}")
    except (ValueError, RuntimeError, OSError) as error:
        return Reply.text(400, f"the query failed: {error}")
    formats = GRAPH_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS
    media_type = choose(request.accept, formats)
    if media_type is None:
        return Reply.text(
            406, f"cannot answer as {request.accept!r}; accepted: {', '.join(formats)}"
        )
    buffer = _BoundedBuffer(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            ox.serialize(result, buffer, RDF_FORMATS[media_type], prefixes=prefixes)
        else:
            result.serialize(buffer, RESULT_FORMATS[media_type])
    except ResultTooLargeError:
        return Reply.text(
            500,
            f"the result is larger than {max_bytes // 1_000_000} MB; add a LIMIT or narrow the "
            "query (nothing is cut short)",
        )
    except (ValueError, RuntimeError, OSError) as error:
        return Reply.text(500, f"the query failed while writing its results: {error}")
    return Reply(200, _content_type(media_type), buffer.getvalue())


def worker_main(
    connection: Connection, store_path: str, prefixes: dict[str, str], max_bytes: int
) -> None:
    """A worker process: open the store read-only, then answer queries until told to stop."""
    try:
        store = ox.Store.read_only(store_path)
    except OSError as error:
        connection.send(("failed", str(error)))
        return
    connection.send(("ready", ""))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        connection.send(answer(store, request, prefixes, max_bytes))


class _Worker:
    def __init__(self, context: Any, store_path: str, prefixes: dict[str, str], max_bytes: int):
        self.connection, child = multiprocessing.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker_main, args=(child, store_path, prefixes, max_bytes), daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self) -> str | None:
        """None once the worker has opened the store, else why it could not."""
        if not self.connection.poll(_STARTUP_SECONDS):
            self.kill()
            return f"the worker did not start within {_STARTUP_SECONDS:.0f}s"
        try:
            status, message = self.connection.recv()
        except (EOFError, OSError):
            return "the worker exited while opening the store"
        return None if status == "ready" else str(message)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class WorkerPool:
    """`size` worker processes over one store, each query bounded by `timeout` seconds.

    Raises:
        RuntimeError: A worker could not open the store (the message says why).
    """

    def __init__(
        self,
        store_path: str,
        prefixes: dict[str, str],
        *,
        size: int,
        timeout: float,
        max_bytes: int,
    ) -> None:
        # spawn, not fork: the server has threads, and a forked child would inherit their locks.
        self._context = multiprocessing.get_context("spawn")
        self._arguments = (store_path, prefixes, max_bytes)
        self.timeout = timeout
        self.size = size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._context, *self._arguments)
        failure = worker.wait_ready()
        if failure is not None:
            worker.kill()
            raise RuntimeError(f"cannot open the store {self._arguments[0]!r}: {failure}")
        return worker

    def _replace(self) -> None:
        try:
            worker = self._start()
        except RuntimeError:
            return  # the store went away; later queries will report busy workers
        if self._closed:
            worker.kill()
        else:
            self._idle.put(worker)

    def run(self, request: QueryRequest) -> Reply:
        """Answer a query, or a 503 when it overran the time limit or no worker was free."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Reply.text(
                503,
                f"all {self.size} query workers are busy; retry later",
                ("Retry-After", str(max(1, round(self.timeout)))),
            )
        try:
            worker.connection.send(request)
            if worker.connection.poll(self.timeout):
                reply: Reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError, BrokenPipeError):
            worker.kill()
            threading.Thread(target=self._replace, daemon=True).start()
            return Reply.text(500, "the query worker stopped unexpectedly; retry")
        worker.kill()
        threading.Thread(target=self._replace, daemon=True).start()
        return Reply.text(
            503,
            f"the query ran longer than the time limit of {self.timeout:g}s and was stopped; "
            "narrow it or ask the operator to raise kg serve --timeout",
        )

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            with contextlib.suppress(OSError):
                worker.connection.send(None)
            worker.kill()
