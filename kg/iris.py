"""Minting IRIs under the configured base (``NEWSKG_BASE_IRI``).

Resource IRIs live under ``{base}id/``, graph IRIs under ``{base}graph/``. Both depend only on
content (the article's content hash), so a reload, or a load in another order, gives the same IRIs.
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

from kg.articles import Article


class Iris:
    """IRI factory for one base."""

    def __init__(self, base: str) -> None:
        self.base = base

    def article(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}id/article/{article.key}")

    def article_graph(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}graph/article/{article.key}")

    @property
    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    def tool(self, name: str, version: str) -> URIRef:
        return URIRef(f"{self.base}id/tool/{quote(name)}/{quote(version)}")

    def run(self, run_id: str) -> URIRef:
        return URIRef(f"{self.base}id/run/{run_id}")
