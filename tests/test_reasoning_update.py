"""Updating the inferences after a load gives exactly what a full rebuild gives.

Random article graphs (facts of every class with random bounds, actors, ``partOf`` chains across
articles, stated orders, asserted inverses) are written in random batches to a real on-disk store;
after each batch the inferences are updated from the batch's subjects, and then compared with a
full rebuild of the same store. The loader's choice between the two runs on real articles.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.loader import load_ontology, load_paths
from kg.reasoning import inferences_graph, read_ontology, rebuild_inferences
from kg.reasoning_update import update_inferences
from kg.settings import Settings, load_settings
from kg.store import OxigraphStore
from tests.conftest import DATA, REPO
from tests.extraction import steps

BASE = "https://w3id.org/newskg/"
NKG = "https://w3id.org/newskg/ontology#"
ONTOLOGY = read_ontology(REPO / "ontology")
FACT_CLASSES = ("Indictment", "Investigation", "Statement", "AdCampaign")
ACTOR_CLASSES = ("Person", "Organisation", "MediaOutlet", "GovernmentBody")
FACT_LINKS = ("speaker", "about", "sponsor", "platform", "defendant", "investigator")
DAYS = ("2017-01-10", "2017-03-01", "2017-03-20", "2018-02-16", "2018-06-30")


def iri(kind: str, number: int) -> URIRef:
    return URIRef(f"{BASE}id/{kind}{number}")


def nkg(name: str) -> URIRef:
    return URIRef(NKG + name)


facts = st.integers(0, 5)
actors = st.integers(0, 2)
triple_makers = st.one_of(
    st.tuples(st.just("class"), facts, st.sampled_from(FACT_CLASSES)),
    st.tuples(st.just("actor"), actors, st.sampled_from(ACTOR_CLASSES)),
    st.tuples(st.just("link"), facts, st.sampled_from(FACT_LINKS), actors),
    st.tuples(st.just("partOf"), facts, facts),
    st.tuples(st.just("order"), facts, st.sampled_from(("before", "after")), facts),
    st.tuples(st.just("bounds"), facts, st.sampled_from(DAYS), st.sampled_from(DAYS)),
    st.tuples(st.just("said"), actors, facts),
)


def article(number: int, makers: list[tuple]) -> Graph:
    """An article graph: every fact it mentions is reported in it."""
    graph = Graph()
    here = iri("article", number)
    graph.add((here, RDF.type, nkg("Article")))
    for maker in makers:
        kind = maker[0]
        if kind == "class":
            graph.add((iri("fact", maker[1]), RDF.type, nkg(maker[2])))
        elif kind == "actor":
            graph.add((iri("actor", maker[1]), RDF.type, nkg(maker[2])))
        elif kind == "link":
            graph.add((iri("fact", maker[1]), nkg(maker[2]), iri("actor", maker[3])))
        elif kind == "partOf":
            graph.add((iri("fact", maker[1]), nkg("partOf"), iri("fact", maker[2])))
        elif kind == "order":
            graph.add((iri("fact", maker[1]), nkg(maker[2]), iri("fact", maker[3])))
        elif kind == "bounds":
            first, last = sorted((maker[2], maker[3]))
            graph.add((iri("fact", maker[1]), nkg("earliest"), Literal(first, datatype=XSD.date)))
            graph.add((iri("fact", maker[1]), nkg("latest"), Literal(last, datatype=XSD.date)))
        elif kind == "said":
            graph.add((iri("actor", maker[1]), nkg("said"), iri("fact", maker[2])))
        if kind in ("class", "link", "partOf", "order", "bounds"):
            graph.add((iri("fact", maker[1]), nkg("reportedIn"), here))
    return graph


def inferences(store: OxigraphStore) -> set:
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{inferences_graph(BASE)}> {{ ?s ?p ?o }} }}"
    return set(store.query(query).triples())


@pytest.fixture
def fresh_store() -> Iterator:
    """A factory of on-disk stores holding the ontology (one per hypothesis example)."""
    with tempfile.TemporaryDirectory() as tmp:
        opened: list[OxigraphStore] = []

        def make() -> OxigraphStore:
            store = OxigraphStore(Path(tmp) / f"store{len(opened)}")
            opened.append(store)
            load_ontology(store, load_settings({"store": Path(tmp) / "unused"}, environ={}))
            return store

        yield make
        for store in opened:
            store.close()


articles = st.lists(triple_makers, min_size=1, max_size=8)


@hypothesis_settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(articles, min_size=1, max_size=3), min_size=2, max_size=4))
def test_updates_after_each_batch_equal_a_full_rebuild(fresh_store, batches: list) -> None:
    store = fresh_store()
    rebuild_inferences(store, BASE, ONTOLOGY)
    number = 0
    for batch in batches:
        touched: set[URIRef] = set()
        for makers in batch:
            graph = article(number, makers)
            store.replace_graph(f"{BASE}graph/article/{number}", graph)
            touched |= {s for s in graph.subjects() if isinstance(s, URIRef)}
            number += 1
        update_inferences(store, BASE, ONTOLOGY, touched)
        updated = inferences(store)
        rebuild_inferences(store, BASE, ONTOLOGY)
        assert updated == inferences(store)


def test_a_later_article_that_widens_the_bounds_takes_the_order_back(fresh_store) -> None:
    store = fresh_store()
    first = article(0, [("class", 0, "Indictment"), ("link", 0, "defendant", 1),
                        ("bounds", 0, DAYS[3], DAYS[3]), ("class", 1, "Statement"),
                        ("link", 1, "speaker", 1), ("bounds", 1, DAYS[0], DAYS[0])])
    store.replace_graph(f"{BASE}graph/article/0", first)
    rebuild_inferences(store, BASE, ONTOLOGY)
    assert (iri("fact", 1), nkg("before"), iri("fact", 0)) in inferences(store)
    later = article(1, [("bounds", 1, DAYS[0], DAYS[4])])  # another article dates it up to June 2018
    store.replace_graph(f"{BASE}graph/article/1", later)
    update_inferences(store, BASE, ONTOLOGY, {s for s in later.subjects() if isinstance(s, URIRef)})
    assert (iri("fact", 1), nkg("before"), iri("fact", 0)) not in inferences(store)
    assert (iri("fact", 0), nkg("after"), iri("fact", 1)) not in inferences(store)


def test_an_investigator_named_later_relates_the_parts_of_the_investigation(fresh_store) -> None:
    store = fresh_store()
    first = article(0, [("class", 0, "Indictment"), ("partOf", 0, 1), ("class", 1, "Investigation"),
                        ("bounds", 0, DAYS[3], DAYS[3])])
    store.replace_graph(f"{BASE}graph/article/0", first)
    elsewhere = article(2, [("class", 2, "Statement"), ("link", 2, "speaker", 1),
                            ("bounds", 2, DAYS[0], DAYS[0])])
    store.replace_graph(f"{BASE}graph/article/2", elsewhere)
    rebuild_inferences(store, BASE, ONTOLOGY)
    assert (iri("fact", 2), nkg("before"), iri("fact", 0)) not in inferences(store)
    # the only new subject is the investigation; its indictment and the statement were not touched
    later = Graph().add((iri("fact", 1), nkg("investigator"), iri("actor", 1)))
    store.replace_graph(f"{BASE}graph/article/1", later)
    update_inferences(store, BASE, ONTOLOGY, {iri("fact", 1)})
    assert (iri("fact", 2), nkg("before"), iri("fact", 0)) in inferences(store)


def test_a_triple_an_article_now_asserts_leaves_the_inferences(fresh_store) -> None:
    store = fresh_store()
    first = article(0, [("class", 0, "Statement"), ("link", 0, "speaker", 2)])
    store.replace_graph(f"{BASE}graph/article/0", first)
    rebuild_inferences(store, BASE, ONTOLOGY)
    said = (iri("actor", 2), nkg("said"), iri("fact", 0))
    assert said in inferences(store)
    later = article(1, [("said", 2, 0)])
    store.replace_graph(f"{BASE}graph/article/1", later)
    update_inferences(store, BASE, ONTOLOGY, {iri("actor", 2), iri("article", 1)})
    assert said not in inferences(store)


ARTICLES = sorted((DATA / "corpus" / "dev").glob("*.txt"))[:3]


def test_the_loader_updates_after_new_articles_and_rebuilds_after_a_replacement(
    store: OxigraphStore, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.reasoning_update as module

    calls: list[str] = []
    for name in ("rebuild_inferences", "update_inferences"):
        real = getattr(module, name)
        monkeypatch.setattr(module, name,
                            lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES[:2]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    load_paths(store, [folder], settings, steps=steps())
    (folder / ARTICLES[2].name).write_text(ARTICLES[2].read_text(encoding="utf-8"), encoding="utf-8")
    load_paths(store, [folder / ARTICLES[2].name], settings, steps=steps())
    updated = inferences(store)
    assert calls == ["rebuild_inferences", "update_inferences"]
    rebuild_inferences(store, BASE, read_ontology(settings.ontology_dir))
    assert updated == inferences(store) and len(updated) > 100
    # the same file with a changed text replaces its graph: a full rebuild
    changed = folder / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    load_paths(store, [changed], settings, steps=steps())
    assert calls[-1] == "rebuild_inferences"
