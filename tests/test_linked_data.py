"""Dereferenceable IRIs: HTML pages and RDF documents for resources, graphs and ontology terms."""

from __future__ import annotations

import urllib.error
import urllib.request
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.formats import GRAPH_FORMATS, Format
from kg.iris import Iris
from kg.namespaces import NKG_IRI
from kg.settings import Settings
from kg.store import OxigraphStore
from kg.vocabulary import ONTOLOGY_IRI
from server import close_app, create_app

BASE = "https://w3id.org/newskg/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
TRUMP = BASE + "id/actor/donald-trump"
FORMATS_BY_NAME = {f.name: f for f in GRAPH_FORMATS}


@pytest.fixture(scope="module")
def client(seeded_app: Flask) -> FlaskClient:
    return seeded_app.test_client()


def select(store: OxigraphStore, sparql: str) -> list[dict[str, str]]:
    rows = store.query(f"PREFIX nkg: <{NKG_IRI}>\n{sparql}").rows()
    return [{k: str(v) for k, v in row.items()} for row in rows]


def one_of(store: OxigraphStore, cls: str) -> str:
    return select(store, f"SELECT ?s WHERE {{ ?s a nkg:{cls} }} ORDER BY ?s LIMIT 1")[0]["s"]


def local(iri: str) -> str:
    assert iri.startswith(BASE)
    return "/" + iri.removeprefix(BASE)


def construct(store: OxigraphStore, sparql: str) -> set[ox.Triple]:
    ntriples = FORMATS_BY_NAME["ntriples"]
    return set(parse(store.query(sparql).serialize(ntriples), ntriples))


def parse(data: bytes, fmt: Format) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(data, format=fmt.oxigraph)]  # type: ignore[arg-type]


class Marks(HTMLParser):
    """Collects the text inside each ``<mark>`` and ``<strong class="said">`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.said: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append("")
            self._open.append("mark")
        elif tag == "strong" and ("class", "said") in attrs:
            self.said.append("")
            self._open.append("said")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("mark", "strong") and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if "mark" in self._open:
            self.marks[-1] += data
        if "said" in self._open:
            self.said[-1] += data


def marks_of(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


def test_an_actor_page_shows_its_facts_labels_and_links(client: FlaskClient) -> None:
    response = client.get("/id/actor/donald-trump", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "Accept" in response.vary
    assert response.headers["Content-Location"] == "/id/actor/donald-trump.html"
    html = response.get_data(as_text=True)
    assert "<h1>Donald Trump</h1>" in html
    assert 'href="/ontology#Person"' in html  # its class, on the ontology page
    assert 'href="http://www.wikidata.org/entity/Q22686"' in html  # owl:sameAs, outside
    assert 'href="/id/statement/' in html  # a statement he made links to him
    assert 'href="/graph/entities"' in html  # which graph states his name
    assert "https://" not in html.split("<style>")[1].split("</style>")[0]  # no external asset


def test_a_browser_gets_html_and_a_linked_data_client_gets_turtle(client: FlaskClient) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert client.get("/id/actor/donald-trump", headers={"Accept": browser}).mimetype == "text/html"
    assert client.get("/id/actor/donald-trump", headers={"Accept": "*/*"}).mimetype == "text/html"
    turtle = client.get("/id/actor/donald-trump", headers={"Accept": "text/turtle;q=1, text/html;q=0.5"})
    assert turtle.mimetype == "text/turtle"
    assert turtle.headers["Content-Location"] == "/id/actor/donald-trump.ttl"


@pytest.mark.parametrize("kind", ["Person", "Statement", "Article", "AdCampaign", "Indictment"])
@pytest.mark.parametrize("fmt", GRAPH_FORMATS, ids=lambda f: f.name)
@pytest.mark.parametrize("by", ["accept", "extension"])
def test_every_resource_dereferences_to_each_rdf_format(
    client: FlaskClient, seeded_store: OxigraphStore, kind: str, fmt: Format, by: str
) -> None:
    iri = one_of(seeded_store, kind)
    if by == "accept":
        response = client.get(local(iri), headers={"Accept": fmt.media_type})
    else:
        response = client.get(f"{local(iri)}.{fmt.extension}")
    assert response.status_code == 200
    assert response.mimetype == fmt.media_type
    triples = parse(response.data, fmt)
    subject = ox.NamedNode(iri)
    assert ox.Triple(subject, RDF_TYPE, ox.NamedNode(NKG_IRI + kind)) in triples
    expected = construct(seeded_store, f"CONSTRUCT WHERE {{ <{iri}> ?p ?o }}")
    assert expected <= set(triples)  # every triple about it is in its document


def test_a_statement_page_highlights_its_evidence_in_the_article_body(
    client: FlaskClient, seeded_store: OxigraphStore
) -> None:
    rows = select(
        seeded_store,
        """SELECT ?s ?text ?exact ?start ?end ?body WHERE {
        ?s a nkg:Statement ; nkg:text ?text ; nkg:evidence ?e .
        ?e nkg:exact ?exact ; nkg:start ?start ; nkg:end ?end ; nkg:article [ nkg:body ?body ] }""",
    )
    assert len(rows) >= 5
    for row in rows:
        page = marks_of(client.get(local(row["s"]) + ".html").get_data(as_text=True))
        assert page.marks == [row["exact"]]
        assert row["exact"] == row["body"][int(row["start"]) : int(row["end"])]  # code points
        if row["text"] in row["exact"]:
            assert page.said == [row["text"]]


@pytest.mark.parametrize("kind", ["AdCampaign", "Investigation", "Indictment"])
def test_an_event_page_highlights_its_evidence(
    client: FlaskClient, seeded_store: OxigraphStore, kind: str
) -> None:
    iri = one_of(seeded_store, kind)
    exact = {
        r["exact"]
        for r in select(seeded_store, f"SELECT ?exact WHERE {{ <{iri}> nkg:evidence/nkg:exact ?exact }}")
    }
    page = marks_of(client.get(local(iri), headers={"Accept": "text/html"}).get_data(as_text=True))
    assert set(page.marks) == exact and exact


def test_an_article_page_shows_its_text_and_the_facts_reported_in_it(
    client: FlaskClient, seeded_store: OxigraphStore
) -> None:
    article = one_of(seeded_store, "Article")
    title = select(seeded_store, f"SELECT ?t WHERE {{ <{article}> nkg:title ?t }}")[0]["t"]
    html = client.get(local(article) + ".html").get_data(as_text=True)
    assert '<h2 id="text">Text</h2>' in html
    assert title.replace("'", "&#39;") in html
    assert 'href="/id/statement/' in html  # statements reported in it


def test_a_graph_dereferences_to_its_content(client: FlaskClient, seeded_store: OxigraphStore) -> None:
    turtle = client.get("/graph/entities.ttl")
    assert turtle.status_code == 200
    triples = set(parse(turtle.data, FORMATS_BY_NAME["turtle"]))
    expected = construct(
        seeded_store, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{BASE}graph/entities> {{ ?s ?p ?o }} }}"
    )
    assert triples == expected
    assert "Content of this graph" in client.get("/graph/entities.html").get_data(as_text=True)


def test_an_iri_with_no_triples_is_404(client: FlaskClient) -> None:
    for path in (
        "/id/actor/nobody-at-all",
        "/id/actor/nobody-at-all.ttl",
        "/graph/article/0000",
        "/ontology/Nope",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.mimetype == "text/plain"


def test_an_unacceptable_accept_is_406(client: FlaskClient) -> None:
    response = client.get("/id/actor/donald-trump", headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 406


def test_the_full_path_under_the_base_answers_too(client: FlaskClient) -> None:
    # w3id drops /newskg/ when it redirects; a domain of one's own keeps it: both work.
    assert client.get("/newskg/id/actor/donald-trump.ttl").status_code == 200
    html = client.get("/newskg/id/actor/donald-trump.html").get_data(as_text=True)
    assert 'href="/newskg/id/statement/' in html  # links stay under the mount the page came from


def test_the_ontology_document_and_its_terms_dereference(
    client: FlaskClient, seeded_settings: Settings
) -> None:
    source = (seeded_settings.ontology_dir / "newskg.ttl").read_bytes()
    assert client.get("/ontology.ttl").data == source
    html = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    terms = {
        q.subject.value
        for q in ox.parse(source, format=ox.RdfFormat.TURTLE)
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(NKG_IRI)
    }
    assert len(terms) > 30
    for iri in terms:  # a hash IRI lands on its anchor
        assert f'id="{iri.removeprefix(NKG_IRI)}"' in html
    for fmt in GRAPH_FORMATS:
        triples = parse(client.get(f"/ontology/Statement.{fmt.extension}").data, fmt)
        statement = ox.NamedNode(NKG_IRI + "Statement")
        assert any(t.subject == statement and t.predicate == RDFS_LABEL for t in triples), fmt.name
        whole = parse(client.get(f"/ontology.{fmt.extension}").data, fmt)
        assert (
            ox.Triple(
                ox.NamedNode(ONTOLOGY_IRI), RDF_TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")
            )
            in whole
        )
    page = client.get("/ontology/Statement", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h1>nkg:Statement</h1>" in page


def test_pages_escape_what_the_data_says(settings: Settings, store: OxigraphStore) -> None:
    evil = "<script>alert('x')</script> & \"quotes\""
    iri = Iris(settings.base_iri).resource("actor", "evil")
    store.update(f"""INSERT DATA {{ GRAPH <{settings.base_iri}graph/test> {{
        <{iri}> <{RDFS_LABEL.value}> {ox.Literal(evil)} ;
                <{NKG_IRI}text> {ox.Literal(evil, language="fr")} }} }}""")
    app = create_app(settings, store)
    try:
        html = app.test_client().get("/id/actor/evil.html").get_data(as_text=True)
    finally:
        close_app(app)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;quotes&#34;" in html


def test_with_another_base_iri_the_paths_follow(settings: Settings, store: OxigraphStore) -> None:
    base = "http://news.example.org/kg/"
    iris = Iris(base)
    actor, statement = iris.resource("actor", "ana-pérez"), iris.resource("statement", "s1")
    store.update(f"""INSERT DATA {{ GRAPH <{base}graph/test> {{
        <{actor}> <{RDFS_LABEL.value}> "Ana Pérez"@fr .
        <{statement}> <{NKG_IRI}speaker> <{actor}> }} }}""")
    app = create_app(settings.replace(base_iri=base), store)
    try:
        client = app.test_client()
        for mount in ("", "/kg"):
            response = client.get(f"{mount}/id/actor/ana-p%C3%A9rez", headers={"Accept": "text/html"})
            assert response.status_code == 200, mount
            html = response.get_data(as_text=True)
            assert f'href="{mount}/id/statement/s1"' in html
            triples = parse(client.get(f"{mount}/id/statement/s1.nt").data, FORMATS_BY_NAME["ntriples"])
            assert (
                ox.Triple(ox.NamedNode(statement), ox.NamedNode(NKG_IRI + "speaker"), ox.NamedNode(actor))
                in triples
            )
        assert client.get("/id/actor/donald-trump").status_code == 404  # not under this base
        assert client.get("/newskg/id/actor/ana-p%C3%A9rez").status_code == 404
    finally:
        close_app(app)


def test_over_http_each_variant_is_announced_and_served(seeded_server: str) -> None:
    request = urllib.request.Request(
        seeded_server + "/id/actor/donald-trump", headers={"Accept": "application/ld+json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers.get_content_type() == "application/ld+json"
        assert "Accept" in response.headers["Vary"]
        links = response.headers["Link"]
        body = response.read()
    assert TRUMP in body.decode("utf-8")
    for fmt in GRAPH_FORMATS:
        href = f"/id/actor/donald-trump.{fmt.extension}"
        assert f'<{href}>; rel="alternate"; type="{fmt.media_type}"' in links
        with urllib.request.urlopen(seeded_server + href, timeout=30) as variant:
            assert variant.headers.get_content_type() == fmt.media_type
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(seeded_server + "/id/actor/nobody-at-all", timeout=30)
    assert missing.value.code == 404
    missing.value.close()
