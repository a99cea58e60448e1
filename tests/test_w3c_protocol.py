"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol tests, sent to a live server on 127.0.0.1.

The exchanges are read from the manifests in ``../shared/w3c-rdf-tests`` (see
:mod:`tests.w3c.http` for the adaptations every test gets). Each test starts on a fresh store
with the entry's ``ut:graphData`` loaded into its named graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from kg.settings import Settings, load_settings
from kg.store import OxigraphStore
from server.sparql import EXECUTOR_KEY
from tests.w3c.http import check, send
from tests.w3c.manifest import SUITE, Entry, entries

TOKEN = "w3c-harness-token"
MANIFESTS = {
    "protocol": "protocol/manifest.ttl",
    "gsp-indirect": "graph-store-protocol/manifest-indirect.ttl",
    "gsp-direct": "graph-store-protocol/manifest-direct.ttl",
}
#: How many entries each manifest lists (the issue's counts: 34 protocol, 13 graph store).
COUNTS = {"protocol": 34, "gsp-indirect": 9, "gsp-direct": 4}

pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"the W3C test suite is not at {SUITE}")


def _cases() -> list[object]:
    if not SUITE.is_dir():
        return []
    return [
        pytest.param(entry, id=f"{key}:{entry.name}")
        for key, path in MANIFESTS.items()
        for entry in entries(SUITE / path)
    ]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({"store": tmp_path / "store", "update_token": TOKEN}, environ={})


@pytest.mark.parametrize("key", list(MANIFESTS))
def test_every_manifest_entry_is_run_and_has_exchanges(key: str) -> None:
    found = entries(SUITE / MANIFESTS[key])
    assert len(found) == COUNTS[key]
    assert all(entry.exchanges for entry in found)


@pytest.mark.parametrize("entry", _cases())
def test_w3c_http_exchange(entry: Entry, store: OxigraphStore, app: Flask, live_server: str) -> None:
    for source, graph in entry.graph_data:
        triples = ox.serialize(ox.parse(path=source), format=ox.RdfFormat.N_TRIPLES) or b""
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {triples.decode()} }} }}")
    app.extensions[EXECUTOR_KEY].changed()
    variables: dict[str, str] = {}
    for exchange in entry.exchanges:
        reply = send(live_server, exchange, TOKEN, variables)
        check(reply, exchange, live_server + "/")
        if exchange.expected.location_variable:
            location = reply.headers["Location"]
            assert location, f"{exchange.method} {exchange.path}: no Location"
            variables[exchange.expected.location_variable] = location
