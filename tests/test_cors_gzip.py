"""CORS (off by default, ``*`` without credentials, or a list of origins) and gzip, app-wide."""

from __future__ import annotations

import gzip
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.settings import load_settings
from kg.store import OxigraphStore
from server import close_app, create_app

ORIGIN = "https://newsroom.example"
BIG = "SELECT ?n WHERE { VALUES ?n { " + " ".join(str(i) for i in range(400)) + " } }"
PREFLIGHT = {"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
             "Access-Control-Request-Headers": "content-type, authorization"}


@pytest.fixture
def client_with(tmp_path: Path) -> Iterator[Callable[[str], FlaskClient]]:
    apps: list[tuple[Flask, OxigraphStore]] = []

    def make(cors: str) -> FlaskClient:
        store = OxigraphStore(None)
        app = create_app(load_settings({"store": tmp_path / "s", "cors": cors}, environ={}), store)
        apps.append((app, store))
        return app.test_client()

    yield make
    for app, store in apps:
        close_app(app)
        store.close()


def test_cors_is_off_by_default(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options("/sparql", headers=PREFLIGHT)
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_cors_star_allows_any_origin_without_credentials(client_with: Callable[[str], FlaskClient]) -> None:
    client = client_with("*")
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "http://x.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = client.options("/sparql", headers=PREFLIGHT)
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in preflight.headers


def test_cors_list_echoes_listed_origins_only(client_with: Callable[[str], FlaskClient]) -> None:
    client = client_with(f"{ORIGIN},https://other.example")
    allowed = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": ORIGIN})
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "Origin" in allowed.headers["Vary"]
    refused = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in refused.headers
    evil = {**PREFLIGHT, "Origin": "https://evil.example"}
    assert client.options("/sparql", headers=evil).status_code != 204


def test_cors_headers_are_on_errors_too(client_with: Callable[[str], FlaskClient]) -> None:
    response = client_with("*").get("/sparql", query_string={"query": "SELECT"}, headers={"Origin": ORIGIN})
    assert response.status_code == 400
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_large_answers_are_gzipped_when_accepted(client: FlaskClient) -> None:
    plain = client.get("/sparql", query_string={"query": BIG})
    zipped = client.get("/sparql", query_string={"query": BIG}, headers={"Accept-Encoding": "gzip, br"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in plain.headers["Vary"] and "Accept-Encoding" in zipped.headers["Vary"]
    assert gzip.decompress(zipped.data) == plain.data
    assert int(zipped.headers["Content-Length"]) == len(zipped.data) < len(plain.data)


def test_small_answers_and_refused_gzip_stay_plain(client: FlaskClient) -> None:
    small = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in small.headers
    refused = client.get("/sparql", query_string={"query": BIG}, headers={"Accept-Encoding": "gzip;q=0"})
    assert "Content-Encoding" not in refused.headers


def test_a_live_server_sends_gzip_that_urllib_can_read(live_server: str) -> None:
    url = live_server + "/sparql?" + urllib.parse.urlencode({"query": BIG})
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert b'"bindings"' in gzip.decompress(response.read())
