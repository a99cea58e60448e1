"""Fixtures composed as settings -> store -> app -> client; every test gets a fresh temp store."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.settings import Settings, load_settings
from kg.store import OxigraphStore

pytest_plugins = ["tests.fixtures_server", "tests.fixtures_remote", "tests.fixtures_seeded"]


@pytest.fixture(autouse=True, scope="module")
def collect_garbage_in_this_thread() -> Iterator[None]:
    """Free a module's cyclic garbage here, in the main thread, when the module ends.

    pyoxigraph result iterators must be dropped in the thread that created them. One caught in a
    reference cycle (an exception's traceback holding the frame that iterated it) is freed by the
    next garbage collection, which could otherwise run in a live server's thread of a later module
    ("PyQuerySolutions is unsendable, but is being dropped on another thread").
    """
    yield
    gc.collect()

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
