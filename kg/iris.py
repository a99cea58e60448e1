"""Minting IRIs under the configured base (``NEWSKG_BASE_IRI``).

Resource IRIs live under ``{base}id/``, graph IRIs under ``{base}graph/``. They depend only on
content (the article's content hash, an actor's canonical name, a fact's words and place), never
on load order, so a reload, or a load in another order, gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from kg.articles import Article


def digest(*parts: object) -> str:
    """A short stable hash of ``parts`` for IRIs of facts that have no name."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


class Iris:
    """IRI factory for one base."""

    def __init__(self, base: str) -> None:
        self.base = base

    def article(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}id/article/{article.key}")

    def article_graph(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}graph/article/{article.key}")

    @property
    def entities_graph(self) -> URIRef:
        """The shared graph of entity descriptions (types, names, Wikidata links)."""
        return URIRef(f"{self.base}graph/entities")

    @property
    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    def resource(self, kind: str, key: str) -> URIRef:
        """``{base}id/{kind}/{key}``: actors, places, investigations, indictments, facts."""
        return URIRef(f"{self.base}id/{kind}/{quote(key, safe='-._~')}")

    def evidence(self, article: Article, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}id/evidence/{article.key}-{start}-{end}")

    def tool(self, name: str, version: str) -> URIRef:
        return URIRef(f"{self.base}id/tool/{quote(name)}/{quote(version)}")

    def run(self, run_id: str) -> URIRef:
        return URIRef(f"{self.base}id/run/{run_id}")
