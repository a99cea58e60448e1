"""Fixtures composed as settings -> store -> app -> client; every test gets a fresh temp store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.settings import Settings, load_settings
from kg.store import OxigraphStore

pytest_plugins = ["tests.fixtures_server", "tests.fixtures_remote", "tests.fixtures_seeded"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Defaults with the store in a temp dir, never read from the developer's environment."""
    return load_settings({"store": tmp_path / "store"}, environ={})


@pytest.fixture
def store(settings: Settings) -> Iterator[OxigraphStore]:
    """A real on-disk Oxigraph store in a temp dir."""
    opened = OxigraphStore(settings.store)
    yield opened
    opened.close()
