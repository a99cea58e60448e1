"""Saved queries over HTTP: save one, list them, open one's short link.

Contract (storage and validation are :mod:`kg.saved_queries`):

- ``POST /saved`` with ``name``, ``description`` and ``query`` (an HTML form or a JSON object)
  saves a query: ``201`` with the saved query as JSON (``id``, ``name``, ``description``,
  ``query``, ``created``, ``url``) and ``Location: /q/<id>``. Bad input is a plain-text ``400``
  (empty or too long fields, a query that does not parse, an update), a body that is neither a
  form nor a JSON object ``415``.
- ``GET /saved`` lists the saved queries (newest first) as JSON; ``GET /saved/<id>`` gives one.
- ``GET /q/<id>``, the short link, is the query page with that query in the editor; an unknown
  id is a plain-text ``404``.

Writes go through the app's store, then tell the executor (``Executor.changed``); reads go
through the executor like every other served query.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, request, url_for

from kg.execution import QueryRequest
from kg.saved_queries import (
    MAX_SAVED,
    SavedQuery,
    draft,
    from_results_json,
    insert_update,
    is_saved_id,
    select_query,
)
from kg.settings import Settings
from kg.store import Store
from server.page import render_page
from server.sparql import STORE_KEY, current_executor

blueprint = Blueprint("saved", __name__)


def _settings() -> Settings:
    from server import SETTINGS_KEY  # the app factory imports this module

    settings: Settings = current_app.extensions[SETTINGS_KEY]
    return settings


def _fields() -> dict[str, str]:
    if request.mimetype == "application/json":
        document: Any = request.get_json(silent=True)
        if not isinstance(document, dict):
            abort(400, "the body must be a JSON object with name, description and query")
        values = document
    elif request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        values = request.form.to_dict()
    else:
        abort(415, "send the saved query as an HTML form or a JSON object")
    fields = {}
    for key in ("name", "description", "query"):
        value = values.get(key, "")
        if not isinstance(value, str):
            abort(400, f"{key} must be a string")
        fields[key] = value
    return fields


def _as_json(saved: SavedQuery) -> dict[str, str]:
    return {**saved.as_json(), "url": url_for("saved.short_link", saved_id=saved.id, _external=True)}


def lookup(saved_id: str | None) -> list[SavedQuery]:
    """The saved query ``saved_id`` (an empty list if unknown), or every saved query if ``None``."""
    sparql = select_query(_settings().base_iri, saved_id)
    answer = current_executor().run(QueryRequest(sparql, results_format="json"))
    return from_results_json(answer.body)


def _one(saved_id: str) -> SavedQuery:
    found = lookup(saved_id) if is_saved_id(saved_id) else []
    if not found:
        abort(404, f"no saved query {saved_id!r}")
    return found[0]


@blueprint.route("/saved", methods=["POST"])
def save() -> tuple[Response, int, dict[str, str]]:
    """Validate and store a query; answer it with its short link."""
    fields = _fields()
    saved = draft(fields["name"], fields["description"], fields["query"])
    store: Store = current_app.extensions[STORE_KEY]
    store.update(insert_update(saved, _settings().base_iri))
    current_executor().changed()
    found = lookup(saved.id)  # an earlier save of the same content keeps its first date
    if not found:
        abort(507, f"this server keeps at most {MAX_SAVED} saved queries and has no room left")
    stored = found[0]
    body = _as_json(stored)
    return jsonify(body), 201, {"Location": body["url"]}


@blueprint.route("/saved", methods=["GET"])
def list_saved() -> Response:
    """Every saved query, newest first."""
    return jsonify([_as_json(s) for s in lookup(None)])


@blueprint.route("/saved/<saved_id>", methods=["GET"])
def one_saved(saved_id: str) -> Response:
    return jsonify(_as_json(_one(saved_id)))


@blueprint.route("/q/<saved_id>", methods=["GET"])
def short_link(saved_id: str) -> Response:
    """The query page with the saved query in the editor."""
    return render_page(_one(saved_id))
