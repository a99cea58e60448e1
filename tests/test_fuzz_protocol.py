"""Fuzzing the protocol: whatever the parameters, query text or body, never a 500, never a dead server.

hypothesis drives the app (through Flask's test client, over real query workers) with random
protocol parameters, query strings built from SPARQL fragments and raw bodies with random content
types; a few examples go to a live waitress server over raw sockets, which must still answer after.
"""

from __future__ import annotations

import socket
import urllib.parse
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.settings import Settings
from kg.store import OxigraphStore
from server import close_app, create_app
from tests.fixtures_server import serving
from tests.test_limits import ask, fill

FRAGMENTS = [
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "*", "?s", "?p", "?o", "{", "}", "(", ")",
    ".", ";", ",", "FILTER", "OPTIONAL", "UNION", "GRAPH", "SERVICE", "SERVI\\u0043E", "LOAD",
    "<http://ex.org/s1>", "<http://127.0.0.1:1/sparql>", "'x'", '"y"@fr', "1", "2.5", "COUNT",
    "GROUP BY", "ORDER BY", "LIMIT 3", "VALUES", "BIND", "AS", "PREFIX e: <http://ex.org/>", "e:p",
    "#", "\n", "\\u", "\x00", "é", "<<", ">>", "SELECT * { ?s ?p ?o }", "INSERT DATA",
]
PARAMS = ["query", "update", "default-graph-uri", "named-graph-uri", "format", "timeout", "x"]
CONTENT_TYPES = [
    "application/sparql-query", "application/x-www-form-urlencoded", "application/sparql-update",
    "text/plain", "application/json", "multipart/form-data; boundary=x", "",
    "application/sparql-query; charset=latin-1",
]
ACCEPTS = ["*/*", "application/sparql-results+json", "text/csv", "text/turtle", "image/png", "", "a/b;q=x"]

queries = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join),
    st.text(max_size=200),
)
values = st.one_of(queries, st.sampled_from(["0", "-1", "1e309", "nan", "0.2", "json", "csv", "turtle"]),
                   st.text(max_size=30))


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One app for the module (hypothesis runs many examples), with tight limits."""
    from kg.settings import load_settings

    root = tmp_path_factory.mktemp("fuzz")
    config: Settings = load_settings(
        {"store": root / "store", "query_timeout": 2.0, "max_rows": 50, "max_body": 5000},
        environ={})
    store = OxigraphStore(config.store)
    fill(store, 200)
    app = create_app(config, store)
    yield app
    close_app(app)
    store.close()


@pytest.fixture(scope="module")
def fuzz_client(fuzz_app: Flask) -> FlaskClient:
    return fuzz_app.test_client()


def acceptable(status: int) -> bool:
    """Anything but a server error; 503 is a limit (timeout, overload), not a failure."""
    return status < 500 or status == 503


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["GET", "POST"]),
    params=st.lists(st.tuples(st.sampled_from(PARAMS), values), max_size=5),
    accept=st.sampled_from(ACCEPTS),
)
def test_any_protocol_parameters_give_no_server_error(
    fuzz_client: FlaskClient, method: str, params: list[tuple[str, str]], accept: str
) -> None:
    if method == "GET":
        response = fuzz_client.get("/sparql", query_string=params, headers={"Accept": accept})
    else:
        response = fuzz_client.post(
            "/sparql", data=urllib.parse.urlencode(params), headers={"Accept": accept},
            content_type="application/x-www-form-urlencoded")
    assert acceptable(response.status_code), (response.status_code, response.data[:300])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, accept=st.sampled_from(ACCEPTS))
def test_any_query_text_gives_no_server_error(fuzz_client: FlaskClient, query: str, accept: str) -> None:
    response = fuzz_client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert acceptable(response.status_code), (response.status_code, response.data[:300])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.binary(max_size=6000), queries.map(lambda q: q.encode("utf-8"))),
       content_type=st.sampled_from(CONTENT_TYPES))
def test_any_body_gives_no_server_error(fuzz_client: FlaskClient, body: bytes, content_type: str) -> None:
    response = fuzz_client.post("/sparql", data=body, headers={"Content-Type": content_type})
    assert acceptable(response.status_code), (response.status_code, response.data[:300])


raw_requests = st.one_of(
    st.binary(max_size=2000),
    st.builds(
        lambda method, path, headers, body: (
            f"{method} {path} HTTP/1.1\r\nHost: x\r\n{headers}Content-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1", "replace") + body,
        st.sampled_from(["GET", "POST", "PUT", "DELETE", "OPTIONS", "BREW", ""]),
        st.sampled_from(["/sparql", "/sparql?query=ASK%7B%7D", "/sparql?query=%ZZ", "*", "/" + "a" * 3000]),
        st.sampled_from(["", "Content-Type: application/sparql-query\r\n", "Transfer-Encoding: chunked\r\n",
                         "Content-Length: -5\r\n", "Expect: 100-continue\r\n"]),
        st.binary(max_size=300),
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=raw_requests)
def test_a_live_server_survives_any_bytes(fuzz_app: Flask, raw: bytes) -> None:
    with serving(fuzz_app) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(raw)
            sock.shutdown(socket.SHUT_WR)
            reply = b""
            try:
                while chunk := sock.recv(65536):
                    reply += chunk
            except (TimeoutError, ConnectionResetError):
                pass
        if reply.startswith(b"HTTP/1."):
            status = int(reply.split(b" ", 2)[1])
            assert acceptable(status), reply[:300]
        still = ask(url, "ASK { ?s ?p ?o }")
        assert still.status == 200
