"""The HTTP face of newskg: a thin Flask adapter over :mod:`kg`.

Build an app with :func:`create_app`; nothing happens at import. The store is opened once per
app (not per request) and kept in ``app.extensions["newskg"]``; release it with
:func:`close_app`. :func:`serve` runs the app under waitress, never Flask's development server.
"""

from __future__ import annotations

import waitress
from flask import Flask

from kg.execution import Executor
from kg.serving import announce, endpoint_url, withdraw
from kg.settings import Settings, load_settings
from kg.store import OxigraphStore, Store, open_store
from kg.workers import pool_executor
from server import graph_store, page, saved
from server.api import init_api
from server.auth import init_writes
from server.errors import register_error_handlers
from server.http import init_http
from server.resources import register_linked_data
from server.sparql import EXECUTOR_KEY, STORE_KEY, blueprint

SETTINGS_KEY = "newskg.settings"
OWNS_STORE_KEY = "newskg.owns_store"


def create_app(settings: Settings | None = None, store: Store | None = None) -> Flask:
    """A new app answering SPARQL over ``store``.

    ``settings`` default to :func:`kg.settings.load_settings` (defaults and environment, read
    here, once). If ``store`` is ``None`` the app opens the one the settings name and owns it:
    :func:`close_app` closes it. A store passed in stays the caller's to close.
    """
    settings = settings if settings is not None else load_settings()
    app = Flask(__name__)
    app.extensions[SETTINGS_KEY] = settings
    app.extensions[OWNS_STORE_KEY] = store is None
    app.extensions[STORE_KEY] = store if store is not None else open_store(settings)
    app.extensions[EXECUTOR_KEY] = pool_executor(app.extensions[STORE_KEY], settings)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body
    register_error_handlers(app)
    init_writes(app, settings)
    init_http(app, settings)
    app.register_blueprint(graph_store.blueprint)
    app.register_blueprint(blueprint)
    init_api(app, settings)
    app.register_blueprint(page.blueprint)
    app.register_blueprint(saved.blueprint)
    register_linked_data(app, settings)
    return app


def close_app(app: Flask) -> None:
    """Release what ``app`` opened (its store, if it opened it). Idempotent."""
    executor: Executor | None = app.extensions.pop(EXECUTOR_KEY, None)
    if executor is not None:
        executor.close()
    if app.extensions.get(OWNS_STORE_KEY):
        store: Store = app.extensions[STORE_KEY]
        store.close()


def serve(settings: Settings, store: Store | None = None) -> None:
    """Serve the endpoint with waitress on ``settings.host:port`` until interrupted.

    ``store``, if given, stays the caller's to close (as with :func:`create_app`).
    """
    app = create_app(settings, store)
    served = app.extensions[STORE_KEY]
    path = served.path if isinstance(served, OxigraphStore) else None
    try:
        server = waitress.create_server(
            app, host=settings.host, port=settings.port, threads=settings.threads,
            max_request_body_size=settings.max_body,
        )
        if path is not None:  # `newskg load` on the same directory writes through this server
            announce(path, endpoint_url(settings.host, server.effective_port))
        server.run()
    finally:
        if path is not None:
            withdraw(path)
        close_app(app)


__all__ = ["close_app", "create_app", "serve"]
