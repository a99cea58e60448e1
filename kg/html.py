"""Main-text extraction from HTML pages (trafilatura), with metadata only from the page's tags."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import trafilatura
from trafilatura.settings import use_config


@dataclass(frozen=True)
class ExtractedPage:
    title: str | None
    date: str | None
    text: str


@lru_cache(maxsize=1)
def _config() -> Any:
    config = use_config()
    # short news items are articles too: trafilatura's defaults drop texts under 250 characters
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def extract_html(markup: str) -> ExtractedPage | None:
    """The page's main text, title and metadata date; ``None`` if there is no main text."""
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    if document is None or isinstance(document, dict):
        return None
    return ExtractedPage(title=document.title, date=document.date, text=document.text or "")
