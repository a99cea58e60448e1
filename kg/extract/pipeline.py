"""The extraction pipeline: an ``Article`` in, facts with evidence out.

A pipeline is a tuple of small steps run in order over one :class:`~kg.extract.facts.Extraction`;
each step reads the article and what earlier steps found, and adds facts (the model of structlog's
processor chain). Steps never see the store. The loader turns the final extraction into the
article's named graph (:mod:`kg.triples`). The French steps are assembled in
:mod:`kg.extract.french`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.articles import Article
from kg.extract.facts import Extraction

Step = Callable[[Extraction], None]


def extract(article: Article, steps: Sequence[Step]) -> Extraction:
    """Run ``steps`` in order over a fresh extraction of ``article``."""
    extraction = Extraction(article)
    for step in steps:
        step(extraction)
    return extraction
