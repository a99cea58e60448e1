"""Saved queries: saved from the page with a name and a description, kept as RDF, opened by a short link."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.saved_queries import MAX_DESCRIPTION, MAX_NAME, MAX_QUERY, draft, graph_iri, insert_update
from kg.settings import Settings
from kg.store import OxigraphStore
from server import close_app, create_app

QUERY = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nSELECT ?a WHERE { ?a a nkg:Article } LIMIT 5"
CONFIG = re.compile(r'<script type="application/json" id="newskg-config">(.*?)</script>', re.S)


def save(client: FlaskClient, **fields: str) -> Any:
    body = {"name": "Articles", "description": "Every article, five of them", "query": QUERY, **fields}
    return client.post("/saved", json=body)


def page_config(html: str) -> dict[str, Any]:
    """The configuration the query page hands its script."""
    found = CONFIG.search(html)
    assert found, "the page carries its configuration"
    config: dict[str, Any] = json.loads(found.group(1))
    return config


def short_path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_saving_a_query_answers_its_short_link(client: FlaskClient) -> None:
    response = save(client)
    assert response.status_code == 201
    saved = response.get_json()
    assert saved["name"] == "Articles" and saved["description"] == "Every article, five of them"
    assert saved["query"] == QUERY
    assert re.fullmatch(r"http://localhost/q/[a-z2-7]{10}", saved["url"])
    assert response.headers["Location"] == saved["url"]


def test_the_short_link_opens_the_page_with_the_query_in_the_editor(client: FlaskClient) -> None:
    url = save(client).get_json()["url"]
    response = client.get(short_path(url))
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    saved = page_config(response.get_data(as_text=True))["saved"]
    assert saved["query"] == QUERY and saved["name"] == "Articles"


def test_saved_queries_are_schema_org_rdf_in_their_own_graph(
    client: FlaskClient, store: OxigraphStore, settings: Settings
) -> None:
    saved = save(client).get_json()
    result = store.query(
        f"""PREFIX schema: <http://schema.org/>
        SELECT ?q ?name ?text ?created WHERE {{ GRAPH <{graph_iri(settings.base_iri)}> {{
          ?q a schema:SoftwareSourceCode ; schema:name ?name ; schema:text ?text ; schema:dateCreated ?created
        }} }}"""
    )
    rows = list(result.rows())
    assert [(str(r["q"]), str(r["name"]), str(r["text"])) for r in rows] == [
        (f"{settings.base_iri}q/{saved['id']}", "Articles", QUERY)
    ]
    assert str(rows[0]["created"].datatype).endswith("#dateTime")


def test_saving_the_same_query_twice_keeps_one_with_its_first_date(
    client: FlaskClient, store: OxigraphStore
) -> None:
    first, second = save(client).get_json(), save(client).get_json()
    assert first == second
    count = store.query("SELECT (COUNT(*) AS ?n) { ?q <http://schema.org/dateCreated> ?d }")
    assert [str(r["n"]) for r in count.rows()] == ["1"]
    assert [s["id"] for s in client.get("/saved").get_json()] == [first["id"]]


def test_saved_queries_are_listed_newest_first(client: FlaskClient) -> None:
    ids = [save(client, name=f"Query {i}").get_json()["id"] for i in range(2)]
    listed = client.get("/saved").get_json()
    assert {s["id"] for s in listed} == set(ids)
    assert [s["created"] for s in listed] == sorted((s["created"] for s in listed), reverse=True)
    assert client.get(f"/saved/{ids[0]}").get_json()["name"] == "Query 0"


def test_saved_queries_survive_a_restart(settings: Settings) -> None:
    """Two app instances, one after the other, over the same on-disk store."""
    store = OxigraphStore(settings.store)
    first = create_app(settings, store)
    try:
        url = save(first.test_client()).get_json()["url"]
    finally:
        close_app(first)
        store.close()
    store = OxigraphStore(settings.store)
    second = create_app(settings, store)
    try:
        response = second.test_client().get(short_path(url))
        assert response.status_code == 200
        assert page_config(response.get_data(as_text=True))["saved"]["query"] == QUERY
    finally:
        close_app(second)
        store.close()


def test_a_query_cannot_break_out_of_the_page_that_shows_it(client: FlaskClient) -> None:
    query = 'SELECT ("</script><script>alert(1)</script>" AS ?x) {}'
    url = save(client, query=query).get_json()["url"]
    html = client.get(short_path(url)).get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert page_config(html)["saved"]["query"] == query


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        ({"name": "  "}, 400, "needs a name"),
        ({"name": "n" * (MAX_NAME + 1)}, 400, f"at most {MAX_NAME}"),
        ({"description": "d" * (MAX_DESCRIPTION + 1)}, 400, f"at most {MAX_DESCRIPTION}"),
        ({"query": ""}, 400, "needs a query"),
        ({"query": "SELECT * { ?s ?p ?o }" + " " * MAX_QUERY}, 400, f"at most {MAX_QUERY}"),
        ({"query": "SELECT WHERE ?s"}, 400, "does not parse"),
        ({"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, 400, "update"),
        ({"query": "DROP ALL"}, 400, "update"),
    ],
    ids=["blank name", "long name", "long description", "no query", "long query", "syntax", "insert", "drop"],
)
def test_bad_input_is_refused_in_plain_text(
    client: FlaskClient, fields: dict[str, str], status: int, message: str
) -> None:
    response = save(client, **fields)
    assert response.status_code == status
    assert response.mimetype == "text/plain"
    assert message in response.get_data(as_text=True)
    assert client.get("/saved").get_json() == []


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": ["not", "an", "object"]}, 400),
        ({"json": {"name": "n", "description": "d", "query": 42}}, 400),
        ({"data": "SELECT * {}", "content_type": "text/plain"}, 415),
    ],
    ids=["json list", "json number", "plain text body"],
)
def test_a_body_of_the_wrong_shape_is_refused(
    client: FlaskClient, kwargs: dict[str, Any], status: int
) -> None:
    response = client.post("/saved", **kwargs)
    assert response.status_code == status
    assert response.mimetype == "text/plain"


def test_a_query_can_be_saved_from_an_html_form(client: FlaskClient) -> None:
    response = client.post("/saved", data={"name": "Form", "description": "", "query": QUERY})
    assert response.status_code == 201
    assert response.get_json()["description"] == ""


@pytest.mark.parametrize("path", ["/q/aaaaaaaaaa", "/q/NOT-AN-ID", "/saved/aaaaaaaaaa"])
def test_an_unknown_short_link_is_a_plain_text_404(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/plain"


def test_saved_queries_need_no_page_of_their_own_to_be_queried(app: Flask, client: FlaskClient) -> None:
    """The saved graph is part of the dataset: /sparql sees it like any other named graph."""
    save(client)
    response = client.get(
        "/sparql",
        query_string={"query": "ASK { GRAPH ?g { ?q <http://schema.org/name> \"Articles\" } }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.get_json()["boolean"] is True


def test_no_query_is_saved_past_the_limit(store: OxigraphStore) -> None:
    """Saving is open to anyone: the store keeps at most a fixed number, checked in the same update."""
    base = "https://example.org/kg/"
    first = draft("Premier", "", "SELECT * WHERE { ?s ?p ?o }")
    second = draft("Second", "", "ASK { ?s ?p ?o }")
    store.update(insert_update(first, base, limit=1))
    store.update(insert_update(second, base, limit=1))
    graph = graph_iri(base)
    found = store.query(f"SELECT ?n WHERE {{ GRAPH <{graph}> {{ ?q <http://schema.org/name> ?n }} }}")
    assert [str(row["n"]) for row in found.rows()] == ["Premier"]
