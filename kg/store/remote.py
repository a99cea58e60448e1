"""A remote store: any SPARQL 1.1 Protocol endpoint (Oxigraph server, Fuseki, Virtuoso) over HTTP.

The store contract says the default graph of a query is the union of the named graphs. A remote
store cannot be told so per request in a portable way, so the server must be configured that way:
``oxigraph serve --union-default-graph``, or ``tdb2:unionDefaultGraph true`` in a Fuseki
dataset. ``default_graphs`` and ``named_graphs`` become ``default-graph-uri`` and
``named-graph-uri`` parameters of the request.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from http.client import HTTPResponse
from importlib.metadata import PackageNotFoundError, version
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import FormatError, QuerySyntaxError, StoreError, StoreUnavailableError
from kg.formats import DATASET_FORMATS, Format
from kg.results import QueryResult
from kg.store.base import replace_graph_update

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
Native = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def _solutions(body: bytes) -> Native:
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


def _triples(rdf_format: ox.RdfFormat) -> Callable[[bytes], Native]:
    """A parser of a graph answer into a real ``QueryTriples``.

    pyoxigraph cannot build a ``QueryTriples`` from triples, so they go through an in-memory
    store and come back from a CONSTRUCT (graph answers are small).
    """

    def parse(body: bytes) -> Native:
        scratch = ox.Store()
        scratch.load(body, format=rdf_format)
        return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")

    return parse


# Media type of the answer -> parser into pyoxigraph's result objects.
PARSERS: dict[str, Callable[[bytes], Native]] = {
    "application/sparql-results+json": _solutions,
    "application/json": _solutions,
    "application/n-triples": _triples(ox.RdfFormat.N_TRIPLES),
    "text/plain": _triples(ox.RdfFormat.N_TRIPLES),  # Virtuoso's name for N-Triples
    "text/turtle": _triples(ox.RdfFormat.TURTLE),
}


def _user_agent() -> str:
    try:
        return f"newskg/{version('newskg')}"
    except PackageNotFoundError:
        return "newskg/unknown"


class RemoteStore:
    """A SPARQL 1.1 endpoint; read-only unless ``update_url`` is given.

    HTTP 400 becomes ``QuerySyntaxError`` with the server's message; a refused connection
    ``StoreUnavailableError``; any other failure ``StoreError`` naming the URL.
    """

    def __init__(self, query_url: str, update_url: str | None = None, *,
                 timeout: float = 60.0, token: str | None = None) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.timeout = timeout
        self._token = token
        self._user_agent = _user_agent()
        self._closed = False

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, {self.update_url!r})"

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        with self._post_query(sparql, default_graphs, named_graphs) as response:
            media_type = response.headers.get_content_type()
            parse = PARSERS.get(media_type)
            if parse is None:
                raise StoreError(f"{self.query_url} answered with unexpected {media_type!r}")
            body = self._read(response)
        try:
            return QueryResult(parse(body))
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url} sent an unreadable {media_type}: {exc}") from exc

    def update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError(
                f"the store at {self.query_url} is read-only: "
                "set NEWSKG_UPDATE_URL (--update-url) to its update endpoint to write"
            )
        data = sparql.encode("utf-8")
        self._post(self.update_url, data, "application/sparql-update; charset=utf-8",
                   authorize=True).close()

    def replace_graph(
        self, graph: str, triples: Graph, *, drop: Iterable[str] = (),
        merge: Mapping[str, Graph] | None = None,
    ) -> None:
        self.update(replace_graph_update(graph, triples, drop, merge))

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }").rows()
        return sorted(str(row["g"]) for row in rows)

    def dump(self, output: BinaryIO, fmt: Format) -> None:
        """Stream every quad of the named graphs, parsing the answer as it arrives."""
        rdf_format = fmt.oxigraph
        if fmt not in DATASET_FORMATS or not isinstance(rdf_format, ox.RdfFormat):
            raise FormatError(f"a dump cannot be written as {fmt.name} (not a dataset format)")
        sparql = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        with self._post_query(sparql, None, None) as response:
            solutions = ox.parse_query_results(response, format=ox.QueryResultsFormat.JSON)
            if not isinstance(solutions, ox.QuerySolutions):
                raise StoreError(f"{self.query_url} answered a SELECT with a boolean")
            try:
                ox.serialize(_quads(solutions), output, format=rdf_format)
            except SyntaxError as exc:
                raise StoreError(f"{self.query_url} sent unreadable results: {exc}") from exc

    def close(self) -> None:
        self._closed = True

    def _post_query(
        self,
        sparql: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
    ) -> HTTPResponse:
        params = [("query", sparql)]
        params += [("default-graph-uri", g) for g in default_graphs or ()]
        params += [("named-graph-uri", g) for g in named_graphs or ()]
        data = urllib.parse.urlencode(params).encode("ascii")
        return self._post(self.query_url, data, "application/x-www-form-urlencoded")

    def _post(self, url: str, data: bytes, content_type: str, *, authorize: bool = False) -> HTTPResponse:
        """POST ``data``; the caller closes the response. Maps HTTP failures to our errors.

        ``authorize``: send the ``token`` given at construction as ``Authorization: Bearer`` (writes).
        """
        headers = {"Content-Type": content_type, "Accept": ACCEPT, "User-Agent": self._user_agent}
        if authorize and self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        request = urllib.request.Request(url, data=data, method="POST", headers=headers)
        try:
            response: HTTPResponse = urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            with exc:
                message = exc.read().decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise QuerySyntaxError(message or exc.reason) from None
            error = StoreUnavailableError if exc.code == 503 else StoreError
            raise error(f"{url} answered HTTP {exc.code}: {message or exc.reason}") from None
        except urllib.error.URLError as exc:
            raise StoreUnavailableError(f"cannot reach {url}: {exc.reason}") from exc
        except TimeoutError as exc:
            raise StoreError(f"{url} did not answer within {self.timeout} s") from exc
        return response

    def _read(self, response: HTTPResponse) -> bytes:
        try:
            return response.read()
        except TimeoutError as exc:
            raise StoreError(f"{self.query_url} did not finish answering within "
                             f"{self.timeout} s") from exc
        except OSError as exc:
            raise StoreError(f"{self.query_url} broke off its answer: {exc}") from exc


def _quads(solutions: ox.QuerySolutions) -> Iterator[ox.Quad]:
    for solution in solutions:
        s, p, o, g = solution["s"], solution["p"], solution["o"], solution["g"]
        if s is None or p is None or o is None or g is None:
            raise StoreError(f"incomplete quad in a dump: {solution!r}")
        yield ox.Quad(s, p, o, g)
