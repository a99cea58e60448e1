"""SHACL shapes of the contract: what they refuse, what they only report, and that every bundled
and test article the extractor reads conforms."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.articles import read_article
from kg.cli import main
from kg.errors import InvalidArticleError
from kg.extract.currency_countries import BY_COUNTRY
from kg.extract.lexicon import CURRENCY_SIGNS, CURRENCY_WORDS
from kg.extract.pipeline import extract
from kg.iris import Iris
from kg.loader import article_files, default_steps, load_paths, new_run
from kg.reasoning import read_ontology
from kg.settings import Settings, load_settings
from kg.store import OxigraphStore
from kg.triples import ArticleTriples, article_graph
from kg.validate import ValidationReport, load_shapes, validate_graph
from tests.conftest import DATA, REPO

ONTOLOGY_DIR = REPO / "ontology"
BODY = "Titre\n\nMaria Zakharova a dénoncé une « provocation ». RT a payé 1 000 euros à Facebook."
VALID = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/newskg/id/> .

id:article a nkg:Article ; nkg:title "Titre"@fr ; nkg:body "BODY"@fr ; nkg:source "depeche.txt" ;
    nkg:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" .
id:zakharova a nkg:Person ; rdfs:label "Maria Zakharova"@fr .
id:rt a nkg:MediaOutlet ; rdfs:label "RT"@fr .
id:facebook a nkg:Company ; rdfs:label "Facebook"@fr .
id:statement a nkg:Statement ; nkg:speaker id:zakharova ; nkg:text "provocation"@fr ;
    nkg:reportedIn id:article ; nkg:evidence id:ev1 ;
    nkg:date "2018-02"^^xsd:gYearMonth ;
    nkg:earliest "2018-02-01"^^xsd:date ; nkg:latest "2018-02-28"^^xsd:date .
id:ev1 a nkg:Evidence ; nkg:article id:article ; nkg:start 7 ; nkg:end 53 ;
    nkg:exact "Maria Zakharova a dénoncé une « provocation »."@fr .
id:campaign a nkg:AdCampaign ; nkg:sponsor id:rt ; nkg:platform id:facebook ; nkg:status nkg:Realised ;
    nkg:reportedIn id:article ; nkg:evidence id:ev2 ; nkg:spend id:spend .
id:ev2 a nkg:Evidence ; nkg:article id:article ; nkg:start 54 ; nkg:end 86 ;
    nkg:exact "RT a payé 1 000 euros à Facebook"@fr .
id:spend a nkg:MonetaryAmount ; nkg:value "1000"^^xsd:decimal ; nkg:currency "EUR" .
""".replace("BODY", BODY.replace("\n", "\\n"))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(ONTOLOGY_DIR)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return read_ontology(ONTOLOGY_DIR)


def check(turtle: str, shapes: Graph, ontology: Graph) -> ValidationReport:
    return validate_graph(Graph().parse(data=turtle, format="turtle"), shapes, ontology)


def test_the_fixture_spans_index_the_body() -> None:
    assert BODY[7:53] == "Maria Zakharova a dénoncé une « provocation »."
    assert BODY[54:86] == "RT a payé 1 000 euros à Facebook"


def test_a_graph_that_keeps_the_contract_conforms(shapes: Graph, ontology: Graph) -> None:
    report = check(VALID, shapes, ontology)
    assert report.conforms and report.findings == (), report.describe()


BROKEN = [
    ("statement without a speaker", ("nkg:speaker id:zakharova ;", ""), "nkg:speaker"),
    ("speaker that is not an actor", ("nkg:speaker id:zakharova ;", "nkg:speaker id:article ;"),
     "nkg:speaker"),
    ("statement without text", ('nkg:text "provocation"@fr ;', ""), "nkg:text"),
    ("statement without evidence", ("nkg:reportedIn id:article ; nkg:evidence id:ev1 ;",
                                    "nkg:reportedIn id:article ;"), "nkg:evidence"),
    ("offsets past the body", ("nkg:start 54 ; nkg:end 86 ;", "nkg:start 54 ; nkg:end 900 ;"), "evidence"),
    ("exact text that the offsets do not select",
     ("nkg:start 7 ; nkg:end 53 ;", "nkg:start 8 ; nkg:end 54 ;"), "does not match the article body"),
    ("start after end", ("nkg:start 54 ; nkg:end 86 ;", "nkg:start 87 ; nkg:end 86 ;"), "nkg:start"),
    ("campaign without a sponsor", ("nkg:sponsor id:rt ;", ""), "nkg:sponsor"),
    ("campaign status outside the two", ("nkg:status nkg:Realised", "nkg:status nkg:Proposal"), "nkg:status"),
    ("currency that is not ISO 4217", ('nkg:currency "EUR"', 'nkg:currency "euros"'), "nkg:currency"),
    ("amount without a currency", ('; nkg:currency "EUR"', ""), "nkg:currency"),
    ("earliest after latest", ('nkg:earliest "2018-02-01"^^xsd:date', 'nkg:earliest "2018-03-01"^^xsd:date'),
     "nkg:earliest"),
    ("a date without its bounds", ('nkg:earliest "2018-02-01"^^xsd:date ; nkg:latest "2018-02-28"^^xsd:date',
                                   'nkg:latest "2018-02-28"^^xsd:date'), "nkg:earliest"),
    ("a bound that is not an xsd:date",
     ('nkg:latest "2018-02-28"^^xsd:date', 'nkg:latest "2018-02"^^xsd:gYearMonth'), "nkg:latest"),
]


@pytest.mark.parametrize(("case", "change", "named"), BROKEN, ids=[case for case, _, _ in BROKEN])
def test_a_broken_promise_is_a_violation_naming_what_is_wrong(
    shapes: Graph, ontology: Graph, case: str, change: tuple[str, str], named: str
) -> None:
    old, new = change
    assert old in VALID
    report = check(VALID.replace(old, new, 1), shapes, ontology)
    assert not report.conforms
    assert named in report.describe(), report.describe()


def test_an_undated_statement_is_information_not_a_violation(shapes: Graph, ontology: Graph) -> None:
    undated = VALID.replace('nkg:date "2018-02"^^xsd:gYearMonth ;', "").replace(
        'nkg:earliest "2018-02-01"^^xsd:date ; nkg:latest "2018-02-28"^^xsd:date', "")
    report = check(undated, shapes, ontology)
    assert report.conforms
    assert [f.severity for f in report.findings] == ["info"]
    assert "undated statement" in report.findings[0].message


def test_a_campaign_without_a_platform_is_a_warning(shapes: Graph, ontology: Graph) -> None:
    report = check(VALID.replace("nkg:platform id:facebook ;", ""), shapes, ontology)
    assert report.conforms
    assert [f.severity for f in report.findings] == ["warning"]


def test_every_currency_the_extractor_writes_is_accepted(shapes: Graph, ontology: Graph) -> None:
    by_country = {code for table in BY_COUNTRY.values() for code in table.values()}
    codes = {*CURRENCY_WORDS.values(), *CURRENCY_SIGNS.values(), *by_country} - set(BY_COUNTRY)
    for code in sorted(codes):
        report = check(VALID.replace('nkg:currency "EUR"', f'nkg:currency "{code}"'), shapes, ontology)
        assert report.conforms, (code, report.describe())


def test_the_gate_refuses_an_invalid_article_naming_the_file(
    store: OxigraphStore, settings: Settings
) -> None:
    from kg.checks import ArticleGate

    broken = Graph().parse(data=VALID.replace("nkg:start 7 ; nkg:end 53 ;", "nkg:start 8 ; nkg:end 54 ;"))
    gate = ArticleGate(store, settings.ontology_dir, settings.base_iri)
    with pytest.raises(InvalidArticleError) as raised:
        gate.admit("depeche.txt", "https://w3id.org/newskg/graph/article/x",
                   ArticleTriples(broken, Graph()), [])
    assert raised.value.source == "depeche.txt"
    assert "violates the SHACL shapes" in str(raised.value) and "ev1" in str(raised.value)


# --- the real articles: the bundled ones and every test corpus conform ---------------------------

CORPORA = [REPO / "articles", DATA / "corpus", DATA / "html"]


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Path, Graph]]:
    settings = load_settings(environ={})
    steps = default_steps(settings)
    iris, run = Iris(settings.base_iri), new_run()
    graphs = []
    for path in article_files(CORPORA):
        triples = article_graph(extract(read_article(path), steps), run, iris)
        graphs.append((path, triples.graph + triples.entities))
    return graphs


@pytest.mark.slow
def test_every_bundled_and_test_article_conforms(
    extracted: list[tuple[Path, Graph]], shapes: Graph, ontology: Graph
) -> None:
    assert len(extracted) >= 22
    failures = {path.name: report.describe(details=("violation",))
                for path, graph in extracted
                if not (report := validate_graph(graph, shapes, ontology)).conforms}
    assert failures == {}


# --- the command ----------------------------------------------------------------------------------

def test_newskg_validate_exits_0_on_a_conforming_store_and_1_on_a_violation(
    store: OxigraphStore, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert load_paths(store, [REPO / "articles" / "002_fe6f7cb38c664030.txt"], settings).ok
    store.close()
    assert main(["validate", "--store", str(settings.store)]) == 0
    assert "1 article graph(s), 0 violation(s)" in capsys.readouterr().out
    reopened = OxigraphStore(settings.store)
    (graph,) = [g for g in reopened.graphs() if "/graph/article/" in g]
    reopened.update(f"""INSERT {{ GRAPH <{graph}> {{ ?e <https://w3id.org/newskg/ontology#end> 999999 }} }}
                        WHERE {{ GRAPH <{graph}> {{ ?e a <https://w3id.org/newskg/ontology#Evidence> }} }}""")
    reopened.close()
    assert main(["validate", "--store", str(settings.store)]) == 1
    out = capsys.readouterr().out
    assert "violation: " in out and "nkg:end" in out
