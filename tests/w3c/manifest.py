"""Reading W3C test manifests: their entries, and the HTTP exchanges the ``ht:`` vocabulary encodes.

The protocol (``protocol/``) and graph store (``graph-store-protocol/``) manifests describe each
request as data (``ht:Request``: method, path, headers, body; ``ht:resp``: expected status
classes, boolean, format, headers and body); :func:`exchanges` reads them as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

SUITE = Path(__file__).resolve().parents[3] / "shared" / "w3c-rdf-tests" / "sparql" / "sparql11"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")

#: Status codes and classes the manifests name, as the set of codes each allows.
STATUS: dict[str, range | tuple[int, ...]] = {
    "StatusCode2xx": range(200, 300),
    "StatusCode3xx": range(300, 400),
    "StatusCode4xx": range(400, 500),
    "OK": (200,),
    "Created": (201,),
    "NoContent": (204,),
    "NotFound": (404,),
}


@dataclass(frozen=True)
class Expected:
    """What a response must be: a status among ``statuses``, and optionally more."""

    statuses: frozenset[int]
    boolean: bool | None = None
    format: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    location_variable: str | None = None


@dataclass(frozen=True)
class Exchange:
    """One HTTP request of a test and what its response must be."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    expected: Expected


@dataclass(frozen=True)
class Entry:
    """One manifest entry: its local name, type, and (for HTTP tests) its exchanges and data."""

    name: str
    type: str
    exchanges: tuple[Exchange, ...] = ()
    graph_data: tuple[tuple[Path, str], ...] = field(default=())


def load(manifest: Path) -> Graph:
    return Graph().parse(manifest, format="turtle")


def entry_nodes(graph: Graph) -> list[URIRef]:
    """The entries of the manifest in ``graph``, in the manifest's order."""
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    head = graph.value(manifest, MF.entries)
    return [] if head is None else [URIRef(n) for n in Collection(graph, head)]


def local_name(node: URIRef) -> str:
    return str(node).rsplit("#", 1)[-1]


def _headers(graph: Graph, node: object) -> tuple[tuple[str, str], ...]:
    head = graph.value(node, HT.headers)  # type: ignore[arg-type]
    if head is None:
        return ()
    return tuple(
        (str(graph.value(h, HT.fieldName)), str(graph.value(h, HT.fieldValue)))
        for h in Collection(graph, head)
    )


def _body(graph: Graph, node: object) -> tuple[str | None, str]:
    body = graph.value(node, HT.body)  # type: ignore[arg-type]
    if body is None:
        return None, "UTF-8"
    encoding = graph.value(body, CNT.characterEncoding)
    return str(graph.value(body, CNT.chars)), str(encoding or "UTF-8")


def _expected(graph: Graph, response: object) -> Expected:
    statuses: set[int] = set()
    for status in graph.objects(response, MF.expectedStatus):  # type: ignore[arg-type]
        statuses.update(STATUS[local_name(URIRef(status))])
    boolean = graph.value(response, MF.expectedBoolean)  # type: ignore[arg-type]
    fmt = graph.value(response, MF.expectedFormat)  # type: ignore[arg-type]
    location = graph.value(response, MF.expectedLocation)  # type: ignore[arg-type]
    body, _ = _body(graph, response)
    return Expected(
        frozenset(statuses),
        boolean=bool(boolean.toPython()) if isinstance(boolean, Literal) else None,
        format=str(fmt) if fmt is not None else None,
        headers=_headers(graph, response),
        body=body,
        location_variable=str(location) if location is not None else None,
    )


def exchanges(graph: Graph, entry: URIRef) -> Iterator[Exchange]:
    """The requests of an ``ht:`` test entry, in order."""
    action = graph.value(entry, MF.action)
    head = graph.value(action, HT.requests)
    if head is None:
        return
    for node in Collection(graph, head):
        text, encoding = _body(graph, node)
        yield Exchange(
            method=str(graph.value(node, HT.methodName)),
            path=str(graph.value(node, HT.absolutePath)),
            headers=_headers(graph, node),
            body=None if text is None else text.encode(encoding.lower()),
            expected=_expected(graph, graph.value(node, HT.resp)),
        )


def graph_data(graph: Graph, manifest: Path, entry: URIRef) -> tuple[tuple[Path, str], ...]:
    """The ``ut:graphData`` files of an entry, each with the graph IRI (its label) to load it in."""
    found = []
    for node in graph.objects(entry, UT.graphData):
        source = graph.value(node, UT.graph)
        label = graph.value(node, RDFS.label)
        found.append((manifest.parent / Path(str(source)).name, str(label)))
    return tuple(found)


def entries(manifest: Path) -> list[Entry]:
    """Every entry of ``manifest`` with its exchanges (empty for non-HTTP tests)."""
    graph = load(manifest)
    return [
        Entry(
            local_name(node),
            local_name(URIRef(graph.value(node, RDF.type))),
            tuple(exchanges(graph, node)),
            graph_data(graph, manifest, node),
        )
        for node in entry_nodes(graph)
    ]
