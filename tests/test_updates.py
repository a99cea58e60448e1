"""SPARQL Update on /sparql: who may write, what is refused, and what an update means."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.settings import Settings, load_settings
from kg.store import OxigraphStore
from kg.store.remote import RemoteStore
from server import close_app, create_app

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 } }"
ASK = "ASK { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 } }"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({"store": tmp_path / "store", "update_token": TOKEN}, environ={})


def asks(client: FlaskClient, query: str = ASK) -> bool:
    return bool(client.get("/sparql", query_string={"query": query}).get_json()["boolean"])


def test_a_form_update_with_the_token_writes_and_later_queries_see_it(client: FlaskClient) -> None:
    assert not asks(client)
    response = client.post("/sparql", data={"update": INSERT}, headers=AUTH)
    assert response.status_code == 204
    assert asks(client)


def test_a_direct_update_with_the_token_writes(client: FlaskClient) -> None:
    response = client.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=AUTH)
    assert response.status_code == 204
    assert asks(client)


def test_sparqlwrapper_updates_with_a_bearer_token(live_server: str) -> None:
    sparql = SPARQLWrapper(live_server + "/sparql")
    sparql.setMethod(POST)
    sparql.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    sparql.setQuery(INSERT)
    sparql.query()
    sparql.setQuery(ASK)
    sparql.setReturnFormat(JSON)
    assert sparql.queryAndConvert()["boolean"] is True


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401),
        ({"Authorization": "Bearer "}, 401),
        ({"Authorization": "Bearer wrong-token"}, 403),
        ({"Authorization": f"Bearer {TOKEN}x"}, 403),
    ],
    ids=["none", "basic", "empty", "wrong", "longer"],
)
def test_updates_without_the_right_token_are_refused_and_change_nothing(
    client: FlaskClient, headers: dict[str, str], status: int
) -> None:
    response = client.post("/sparql", data={"update": INSERT}, headers=headers)
    assert response.status_code == status
    assert response.mimetype == "text/plain"
    if status == 401:
        assert response.headers["WWW-Authenticate"].lower().startswith("bearer")
    assert not asks(client)


def test_with_no_token_configured_writes_are_off(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "off")
    app = create_app(load_settings({"store": tmp_path / "off"}, environ={}), store)
    try:
        client = app.test_client()
        response = client.post("/sparql", data={"update": INSERT}, headers={"Authorization": "Bearer "})
        assert response.status_code == 403
        assert "NEWSKG_UPDATE_TOKEN" in response.text
        response = client.put("/store?graph=http://example.org/g", data="<a:b> <a:c> <a:d> .",
                              content_type="text/turtle", headers=AUTH)
        assert response.status_code == 403
        assert store.graphs() == []
    finally:
        close_app(app)
        store.close()


@pytest.mark.parametrize(
    "update",
    [
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://example.org/g>",
        "lo\\u0061d <http://127.0.0.1:9/data.ttl>",
        "INSERT { GRAPH <http://example.org/g> { ?s ?p ?o } }"
        " WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ],
    ids=["load", "load-silent", "load-escaped", "service"],
)
def test_load_and_service_are_refused_with_400(client: FlaskClient, update: str) -> None:
    response = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code == 400
    assert "refused" in response.text


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"data": {"update": ["CLEAR ALL", "CLEAR ALL"]}}, "one update"),
        ({"data": "CLEAR ALL".encode("utf-16"), "content_type": "application/sparql-update"}, "UTF-8"),
        ({"data": "CLEAR XYZ", "content_type": "application/sparql-update"}, "error"),
        ({"data": "INSERT DATA { <a:b> <a:c> 1 }", "content_type": "application/sparql-update",
          "query_string": {"using-graph-uri": "not an iri"}}, "absolute IRI"),
        ({"data": "WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
          "content_type": "application/sparql-update",
          "query_string": {"using-graph-uri": "http://example.org/g"}}, "not both"),
    ],
    ids=["two-updates", "utf16", "syntax", "bad-using-iri", "using-and-with"],
)
def test_malformed_updates_are_400(client: FlaskClient, kwargs: dict[str, object], fragment: str) -> None:
    response = client.post("/sparql", headers=AUTH, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 400
    assert fragment in response.text


def test_using_graph_uri_scopes_the_where_clause(client: FlaskClient) -> None:
    client.post("/sparql", data={"update": INSERT}, headers=AUTH)
    copy = "INSERT { GRAPH <http://example.org/copy> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
    client.post("/sparql", data={"update": copy}, headers=AUTH)
    assert not asks(client, "ASK { GRAPH <http://example.org/copy> { ?s ?p ?o } }")
    client.post("/sparql", data={"update": copy, "using-graph-uri": "http://example.org/g"}, headers=AUTH)
    assert asks(client, "ASK { GRAPH <http://example.org/copy> { ?s ?p 1 } }")


def test_graphless_inserts_land_in_the_stores_default_graph_which_queries_see(client: FlaskClient) -> None:
    client.post("/sparql", data={"update": "INSERT DATA { <http://example.org/x> <http://example.org/p> 2 }"},
                headers=AUTH)
    assert asks(client, "ASK { <http://example.org/x> <http://example.org/p> 2 }")
    response = client.get("/store?default", headers={"Accept": "application/n-triples"})
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    assert response.text.strip() == f'<http://example.org/x> <http://example.org/p> "2"^^{integer} .'


def test_relative_iris_resolve_against_the_endpoint(client: FlaskClient) -> None:
    client.post("/sparql", data={"update": "INSERT DATA { GRAPH <g> { <s> <p> <o> } }"}, headers=AUTH)
    assert asks(client, "ASK { GRAPH <http://localhost/g> { <http://localhost/s> ?p ?o } }")


def test_an_update_and_its_query_on_the_remote_store(tmp_path: Path, remote_store: RemoteStore) -> None:
    """The same protocol over a real `oxigraph serve`: writes go through our token check."""
    settings = load_settings({"store": tmp_path / "unused", "query_url": remote_store.query_url,
                              "update_url": remote_store.update_url or "", "update_token": TOKEN},
                             environ={})
    app = create_app(settings, remote_store)
    try:
        client = app.test_client()
        assert client.post("/sparql", data={"update": INSERT}).status_code == 401
        load = {"update": "LOAD <http://127.0.0.1:9/x>"}
        assert client.post("/sparql", data=load, headers=AUTH).status_code == 400
        assert client.post("/sparql", data={"update": INSERT}, headers=AUTH).status_code == 204
        assert asks(client)
    finally:
        close_app(app)
