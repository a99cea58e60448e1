"""The notebooks of notebooks/ run end to end against a live server over the loaded seed articles.

Each is executed with nbclient in a Python kernel of this interpreter (a kernelspec written to a
temp dir heads ``JUPYTER_PATH``); any cell error fails the test. They are committed without outputs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kg.loader import load_paths
from kg.settings import load_settings
from kg.store import OxigraphStore
from server import close_app, create_app
from tests.conftest import REPO
from tests.fixtures_server import serving

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT_S = 180


def test_there_are_at_least_three_notebooks() -> None:
    assert len(NOTEBOOKS) >= 3


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_committed_without_outputs_for_a_python_kernel(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs"


@pytest.fixture(scope="module")
def seeded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server (waitress, 127.0.0.1) over a store holding the seed articles of articles/."""
    settings = load_settings({"store": tmp_path_factory.mktemp("notebooks") / "store"}, environ={})
    store = OxigraphStore(settings.store)
    report = load_paths(store, [REPO / "articles"], settings)
    assert report.ok and report.loaded
    app = create_app(settings, store)
    try:
        with serving(app, threads=4) as url:
            yield url
    finally:
        close_app(app)
        store.close()


@pytest.fixture
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_server: str) -> Path:
    """A ``python3`` kernelspec running this interpreter, found first; the endpoint for the notebooks."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    spec.joinpath("kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (newskg tests)",
        "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("NEWSKG_ENDPOINT", seeded_server)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "matplotlib"))
    workdir = tmp_path / "run"
    workdir.mkdir()
    return workdir


#: What each notebook must show, beyond running: charts drawn, and words from the seed articles.
SHOWS: dict[str, tuple[int, tuple[str, ...]]] = {
    "01-explore-the-graph": (0, ("Twitter", "Rob Goldman", "statements-by")),
    "02-who-said-what": (0, ("Goldman", "since")),
    "03-timeline-of-a-case": (1, ("Russia Today", "Twitter", "Realised")),
}


def test_every_notebook_has_its_expectations() -> None:
    assert sorted(SHOWS) == [p.stem for p in NOTEBOOKS]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_runs_without_a_cell_error(path: Path, kernel_env: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, kernel_name="python3", timeout=CELL_TIMEOUT_S, allow_errors=False,
        resources={"metadata": {"path": str(kernel_env)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on the first error
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert all(c.execution_count for c in notebook.cells if c.cell_type == "code")
    assert [o for o in outputs if o.output_type == "error"] == []
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    text = html + "".join(o.get("text", "") for o in outputs)
    images, words = SHOWS[path.stem]
    assert "<table" in html, "the notebook shows pandas tables"
    assert len([o for o in outputs if "image/png" in o.get("data", {})]) == images
    assert [w for w in words if w not in text] == []
