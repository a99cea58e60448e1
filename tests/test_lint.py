"""The code base stays ruff-clean and mypy-strict on kg (STYLE.md, rule 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

BIN = Path(sys.executable).parent


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([str(BIN / "ruff"), "check", "kg", "server", "tests", "bench"], cwd=REPO,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_mypy_strict_finds_nothing_in_kg() -> None:
    result = subprocess.run([str(BIN / "mypy")], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_no_identity_comparison_of_spacy_tokens() -> None:
    """spaCy builds a new Token object on each access: ``token.head is token`` is never true, and a
    loop climbing to the root on it never ends (it hung on an unseen article). Compare ``.i``."""
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "kg").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ".head is " in line or ".head is not " in line
    ]
    assert offenders == []
