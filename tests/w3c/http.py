"""Sending a manifest's HTTP exchanges to a live server and checking each response.

Adaptations, the same for every test (the manifests tell a harness to make the first two):

- paths: the manifests' ``/sparql/`` is our ``/sparql``, their ``/gsp`` our ``/store``;
- every request carries ``Authorization: Bearer <token>`` (writes need one here; reads ignore it);
- ``mf:expectedLocation`` variables (``$LOCATION$``) take the ``Location`` of that response.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.results import to_rdflib
from tests.w3c.manifest import Exchange

RESULTS_TYPES = {
    "application/sparql-results+json", "application/sparql-results+xml",
    "text/csv", "text/tab-separated-values",
}
RDF_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
PATHS = (("/sparql/", "/sparql"), ("/gsp", "/store"))
SRX = "{http://www.w3.org/2005/sparql-results#}boolean"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


def our_path(path: str) -> str:
    for theirs, ours in PATHS:
        if path.startswith(theirs):
            return ours + path[len(theirs):]
    raise ValueError(f"unexpected path in a manifest: {path}")


def send(base_url: str, exchange: Exchange, token: str, variables: dict[str, str]) -> Reply:
    """Send ``exchange`` as written (no header added but the token), ``variables`` replaced."""
    path = our_path(exchange.path)
    body = exchange.body
    for name, value in variables.items():
        path = path.replace(name, value)
        body = None if body is None else body.replace(name.encode(), value.encode())
    headers = dict(exchange.headers)
    headers["Authorization"] = f"Bearer {token}"
    netloc = urllib.parse.urlsplit(base_url).netloc
    connection = http.client.HTTPConnection(netloc, timeout=30)
    try:
        connection.request(exchange.method, path, body=body, headers=headers)
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        connection.close()


def graph_of(data: bytes, media_type: str, base: str) -> Graph:
    graph = Graph()
    for quad in ox.parse(data, format=RDF_TYPES[media_type], base_iri=base):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def boolean_of(reply: Reply) -> bool:
    media_type = reply.headers.get_content_type()
    if media_type == "application/sparql-results+json":
        return bool(json.loads(reply.body)["boolean"])
    if media_type == "application/sparql-results+xml":
        node = ET.fromstring(reply.body).find(SRX)
        assert node is not None and node.text is not None, reply.body
        return node.text.strip() == "true"
    raise AssertionError(f"a boolean answer came as {media_type}")


def check(reply: Reply, exchange: Exchange, base: str) -> None:
    """Assert that ``reply`` is what ``exchange`` expects."""
    expected = exchange.expected
    where = f"{exchange.method} {exchange.path}"
    assert reply.status in expected.statuses, f"{where}: {reply.status} {reply.body[:300]!r}"
    media_type = reply.headers.get_content_type()
    if expected.format in ("boolean", "tabular"):
        assert media_type in RESULTS_TYPES, f"{where}: {media_type}"
    if expected.format == "RDF":
        assert media_type in RDF_TYPES, f"{where}: {media_type}"
        graph_of(reply.body, media_type, base)
    if expected.boolean is not None:
        assert boolean_of(reply) is expected.boolean, f"{where}: {reply.body!r}"
    for name, value in expected.headers:
        assert reply.headers[name] is not None, f"{where}: no {name} header"
        if name.lower() == "content-type":
            assert reply.headers[name].replace(" ", "").lower() == value.replace(" ", "").lower()
    if expected.body is not None:
        theirs = graph_of(expected.body.encode("utf-8"), "text/turtle", base)
        ours = graph_of(reply.body, media_type, base)
        assert isomorphic(ours, theirs), f"{where}:\n{reply.body.decode()}"
