"""The gate an article's graph passes before the loader writes it: shapes, then consistency.

An article whose graph violates the SHACL shapes (:mod:`kg.validate`) or contradicts the ontology
together with what the store already holds (:mod:`kg.consistency`) is refused like an unreadable
file: an ``ArticleError`` naming the file and a readable report, nothing written, the other
articles load.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph

from kg.consistency import NEW_ENTITIES, check_article, report
from kg.errors import InconsistentArticleError, InvalidArticleError
from kg.iris import Iris
from kg.reasoning import inferences_graph, read_ontology
from kg.store.base import Store
from kg.triples import ArticleTriples
from kg.validate import load_shapes, validate_graph


class ArticleGate:
    """Checks each article against the ontology and shapes of one ontology folder."""

    def __init__(self, store: Store, ontology_dir: Path, base_iri: str) -> None:
        self.store = store
        self.ontology: Graph = read_ontology(ontology_dir)
        self.shapes = load_shapes(ontology_dir)
        self.iris = Iris(base_iri)
        self.inferences = str(inferences_graph(base_iri))

    def admit(self, source: str, graph: str, triples: ArticleTriples, replaced: Sequence[str]) -> None:
        """Return if the article may be written; raise ``InvalidArticleError`` or
        ``InconsistentArticleError`` (with the report) if not."""
        data = Graph()
        data += triples.graph
        data += triples.entities
        validation = validate_graph(data, self.shapes, self.ontology)
        if not validation.conforms:
            raise InvalidArticleError(
                source, "its graph violates the SHACL shapes (ontology/shapes.ttl), not loaded: "
                + validation.describe(details=("violation",)))
        found = check_article(self.store, self.ontology, self.iris, graph=graph, triples=triples.graph,
                              entities=triples.entities, replaced=[graph, *replaced],
                              inferences=self.inferences)
        if found:
            where = {graph: "this article's graph",
                     NEW_ENTITIES: "the entity descriptions of this article",
                     str(self.iris.entities_graph): f"<{self.iris.entities_graph}> (already in the store)"}
            raise InconsistentArticleError(
                source, f"contradicts the ontology ({len(found)} contradiction(s)), not loaded:\n"
                + report(found, where))
