"""``/api``: the canned queries of ``queries/*.rq`` as a web API, described in OpenAPI 3.

Contract:

- ``GET /api/queries`` lists the catalogue as JSON: one object per query, in name order, with
  ``name``, ``summary``, ``description``, ``tags``, ``form``, ``query`` (the SPARQL text, runnable
  as is), ``params`` (``name``, ``type``, ``required``, ``default``, ``enum``, ``variable``,
  ``datatype``, ``lang``), ``pagination`` (rows per page, or ``null``) and ``url``.
- ``GET`` or ``POST`` (form) ``/api/queries/<name>`` runs one. Its parameters come from the query
  string or the form, each once; ``page`` / ``per_page`` page a paginated query; ``timeout`` is
  the protocol's. The answer is negotiated like ``/sparql`` (``Accept`` or ``format``: every SPARQL
  results or graph format), or ``format=rows`` for plain JSON rows::

      {"query": "...", "columns": [...], "rows": [{"column": value or null}], "page": 1,
       "per_page": 100, "more": false, "truncated": false}

  ``more`` is true when a next page exists, ``truncated`` when the operator's row limit cut the
  answer. Numbers and booleans are JSON numbers and booleans, everything else text.
- Errors are plain text: 404 for an unknown query, 400 for a bad parameter (the message names the
  parameter and the type it expects), 406 for a format that cannot carry the answer.
- ``GET /api/openapi.json`` is an OpenAPI 3.0 document with one path per canned query (grlc's
  layout): its parameters with their types, enumerations and defaults, its response media types.

Every query runs through the app's executor (:func:`server.sparql.current_executor`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, jsonify, request, url_for

from kg.errors import UnknownQueryError
from kg.formats import GRAPH_FORMATS, RESULTS_FORMATS
from kg.queries import (
    DATE,
    DECIMAL,
    INTEGER,
    IRI,
    MAX_PAGE,
    MAX_PER_PAGE,
    PAGE,
    PER_PAGE,
    CannedQuery,
    Catalogue,
    Parameter,
    json_rows,
    load_catalogue,
    single_values,
)
from kg.settings import Settings
from server.negotiation import content_type
from server.sparql import current_executor, negotiated_request

CATALOGUE_KEY = "newskg.catalogue"
"""Key of the app's :class:`kg.queries.Catalogue` in ``app.extensions``."""

ROWS = "rows"
"""The ``format`` value asking for plain JSON rows."""

PROTOCOL_PARAMS = frozenset({"format", "timeout"})
"""Request parameters that are not the query's: read by the negotiation and the executor."""

TRUNCATED_HEADER = "X-Newskg-Truncated"

blueprint = Blueprint("api", __name__, url_prefix="/api")


def init_api(app: Flask, settings: Settings) -> None:
    """Load the catalogue of ``settings.queries_dir`` (a malformed file fails here, at start) and
    register the blueprint."""
    app.extensions[CATALOGUE_KEY] = load_catalogue(settings.queries_dir)
    app.register_blueprint(blueprint)


def current_catalogue() -> Catalogue:
    catalogue: Catalogue = current_app.extensions[CATALOGUE_KEY]
    return catalogue


@blueprint.errorhandler(UnknownQueryError)
def _unknown_query(exc: UnknownQueryError) -> Response:
    return Response(f"{exc}\n", status=404, content_type="text/plain; charset=utf-8")


def _entry(query: CannedQuery) -> dict[str, Any]:
    return {**query.describe(), "url": url_for("api.run_query", name=query.name)}


@blueprint.get("/queries")
def list_queries() -> Response:
    """The catalogue, as JSON."""
    return jsonify([_entry(q) for q in current_catalogue()])


def _values() -> Iterator[tuple[str, str]]:
    for name, value in request.values.items(multi=True):
        if name not in PROTOCOL_PARAMS:
            yield name, value


@blueprint.route("/queries/<name>", methods=["GET", "POST"])
def run_query(name: str) -> Response:
    """Run one canned query with the request's parameters."""
    query = current_catalogue().get(name)
    values = single_values(name, _values())
    rows = ROWS in (f.strip().lower() for f in request.values.getlist("format"))
    prepared = query.prepare(values, lookahead=rows)
    negotiated = negotiated_request(prepared.sparql, [], [])
    if not rows:
        answer = current_executor().run(negotiated)
        response = Response(answer.body, content_type=content_type(answer.format))
        response.vary.add("Accept")
    else:
        answer = current_executor().run(dataclasses.replace(
            negotiated, results_format="json", graph_format="ntriples", asked=f"format={ROWS}"))
        table = _graph_rows(answer.body) if answer.format.name == "ntriples" else json_rows(answer.body)
        more = prepared.per_page is not None and len(table["rows"]) > prepared.per_page
        if more:
            table["rows"] = table["rows"][: prepared.per_page]
        response = jsonify({
            "query": name, **table, "page": prepared.page, "per_page": prepared.per_page,
            "more": more, "truncated": answer.truncated,
        })
    if answer.truncated:
        response.headers[TRUNCATED_HEADER] = "true"
    return response


def _graph_rows(ntriples: bytes) -> dict[str, Any]:
    """A graph answer as rows of ``subject``, ``predicate``, ``object`` (terms' values as text)."""
    columns = ["subject", "predicate", "object"]
    triples = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    rows = [
        {"subject": t.subject.value, "predicate": t.predicate.value, "object": t.object.value}  # type: ignore[union-attr]
        for t in triples
    ]
    return {"columns": columns, "rows": rows}


# --- OpenAPI --------------------------------------------------------------------------------------

#: The JSON Schema of a value of each parameter type.
SCHEMAS: dict[str, dict[str, str]] = {
    IRI.name: {"type": "string", "format": "uri"},
    DATE.name: {"type": "string", "format": "date"},
    INTEGER.name: {"type": "integer"},
    DECIMAL.name: {"type": "number"},
}

ROWS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["query", "columns", "rows", "page", "per_page", "more", "truncated"],
    "properties": {
        "query": {"type": "string"},
        "columns": {"type": "array", "items": {"type": "string"}},
        "rows": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
        "boolean": {"type": "boolean"},
        "page": {"type": "integer", "nullable": True},
        "per_page": {"type": "integer", "nullable": True},
        "more": {"type": "boolean"},
        "truncated": {"type": "boolean"},
    },
}

PLAIN_ERROR = {"text/plain": {"schema": {"type": "string"}}}


def _typed(param: Parameter, value: str) -> Any:
    if param.type is INTEGER:
        return int(value)
    if param.type is DECIMAL:
        return float(value)
    return value


def _param_schema(param: Parameter) -> dict[str, Any]:
    schema: dict[str, Any] = dict(SCHEMAS.get(param.type.name, {"type": "string"}))
    if param.enum is not None:
        schema["enum"] = [_typed(param, v) for v in param.enum]
    if param.default is not None:
        schema["default"] = _typed(param, param.default)
    return schema


def _param_doc(param: Parameter) -> dict[str, Any]:
    kind = f"in language '{param.language}'" if param.language else param.type.expected
    return {
        "name": param.name,
        "in": "query",
        # a declared default fills a missing value, so the client need not send it
        "required": param.required and param.default is None,
        "description": f"{kind}; SPARQL variable ?{param.variable}",
        "schema": _param_schema(param),
    }


def _paging_docs(query: CannedQuery) -> list[dict[str, Any]]:
    if not query.pagination:
        return []
    return [
        {"name": PAGE, "in": "query", "required": False, "description": "page number, from 1",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}},
        {"name": PER_PAGE, "in": "query", "required": False, "description": "rows per page",
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE,
                    "default": query.pagination}},
    ]


def _format_doc(query: CannedQuery) -> dict[str, Any]:
    table = GRAPH_FORMATS if query.shape.form in ("construct", "describe") else RESULTS_FORMATS
    return {
        "name": "format", "in": "query", "required": False,
        "description": "answer format (overrides Accept); 'rows' for plain JSON rows",
        "schema": {"type": "string", "enum": [f.name for f in table] + [ROWS]},
    }


def _operation(query: CannedQuery, method: str) -> dict[str, Any]:
    table = GRAPH_FORMATS if query.shape.form in ("construct", "describe") else RESULTS_FORMATS
    content: dict[str, Any] = {f.media_type: {"schema": {"type": "string"}} for f in table}
    content["application/json"] = {"schema": {"$ref": "#/components/schemas/Rows"}}
    params = [*map(_param_doc, query.params), *_paging_docs(query), _format_doc(query)]
    operation: dict[str, Any] = {
        "operationId": f"{method}_{query.name}",
        "summary": query.summary or query.name,
        "description": f"{query.description}\n\n```sparql\n{query.sparql}```",
        "tags": list(query.tags) or ["queries"],
        "responses": {
            "200": {"description": f"the answer ({query.shape.form.upper()})", "content": content},
            "400": {"description": "a parameter is missing or invalid", "content": PLAIN_ERROR},
            "406": {"description": "no format asked for can carry the answer", "content": PLAIN_ERROR},
        },
    }
    if method == "get":
        operation["parameters"] = params
    else:
        properties = {p["name"]: {**p["schema"], "description": p["description"]} for p in params}
        required = [p["name"] for p in params if p["required"]]
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        operation["requestBody"] = {
            "required": bool(required),
            "content": {"application/x-www-form-urlencoded": {"schema": schema}},
        }
    return operation


def _version() -> str:
    try:
        return version("newskg")
    except PackageNotFoundError:
        return "0"


def openapi_document(catalogue: Catalogue, server_url: str) -> dict[str, Any]:
    """The OpenAPI 3.0 description of the API for ``catalogue``, served from ``server_url``."""
    paths: dict[str, Any] = {
        "/api/queries": {
            "get": {
                "operationId": "list_queries",
                "summary": "The canned queries, their parameters and SPARQL text",
                "tags": ["catalogue"],
                "responses": {"200": {"description": "the catalogue", "content": {
                    "application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}},
            }
        }
    }
    for query in catalogue:
        paths[f"/api/queries/{query.name}"] = {
            "get": _operation(query, "get"),
            "post": _operation(query, "post"),
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "newskg canned queries",
            "version": _version(),
            "description": "Questions about the news knowledge graph, each a SPARQL query with typed "
                           "parameters (grlc/BASIL conventions). Values are bound as RDF terms.",
        },
        "servers": [{"url": server_url}],
        "paths": paths,
        "components": {"schemas": {"Rows": ROWS_SCHEMA}},
    }


@blueprint.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI document of this server's API."""
    return jsonify(openapi_document(current_catalogue(), request.url_root.rstrip("/")))
