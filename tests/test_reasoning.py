"""The graph of inferences, and contradictions with the ontology refused at load.

Rules run on graphs written in the test (the shape the loader writes); the refusal of a
contradicting article runs the real loader on real articles with a real gazetteer file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.cli import main
from kg.errors import InconsistentArticleError
from kg.iris import Iris
from kg.loader import load_ontology, load_paths
from kg.reasoning import inferences_graph, read_ontology, rebuild_inferences
from kg.settings import Settings
from kg.store import OxigraphStore
from tests.conftest import REPO

BASE = "https://w3id.org/newskg/"
INFERENCES = f"{BASE}graph/inferences"
PREFIXES = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/newskg/id/> .
"""
ENTITIES = PREFIXES + """
id:mueller a nkg:Person ; rdfs:label "Robert Mueller"@fr .
id:ira a nkg:Organisation ; rdfs:label "Internet Research Agency"@fr .
id:zakharova a nkg:Person ; rdfs:label "Maria Zakharova"@fr .
id:rt a nkg:MediaOutlet ; rdfs:label "RT"@fr .
"""
# article A: the investigation, an indictment of the IRA within it, the IRA's early statement
ARTICLE_A = PREFIXES + """
id:articleA a nkg:Article .
id:investigation a nkg:Investigation ; nkg:investigator id:mueller ; nkg:reportedIn id:articleA .
id:indictment a nkg:Indictment ; nkg:defendant id:ira ; nkg:partOf id:investigation ;
    nkg:reportedIn id:articleA ;
    nkg:earliest "2018-02-16"^^xsd:date ; nkg:latest "2018-02-16"^^xsd:date .
id:early a nkg:Statement ; nkg:speaker id:ira ; nkg:reportedIn id:articleA ;
    nkg:earliest "2017-10-01"^^xsd:date ; nkg:latest "2017-10-31"^^xsd:date .
"""
# article B: statements about the IRA: one certainly later, one overlapping; an unrelated one earlier
ARTICLE_B = PREFIXES + """
id:articleB a nkg:Article .
id:later a nkg:Statement ; nkg:speaker id:zakharova ; nkg:about id:ira ; nkg:reportedIn id:articleB ;
    nkg:earliest "2018-03-01"^^xsd:date ; nkg:latest "2018-03-01"^^xsd:date .
id:overlapping a nkg:Statement ; nkg:speaker id:zakharova ; nkg:about id:ira ; nkg:reportedIn id:articleB ;
    nkg:earliest "2018-02-01"^^xsd:date ; nkg:latest "2018-02-28"^^xsd:date .
"""
ARTICLE_C = PREFIXES + """
id:articleC a nkg:Article .
id:unrelated a nkg:Statement ; nkg:speaker id:rt ; nkg:reportedIn id:articleC ;
    nkg:earliest "2015-01-01"^^xsd:date ; nkg:latest "2015-01-31"^^xsd:date .
id:sub a nkg:Indictment ; nkg:partOf id:indictment ; nkg:reportedIn id:articleC .
"""


def n(name: str) -> URIRef:
    return URIRef(f"{BASE}id/{name}")


def write(store: OxigraphStore, name: str, turtle: str) -> None:
    store.replace_graph(f"{BASE}graph/{name}", Graph().parse(data=turtle, format="turtle"))


@pytest.fixture
def facts(store: OxigraphStore, settings: Settings) -> OxigraphStore:
    load_ontology(store, settings)
    write(store, "entities", ENTITIES)
    for name, turtle in (("article/a", ARTICLE_A), ("article/b", ARTICLE_B), ("article/c", ARTICLE_C)):
        write(store, name, turtle)
    rebuild_inferences(store, BASE, read_ontology(settings.ontology_dir))
    return store


def inferred(store: OxigraphStore, s: URIRef, p: str, o: URIRef | str) -> bool:
    obj = o.n3() if isinstance(o, URIRef) else o
    return store.query(f"ASK {{ GRAPH <{INFERENCES}> {{ {s.n3()} <{p}> {obj} }} }}").boolean


NKG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.mark.parametrize(("resource", "cls"), [
    ("mueller", "Actor"), ("ira", "Actor"), ("rt", "Organisation"), ("rt", "Actor"),
])
def test_members_of_a_class_are_members_of_its_superclasses(
    facts: OxigraphStore, resource: str, cls: str
) -> None:
    assert inferred(facts, n(resource), RDF_TYPE, URIRef(NKG + cls))


def test_aligned_superclasses_are_reached_through_the_ontology_not_materialised(facts: OxigraphStore) -> None:
    prov_agent = URIRef("http://www.w3.org/ns/prov#Agent")
    assert not inferred(facts, n("mueller"), RDF_TYPE, prov_agent)
    query = (f"ASK {{ {n('mueller').n3()} a ?c . ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* "
             f"{prov_agent.n3()} }}")
    assert facts.query(query).boolean


def test_an_asserted_type_is_not_repeated_in_the_inferences(facts: OxigraphStore) -> None:
    assert not inferred(facts, n("mueller"), RDF_TYPE, URIRef(NKG + "Person"))


@pytest.mark.parametrize(("s", "p", "o"), [
    ("ira", "said", "early"), ("zakharova", "said", "later"), ("mueller", "leads", "investigation"),
    ("ira", "chargedIn", "indictment"), ("investigation", "hasPart", "indictment"),
])
def test_inverse_properties_are_materialised(facts: OxigraphStore, s: str, p: str, o: str) -> None:
    assert inferred(facts, n(s), NKG + p, n(o))


def test_part_of_is_transitive_across_articles(facts: OxigraphStore) -> None:
    assert inferred(facts, n("sub"), NKG + "partOf", n("investigation"))
    assert inferred(facts, n("investigation"), NKG + "hasPart", n("sub"))


def test_a_defendant_is_a_subject_of_the_investigation_of_its_indictment(facts: OxigraphStore) -> None:
    assert inferred(facts, n("ira"), NKG + "subjectOf", n("investigation"))
    assert not inferred(facts, n("zakharova"), NKG + "subjectOf", n("investigation"))


def test_bounds_that_do_not_overlap_order_related_events(facts: OxigraphStore) -> None:
    assert inferred(facts, n("early"), NKG + "before", n("indictment"))
    assert inferred(facts, n("indictment"), NKG + "after", n("early"))
    assert inferred(facts, n("indictment"), NKG + "before", n("later"))


def test_the_order_is_followed_by_paths_not_materialised(facts: OxigraphStore) -> None:
    # the closure of nkg:before is quadratic in the number of events: queries use nkg:before+
    assert not inferred(facts, n("early"), NKG + "before", n("later"))
    path = f"ASK {{ {n('early').n3()} <{NKG}before>+ {n('later').n3()} }}"
    assert facts.query(path).boolean


@pytest.mark.parametrize("statement", ["overlapping", "unrelated"])
def test_overlapping_or_unrelated_events_are_not_ordered(facts: OxigraphStore, statement: str) -> None:
    for p in ("before", "after"):
        assert not inferred(facts, n(statement), NKG + p, n("indictment"))
        assert not inferred(facts, n("indictment"), NKG + p, n(statement))


def test_queries_can_leave_inferences_out(facts: OxigraphStore) -> None:
    everything = f"SELECT ?s WHERE {{ ?s <{NKG}said> ?o }}"
    asserted = f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s <{NKG}said> ?o }} FILTER (?g != <{INFERENCES}>) }}"
    assert len(list(facts.query(everything).rows())) == 4  # one per statement
    assert list(facts.query(asserted).rows()) == []


def test_a_rebuild_forgets_what_no_longer_follows(facts: OxigraphStore, settings: Settings) -> None:
    write(facts, "article/a", ARTICLE_A.replace("nkg:defendant id:ira ;", ""))
    rebuild_inferences(facts, BASE, read_ontology(settings.ontology_dir))
    assert not inferred(facts, n("ira"), NKG + "chargedIn", n("indictment"))
    assert not inferred(facts, n("ira"), NKG + "subjectOf", n("investigation"))


def test_a_rebuild_is_idempotent(facts: OxigraphStore, settings: Settings) -> None:
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERENCES}> {{ ?s ?p ?o }} }}"
    before = int(next(facts.query(count).rows())["n"])
    rebuild_inferences(facts, BASE, read_ontology(settings.ontology_dir))
    assert int(next(facts.query(count).rows())["n"]) == before > 0


def test_the_inferences_graph_is_named_under_the_base() -> None:
    assert str(inferences_graph("https://example.org/kg/")) == "https://example.org/kg/graph/inferences"


# --- contradictions with the ontology: reported and refused, with real inputs ---------------------

FIRST = "Titre\n\nLe réseau social Twitter a supprimé des comptes liés à la Russie, a indiqué Twitter.\n"
SECOND = "Autre titre\n\nTwitter a publié un rapport sur la désinformation en Europe.\n"


@pytest.fixture
def conflicting_gazetteer(tmp_path: Path, settings: Settings) -> Settings:
    """An ontology folder whose gazetteer says Twitter is a person (it is a company in the store)."""
    folder = tmp_path / "ontology"
    shutil.copytree(REPO / "ontology", folder)
    gazetteer = json.loads((folder / "gazetteer.json").read_text(encoding="utf-8"))
    for entry in gazetteer["entries"]:
        if entry["name"] == "Twitter":
            entry["kind"] = "Person"
    (folder / "gazetteer.json").write_text(json.dumps(gazetteer, ensure_ascii=False), encoding="utf-8")
    return settings.replace(ontology_dir=folder)


def test_an_article_that_contradicts_the_store_is_refused_with_a_readable_report(
    store: OxigraphStore, settings: Settings, conflicting_gazetteer: Settings, tmp_path: Path
) -> None:
    first, second = tmp_path / "premier.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    assert load_paths(store, [first], settings).ok
    graphs = store.graphs()
    entities = Iris(settings.base_iri).entities_graph
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{entities}> {{ ?s ?p ?o }} }}"
    described = int(next(store.query(count).rows())["n"])

    report = load_paths(store, [second], conflicting_gazetteer)

    (error,) = report.failed
    assert isinstance(error, InconsistentArticleError)
    assert error.source == str(second)
    text = str(error)
    assert f"<{BASE}id/actor/twitter> (Twitter) is both" in text
    assert "nkg:Person owl:disjointWith nkg:Organisation" in text
    assert "rdf:type nkg:Company" in text and "already in the store" in text
    assert "rdf:type nkg:Person in the entity descriptions of this article" in text
    # nothing of the refused article was written
    assert [g for g in store.graphs() if g != INFERENCES] == [g for g in graphs if g != INFERENCES]
    assert int(next(store.query(count).rows())["n"]) == described


def test_the_other_articles_of_the_load_still_load(
    store: OxigraphStore, settings: Settings, conflicting_gazetteer: Settings, tmp_path: Path
) -> None:
    first, second, third = (tmp_path / f"{name}.txt" for name in ("premier", "second", "troisieme"))
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    third.write_text("Dépêche\n\nLe maire de Lyon a inauguré une école.\n", encoding="utf-8")
    load_paths(store, [first], settings)
    report = load_paths(store, [second, third], conflicting_gazetteer)
    assert [type(e) for e in report.failed] == [InconsistentArticleError]
    assert [item.source for item in report.loaded] == [third]


def test_newskg_reason_reports_contradictions_in_the_store_and_exits_1(
    facts: OxigraphStore, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    facts.update(f"INSERT DATA {{ GRAPH <{BASE}graph/article/c> {{ <{BASE}id/rt> a <{NKG}Person> }} }}")
    facts.close()
    status = main(["reason", "--store", str(settings.store), "--quiet"])
    out = capsys.readouterr().out
    assert status == 1
    assert "ontology: consistent (HermiT)" in out
    assert "data: 1 contradiction(s)" in out
    assert f"<{BASE}id/rt> (RT) is both" in out and f"<{BASE}graph/article/c>" in out


def test_newskg_reason_rebuilds_the_inferences_and_exits_0(
    facts: OxigraphStore, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    facts.update(f"DROP GRAPH <{INFERENCES}>")
    facts.close()
    assert main(["reason", "--store", str(settings.store)]) == 0
    out = capsys.readouterr().out
    assert "data: 0 contradiction(s)" in out and f"{NKG}said" in out
    reopened = OxigraphStore(settings.store)
    try:
        assert inferred(reopened, n("ira"), NKG + "said", n("early"))
    finally:
        reopened.close()


# --- contradictions the article brings with what the store holds: ranges, stated orders ---------

def _check(store: OxigraphStore, settings: Settings, turtle: str) -> str:
    """The report ``check_article`` gives for an article graph (empty when it may load)."""
    from kg.consistency import check_article, report

    graph = Graph().parse(data=PREFIXES + turtle, format="turtle")
    name = f"{BASE}graph/article/new"
    found = check_article(store, read_ontology(settings.ontology_dir), Iris(BASE), graph=name, triples=graph,
                          entities=Graph(), replaced=[name], inferences=INFERENCES)
    return report(found, {name: "this article's graph"})


def test_a_resource_the_store_uses_as_a_speaker_cannot_become_a_statement(
    facts: OxigraphStore, settings: Settings
) -> None:
    # id:early2 is only a speaker elsewhere (the range of nkg:speaker is nkg:Actor), never typed
    write(facts, "article/d", PREFIXES + "id:quote nkg:speaker id:early2 ; nkg:reportedIn id:articleD .")
    text = _check(facts, settings, "id:early2 a nkg:Statement ; nkg:reportedIn id:articleE .")
    assert f"<{BASE}id/early2> is both" in text
    assert f"range of nkg:speaker, used in <{BASE}graph/article/d>" in text
    assert "rdf:type nkg:Statement in this article's graph" in text


def test_an_order_the_dates_rule_out_is_refused_naming_both_facts_and_the_days(
    facts: OxigraphStore, settings: Settings
) -> None:
    # the store dates the indictment 2018-02-16 and id:later 2018-03-01: "later before indictment" is false
    text = _check(facts, settings, "id:later nkg:before id:indictment ; nkg:reportedIn id:articleE .")
    assert f"<{BASE}id/later> nkg:before <{BASE}id/indictment> (stated in this article's graph)" in text
    assert "ends by 2018-02-16 (nkg:latest) before" in text and "begins on 2018-03-01" in text
    assert _check(facts, settings, "id:indictment nkg:before id:later ; nkg:reportedIn id:articleE .") == ""


def test_a_cycle_of_stated_orders_across_articles_is_refused(
    facts: OxigraphStore, settings: Settings
) -> None:
    write(facts, "article/d", PREFIXES + "id:x nkg:before id:y . id:y nkg:before id:z .")
    text = _check(facts, settings, "id:x nkg:after id:z .")
    assert "other stated orders put" in text


def test_newskg_reason_reports_a_stated_order_that_the_dates_rule_out(
    facts: OxigraphStore, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    write(facts, "article/d", PREFIXES + "id:indictment nkg:after id:later .")
    facts.close()
    assert main(["reason", "--store", str(settings.store), "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "data: 1 contradiction(s)" in out
    assert f"<{BASE}id/later> nkg:before <{BASE}id/indictment> (stated in <{BASE}graph/article/d>)" in out
