"""The ontology (ontology/newskg.ttl) keeps its public contract, and its README queries run.

The term list of ``kg.namespaces.NKG`` is the contract: the ontology must define exactly those terms,
each labelled and defined in French and English, with the class hierarchy and property axioms that
queries and the documentation rely on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VANN, XSD

from kg.namespaces import NKG, NKG_IRI, PREFIXES, SCHEMA, SEM

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
TTL = ONTOLOGY_DIR / "newskg.ttl"
README = ONTOLOGY_DIR / "README.md"
ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
ONTOLOGY = URIRef(ONTOLOGY_IRI)

TERM_NAMES = sorted(NKG.__annotations__)
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """The parsed ontology; read only, never modified by a test."""
    return Graph().parse(TTL, format="turtle", publicID=ONTOLOGY_IRI)


@pytest.fixture
def oxigraph_store() -> pyoxigraph.Store:
    """A fresh in-memory Oxigraph store holding the ontology in its default graph."""
    store = pyoxigraph.Store()
    store.load(path=TTL, format=pyoxigraph.RdfFormat.TURTLE, base_iri=ONTOLOGY_IRI)
    return store


def _curie(term: object) -> str:
    """A readable test id: ``nkg:Person``, ``prov:Agent``."""
    text = str(term)
    for prefix, iri in PREFIXES.items():
        if text.startswith(iri):
            return f"{prefix}:{text[len(iri):]}"
    return text


def _term(name: str) -> URIRef:
    return URIRef(NKG_IRI + name)


def _langs(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


def _disjoint(graph: Graph, a: URIRef, b: URIRef) -> bool:
    if (a, OWL.disjointWith, b) in graph or (b, OWL.disjointWith, a) in graph:
        return True
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members = set(Collection(graph, graph.value(axiom, OWL.members)))
        if {a, b} <= members:
            return True
    return False


# --- parsing and header ---------------------------------------------------------------------


def test_ontology_parses_with_rdflib_and_has_its_header(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("nkg")
    assert _langs(ontology, ONTOLOGY, DCTERMS.title) >= {"fr", "en"}
    assert _langs(ontology, ONTOLOGY, DCTERMS.description) >= {"fr", "en"}
    assert ontology.value(ONTOLOGY, DCTERMS.license) is not None


def test_ontology_loads_into_pyoxigraph(oxigraph_store: pyoxigraph.Store) -> None:
    assert len(oxigraph_store) > 0
    assert oxigraph_store.query(f"ASK {{ <{ONTOLOGY_IRI}> a <{OWL.Ontology}> }}")


def test_ontology_parses_with_pyoxigraph_parse() -> None:
    triples = list(pyoxigraph.parse(path=TTL, format=pyoxigraph.RdfFormat.TURTLE,
                                    base_iri=ONTOLOGY_IRI))
    assert triples


# --- the term list of kg.namespaces.NKG is the contract -------------------------------------


@pytest.mark.parametrize("name", TERM_NAMES)
def test_every_namespace_term_is_declared_in_the_ontology(ontology: Graph, name: str) -> None:
    types = set(ontology.objects(_term(name), RDF.type))
    assert types & DECLARATION_TYPES, f"nkg:{name} is not declared (types: {types})"


def test_the_ontology_declares_no_term_missing_from_the_namespace(ontology: Graph) -> None:
    used = {
        node
        for triple in ontology
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(NKG_IRI)
    }
    assert used == {_term(name) for name in TERM_NAMES}


def test_namespace_rejects_a_term_the_ontology_does_not_define() -> None:
    with pytest.raises(AttributeError):
        _ = NKG.Organization  # British spelling is the contract: nkg:Organisation


@pytest.mark.parametrize("name", TERM_NAMES)
def test_every_term_is_labelled_and_defined_in_french_and_english(
    ontology: Graph, name: str
) -> None:
    term = _term(name)
    assert _langs(ontology, term, RDFS.label) >= {"fr", "en"}
    definitions = _langs(ontology, term, SKOS.definition) | _langs(ontology, term, RDFS.comment)
    assert definitions >= {"fr", "en"}


@pytest.mark.parametrize("name", TERM_NAMES)
def test_every_term_is_defined_by_the_ontology(ontology: Graph, name: str) -> None:
    assert (_term(name), RDFS.isDefinedBy, ONTOLOGY) in ontology


# --- classes ----------------------------------------------------------------------------------

SUBCLASSES = [
    (NKG.Person, NKG.Actor),
    (NKG.Organisation, NKG.Actor),
    (NKG.MediaOutlet, NKG.Organisation),
    (NKG.GovernmentBody, NKG.Organisation),
    (NKG.Company, NKG.Organisation),
    (NKG.MediaOutlet, NKG.Actor),
    (NKG.Actor, PROV.Agent),
    (NKG.Actor, SEM.Actor),
    (NKG.Person, PROV.Agent),
    (NKG.Person, SCHEMA.Person),
    (NKG.Person, PROV.Person),
    (NKG.Organisation, SCHEMA.Organization),
    (NKG.Organisation, PROV.Organization),
    (NKG.MediaOutlet, SCHEMA.NewsMediaOrganization),
    (NKG.GovernmentBody, SCHEMA.GovernmentOrganization),
    (NKG.Company, SCHEMA.Corporation),
    (NKG.Company, PROV.Agent),
    (NKG.Article, SCHEMA.NewsArticle),
    (NKG.Article, PROV.Entity),
    (NKG.Statement, SCHEMA.Quotation),
    (NKG.Statement, PROV.Entity),
    (NKG.AdCampaign, SEM.Event),
    (NKG.AdCampaign, SCHEMA.Event),
    (NKG.Investigation, SEM.Event),
    (NKG.Indictment, SEM.Event),
    (NKG.Evidence, PROV.Entity),
    (NKG.MonetaryAmount, SCHEMA.MonetaryAmount),
    (NKG.LoadRun, PROV.Activity),
]

NOT_SUBCLASSES = [
    (NKG.Person, NKG.Organisation),
    (NKG.Organisation, NKG.Person),
    (NKG.Article, NKG.Actor),
    (NKG.Actor, NKG.Person),
    (NKG.Indictment, NKG.Investigation),
]


def _is_subclass(store: pyoxigraph.Store, sub: URIRef, sup: URIRef) -> bool:
    return bool(store.query(f"ASK {{ <{sub}> <{RDFS.subClassOf}>* <{sup}> }}"))


@pytest.mark.parametrize(("sub", "sup"), SUBCLASSES, ids=_curie)
def test_class_hierarchy_holds(oxigraph_store: pyoxigraph.Store, sub: URIRef, sup: URIRef) -> None:
    assert _is_subclass(oxigraph_store, sub, sup)


@pytest.mark.parametrize(("sub", "sup"), NOT_SUBCLASSES, ids=_curie)
def test_unrelated_classes_are_not_subclasses(
    oxigraph_store: pyoxigraph.Store, sub: URIRef, sup: URIRef
) -> None:
    assert not _is_subclass(oxigraph_store, sub, sup)


@pytest.mark.parametrize(
    ("a", "b"),
    [(NKG.Person, NKG.Organisation), (NKG.Statement, NKG.Actor), (NKG.Article, NKG.Actor),
     (NKG.Indictment, NKG.Investigation)],
    ids=_curie,
)
def test_classes_that_cannot_share_members_are_disjoint(
    ontology: Graph, a: URIRef, b: URIRef
) -> None:
    assert _disjoint(ontology, a, b)


def test_campaign_status_has_exactly_realised_and_proposed(ontology: Graph) -> None:
    for individual in (NKG.Realised, NKG.Proposed):
        assert (individual, RDF.type, NKG.CampaignStatus) in ontology
        assert (individual, RDF.type, OWL.NamedIndividual) in ontology
    enumerations = [
        set(Collection(ontology, ontology.value(cls, OWL.oneOf)))
        for cls in ontology.objects(NKG.CampaignStatus, OWL.equivalentClass)
    ]
    assert {NKG.Realised, NKG.Proposed} in enumerations


# --- properties ---------------------------------------------------------------------------------

DATATYPE_RANGES = [
    (NKG.value, XSD.decimal),
    (NKG.itemCount, XSD.integer),
    (NKG.defendantCount, XSD.integer),
    (NKG.earliest, XSD.date),
    (NKG.latest, XSD.date),
    (NKG.start, XSD.integer),
    (NKG.end, XSD.integer),
    (NKG.currency, XSD.string),
    (NKG.contentHash, XSD.string),
    (NKG.source, XSD.string),
]

# text as the articles write it carries their language tag ("..."@fr): rdf:langString
LANGUAGE_TAGGED = [NKG.title, NKG.body, NKG.speakerRole, NKG.text, NKG.exact]

OBJECT_RANGES = [
    (NKG.speaker, NKG.Actor),
    (NKG.sponsor, NKG.Actor),
    (NKG.platform, NKG.Organisation),
    (NKG.spend, NKG.MonetaryAmount),
    (NKG.status, NKG.CampaignStatus),
    (NKG.investigator, NKG.Actor),
    (NKG.defendant, NKG.Actor),
    (NKG.reportedIn, NKG.Article),
    (NKG.mentionedIn, NKG.Article),
    (NKG.evidence, NKG.Evidence),
    (NKG.article, NKG.Article),
    (NKG.said, NKG.Statement),
    (NKG.sponsored, NKG.AdCampaign),
    (NKG.leads, NKG.Investigation),
    (NKG.chargedIn, NKG.Indictment),
]


@pytest.mark.parametrize(("prop", "datatype"), DATATYPE_RANGES, ids=_curie)
def test_datatype_property_has_its_xsd_range(
    ontology: Graph, prop: URIRef, datatype: URIRef
) -> None:
    assert (prop, RDF.type, OWL.DatatypeProperty) in ontology
    assert set(ontology.objects(prop, RDFS.range)) == {datatype}


@pytest.mark.parametrize("prop", LANGUAGE_TAGGED, ids=_curie)
def test_language_tagged_text_ranges_over_lang_strings(ontology: Graph, prop: URIRef) -> None:
    assert set(ontology.objects(prop, RDFS.range)) == {RDF.langString}


@pytest.mark.parametrize(("prop", "cls"), OBJECT_RANGES, ids=_curie)
def test_object_property_has_its_class_range(ontology: Graph, prop: URIRef, cls: URIRef) -> None:
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert set(ontology.objects(prop, RDFS.range)) == {cls}


def test_date_ranges_over_day_month_and_year_precision(ontology: Graph) -> None:
    (datatype,) = ontology.objects(NKG.date, RDFS.range)
    assert (datatype, RDF.type, RDFS.Datatype) in ontology
    members = list(Collection(ontology, ontology.value(datatype, OWL.unionOf)))
    assert set(members) == {XSD.date, XSD.gYearMonth, XSD.gYear}


@pytest.mark.parametrize("prop", [NKG.date, NKG.earliest, NKG.latest], ids=_curie)
def test_date_properties_apply_to_any_dated_resource(ontology: Graph, prop: URIRef) -> None:
    assert ontology.value(prop, RDFS.domain) is None


def test_reported_in_applies_to_statements_and_events(ontology: Graph) -> None:
    (domain,) = ontology.objects(NKG.reportedIn, RDFS.domain)
    members = set(Collection(ontology, ontology.value(domain, OWL.unionOf)))
    assert members == {NKG.Statement, NKG.AdCampaign, NKG.Investigation, NKG.Indictment}


@pytest.mark.parametrize("prop", [NKG.partOf, NKG.before], ids=_curie)
def test_order_and_part_properties_are_transitive(ontology: Graph, prop: URIRef) -> None:
    assert (prop, RDF.type, OWL.TransitiveProperty) in ontology


def test_before_and_after_are_inverse(ontology: Graph) -> None:
    assert (NKG.before, OWL.inverseOf, NKG.after) in ontology
    assert (NKG.after, OWL.inverseOf, NKG.before) in ontology


@pytest.mark.parametrize(
    ("prop", "inverse"),
    [(NKG.said, NKG.speaker), (NKG.sponsored, NKG.sponsor), (NKG.leads, NKG.investigator),
     (NKG.chargedIn, NKG.defendant), (NKG.hasPart, NKG.partOf), (NKG.mentionedIn, SCHEMA.mentions)],
    ids=_curie,
)
def test_journalists_can_look_from_the_other_side(ontology: Graph, prop: URIRef, inverse: URIRef) -> None:
    assert (prop, OWL.inverseOf, inverse) in ontology


def test_has_part_is_transitive_like_part_of(ontology: Graph) -> None:
    assert (NKG.hasPart, RDF.type, OWL.TransitiveProperty) in ontology


def test_a_defendant_is_a_subject_of_the_investigation_of_its_indictment(ontology: Graph) -> None:
    (chain,) = ontology.objects(NKG.subjectOf, OWL.propertyChainAxiom)
    assert list(Collection(ontology, chain)) == [NKG.chargedIn, NKG.partOf]


@pytest.mark.parametrize(
    ("a", "b"),
    [(NKG.Actor, NKG.AdCampaign), (NKG.Actor, NKG.Investigation), (NKG.Actor, NKG.Indictment),
     (NKG.Evidence, NKG.Indictment), (NKG.Article, NKG.Statement), (NKG.MonetaryAmount, NKG.Actor)],
    ids=_curie,
)
def test_events_are_not_actors_articles_or_evidence(ontology: Graph, a: URIRef, b: URIRef) -> None:
    assert _disjoint(ontology, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [(NKG.MediaOutlet, NKG.Company), (NKG.GovernmentBody, NKG.MediaOutlet),
     (NKG.GovernmentBody, NKG.Company)],
    ids=_curie,
)
def test_kinds_of_organisation_may_overlap(ontology: Graph, a: URIRef, b: URIRef) -> None:
    assert not _disjoint(ontology, a, b)


@pytest.mark.parametrize(
    ("sub", "sup"),
    [(NKG.speaker, PROV.wasAttributedTo), (NKG.reportedIn, PROV.wasDerivedFrom),
     (NKG.partOf, SEM.subEventOf)],
    ids=_curie,
)
def test_properties_are_aligned(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in ontology


# --- README ------------------------------------------------------------------------------------

_BLOCK = re.compile(r"^```sparql\n(.*?)^```", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^#+ (.+)$", re.MULTILINE)


def _readme_queries() -> list[tuple[str, str]]:
    """(heading above the block, query) for each ```sparql block of the README."""
    text = README.read_text(encoding="utf-8")
    queries = []
    for match in _BLOCK.finditer(text):
        headings = _HEADING.findall(text, 0, match.start())
        queries.append((headings[-1] if headings else "", match.group(1)))
    return queries


README_QUERIES = _readme_queries()
EXAMPLE_CLASSES = [
    "Actor", "Person", "Organisation", "MediaOutlet", "GovernmentBody", "Company", "Article",
    "Statement", "AdCampaign", "Investigation", "Indictment", "Evidence", "MonetaryAmount",
]


@pytest.mark.parametrize(
    "query", [q for _, q in README_QUERIES], ids=[h.split(":")[0] for h, _ in README_QUERIES]
)
def test_readme_query_runs_against_the_ontology(
    oxigraph_store: pyoxigraph.Store, query: str
) -> None:
    list(oxigraph_store.query(query, use_default_graph_as_union=True))


@pytest.mark.parametrize("name", EXAMPLE_CLASSES)
def test_readme_has_an_example_query_for_each_class(name: str) -> None:
    assert any(heading.startswith(f"{name}:") and f"a nkg:{name}" in query
               for heading, query in README_QUERIES)


@pytest.mark.parametrize("name", TERM_NAMES)
def test_readme_documents_every_term(name: str) -> None:
    assert f"`nkg:{name}`" in README.read_text(encoding="utf-8")


_CANONICAL_DATA = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .

ex:zakharova a nkg:Person ; rdfs:label "Maria Zakharova"@fr .
ex:ira a nkg:Organisation ; rdfs:label "Internet Research Agency"@fr .
ex:early a nkg:Statement ; nkg:speaker ex:zakharova ; nkg:text "early" ;
    nkg:date "2017-10"^^xsd:gYearMonth ;
    nkg:earliest "2017-10-01"^^xsd:date ; nkg:latest "2017-10-31"^^xsd:date .
ex:overlapping a nkg:Statement ; nkg:speaker ex:zakharova ; nkg:text "overlapping" ;
    nkg:date "2018-02"^^xsd:gYearMonth ;
    nkg:earliest "2018-02-01"^^xsd:date ; nkg:latest "2018-02-28"^^xsd:date .
ex:undated a nkg:Statement ; nkg:speaker ex:zakharova ; nkg:text "undated" ;
    nkg:before ex:indictment .
ex:later a nkg:Statement ; nkg:speaker ex:zakharova ; nkg:text "later" ;
    nkg:earliest "2018-03-01"^^xsd:date ; nkg:latest "2018-03-01"^^xsd:date .
ex:indictment a nkg:Indictment ; nkg:defendant ex:ira ;
    nkg:date "2018-02-16"^^xsd:date ;
    nkg:earliest "2018-02-16"^^xsd:date ; nkg:latest "2018-02-16"^^xsd:date .
"""


def test_canonical_query_finds_statements_certainly_before_an_indictment(
    oxigraph_store: pyoxigraph.Store,
) -> None:
    oxigraph_store.load(_CANONICAL_DATA, format=pyoxigraph.RdfFormat.TURTLE,
                        to_graph=pyoxigraph.NamedNode("https://example.org/graph/article"))
    (query,) = [q for heading, q in README_QUERIES if heading.startswith("The canonical question")]
    rows = list(oxigraph_store.query(query, use_default_graph_as_union=True))
    found = {(row["defendantName"].value, row["text"].value) for row in rows}
    # "overlapping" may be after the indictment (bounds overlap) and "later" is after it
    assert found == {("Internet Research Agency", "early"), ("Internet Research Agency", "undated")}
