"""Helpers for extraction tests: run the French pipeline on a short article written in a test."""

from __future__ import annotations

from functools import lru_cache

from kg.articles import parse_article
from kg.extract.facts import Extraction
from kg.extract.french import french_steps
from kg.extract.pipeline import Step, extract
from kg.settings import load_settings


@lru_cache(maxsize=1)
def steps() -> tuple[Step, ...]:
    return french_steps(load_settings(environ={}).ontology_dir / "gazetteer.json")


def run(text: str, date: str | None = None) -> Extraction:
    """Extract from ``text`` (with a ``date`` header if given); every evidence must index the body."""
    header = f"date {date}\n" if date else ""
    article = parse_article(f"{header}Titre de la dépêche\n\n{text}".encode(), "test.txt")
    extraction = extract(article, steps())
    facts = [*extraction.statements, *extraction.campaigns, *extraction.indictments,
             *extraction.investigations]
    for fact in facts:
        evidence = fact.evidence  # type: ignore[attr-defined]
        assert article.body[evidence.start:evidence.end] == evidence.exact
    return extraction


def name(extraction: Extraction, key: str | None) -> str | None:
    return extraction.actors[key].name if key else None
