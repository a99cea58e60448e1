"""The extraction pipeline: an ``Article`` in, facts with evidence out.

A pipeline is a tuple of small steps run in order over one :class:`Extraction`; each step reads
the article and what earlier steps found, and adds facts (the model of structlog's processor
chain). Steps are pure with respect to the store: they never see it. The loader turns the final
``Extraction`` into the article's named graph (:mod:`kg.triples`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kg.articles import Article


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of an article's body: ``body[start:end] == exact`` (code points)."""

    start: int
    end: int
    exact: str

    @classmethod
    def span(cls, article: Article, start: int, end: int) -> Evidence:
        """The evidence for ``article.body[start:end]``; ``ValueError`` if the span is empty or outside."""
        if not 0 <= start < end <= len(article.body):
            raise ValueError(f"span {start}:{end} outside the body of {article.source}")
        return cls(start, end, article.body[start:end])


@dataclass
class Extraction:
    """What the steps found in one article, each fact carrying its evidence."""

    article: Article
    facts: list[object] = field(default_factory=list)


Step = Callable[[Extraction], None]

#: The steps the loader runs; the French extraction steps plug in here.
DEFAULT_STEPS: tuple[Step, ...] = ()


def extract(article: Article, steps: Sequence[Step] = DEFAULT_STEPS) -> Extraction:
    """Run ``steps`` in order over a fresh extraction of ``article``."""
    extraction = Extraction(article)
    for step in steps:
        step(extraction)
    return extraction
