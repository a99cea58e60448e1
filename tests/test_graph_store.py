"""The Graph Store Protocol at /store: reads are public, writes need the token, bodies are checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from kg.settings import Settings, load_settings
from kg.store import OxigraphStore
from kg.store.remote import RemoteStore
from server import close_app, create_app

TOKEN = "gsp-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
G = "http://example.org/graph/1"
TURTLE = '<http://example.org/a> <http://example.org/p> "é" .'
NT = '<http://example.org/a> <http://example.org/p> "\\u00E9" .'


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({"store": tmp_path / "store", "update_token": TOKEN, "max_body": 2000}, environ={})


def put(client: FlaskClient, body: str | bytes, content_type: str = "text/turtle", **kw: object) -> int:
    response = client.put("/store", query_string={"graph": G}, data=body, content_type=content_type,
                          headers=AUTH, **kw)  # type: ignore[arg-type]
    return response.status_code


def test_put_creates_then_replaces_and_get_reads_it_back(client: FlaskClient, store: OxigraphStore) -> None:
    assert put(client, TURTLE) == 201
    assert put(client, TURTLE.replace("é", "e")) == 204
    response = client.get("/store", query_string={"graph": G}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert response.text.strip() == '<http://example.org/a> <http://example.org/p> "e" .'
    assert store.graphs() == [G]


def test_reads_are_public_and_writes_are_not(client: FlaskClient) -> None:
    anonymous = client.put("/store", query_string={"graph": G}, data=TURTLE, content_type="text/turtle")
    assert anonymous.status_code == 401
    assert client.get("/store", query_string={"graph": G}).status_code == 404
    assert client.head("/store", query_string={"graph": G}).status_code == 404
    put(client, TURTLE)
    assert client.get("/store", query_string={"graph": G}).status_code == 200
    head = client.head("/store", query_string={"graph": G})
    assert head.status_code == 200 and head.mimetype == "text/turtle" and head.data == b""


def test_post_merges_and_delete_drops(client: FlaskClient, store: OxigraphStore) -> None:
    put(client, TURTLE)
    other = "<http://example.org/b> <http://example.org/p> 1 ."
    assert client.post("/store", query_string={"graph": G}, data=other, content_type="text/turtle",
                       headers=AUTH).status_code == 200
    ask = f"ASK {{ GRAPH <{G}> {{ <http://example.org/a> ?p ?o . <http://example.org/b> ?q ?r }} }}"
    assert client.get("/sparql", query_string={"query": ask}).get_json()["boolean"] is True
    assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 200
    assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 404
    assert store.graphs() == []


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rdf:RDF/>', "application/rdf+xml", 415),
        (TURTLE, "application/octet-stream", 415),
        ("<http://example.org/a> <http://example.org/p> .", "text/turtle", 400),
        ('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/a"}',
         "application/ld+json", 400),
        ("<http://example.org/a> <http://example.org/p> " + '"' + "x" * 3000 + '" .', "text/turtle", 413),
    ],
    ids=["rdfxml", "unknown-type", "bad-turtle", "remote-jsonld-context", "too-large"],
)
def test_unsafe_or_bad_bodies_are_refused_and_change_nothing(
    client: FlaskClient, store: OxigraphStore, body: str, content_type: str, status: int
) -> None:
    assert put(client, body, content_type) == status
    assert store.graphs() == []


def test_ntriples_and_jsonld_bodies_are_read(client: FlaskClient) -> None:
    assert put(client, NT, "application/n-triples") == 201
    jsonld = '{"@id": "http://example.org/a", "http://example.org/p": "é"}'
    assert put(client, jsonld, "application/ld+json") == 204
    response = client.get("/store", query_string={"graph": G, "format": "ntriples"})
    assert response.text.strip() == '<http://example.org/a> <http://example.org/p> "é" .'


def test_post_to_the_store_creates_a_graph_named_by_its_location(client: FlaskClient) -> None:
    response = client.post("/store", data=TURTLE, content_type="text/turtle", headers=AUTH)
    assert response.status_code == 201
    location = response.headers["Location"]
    assert location.startswith("http://localhost/store/")
    assert client.get("/store", query_string={"graph": location}).status_code == 200
    assert client.get(location.removeprefix("http://localhost")).status_code == 200


def test_the_default_graph_is_the_stores_own_and_part_of_the_union(client: FlaskClient) -> None:
    assert client.get("/store?default").status_code == 200
    created = client.put("/store?default", data=TURTLE, content_type="text/turtle", headers=AUTH)
    assert created.status_code == 201
    put(client, "<http://example.org/n> <http://example.org/p> 3 .")
    response = client.get("/store?default", headers={"Accept": "application/n-triples"})
    assert response.text.strip() == '<http://example.org/a> <http://example.org/p> "é" .'
    ask = 'ASK { <http://example.org/a> ?p "é" . <http://example.org/n> ?q 3 }'
    assert client.get("/sparql", query_string={"query": ask}).get_json()["boolean"] is True
    assert client.delete("/store?default", headers=AUTH).status_code == 200
    assert client.get("/store?default").data.strip() == b""


@pytest.mark.parametrize("query", ["graph=a:b&default", "graph=not%20an%20iri", "graph=a:b&graph=a:c", ""])
def test_ambiguous_graph_names_are_400(client: FlaskClient, query: str) -> None:
    assert client.get("/store?" + query).status_code == 400


def test_graph_store_writes_on_the_remote_store(tmp_path: Path, remote_store: RemoteStore) -> None:
    settings = load_settings({"store": tmp_path / "unused", "query_url": remote_store.query_url,
                              "update_url": remote_store.update_url or "", "update_token": TOKEN},
                             environ={})
    app = create_app(settings, remote_store)
    try:
        client = app.test_client()
        assert put(client, TURTLE) == 201
        assert put(client, TURTLE) == 204
        read = client.get("/store", query_string={"graph": G, "format": "ntriples"})
        assert read.text.strip() == '<http://example.org/a> <http://example.org/p> "é" .'
        assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 200
        assert remote_store.graphs() == []
    finally:
        close_app(app)
