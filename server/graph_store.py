"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol.

Contract:

- A graph is named indirectly, ``/store?graph=<iri>`` or ``/store?default``, or directly: the
  graph of ``/store/<path>`` is the request's own URL (without query string). ``/store`` with
  neither parameter only accepts ``POST``, which creates a new graph under ``/store/`` and
  answers ``201`` with its URL in ``Location``.
- ``?default`` is the store's own default graph (see
  docs/decisions/0006-writes-and-default-graph.md): a part of the union that queries see.
- ``GET`` / ``HEAD`` are public: the graph in the negotiated graph format (Turtle by default),
  read through the executor like every served query; ``404`` for a named graph the store does
  not hold. ``406`` if no graph format is acceptable.
- ``PUT`` (replace), ``POST`` (merge) and ``DELETE`` need a writer
  (:func:`server.auth.require_writer`: 401/403). ``PUT`` answers ``201`` if it created the
  graph, ``204`` otherwise; ``POST`` ``201`` / ``200``; ``DELETE`` ``200``, or ``404`` for a
  missing named graph. Each write is one update, hence one transaction.
- Bodies: Turtle, N-Triples or JSON-LD (remote JSON-LD contexts are never fetched), or
  ``multipart/form-data`` whose parts are in those formats; relative IRIs resolve against the
  graph's IRI. RDF/XML is refused with ``415``: its parser expands XML entities, and a
  590-byte entity bomb grows to gigabytes. A body over ``max_body`` is ``413``; a body the
  parser rejects is ``400``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from flask import Blueprint, Request, Response, request
from werkzeug.exceptions import NotFound, UnsupportedMediaType

from kg.errors import UsageError
from kg.execution import QueryRequest
from kg.formats import GRAPH_FORMATS
from kg.store import DEFAULT_GRAPH
from kg.updates import iri_ref
from server.auth import require_writer
from server.negotiation import choose_format, content_type
from server.sparql import current_executor, current_store
from server.update import check_body_size

blueprint = Blueprint("graph_store", __name__)

#: Media types a body may have, and how to parse them.
BODY_FORMATS: Mapping[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
REFUSED_FORMATS = ("application/rdf+xml", "application/xml", "text/xml")
MULTIPART = "multipart/form-data"
METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]


def _target(req: Request, path: str | None) -> str | None:
    """The IRI of the graph ``req`` names (:data:`DEFAULT_GRAPH` for ``?default``), or ``None``."""
    if path is not None:
        return req.base_url
    graphs = req.args.getlist("graph")
    if "default" in req.args:
        if graphs:
            raise UsageError("name one graph: 'graph' or 'default', not both")
        return DEFAULT_GRAPH
    if len(graphs) > 1:
        raise UsageError(f"name one graph, not {len(graphs)}")
    if graphs:
        iri_ref(graphs[0], "graph")
        return graphs[0]
    return None


def _exists(graph: str) -> bool:
    """Whether the store holds ``graph``; the default graph counts as held once it has a triple
    (it can be read and deleted even when empty)."""
    if graph == DEFAULT_GRAPH:
        ask = QueryRequest("ASK { ?s ?p ?o }", (DEFAULT_GRAPH,), results_format="json")
    else:
        ask = QueryRequest(f"ASK {{ GRAPH {iri_ref(graph, 'graph')} {{}} }}", results_format="json")
    return bool(json.loads(current_executor().run(ask).body)["boolean"])


def _parse(data: bytes, media_type: str, base: str) -> list[ox.Triple]:
    if media_type in REFUSED_FORMATS:
        raise UnsupportedMediaType(
            "RDF/XML bodies are refused (XML entity expansion): send Turtle, N-Triples or JSON-LD"
        )
    rdf_format = BODY_FORMATS.get(media_type)
    if rdf_format is None:
        known = ", ".join(BODY_FORMATS)
        raise UnsupportedMediaType(f"a graph body must be one of {known}, not {media_type or 'none'}")
    try:
        return [q.triple for q in ox.parse(data, format=rdf_format, base_iri=base)]
    except SyntaxError as exc:
        raise UsageError(f"the {media_type} body cannot be parsed: {exc}") from None


def _body_triples(req: Request, graph: str) -> list[ox.Triple]:
    """The triples of the request body (every part of a multipart body)."""
    check_body_size(req)
    base = req.base_url if graph == DEFAULT_GRAPH else graph
    if req.mimetype != MULTIPART:
        return _parse(req.get_data(), req.mimetype, base)
    triples: list[ox.Triple] = []
    for part in req.files.values():
        triples += _parse(part.read(), part.mimetype, base)
    return triples


def _insert(graph: str, triples: Iterable[ox.Triple]) -> str:
    """``INSERT DATA`` of ``triples`` into ``graph`` (blank nodes stay those of the body)."""
    output = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""
    body = output.decode("utf-8")
    if graph == DEFAULT_GRAPH:
        return f"INSERT DATA {{\n{body}}}"
    return f"INSERT DATA {{ GRAPH {iri_ref(graph, 'graph')} {{\n{body}}} }}"


def _clear(graph: str) -> str:
    if graph == DEFAULT_GRAPH:
        return "DROP SILENT DEFAULT"
    name = iri_ref(graph, "graph")
    return f"DROP SILENT GRAPH {name} ;\nCREATE SILENT GRAPH {name}"


def _write(update: str) -> None:
    current_store().update(update)
    current_executor().changed()


def _read(graph: str) -> Response:
    fmt = choose_format(GRAPH_FORMATS, request.accept_mimetypes, request.args.getlist("format"))
    if graph != DEFAULT_GRAPH and not _exists(graph):
        raise NotFound(f"no graph {graph} in the store")
    if graph == DEFAULT_GRAPH:
        default_graphs: tuple[str, ...] = (DEFAULT_GRAPH,)
        sparql = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    else:
        default_graphs = ()
        sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri_ref(graph, 'graph')} {{ ?s ?p ?o }} }}"
    answer = current_executor().run(
        QueryRequest(sparql, default_graphs, graph_format=fmt.name, results_format=None)
    )
    response = Response(answer.body, content_type=content_type(answer.format))
    response.vary.add("Accept")
    return response


def _replace(graph: str) -> Response:
    require_writer(request)
    triples = _body_triples(request, graph)
    existed = _exists(graph)
    _write(f"{_clear(graph)} ;\n{_insert(graph, triples)}")
    return Response(status=204 if existed else 201)


def _merge(graph: str) -> Response:
    require_writer(request)
    triples = _body_triples(request, graph)
    existed = _exists(graph)
    create = "" if graph == DEFAULT_GRAPH else f"CREATE SILENT GRAPH {iri_ref(graph, 'graph')} ;\n"
    _write(create + _insert(graph, triples))
    return Response(status=200 if existed else 201)


def _delete(graph: str) -> Response:
    require_writer(request)
    if graph != DEFAULT_GRAPH and not _exists(graph):
        raise NotFound(f"no graph {graph} in the store")
    if graph == DEFAULT_GRAPH:
        _write("DROP SILENT DEFAULT")
    else:
        _write(f"DROP GRAPH {iri_ref(graph, 'graph')}")
    return Response(status=200)


def _create() -> Response:
    """``POST /store``: a new graph named under ``/store/``, its URL in ``Location``."""
    graph = f"{request.url_root}store/{uuid.uuid4().hex}"
    response = _merge(graph)
    response.headers["Location"] = graph
    return response


HANDLERS = {"GET": _read, "HEAD": _read, "PUT": _replace, "POST": _merge, "DELETE": _delete}


@blueprint.route("/store", methods=METHODS)
@blueprint.route("/store/<path:path>", methods=METHODS)
def graph_store(path: str | None = None) -> Response:
    """Read or write one graph; see the module docstring."""
    graph = _target(request, path)
    if graph is None:
        if request.method != "POST":
            raise UsageError("name a graph: /store?graph=<iri>, /store?default or /store/<path>")
        return _create()
    return HANDLERS[request.method](graph)
