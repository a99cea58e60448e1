"""The bundled articles loaded once per session, for tests that only read them.

``seeded_settings`` names a store directory holding the seeds; a module opens it through
``seeded_store`` / ``seeded_app`` / ``seeded_server`` (one module at a time holds it open) and must
not write to it. Tests that write use the function-scoped ``store`` of ``conftest``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from kg.loader import load_paths
from kg.settings import Settings, load_settings
from kg.store import OxigraphStore
from server import close_app, create_app
from tests.conftest import REPO
from tests.fixtures_server import serving


@pytest.fixture(scope="session")
def seeded_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = load_settings({"store": tmp_path_factory.mktemp("seeded") / "store"}, environ={})
    store = OxigraphStore(settings.store)
    try:
        assert load_paths(store, [REPO / "articles"], settings).ok
    finally:
        store.close()
    return settings


@pytest.fixture(scope="module")
def seeded_store(seeded_settings: Settings) -> Iterator[OxigraphStore]:
    opened = OxigraphStore(seeded_settings.store)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def seeded_app(
    seeded_settings: Settings, seeded_store: OxigraphStore, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Flask]:
    app = create_app(seeded_settings, seeded_store)
    app.config["TESTING"] = True
    app.config["NEWSKG_DUMPS_DIR"] = str(tmp_path_factory.mktemp("dumps"))
    yield app
    close_app(app)


@pytest.fixture(scope="module")
def seeded_server(seeded_app: Flask) -> Iterator[str]:
    """A real waitress server over the seeds; yields its base URL."""
    with serving(seeded_app) as url:
        yield url
