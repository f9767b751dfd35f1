"""`kg serve`: a real SPARQL 1.1 Protocol endpoint on loopback, queried over real HTTP."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.graph.vocab import document_graph_iri
from kg.pipeline import remove
from kg.serve.endpoint import EndpointConfig, running_endpoint
from tests.test_workspace import make_workspace, sample_records

COUNT = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }"
# Joins every quad with every other one twice: hours on any store, so it must be stopped.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
Response = tuple[int, dict[str, str], bytes]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workspace(tmp_path_factory.mktemp("serve") / "ws", sample_records())


@pytest.fixture(scope="module")
def endpoint(workspace: Path) -> Iterator[str]:
    config = EndpointConfig(folder=workspace, port=0, timeout=2.0, workers=2, quiet=True)
    with running_endpoint(config) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"


def request(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> Response:
    call = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(call, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(base: str, query: str, accept: str = "", **params: str) -> Response:
    encoded = urllib.parse.urlencode({"query": query, **params})
    return request(f"{base}/query?{encoded}", headers={"Accept": accept} if accept else {})


def test_get_returns_sparql_json_by_default(endpoint: str) -> None:
    status, headers, body = get(endpoint, COUNT)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    answer = json.loads(body)
    assert answer["head"]["vars"] == ["n"]
    assert answer["results"]["bindings"][0]["n"]["value"] == "4"


def test_post_form_and_direct_post(endpoint: str) -> None:
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    status, _, body = request(
        f"{endpoint}/query",
        data=form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"
    status, headers, body = request(
        f"{endpoint}/query",
        data=COUNT.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["n"], ["4"]]


def test_xml_csv_tsv_by_accept_header(endpoint: str) -> None:
    query = "SELECT ?label WHERE { ?e a kg:Entity ; rdfs:label ?label } ORDER BY ?label"
    status, headers, body = get(endpoint, query, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    namespace = "{http://www.w3.org/2005/sparql-results#}"
    literals = [e.text for e in ET.fromstring(body).iter(f"{namespace}literal")]
    assert "Müller" in literals and "Russia" in literals
    status, headers, body = get(endpoint, query, "text/tab-separated-values")
    assert status == 200 and body.decode().splitlines()[0] == "?label"
    status, headers, body = get(endpoint, query, "text/csv;q=0.5, application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    status, headers, body = get(endpoint, query, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body


def test_construct_as_turtle_and_ask(endpoint: str) -> None:
    status, headers, body = get(
        endpoint, "CONSTRUCT { ?a kg:rejects ?b } WHERE { ?a kg:rejects ?b }", "text/turtle"
    )
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b"kg:rejects" in body
    status, _, body = get(endpoint, "ASK { ?a kg:supports ?b }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_default_graph_uri_narrows_the_dataset(endpoint: str) -> None:
    graph = str(document_graph_iri("doc-2"))
    status, _, body = get(endpoint, COUNT, **{"default-graph-uri": graph})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"


@pytest.mark.parametrize(
    ("path", "data", "content_type"),
    [
        ("/query?update=DROP+ALL", None, None),
        ("/query", b"update=DROP+ALL", "application/x-www-form-urlencoded"),
        ("/query", b"DROP ALL", "application/sparql-update"),
        ("/query?query=DELETE+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D", None, None),
        ("/update", b"update=DROP+ALL", "application/x-www-form-urlencoded"),
    ],
)
def test_every_update_is_refused(
    endpoint: str, path: str, data: bytes | None, content_type: str | None
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    status, _, body = request(endpoint + path, data=data, headers=headers)
    assert status == 403 and b"read-only" in body
    assert json.loads(get(endpoint, COUNT)[2])["results"]["bindings"][0]["n"]["value"] == "4"


def test_service_parse_errors_and_bad_requests(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body
    status, _, body = get(endpoint, "SELECT ?x WHERE {")
    assert status == 400 and b"does not parse" in body
    status, _, _ = request(f"{endpoint}/query")
    assert status == 400
    status, _, _ = request(f"{endpoint}/query", data=b"x", headers={"Content-Type": "text/plain"})
    assert status == 415
    status, headers, _ = request(f"{endpoint}/query", data=b"x", method="PUT")
    assert status == 405 and headers["Allow"] == "GET, POST"
    assert request(f"{endpoint}/nothing")[0] == 404


def test_a_runaway_query_is_stopped_and_the_endpoint_recovers(endpoint: str) -> None:
    started = time.monotonic()
    status, _, body = get(endpoint, RUNAWAY)
    assert status == 503 and b"time limit of 2s" in body
    assert time.monotonic() - started < 15
    # The killed worker is replaced: queries keep working.
    for _ in range(3):
        assert get(endpoint, COUNT)[0] == 200


def test_it_listens_on_loopback_by_default(workspace: Path) -> None:
    config = EndpointConfig(folder=workspace)
    assert config.host == "127.0.0.1" and config.is_loopback
    assert not EndpointConfig(folder=workspace, host="0.0.0.0").is_loopback
    # The socket really is bound to loopback only, not to every interface.
    with running_endpoint(EndpointConfig(folder=workspace, port=0, quiet=True)) as server:
        assert server.server_address[0] == "127.0.0.1"


def test_serving_never_writes_to_the_workspace(workspace: Path, endpoint: str) -> None:
    before = {p: p.stat().st_mtime_ns for p in workspace.rglob("*") if p.is_file()}
    for path, data, kind in [
        ("/query", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
        ("/update", b"update=CLEAR+ALL", "application/x-www-form-urlencoded"),
    ]:
        assert request(endpoint + path, data=data, headers={"Content-Type": kind})[0] == 403
    assert get(endpoint, COUNT)[0] == 200
    after = {p: p.stat().st_mtime_ns for p in workspace.rglob("*") if p.is_file()}
    assert after == before


def test_building_while_serving_is_refused(workspace: Path, endpoint: str) -> None:
    with pytest.raises(StoreError, match="in use by another kg process"):
        remove(workspace, ["doc-1"])


def test_serving_a_folder_without_a_store_names_the_fix(tmp_path: Path) -> None:
    with (
        pytest.raises(StoreError, match="no store in"),
        running_endpoint(EndpointConfig(folder=tmp_path, port=0, quiet=True)),
    ):
        pass


def test_kg_serve_command_end_to_end(workspace: Path, tmp_path: Path) -> None:
    """The real command in its own process: announce the URL, answer, stop on SIGTERM."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(workspace), "--port", "0", "--workers", "1"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "SPARQL endpoint (read-only) on http://127.0.0.1:" in line, line
        url = line.split(" on ", 1)[1].split(" for ", 1)[0]
        status, _, body = request(
            f"{url}?{urllib.parse.urlencode({'query': COUNT})}", headers={"Accept": "text/csv"}
        )
        assert status == 200 and body.decode().splitlines() == ["n", "4"]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert process.returncode == 0
