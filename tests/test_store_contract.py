"""The `Store` contract, run against every implementation: in memory, on disk, and remote over HTTP.

Each test states one promise of `kg.store.base.Store`; a store that breaks it is the store's bug.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef

from kg.errors import QuerySyntaxError, StoreError, StoreUnavailableError
from kg.formats import DATASET_FORMATS, GRAPH_FORMATS, Format, find_format
from kg.store import OxigraphStore, Store
from kg.store.remote import RemoteStore
from tests.fixtures_remote import OxigraphServer, free_port

EX = Namespace("http://example.org/")
G1, G2, G3 = (f"http://example.org/graph/{n}" for n in (1, 2, 3))


def graph_of(*triples: tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def objects(
    store: Store, subject: URIRef = EX.s, default_graphs: list[str] | None = None
) -> set[object]:
    """The objects of ``subject`` in the default graph (the union unless ``default_graphs``)."""
    sparql = f"SELECT ?o WHERE {{ {subject.n3()} ?p ?o }}"
    return {row["o"] for row in store.query(sparql, default_graphs=default_graphs).rows()}


def parse_dataset(data: bytes, fmt: Format) -> Dataset:
    """Parse a dump with rdflib.

    rdflib 7.6's own N-Quads and TriG parsers use what it deprecated (``default_context``,
    ``ConjunctiveGraph``): its deprecation warnings from inside rdflib are silenced here only.
    """
    dataset = Dataset()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        dataset.parse(data=data, format=fmt.name)
    return dataset


@pytest.fixture(params=["memory", "disk", "remote"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each kind."""
    opened: Store
    if request.param == "memory":
        opened = OxigraphStore()
    elif request.param == "disk":
        opened = OxigraphStore(tmp_path / "store")
    else:
        opened = request.getfixturevalue("remote_store")
    yield opened
    opened.close()


def test_every_store_implements_the_protocol(any_store: Store) -> None:
    assert isinstance(any_store, Store)


def test_replacing_a_graph_twice_leaves_only_the_second_content(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, Literal("first"))))
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, Literal("second", lang="fr"))))
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, Literal("second", lang="fr"))))

    assert objects(any_store) == {Literal("second", lang="fr")}
    assert any_store.graphs() == [G1]


def test_replace_graph_with_drop_removes_the_other_graph(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.old)))
    any_store.replace_graph(G3, graph_of((EX.s, EX.p, EX.kept)))

    any_store.replace_graph(G2, graph_of((EX.s, EX.p, EX.new)), drop=[G1, G2])

    assert any_store.graphs() == [G2, G3]
    assert objects(any_store) == {EX.new, EX.kept}


def test_the_default_graph_is_the_union_of_named_graphs(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.a)))
    any_store.replace_graph(G2, graph_of((EX.s, EX.p, EX.b)))

    assert objects(any_store) == {EX.a, EX.b}


def test_default_graphs_restrict_the_default_graph(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.a)))
    any_store.replace_graph(G2, graph_of((EX.s, EX.p, EX.b)))
    any_store.replace_graph(G3, graph_of((EX.s, EX.p, EX.c)))

    assert objects(any_store, default_graphs=[G2]) == {EX.b}
    assert objects(any_store, default_graphs=[G1, G3]) == {EX.a, EX.c}


def test_named_graphs_restrict_graph_patterns(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.a)))
    any_store.replace_graph(G2, graph_of((EX.s, EX.p, EX.b)))

    rows = any_store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[G2])

    assert list(rows.rows()) == [{"g": URIRef(G2), "o": EX.b}]


def test_select_rows_are_rdflib_terms(any_store: Store) -> None:
    node = BNode()
    any_store.replace_graph(G1, graph_of(
        (EX.s, EX.label, Literal("la Russie", lang="fr")),
        (EX.s, EX.date, Literal("2016-02-18", datatype=XSD.date)),
        (EX.s, EX.counted, Literal(3)),
        (EX.s, EX.knows, node),
        (node, EX.label, Literal("anonyme")),
    ))

    result = any_store.query(
        f"SELECT ?p ?o ?label WHERE {{ {EX.s.n3()} ?p ?o OPTIONAL {{ ?o ?q ?label }} }} ORDER BY ?p"
    )

    assert result.kind == "solutions"
    assert result.variables == ["p", "o", "label"]
    rows = list(result.rows())
    blank = rows[2]["o"]
    assert isinstance(blank, BNode)
    assert rows == [
        {"p": EX.counted, "o": Literal("3", datatype=XSD.integer)},
        {"p": EX.date, "o": Literal("2016-02-18", datatype=XSD.date)},
        {"p": EX.knows, "o": blank, "label": Literal("anonyme")},
        {"p": EX.label, "o": Literal("la Russie", lang="fr")},
    ]


@pytest.mark.parametrize(("sparql", "expected"), [
    ("ASK { ?s ?p ?o }", True),
    ("ASK { ?s ?p <http://example.org/absent> }", False),
])
def test_ask_answers_true_or_false(any_store: Store, sparql: str, expected: bool) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.o)))

    result = any_store.query(sparql)

    assert result.kind == "boolean"
    assert result.boolean is expected


def test_construct_gives_triples(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.o), (EX.o, EX.p, Literal("é", lang="fr"))))

    result = any_store.query("CONSTRUCT { ?o ?p ?s } WHERE { ?s ?p ?o FILTER(isIRI(?o)) }")

    assert result.kind == "graph"
    assert list(result.triples()) == [(EX.o, EX.p, EX.s)]


def test_a_graph_result_serializes_as_turtle(any_store: Store) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, Literal("« oui »", lang="fr"))))

    result = any_store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    turtle = result.serialize(find_format("turtle", GRAPH_FORMATS))

    parsed = Graph().parse(data=turtle, format="turtle")
    assert set(parsed) == {(EX.s, EX.p, Literal("« oui »", lang="fr"))}


@pytest.mark.parametrize("sparql", ["SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p }"])
def test_a_malformed_query_raises_query_syntax_error(any_store: Store, sparql: str) -> None:
    with pytest.raises(QuerySyntaxError, match=r"\d+:\d+"):  # the parser's message and position
        any_store.query(sparql)


def test_a_malformed_update_raises_query_syntax_error(any_store: Store) -> None:
    with pytest.raises(QuerySyntaxError):
        any_store.update("INSERT DATA { <http://example.org/s> }")


def test_graphs_lists_exactly_the_named_graphs(any_store: Store) -> None:
    assert any_store.graphs() == []

    any_store.replace_graph(G3, graph_of((EX.s, EX.p, EX.o)))
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, EX.o)))

    assert any_store.graphs() == [G1, G3]


@pytest.mark.parametrize("fmt", DATASET_FORMATS, ids=lambda f: f.name)
def test_dump_round_trips_every_quad_with_its_graph(any_store: Store, fmt: Format) -> None:
    any_store.replace_graph(G1, graph_of(
        (EX.s, EX.p, Literal("« guillemets »\n\"cités\"", lang="fr")),
        (EX.s, EX.q, BNode()),
    ))
    any_store.replace_graph(G2, graph_of((EX.s, EX.p, Literal(42))))
    output = io.BytesIO()

    any_store.dump(output, fmt)

    dataset = parse_dataset(output.getvalue(), fmt)
    quads = {(s, p, o, g) for s, p, o, g in dataset.quads() if not isinstance(o, BNode)}
    assert len(list(dataset.quads())) == 3
    assert quads == {
        (EX.s, EX.p, Literal("« guillemets »\n\"cités\"", lang="fr"), URIRef(G1)),
        (EX.s, EX.p, Literal("42", datatype=XSD.integer), URIRef(G2)),
    }


def test_update_inserts_data_and_deletes_where(any_store: Store) -> None:
    any_store.update(f"""INSERT DATA {{ GRAPH <{G1}> {{
        <{EX.s}> <{EX.p}> "un"@fr, "deux"@fr . <{EX.t}> <{EX.p}> "trois"@fr }} }}""")
    assert objects(any_store) == {Literal("un", lang="fr"), Literal("deux", lang="fr")}

    any_store.update(f"DELETE WHERE {{ GRAPH ?g {{ <{EX.s}> ?p ?o }} }}")

    assert objects(any_store) == set()
    assert objects(any_store, EX.t) == {Literal("trois", lang="fr")}


AWKWARD_LITERALS = [
    Literal('Il a dit « c\'est "faux" »', lang="fr"),
    Literal("première ligne\ndeuxième ligne\r\n\ttabulée", lang="fr"),
    Literal("C:\\chemin\\vers\\n'importe quoi \\u00e9"),
    Literal("Éric Zemmour, ministère de l’Intérieur, 100 € 😀"),
    Literal(""),
    Literal("}} ; DROP ALL ; INSERT DATA {{"),
]


@pytest.mark.parametrize("literal", AWKWARD_LITERALS, ids=range(len(AWKWARD_LITERALS)))
def test_awkward_literals_survive_replace_graph_exactly(any_store: Store, literal: Literal) -> None:
    any_store.replace_graph(G1, graph_of((EX.s, EX.p, literal)))

    (found,) = objects(any_store)

    assert found == literal
    assert str(found) == str(literal)


def test_close_is_idempotent(any_store: Store) -> None:
    any_store.close()
    any_store.close()


# The on-disk store only.

def test_data_survives_close_and_reopen(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path)
    store.replace_graph(G1, graph_of((EX.s, EX.p, Literal("gardé", lang="fr"))))
    store.close()

    reopened = OxigraphStore(tmp_path)
    try:
        assert reopened.graphs() == [G1]
        assert objects(reopened) == {Literal("gardé", lang="fr")}
    finally:
        reopened.close()


def test_a_second_open_of_an_open_directory_is_refused(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path)
    try:
        with pytest.raises(StoreUnavailableError, match=str(tmp_path)):
            OxigraphStore(tmp_path)
    finally:
        store.close()


# The remote store only.

def test_a_remote_store_without_update_url_refuses_updates(remote_store: RemoteStore) -> None:
    read_only = RemoteStore(remote_store.query_url)

    with pytest.raises(StoreError, match="read-only.*NEWSKG_UPDATE_URL"):
        read_only.replace_graph(G1, graph_of((EX.s, EX.p, EX.o)))

    assert read_only.graphs() == []


def test_an_endpoint_answering_an_http_error_raises_store_error(
    oxigraph_server: OxigraphServer,
) -> None:
    url = f"{oxigraph_server.base_url}/no-such-endpoint"

    with pytest.raises(StoreError, match=f"{url} answered HTTP 404"):
        RemoteStore(url).query("ASK {}")


def test_an_unreachable_endpoint_raises_store_unavailable() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"

    with pytest.raises(StoreUnavailableError, match=url):
        RemoteStore(url, timeout=2).query("ASK {}")
