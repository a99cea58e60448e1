"""``/sparql``: the query operation of the SPARQL 1.1 Protocol, and the service description.

Contract:

- A query comes as ``GET ?query=``, as ``POST`` ``application/x-www-form-urlencoded`` (``query=``
  in the body) or as ``POST`` ``application/sparql-query`` (the UTF-8 body is the query).
  ``default-graph-uri`` and ``named-graph-uri`` (repeatable) come with it, in the URL for ``GET``
  and direct ``POST``, in the body for a form ``POST``. Without them the default graph is the
  union of the named graphs.
- A ``POST`` carrying an update (``update=`` or ``application/sparql-update``) is the update
  operation, handled by :mod:`server.update`.
- Refused with 400: two queries, a query with an ``update`` parameter, an update by ``GET``, a
  ``POST`` of another content type, a query the parser rejects (the body is its message).
- The answer format is negotiated by :mod:`server.negotiation`. The result is serialized whole
  before the response starts, in the request's thread: pyoxigraph result iterators must be
  consumed in the thread that created them, and an error can still become a clean 4xx/5xx.
- ``GET`` without ``query`` answers a SPARQL 1.1 Service Description, in a graph format.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Request, Response, current_app, request
from werkzeug.datastructures import MultiDict

from kg.errors import FormatError, UsageError
from kg.execution import Executor, QueryRequest
from kg.formats import GRAPH_FORMATS, RESULTS_FORMATS, Format
from kg.store import Store
from kg.updates import with_base
from server.auth import write_policy
from server.negotiation import choose_format, content_type
from server.update import is_update_request, perform_update

STORE_KEY = "newskg"
"""Key of the app's store in ``app.extensions``."""

EXECUTOR_KEY = "newskg.executor"
"""Key of the app's :class:`kg.execution.Executor` in ``app.extensions``."""

TRUNCATED_HEADER = "X-Newskg-Truncated"
"""Sent (``true``) when the answer holds only the first ``max_rows`` rows or triples."""

blueprint = Blueprint("sparql", __name__)

Params = MultiDict[str, str]


@dataclass(frozen=True)
class QueryOperation:
    """One protocol query request, read from HTTP."""

    query: str
    default_graphs: list[str]
    named_graphs: list[str]


def current_store() -> Store:
    """The store of the app handling the request (put there by ``server.create_app``)."""
    store: Store = current_app.extensions[STORE_KEY]
    return store


def current_executor() -> Executor:
    """The executor that evaluates every read query of the app (see :mod:`kg.execution`)."""
    executor: Executor = current_app.extensions[EXECUTOR_KEY]
    return executor


def negotiated_request(sparql: str, default_graphs: list[str], named_graphs: list[str]) -> QueryRequest:
    """A :class:`QueryRequest` carrying the formats this HTTP request accepts for each query form."""
    format_params = request.values.getlist("format")
    asked = ", ".join(format_params) if format_params else f"Accept: {request.accept_mimetypes}"
    return QueryRequest(
        sparql,
        tuple(default_graphs),
        tuple(named_graphs),
        results_format=_acceptable(RESULTS_FORMATS, format_params),
        graph_format=_acceptable(GRAPH_FORMATS, format_params),
        timeout=requested_timeout(request.values.getlist("timeout")),
        asked=asked,
    )


def requested_timeout(values: list[str]) -> float | None:
    """The ``timeout`` protocol parameter (seconds): it may lower the operator's limit, not raise it."""
    if not values:
        return None
    if len(values) > 1:
        raise UsageError(f"give one timeout, not {len(values)}")
    try:
        seconds = float(values[0])
    except ValueError:
        raise UsageError(f"timeout must be a number of seconds, not {values[0]!r}") from None
    if not 0 < seconds < float("inf"):
        raise UsageError(f"timeout must be a positive number of seconds, not {values[0]!r}")
    return seconds


def _acceptable(table: tuple[Format, ...], format_params: list[str]) -> str | None:
    try:
        return choose_format(table, request.accept_mimetypes, format_params).name
    except FormatError:
        return None


def _read_url(req: Request) -> tuple[list[str], Params]:
    return req.args.getlist("query"), req.args


def _read_form(req: Request) -> tuple[list[str], Params]:
    return req.form.getlist("query"), req.form


def _read_body(req: Request) -> tuple[list[str], Params]:
    try:
        body = req.get_data().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"the body of an application/sparql-query POST must be UTF-8: {exc}") from None
    return [body, *req.args.getlist("query")], req.args


#: How each POST content type carries the query and the protocol parameters.
POST_READERS: Mapping[str, Callable[[Request], tuple[list[str], Params]]] = {
    "application/x-www-form-urlencoded": _read_form,
    "application/sparql-query": _read_body,
}


def read_operation(req: Request) -> QueryOperation | None:
    """The query operation ``req`` asks for; ``None`` for a ``GET`` without any query.

    Raises ``UsageError`` for every violation of the protocol listed in the module docstring.
    """
    if req.method == "GET":
        queries, params = _read_url(req)
    else:
        reader = POST_READERS.get(req.mimetype)
        if reader is None:
            accepted = " or ".join(POST_READERS)
            raise UsageError(
                f"a POST to /sparql must have Content-Type {accepted}, not {req.mimetype or 'none'}"
            )
        queries, params = reader(req)
    if "update" in params:
        raise UsageError(
            "an update must be POSTed alone (form 'update=' or application/sparql-update), "
            "never by GET nor with a query"
        )
    if not queries:
        if req.method == "GET":
            return None
        raise UsageError("missing 'query' parameter")
    if len(queries) > 1:
        raise UsageError(f"give one query, not {len(queries)}")
    return QueryOperation(
        queries[0], params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    )


def _answer(body: bytes, fmt: Format) -> Response:
    response = Response(body, content_type=content_type(fmt))
    response.vary.add("Accept")
    return response


@blueprint.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    """Answer one protocol query, or describe the service."""
    if is_update_request(request):
        return perform_update(request, current_store(), current_executor())
    operation = read_operation(request)
    format_params = request.values.getlist("format")
    if operation is None:
        fmt = choose_format(GRAPH_FORMATS, request.accept_mimetypes, format_params)
        return _answer(describe_service(request.base_url, fmt, writes=write_policy().enabled), fmt)
    answer = current_executor().run(
        negotiated_request(
            with_base(operation.query, request.base_url), operation.default_graphs, operation.named_graphs
        )
    )
    response = _answer(answer.body, answer.format)
    if answer.truncated:
        response.headers[TRUNCATED_HEADER] = "true"
    return response


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")

#: The W3C identifier (``http://www.w3.org/ns/formats/``) of each format the endpoint writes.
FORMAT_IRIS: Mapping[str, str] = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}


def _sd(local: str) -> ox.NamedNode:
    return ox.NamedNode(SD + local)


def describe_service(endpoint: str, fmt: Format, *, writes: bool = False) -> bytes:
    """A SPARQL 1.1 Service Description of the endpoint at ``endpoint``, written in ``fmt``.

    It states the languages (SPARQL 1.1 Update only when ``writes`` are on), every result
    format, and that the default graph is the union of the named graphs (``sd:UnionDefaultGraph``).
    """
    service, dataset, default_graph = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        *([ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Update"))] if writes else []),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        *(
            ox.Triple(service, _sd("resultFormat"), ox.NamedNode(FORMATS + FORMAT_IRIS[f.name]))
            for f in (*RESULTS_FORMATS, *GRAPH_FORMATS)
        ),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _sd("Graph")),
        ox.Triple(
            dataset,
            RDFS_COMMENT,
            ox.Literal(
                "The default graph is the union of the named graphs, one per article, "
                "unless the request names default graphs (default-graph-uri or FROM).",
                language="en",
            ),
        ),
    ]
    output = io.BytesIO()
    ox.serialize(
        triples, output, format=fmt.oxigraph, prefixes={"sd": SD, "formats": FORMATS}  # type: ignore[arg-type]
    )
    return output.getvalue()
