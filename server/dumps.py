"""``/dumps/``: the whole dataset as gzipped files, cached on disk; ``/context.jsonld``.

Contract:

- ``/dumps/newskg.<ext>.gz`` for every format of :data:`kg.exports.EXPORT_FORMATS` (``nq``,
  ``trig``, ``jsonld``, ``ttl``, ``nt``, ``rdf``). A dump is served as the file it is:
  ``Content-Type: application/gzip``, ``Content-Disposition: attachment``, no
  ``Content-Encoding`` (so that clients which decode transfer encodings do not save a ``.gz``
  name holding plain text; ADR 0008). ``ETag``, ``Last-Modified`` and ranges work.
- A dump is generated once per dataset version (:func:`kg.exports.dataset_version`, asked
  through the executor on every request) into ``<dumps dir>/<version>/``, written to a
  ``.part`` file and renamed, under a lock so that concurrent requests generate it once; older
  versions are deleted when a newer one is written.
- The dumps directory is ``app.config["NEWSKG_DUMPS_DIR"]`` if set, else ``<store>-dumps`` beside
  an embedded store, else a folder of the system's temp dir named after the remote endpoint.
- ``/context.jsonld`` is the JSON-LD context the JSON-LD dump carries inline.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, render_template, send_file
from werkzeug.exceptions import NotFound

from kg.execution import QueryRequest
from kg.exports import (
    EXPORT_FORMATS,
    VERSION_QUERY,
    ExportFormat,
    dataset_version,
    export_dataset,
    jsonld_context,
)
from kg.settings import Settings
from server.sparql import current_executor, current_store

blueprint = Blueprint("dumps", __name__)

DUMPS_DIR_CONFIG = "NEWSKG_DUMPS_DIR"
LOCK_KEY = "newskg.dumps.lock"
_VERSION_DIR = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class DatasetState:
    """The dataset's version key and its sizes, from one query."""

    version: str
    quads: int
    graphs: int


def register_dumps(app: Flask) -> None:
    app.extensions[LOCK_KEY] = threading.Lock()
    app.register_blueprint(blueprint)


def _settings() -> Settings:
    from server import SETTINGS_KEY  # the package imports this module: read the key at call time

    settings: Settings = current_app.extensions[SETTINGS_KEY]
    return settings


def dumps_dir() -> Path:
    """Where dumps are cached (see the module docstring)."""
    configured = current_app.config.get(DUMPS_DIR_CONFIG)
    if configured:
        return Path(configured)
    settings = _settings()
    if settings.query_url:
        key = hashlib.sha256(settings.query_url.encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"newskg-dumps-{key}"
    return settings.store.with_name(settings.store.name + "-dumps")


def dataset_state() -> DatasetState:
    """The current version key, quad and graph counts (one query through the executor)."""
    answer = current_executor().run(QueryRequest(VERSION_QUERY, results_format="json", graph_format=None))
    solutions = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    counts = {"quads": 0, "graphs": 0}
    if isinstance(solutions, ox.QuerySolutions):
        for row in solutions:
            for name in counts:
                term = row[name]
                if isinstance(term, ox.Literal):
                    counts[name] = int(term.value)
    return DatasetState(dataset_version(answer.body), counts["quads"], counts["graphs"])


def dump_file(fmt: ExportFormat) -> Path:
    """The cached dump of ``fmt`` for the current version, generated if missing."""
    version = dataset_state().version
    directory = dumps_dir() / version
    path = directory / fmt.file_name
    if path.is_file():
        return path
    lock: threading.Lock = current_app.extensions[LOCK_KEY]
    with lock:
        if path.is_file():
            return path
        directory.mkdir(parents=True, exist_ok=True)
        part = directory / f"{fmt.file_name}.part"
        with part.open("wb") as output:
            export_dataset(current_store(), fmt.name, output, compress=True)
        os.replace(part, path)
        for old in directory.parent.iterdir():
            if old.is_dir() and old.name != version and _VERSION_DIR.match(old.name):
                shutil.rmtree(old, ignore_errors=True)  # a file still being sent lives on, unlinked
    return path


@blueprint.route("/dumps/")
def dump_index() -> Response:
    """The list of dumps, with their formats."""
    html = render_template("resource_dumps.html", formats=EXPORT_FORMATS, links={"mount": "/"}, alternates=[])
    return Response(html, content_type="text/html; charset=utf-8")


@blueprint.route("/dumps/<name>")
def dump(name: str) -> Response:
    """One dump, as a gzip file to save."""
    fmt = next((f for f in EXPORT_FORMATS if f.file_name == name), None)
    if fmt is None:
        known = ", ".join(f.file_name for f in EXPORT_FORMATS)
        raise NotFound(f"no dump named {name!r} (dumps: {known})")
    return send_file(
        dump_file(fmt),
        mimetype="application/gzip",
        as_attachment=True,
        download_name=name,
        conditional=True,
        max_age=0,
    )


@blueprint.route("/context.jsonld")
def context() -> Response:
    """The JSON-LD context of newskg data (prefixes as terms)."""
    body = json.dumps(jsonld_context(), indent=2, ensure_ascii=False) + "\n"
    return Response(body, content_type="application/ld+json; charset=utf-8")
