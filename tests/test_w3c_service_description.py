"""The three W3C SPARQL 1.1 Service Description tests, against a live server on 127.0.0.1.

Their manifest gives only names (``mf:ServiceDescriptionTest`` without an action): what each
checks is encoded here from the Service Description recommendation, one function per entry
in :data:`ENCODINGS`, and a test checks that every manifest entry has one.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from kg.settings import Settings, load_settings
from server import close_app, create_app
from tests.w3c.http import RDF_TYPES, graph_of
from tests.w3c.manifest import SUITE, entries

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
MANIFEST = SUITE / "service-description" / "manifest.ttl"
#: The terms the SD vocabulary defines as instances of sd:Language and sd:Feature.
LANGUAGES = {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
FEATURES = {SD.DereferencesURIs, SD.UnionDefaultGraph, SD.RequiresDataset, SD.EmptyGraphs,
            SD.BasicFederatedQuery}

pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"the W3C test suite is not at {SUITE}")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({"store": tmp_path / "store", "update_token": "t"}, environ={})


def fetch(url: str, accept: str) -> tuple[str, Graph]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        media_type = response.headers.get_content_type()
        return media_type, graph_of(response.read(), media_type, url)


def returns_rdf(endpoint: str) -> None:
    """GET on the endpoint returns RDF, in every RDF format a client may ask for."""
    for media_type in RDF_TYPES:
        answered, graph = fetch(endpoint, media_type)
        assert answered == media_type
        assert len(graph) > 0


def has_endpoint_triple(endpoint: str) -> None:
    """The description holds ``[] sd:endpoint <the URL that was fetched>``."""
    _, graph = fetch(endpoint, "text/turtle")
    assert (None, SD.endpoint, URIRef(endpoint)) in graph


def conforms_to_schema(endpoint: str) -> None:
    """One sd:Service, its properties used with the domains and ranges the SD vocabulary gives."""
    _, graph = fetch(endpoint, "text/turtle")
    services = set(graph.subjects(RDF.type, SD.Service))
    assert len(services) == 1
    service = services.pop()
    assert set(graph.objects(service, SD.supportedLanguage)) <= LANGUAGES
    assert SD.SPARQL11Query in set(graph.objects(service, SD.supportedLanguage))
    assert set(graph.objects(service, SD.feature)) <= FEATURES
    assert all(isinstance(f, URIRef) for f in graph.objects(service, SD.resultFormat))
    for dataset in graph.objects(service, SD.defaultDataset):
        assert (dataset, RDF.type, SD.Dataset) in graph
        for default_graph in graph.objects(dataset, SD.defaultGraph):
            assert (default_graph, RDF.type, SD.Graph) in graph
    for subject, _, _ in graph.triples((None, SD.endpoint, None)):
        assert (subject, RDF.type, SD.Service) in graph


ENCODINGS: dict[str, Callable[[str], None]] = {
    "returns-rdf": returns_rdf,
    "has-endpoint-triple": has_endpoint_triple,
    "conforms-to-schema": conforms_to_schema,
}


def test_every_service_description_entry_has_an_encoding() -> None:
    assert [e.name for e in entries(MANIFEST)] == ["has-endpoint-triple", "returns-rdf", "conforms-to-schema"]
    assert {e.name for e in entries(MANIFEST)} == set(ENCODINGS)


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_w3c_service_description(name: str, live_server: str) -> None:
    ENCODINGS[name](live_server + "/sparql")


@pytest.mark.parametrize(("token", "update"), [("", False), ("secret", True)])
def test_the_description_states_update_only_when_writes_are_on(
    tmp_path: Path, token: str, update: bool
) -> None:
    app = create_app(load_settings({"store": tmp_path / "s", "update_token": token}, environ={}))
    try:
        response = app.test_client().get("/sparql", headers={"Accept": "text/turtle"})
        graph = Graph().parse(data=response.data, format="turtle")
        assert ((None, SD.supportedLanguage, SD.SPARQL11Update) in graph) is update
    finally:
        close_app(app)
