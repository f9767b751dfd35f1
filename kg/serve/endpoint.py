"""The HTTP layer of `kg serve`: the SPARQL 1.1 Protocol's query operation, read-only.

- `GET /query?query=...` and `POST /query` (form-encoded `query=...`, or the query as
  the body with `Content-Type: application/sparql-query`); `default-graph-uri` and
  `named-graph-uri` narrow the dataset, which is otherwise the union of all graphs.
- Results as SPARQL JSON, XML, CSV or TSV (Turtle, N-Triples, RDF/XML or JSON-LD for
  CONSTRUCT and DESCRIBE), chosen by the Accept header; 406 when none fits.
- Updates are refused with 403 (`/update`, `update=`, `application/sparql-update`, or
  an update sent as a query), and so are SERVICE clauses (`kg.sparql`).
- Each query runs in a worker process and is stopped after `timeout` seconds (503).
- It listens on loopback unless told otherwise.

Example:
    >>> EndpointConfig(folder=Path("output")).url
    'http://127.0.0.1:7878/query'
"""

from __future__ import annotations

import ipaddress
import signal
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import StoreError
from kg.graph.rdf import PREFIXES
from kg.serve.worker import QueryRequest, Reply, WorkerPool
from kg.sparql import is_update, refusal
from kg.workspace import STORE_DIR, workspace_lock

QUERY_PATHS = frozenset({"/query", "/sparql"})
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
READ_ONLY = "updates are refused: this endpoint is read-only (kg build and kg remove change it)"


@dataclass(frozen=True)
class EndpointConfig:
    """How to serve a workspace.

    Attributes:
        folder: The workspace (kg build --out).
        host: Address to listen on; loopback by default.
        port: TCP port; 0 picks a free one.
        timeout: Seconds a query may run (and wait for a free worker).
        workers: Worker processes, i.e. queries that may run at once.
        max_request_bytes: Largest request body accepted.
        max_result_bytes: Largest result sent (a larger one is an error, never truncated).
        quiet: Do not log each request on stderr.
    """

    folder: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    workers: int = 2
    max_request_bytes: int = 1_000_000
    max_result_bytes: int = 256_000_000
    quiet: bool = False

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/query"

    @property
    def is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class EndpointServer(ThreadingHTTPServer):
    """A threading HTTP server that owns the worker pool."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, config: EndpointConfig, pool: WorkerPool) -> None:
        self.config = config
        self.pool = pool
        if ":" in config.host:
            self.address_family = socket.AF_INET6
        super().__init__((config.host, config.port), SparqlHandler)


class SparqlHandler(BaseHTTPRequestHandler):
    """One HTTP request: route it, check it, run it on a worker, answer."""

    server: EndpointServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._refuse_method()

    def do_DELETE(self) -> None:
        self._refuse_method()

    def do_PATCH(self) -> None:
        self._refuse_method()

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.config.quiet:
            super().log_message(format, *args)

    def _refuse_method(self) -> None:
        self._drain()
        self._send(Reply.text(405, READ_ONLY, ("Allow", "GET, POST")))

    def _drain(self) -> None:
        """Read and drop a request body, so the connection stays usable."""
        length = self.headers.get("Content-Length")
        if length and length.isdigit() and int(length) <= self.server.config.max_request_bytes:
            self.rfile.read(int(length))
        elif length:
            self.close_connection = True

    def _dispatch(self, method: str) -> None:
        path = urlsplit(self.path).path
        if path in QUERY_PATHS:
            self._send(self._query(method))
        elif path == "/update":
            self._drain()
            self._send(Reply.text(403, READ_ONLY))
        elif path == "/":
            self._drain()
            self._send(Reply.text(200, _help(self.server.config)))
        else:
            self._drain()
            self._send(Reply.text(404, f"no such path {path!r}; the endpoint is /query"))

    def _query(self, method: str) -> Reply:
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        queries = params.get("query", [])
        if method == "POST":
            body = self._body()
            if isinstance(body, Reply):
                return body
            media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media_type == SPARQL_UPDATE:
                return Reply.text(403, READ_ONLY)
            if media_type == FORM:
                form = parse_qs(body, keep_blank_values=True)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
                queries = params.get("query", [])
            elif media_type == SPARQL_QUERY:
                queries = [*queries, body]
            else:
                return Reply.text(
                    415,
                    f"unsupported Content-Type {media_type or '(none)'!r}; send {FORM} "
                    f"(query=...) or {SPARQL_QUERY}",
                )
        if "update" in params:
            return Reply.text(403, READ_ONLY)
        if len(queries) != 1:
            return Reply.text(
                400, f"expected exactly one query, got {len(queries)}; send query=SPARQL"
            )
        [query] = queries
        refused = refusal(query)
        if refused:
            return Reply.text(403, READ_ONLY if is_update(query) else refused)
        request = QueryRequest(
            query=query,
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
            accept=self.headers.get("Accept") or "",
        )
        return self.server.pool.run(request)

    def _body(self) -> str | Reply:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self.close_connection = True
            return Reply.text(411, "a POST needs a Content-Length header")
        if int(length) > self.server.config.max_request_bytes:
            self.close_connection = True
            return Reply.text(
                413, f"the request is larger than {self.server.config.max_request_bytes} bytes"
            )
        try:
            return self.rfile.read(int(length)).decode("utf-8")
        except UnicodeDecodeError as error:
            return Reply.text(400, f"the request body is not UTF-8 ({error.reason})")

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Vary", "Accept")
        self.send_header("Cache-Control", "no-store")
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)


def _help(config: EndpointConfig) -> str:
    return (
        f"kg SPARQL endpoint (read-only) over {config.folder}\n"
        f"Query it at {config.url}, for example:\n"
        f"  curl -H 'Accept: text/csv' --data-urlencode "
        f"'query=SELECT ?label WHERE {{ ?e a kg:Entity ; rdfs:label ?label }} LIMIT 5' "
        f"{config.url}\n"
        f"Prefixes bound: {', '.join(PREFIXES)}. Queries see the union of all named graphs.\n"
    )


@contextmanager
def running_endpoint(config: EndpointConfig) -> Iterator[EndpointServer]:
    """Serve in a background thread while the block runs (the port is on the server).

    Raises:
        StoreError: The workspace has no store, is being rebuilt, or the port is taken.
    """
    store = config.folder / STORE_DIR
    with workspace_lock(config.folder, exclusive=False):
        if not store.is_dir():
            raise StoreError(
                f"no store in {str(config.folder)!r}; build one first with: kg build INPUT... "
                f"--out {str(config.folder)!r}"
            )
        try:
            pool = WorkerPool(
                str(store),
                PREFIXES,
                size=config.workers,
                timeout=config.timeout,
                max_bytes=config.max_result_bytes,
            )
        except RuntimeError as error:
            raise StoreError(str(error)) from error
        try:
            try:
                server = EndpointServer(config, pool)
            except OSError as error:
                raise StoreError(
                    f"cannot listen on {config.host}:{config.port}: {error.strerror or error}; "
                    "choose another --port or --host"
                ) from error
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            try:
                yield server
            finally:
                server.shutdown()
                server.server_close()
                thread.join()
        finally:
            pool.close()


def serve_forever(config: EndpointConfig, announce: Callable[[str], None] = print) -> None:
    """Serve until interrupted (Ctrl-C)."""
    with running_endpoint(config) as server:
        port = server.server_address[1]
        url = EndpointConfig(config.folder, config.host, port).url
        announce(f"SPARQL endpoint (read-only) on {url} for {config.folder}; Ctrl-C to stop")
        if not config.is_loopback:
            announce(
                f"warning: listening on {config.host}, not loopback: anyone who can reach this "
                "machine can read the whole graph"
            )
        stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda *_: stop.set())
        with suppress(KeyboardInterrupt):
            stop.wait()
        announce("stopped")
