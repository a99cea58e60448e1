"""The endpoint's limits hold: time, rows, body, concurrency, memory, SERVICE; on both stores.

Every test runs a real waitress server on 127.0.0.1 over real query workers; the ``backend``
parameter runs it over the embedded store and over a real ``oxigraph serve`` (remote store).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask

from kg.errors import QueryRefusedError
from kg.query_guard import check_query, check_update
from kg.settings import Settings
from kg.store import OxigraphStore, Store
from kg.workers import PoolExecutor
from server import close_app, create_app
from server.sparql import EXECUTOR_KEY
from tests.fixtures_remote import OxigraphServer
from tests.fixtures_server import serving

N_TRIPLES = 2000
#: A cross product of N_TRIPLES² rows, filtered row by row: seconds of CPU, far past a 1 s limit.
# about 2.6 s in-process on an idle machine (4 million pairs, string work on each): well past the
# limits below, wherever the suite runs
RUNAWAY = ("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d "
           "FILTER(STR(?b) < STR(?d) && STRLEN(CONCAT(STR(?b), STR(?d))) > 1) }")
CHEAP = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
LIMIT_S = 1.0


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def ask(url: str, query: str, accept: str = "application/sparql-results+json", **params: str) -> Reply:
    """POST a form query to ``url``/sparql; any status comes back as a :class:`Reply`."""
    data = urllib.parse.urlencode({"query": query, **params}).encode("ascii")
    request = urllib.request.Request(f"{url}/sparql", data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    return send(request)


def send(request: urllib.request.Request) -> Reply:
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return Reply(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return Reply(exc.code, dict(exc.headers), exc.read())


def fill(store: Store, n: int = N_TRIPLES) -> None:
    rows = "\n".join(f"<http://ex.org/s{i}> <http://ex.org/p> \"{i}\" ." for i in range(n))
    store.update(f"INSERT DATA {{ GRAPH <http://ex.org/g> {{ {rows} }} }}")


@pytest.fixture(params=["embedded", "remote"])
def backend(request: pytest.FixtureRequest, settings: Settings) -> Iterator[tuple[Store, Settings]]:
    """A filled store and the settings that name it: embedded on disk, or a real oxigraph serve."""
    if request.param == "embedded":
        store: Store = OxigraphStore(settings.store)
        fill(store)
        yield store, settings
        store.close()
    else:
        server: OxigraphServer = request.getfixturevalue("oxigraph_server")
        store = request.getfixturevalue("remote_store")
        fill(store)
        yield store, settings.replace(query_url=server.query_url, update_url=server.update_url)


Serve = Callable[..., tuple[str, Flask]]


@pytest.fixture
def serve(backend: tuple[Store, Settings]) -> Iterator[Serve]:
    """Start the endpoint over the backend with some settings changed; stopped after the test."""
    store, base = backend
    stack: list[tuple[Any, Flask]] = []

    def start(**changes: Any) -> tuple[str, Flask]:
        app = create_app(base.replace(**{"query_timeout": 10.0, **changes}), store)
        context = serving(app, threads=8)
        url = context.__enter__()
        stack.append((context, app))
        return url, app

    yield start
    for context, app in reversed(stack):
        context.__exit__(None, None, None)
        close_app(app)


def pool(app: Flask) -> PoolExecutor:
    executor = app.extensions[EXECUTOR_KEY]
    assert isinstance(executor, PoolExecutor)
    return executor


def count(reply: Reply) -> int:
    assert reply.status == 200, reply.text
    return int(json.loads(reply.body)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.slow
def test_a_runaway_query_is_stopped_at_its_limit_while_cheap_queries_are_answered(serve: Serve) -> None:
    url, app = serve(query_workers=2, query_timeout=LIMIT_S)
    workers_before = {w.process.pid for w in pool(app)._idle.queue}
    outcome: dict[str, Any] = {}

    def runaway() -> None:
        started = time.monotonic()
        outcome["reply"] = ask(url, RUNAWAY)
        outcome["elapsed"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    cheap = []
    while thread.is_alive():
        cheap.append(count(ask(url, CHEAP)))
    thread.join()
    reply: Reply = outcome["reply"]
    assert reply.status == 503
    assert reply.headers["Content-Type"].startswith("text/plain")
    assert "time limit of 1 s" in reply.text
    # the contract of issue 4: stopped within one second of the limit
    assert outcome["elapsed"] < LIMIT_S + 1.0, outcome["elapsed"]
    assert cheap and set(cheap) == {N_TRIPLES}
    executor = pool(app)
    assert executor.replaced == 1
    wait_for_workers(executor, 2)
    workers_after = {w.process.pid for w in executor._idle.queue}
    assert len(workers_after) == 2 and workers_after != workers_before
    killed = workers_before - workers_after
    assert killed and all(not _alive(pid) for pid in killed)
    assert count(ask(url, CHEAP)) == N_TRIPLES


def wait_for_workers(executor: PoolExecutor, n: int) -> None:
    """Until ``n`` workers are idle (a replacement joins them once started)."""
    deadline = time.monotonic() + 30
    while executor._idle.qsize() < n and time.monotonic() < deadline:
        time.sleep(0.01)
    assert executor._idle.qsize() == n


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.slow
def test_a_request_may_lower_the_time_limit_but_never_raise_it(serve: Serve) -> None:
    # limits well under the runaway's own time (a lighter runaway once finished within 1.5 s)
    url, _ = serve(query_timeout=0.4)
    lowered = ask(url, RUNAWAY, timeout="0.2")
    assert lowered.status == 503 and "time limit of 0.2 s" in lowered.text
    raised = ask(url, RUNAWAY, timeout="100")
    assert raised.status == 503 and "time limit of 0.4 s" in raised.text
    for bad in ("0", "-1", "soon", "nan", "inf"):
        assert ask(url, CHEAP, timeout=bad).status == 400


def test_results_past_max_rows_are_truncated_and_say_so(serve: Serve) -> None:
    url, _ = serve(max_rows=3)
    select = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    reply = ask(url, select)
    assert reply.status == 200 and reply.headers.get("X-Newskg-Truncated") == "true"
    document = json.loads(reply.body)
    assert document["truncated"] is True
    assert len(document["results"]["bindings"]) == 3
    csv = ask(url, select, accept="text/csv")
    assert csv.headers.get("X-Newskg-Truncated") == "true"
    assert len(csv.text.strip().splitlines()) == 1 + 3
    graph = ask(url, "CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert graph.headers.get("X-Newskg-Truncated") == "true"
    assert len(graph.text.strip().splitlines()) == 3
    exact = ask(url, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    assert "X-Newskg-Truncated" not in exact.headers
    assert "truncated" not in json.loads(exact.body)


def test_a_body_past_max_body_is_refused_with_413(serve: Serve) -> None:
    url, _ = serve(max_body=2000)
    padding = "#" + "x" * 3000 + "\n"
    direct = urllib.request.Request(
        f"{url}/sparql", data=(padding + CHEAP).encode(), method="POST",
        headers={"Content-Type": "application/sparql-query"})
    assert send(direct).status == 413
    assert ask(url, padding + CHEAP).status == 413
    assert count(ask(url, "#" + "x" * 100 + "\n" + CHEAP)) == N_TRIPLES


@pytest.mark.slow
def test_when_every_slot_is_taken_a_query_is_refused_at_once_with_retry_after(serve: Serve) -> None:
    url, app = serve(max_concurrency=1, query_workers=1, query_timeout=3.0)
    thread = threading.Thread(target=ask, args=(url, RUNAWAY))
    thread.start()
    try:
        deadline = time.monotonic() + 3
        while pool(app)._idle.qsize() and time.monotonic() < deadline:
            time.sleep(0.01)  # until the runaway holds the only worker
        started = time.monotonic()
        refused = ask(url, CHEAP)
        waited = time.monotonic() - started
    finally:
        thread.join()
    assert refused.status == 503
    assert refused.headers["Retry-After"] == "1"
    assert "retry" in refused.text
    assert waited < 1.0, waited  # refused at once, not after the runaway
    assert count(ask(url, CHEAP)) == N_TRIPLES


@pytest.mark.slow
def test_a_worker_that_dies_past_its_memory_cap_is_replaced_and_answered_503(
    serve: Serve, backend: tuple[Store, Settings]
) -> None:
    url, app = serve(worker_memory=800, query_timeout=60.0, query_workers=1)
    store, _ = backend
    big = "\n".join(f'<http://ex.org/big{i}> <http://ex.org/big> "{i}{"x" * 100_000}" .' for i in range(60))
    store.update(f"INSERT DATA {{ GRAPH <http://ex.org/big> {{ {big} }} }}")
    pool(app).changed()
    # 3,600 pairs of 100 kB literals: a 720 MB answer, which the worker holds whichever store
    # computes it (a remote one computes, and our worker reads and serializes the answer)
    hog = "SELECT ?b ?d { ?a <http://ex.org/big> ?b . ?c <http://ex.org/big> ?d }"
    reply = ask(url, hog)
    assert reply.status == 503 and "memory cap of 800 MiB" in reply.text
    assert pool(app).replaced == 1
    wait_for_workers(pool(app), 1)
    assert count(ask(url, CHEAP)) == N_TRIPLES + 60


BYPASSES = [
    "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * { service silent <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVI\\u0043E <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * { \\u0053\\u0045RVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:1/sparql> } }",
    "PREFIX e: <http://127.0.0.1:1/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * { ?s ?p 'SERVICE' . SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * { ?s <http://ex.org/a\\u0023b> ?o # SERVICE\n SERVICE <http://127.0.0.1:1/sparql> {} }",
    "SELECT * { ?s ?p ?o FILTER(?o<3) SERVICE<http://127.0.0.1:1/sparql>{} }",
    "SELECT * { ?s ?p \"\"\"it's \"quoted\" \"\"\" SERVICE <http://127.0.0.1:1/sparql> {} }",
]

HARMLESS = [
    "SELECT ?service WHERE { ?service <http://ex.org/service> \"SERVICE <http://x/> {}\" }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:1/sparql> {}",
    "PREFIX service: <http://ex.org/> SELECT * { ?s service:SERVICE ?o FILTER(CONTAINS(?o, 'service')) }",
    "SELECT * { ?s ?p \"le service public\"@fr }",
]


@pytest.mark.parametrize("query", BYPASSES)
def test_service_is_refused_however_it_is_written(query: str) -> None:
    with pytest.raises(QueryRefusedError, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize("query", HARMLESS)
def test_the_word_service_outside_the_keyword_is_no_service(query: str) -> None:
    check_query(query)


@pytest.mark.parametrize("update", [
    "LOAD <http://127.0.0.1:1/data.ttl>",
    "LO\\u0041D <http://127.0.0.1:1/data.ttl> INTO GRAPH <http://ex.org/g>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
])
def test_updates_may_neither_load_nor_call_a_service(update: str) -> None:
    with pytest.raises(QueryRefusedError):
        check_update(update)


def test_an_update_that_mentions_load_in_a_string_is_fine() -> None:
    check_update("INSERT DATA { <http://ex.org/a> <http://ex.org/b> 'LOAD <http://x/>' }")


def test_service_is_refused_with_400_by_the_endpoint(serve: Serve) -> None:
    url, _ = serve()
    for query in BYPASSES[:6]:
        reply = ask(url, query)
        assert reply.status == 400, query
        assert "SERVICE" in reply.text and "NEWSKG_SERVICE_ALLOW" in reply.text


def test_an_allowed_service_is_called(serve: Serve, oxigraph_server: OxigraphServer) -> None:
    allowed = oxigraph_server.query_url
    url, _ = serve(service_allow=f"http://other.example/sparql, {allowed}")
    reply = ask(url, f"SELECT (COUNT(*) AS ?n) {{ SERVICE <{allowed}> {{ ?s ?p ?o }} }}")
    assert reply.status == 200, reply.text
    refused = ask(url, "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert refused.status == 400 and allowed in refused.text
