"""The README documents every setting."""

from __future__ import annotations

import pytest

from kg.settings import SETTINGS, Setting
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_the_readme_lists_every_setting_with_its_flag_and_variable(setting: Setting) -> None:
    rows = [line for line in README.splitlines() if line.startswith(f"| `{setting.flag}` |")]
    assert rows, f"no README row for {setting.flag}"
    assert f"`{setting.env}`" in rows[0]
