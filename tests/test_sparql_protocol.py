"""The SPARQL 1.1 Protocol query operation at /sparql, against the real on-disk store.

Two clients: SPARQLWrapper over a live waitress server (what users run), and Flask's test
client for the negotiation and error tables.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from rdflib import Graph, Literal, Namespace, URIRef
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from werkzeug.datastructures import MultiDict

from kg.results import to_rdflib
from kg.settings import Settings
from kg.store import OxigraphStore
from server import close_app, create_app

EX = Namespace("http://example.org/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
G1, G2 = "http://example.org/g1", "http://example.org/g2"

DATA = f"""
PREFIX ex: <http://example.org/>
INSERT DATA {{
  GRAPH <{G1}> {{ ex:alice ex:knows ex:bob . ex:alice ex:name "Alice" . }}
  GRAPH <{G2}> {{ ex:bob ex:name "Bob"@fr . ex:helene ex:name "Hélène" . }}
}}
"""
NAMES = "PREFIX ex: <http://example.org/> SELECT ?name WHERE { ?s ex:name ?name } ORDER BY ?name"
ASK = "PREFIX ex: <http://example.org/> ASK { ex:alice ex:knows ex:bob }"
CONSTRUCT = "PREFIX ex: <http://example.org/> CONSTRUCT { ?s ex:name ?n } WHERE { ?s ex:name ?n }"
ALL_NAMES = {"Alice", "Bob", "Hélène"}
CONSTRUCTED = {
    (EX.alice, EX.name, Literal("Alice")),
    (EX.bob, EX.name, Literal("Bob", lang="fr")),
    (EX.helene, EX.name, Literal("Hélène")),
}
MALFORMED = "SELECT ?s WHERE { ?s ?p"


@pytest.fixture(autouse=True)
def loaded(store: OxigraphStore) -> OxigraphStore:
    """Two named graphs; nothing in the store's own default graph."""
    store.update(DATA)
    return store


def parse_graph(data: bytes, rdflib_format: str) -> Graph:
    """``data`` parsed into an rdflib graph.

    JSON-LD is read with pyoxigraph: rdflib 7.6's JSON-LD parser builds a deprecated
    ``ConjunctiveGraph`` internally (a DeprecationWarning, hence an error under our settings).
    """
    graph = Graph()
    if rdflib_format == "json-ld":
        for quad in ox.parse(data, format=ox.RdfFormat.JSON_LD):
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return graph
    return graph.parse(data=data, format=rdflib_format)


def wrapper(base_url: str, query: str, return_format: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(base_url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(return_format)
    return sparql


def names_of(client: FlaskClient, **params: str | list[str]) -> set[str]:
    response = client.get("/sparql", query_string={"query": NAMES, **params})
    assert response.status_code == 200, response.text
    return {b["name"]["value"] for b in response.get_json()["results"]["bindings"]}


# --- SPARQLWrapper over a live waitress server ------------------------------------------------


def test_select_answers_sparql_json_to_sparqlwrapper(live_server: str) -> None:
    result = wrapper(live_server, NAMES, JSON).queryAndConvert()
    assert isinstance(result, dict)
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == ["Alice", "Bob", "Hélène"]


def test_select_answers_sparql_xml_to_sparqlwrapper(live_server: str) -> None:
    document = wrapper(live_server, NAMES, XML).queryAndConvert()
    values = {node.firstChild.data for node in document.getElementsByTagName("literal")}
    assert values == ALL_NAMES


@pytest.mark.parametrize(("return_format", "dialect"), [(CSV, csv.excel), (TSV, csv.excel_tab)])
def test_select_answers_csv_and_tsv_to_sparqlwrapper(
    live_server: str, return_format: str, dialect: type[csv.Dialect]
) -> None:
    body = wrapper(live_server, NAMES, return_format).queryAndConvert()
    assert isinstance(body, bytes)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8")), dialect=dialect))
    assert rows[0][0].lstrip("?") == "name"
    cells = {row[0] for row in rows[1:]}
    assert "Alice" in cells or '"Alice"' in cells
    assert len(rows) == 4


def test_ask_answers_a_boolean_to_sparqlwrapper(live_server: str) -> None:
    assert wrapper(live_server, ASK, JSON).queryAndConvert()["boolean"] is True


@pytest.mark.parametrize(
    ("return_format", "accept", "content_type", "rdflib_format"),
    [
        (TURTLE, None, "text/turtle", "turtle"),
        (N3, "application/n-triples", "application/n-triples", "nt"),
        (JSONLD, None, "application/ld+json", "json-ld"),
        (RDFXML, None, "application/rdf+xml", "xml"),
    ],
)
def test_construct_answers_each_graph_format_to_sparqlwrapper(
    live_server: str, return_format: str, accept: str | None, content_type: str, rdflib_format: str
) -> None:
    sparql = wrapper(live_server, CONSTRUCT, return_format)
    if accept is not None:  # SPARQLWrapper has no N-Triples constant: ask for it by Accept
        sparql.setOnlyConneg(True)
        sparql.addCustomHttpHeader("Accept", accept)
    # Read the raw body: SPARQLWrapper's convert() builds a deprecated rdflib ConjunctiveGraph.
    response = sparql.query()
    assert response.info()["content-type"] == content_type + "; charset=utf-8"
    graph = parse_graph(response.response.read(), rdflib_format)
    assert set(graph) == CONSTRUCTED


@pytest.mark.parametrize("request_method", [URLENCODED, POSTDIRECTLY])
def test_post_queries_work_as_form_and_as_direct_body(live_server: str, request_method: str) -> None:
    sparql = wrapper(live_server, NAMES, JSON)
    sparql.setMethod(POST)
    sparql.setRequestMethod(request_method)
    result = sparql.queryAndConvert()
    assert {b["name"]["value"] for b in result["results"]["bindings"]} == ALL_NAMES


def test_malformed_query_raises_query_bad_formed_in_sparqlwrapper(live_server: str) -> None:
    with pytest.raises(QueryBadFormed):
        wrapper(live_server, MALFORMED, JSON).query()


def test_readme_count_example_works_with_a_form_post(live_server: str) -> None:
    body = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) {?s ?p ?o}"}).encode()
    request = urllib.request.Request(
        live_server + "/sparql", data=body, headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("application/sparql-results+json")
        answer = json.load(response)
    assert answer["results"]["bindings"][0]["n"]["value"] == "4"


# --- content negotiation ----------------------------------------------------------------------

SELECT_NEGOTIATION = [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/*", "text/csv"),
    ("image/png", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/csv;q=0, */*;q=0.1", "application/sparql-results+json"),
    ("*/*;q=0.1, text/tab-separated-values", "text/tab-separated-values"),
]
GRAPH_NEGOTIATION = [
    (None, "text/turtle"),
    ("*/*", "text/turtle"),
    ("application/x-turtle", "text/turtle"),
    ("application/n-triples", "application/n-triples"),
    ("text/plain", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
    ("application/rdf+xml", "application/rdf+xml"),
    ("text/turtle;q=0.2, application/ld+json;q=0.8", "application/ld+json"),
    ("application/sparql-results+json", "text/turtle"),
]


QUERIES = {"select": NAMES, "ask": ASK, "construct": CONSTRUCT}


@pytest.mark.parametrize(
    ("kind", "accept", "expected"),
    [("select", a, e) for a, e in SELECT_NEGOTIATION]
    + [("ask", a, e) for a, e in SELECT_NEGOTIATION]
    + [("construct", a, e) for a, e in GRAPH_NEGOTIATION],
)
def test_accept_header_picks_the_answer_format(
    client: FlaskClient, kind: str, accept: str | None, expected: str
) -> None:
    headers = {"Accept": accept} if accept is not None else {}
    response = client.get("/sparql", query_string={"query": QUERIES[kind]}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == expected + "; charset=utf-8"
    assert "Accept" in response.headers["Vary"]


@pytest.mark.parametrize(
    ("kind", "fmt", "expected"),
    [
        ("select", "csv", "text/csv"),
        ("select", "tsv", "text/tab-separated-values"),
        ("select", "xml", "application/sparql-results+xml"),
        ("select", "text/tab-separated-values", "text/tab-separated-values"),
        ("ask", "csv", "text/csv"),
        ("construct", "ntriples", "application/n-triples"),
        ("construct", "json-ld", "application/ld+json"),
        ("construct", "application/rdf+xml", "application/rdf+xml"),
        ("construct", "xml", "application/rdf+xml"),  # SPARQLWrapper's default on a CONSTRUCT
        ("construct", "turtle", "text/turtle"),
    ],
)
def test_format_parameter_overrides_accept(
    client: FlaskClient, kind: str, fmt: str, expected: str
) -> None:
    response = client.get(
        "/sparql",
        query_string={"query": QUERIES[kind], "format": fmt},
        headers={"Accept": "application/sparql-results+json, application/ld+json"},
    )
    assert response.status_code == 200, response.text
    assert response.mimetype == expected


def test_first_recognised_format_value_wins(client: FlaskClient) -> None:
    """SPARQLWrapper sends ``format=tsv&format=text/tab-separated-values`` and the like."""
    response = client.get(
        "/sparql", query_string=[("query", NAMES), ("format", "nonsense"), ("format", "tsv")]
    )
    assert response.mimetype == "text/tab-separated-values"


@pytest.mark.parametrize(
    ("kind", "fmt"), [("construct", "csv"), ("select", "turtle"), ("ask", "bogus")]
)
def test_format_not_fitting_the_query_kind_is_406(client: FlaskClient, kind: str, fmt: str) -> None:
    response = client.get("/sparql", query_string={"query": QUERIES[kind], "format": fmt})
    assert response.status_code == 406
    assert response.mimetype == "text/plain"
    assert fmt in response.text


def test_answers_are_utf8(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": NAMES, "format": "csv"})
    assert "Hélène" in response.data.decode("utf-8")


# --- protocol errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("post", {"data": {"default-graph-uri": G1}}),
        ("get", {"query_string": [("query", NAMES), ("query", ASK)]}),
        ("post", {"data": MultiDict([("query", NAMES), ("query", ASK)])}),
        ("get", {"query_string": {"query": NAMES, "update": "CLEAR ALL"}}),
        ("get", {"query_string": {"update": "CLEAR ALL"}}),
        ("post", {"data": {"query": NAMES, "update": "CLEAR ALL"}}),
        ("post", {"data": NAMES, "content_type": "text/plain"}),
        ("post", {"data": NAMES}),
        ("post", {"data": NAMES, "content_type": "application/sparql-query",
                  "query_string": {"query": ASK}}),
        ("post", {"data": b"SELECT * {?s ?p '\xff'}", "content_type": "application/sparql-query"}),
    ],
    ids=[
        "post-without-query", "two-queries-get", "two-queries-post", "query-and-update",
        "update-alone", "query-and-update-post", "wrong-content-type", "no-content-type",
        "body-and-url-query", "body-not-utf8",
    ],
)
def test_protocol_violations_are_400(client: FlaskClient, method: str, kwargs: dict[str, object]) -> None:
    response = getattr(client, method)("/sparql", **kwargs)
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"


def test_malformed_query_is_400_with_the_parser_message(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": MALFORMED})
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.text.startswith("error at 1:")


def test_update_sent_as_a_query_is_400_and_changes_nothing(
    client: FlaskClient, store: OxigraphStore
) -> None:
    update = "INSERT DATA { GRAPH <http://example.org/g3> { <http://a> <http://b> <http://c> } }"
    response = client.post("/sparql", data={"query": update})
    assert response.status_code == 400
    assert store.graphs() == [G1, G2]


@pytest.mark.parametrize(("method", "status"), [("put", 405), ("delete", 405)])
def test_other_methods_are_405_in_plain_text(client: FlaskClient, method: str, status: int) -> None:
    response = getattr(client, method)("/sparql")
    assert response.status_code == status
    assert response.mimetype == "text/plain"
    assert "GET" in response.headers["Allow"]


def test_unknown_path_is_404_in_plain_text(client: FlaskClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert response.mimetype == "text/plain"


# --- the dataset ------------------------------------------------------------------------------


def test_default_graph_is_the_union_of_the_named_graphs(client: FlaskClient) -> None:
    assert names_of(client) == ALL_NAMES


def test_default_graph_uri_restricts_the_default_graph(client: FlaskClient) -> None:
    assert names_of(client, **{"default-graph-uri": G1}) == {"Alice"}
    assert names_of(client, **{"default-graph-uri": [G1, G2]}) == ALL_NAMES


def test_default_graph_uri_is_read_from_a_form_post(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": NAMES, "default-graph-uri": G2})
    assert {b["name"]["value"] for b in response.get_json()["results"]["bindings"]} == {
        "Bob",
        "Hélène",
    }


def test_named_graph_uri_restricts_graph_patterns(client: FlaskClient) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    everything = client.get("/sparql", query_string={"query": query}).get_json()
    only_g2 = client.get(
        "/sparql", query_string={"query": query, "named-graph-uri": G2}
    ).get_json()
    assert {b["g"]["value"] for b in everything["results"]["bindings"]} == {G1, G2}
    assert [b["g"]["value"] for b in only_g2["results"]["bindings"]] == [G2]


# --- service description ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [(None, "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")],
)
def test_get_without_query_describes_the_service(
    client: FlaskClient, accept: str | None, rdflib_format: str
) -> None:
    headers = {"Accept": accept} if accept is not None else {}
    response = client.get("/sparql", headers=headers)
    assert response.status_code == 200
    graph = parse_graph(response.data, rdflib_format)
    assert (None, SD.endpoint, URIRef("http://localhost/sparql")) in graph
    assert (None, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (None, SD.feature, SD.UnionDefaultGraph) in graph
    assert len(set(graph.objects(None, SD.resultFormat))) == 8


# --- the app factory --------------------------------------------------------------------------


def test_app_opens_the_store_its_settings_name_and_close_app_releases_it(
    settings: Settings, tmp_path: Path
) -> None:
    own = settings.replace(store=tmp_path / "own-store")
    app = create_app(own)
    response = app.test_client().get("/sparql", query_string={"query": ASK})
    assert response.get_json()["boolean"] is False
    close_app(app)
    reopened = OxigraphStore(own.store)  # a second read-write open fails unless it was released
    reopened.close()
