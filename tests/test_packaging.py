"""A non-editable install of the wheel works from any directory, with its data folders inside."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True, capture_output=True, timeout=600,
    )
    (built,) = out.glob("newskg-*.whl")
    return built


def test_the_wheel_carries_the_ontology_and_the_queries(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_data/ontology/newskg.ttl" in names
    assert any(n.startswith("kg/_data/queries/") and n.endswith(".rq") for n in names)
    assert "server/__init__.py" in names


def test_an_installed_wheel_loads_and_queries_from_another_directory(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True, timeout=600,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSKG_")}
    env["PYTHONPATH"] = str(target)

    def newskg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kg.cli", *args, "--store", str(tmp_path / "store")],
            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300, check=False,
        )

    where = subprocess.run(
        [sys.executable, "-c", "import kg.settings as s; print(s.load_settings().ontology_dir)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )
    assert where.stdout.strip().startswith(str(target))
    loaded = newskg("load", str(REPO / "articles"))
    assert loaded.returncode == 0, loaded.stderr
    stats = newskg("stats")
    assert "Article\t2" in stats.stdout
    assert not (elsewhere / "data").exists()
