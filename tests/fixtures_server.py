"""Server fixtures, composed as settings -> store -> app -> client / live_server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import waitress
from flask import Flask
from flask.testing import FlaskClient

from kg.settings import Settings
from kg.store import OxigraphStore
from server import close_app, create_app


@pytest.fixture
def app(settings: Settings, store: OxigraphStore) -> Iterator[Flask]:
    """An app over the test's temp store (the ``store`` fixture closes it); its workers stop after."""
    created = create_app(settings, store)
    created.config["TESTING"] = True
    yield created
    close_app(created)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@contextmanager
def serving(app: Flask, threads: int = 2) -> Iterator[str]:
    """``app`` under a real waitress server on 127.0.0.1 (free port, background thread); yields its
    base URL, and stops it on exit."""
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=threads)
    thread = threading.Thread(target=server.run, name="waitress-test-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # In-flight tasks end first: one that finished after the close would pull a closed trigger.
        # Then the server is closed from inside its own loop (woken by the trigger): wasyncore is
        # not thread-safe, and the loop ends at once instead of at its next 1 s poll timeout.
        server.task_dispatcher.shutdown(timeout=5)
        try:
            server.trigger.pull_trigger(lambda: _close_all(server))
        except OSError:  # its trigger is closed already (seen once in CI): it cannot be woken, so
            _close_all(server)  # close from here; the loop then finds nothing left to serve
        thread.join(timeout=5)


def _close_all(server: Any) -> None:
    """Close the listening socket and every open connection (a browser keeps some alive), so the
    server's loop, which runs while any remains, ends now."""
    server.close()
    for channel in list(server._map.values()):
        channel.close()


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """A real waitress server on 127.0.0.1 over the test's app; yields its base URL."""
    with serving(app) as url:
        yield url
