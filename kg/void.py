"""The dataset's VoID + DCAT description (served at ``/.well-known/void``).

The dataset IRI is ``{base}.well-known/void#dataset``; the endpoint and dump URLs are where the
server that answers runs (its own host), since those are what a harvester fetches. The data is
published under CC BY 4.0 (:data:`LICENSE`), the ontology under its own licence (MIT, stated in
``ontology/newskg.ttl``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg.exports import EXPORT_FORMATS, ExportFormat
from kg.namespaces import NKG_IRI, PREFIXES

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCTERMS = PREFIXES["dcterms"]
FOAF = "http://xmlns.com/foaf/0.1/"
IANA = "http://www.iana.org/assignments/media-types/"
W3C_FORMATS = "http://www.w3.org/ns/formats/"

LICENSE = "https://creativecommons.org/licenses/by/4.0/"
"""Licence of the data (articles' facts and evidence): Creative Commons Attribution 4.0."""

TITLE = "newskg: facts from French news articles"
DESCRIPTION = (
    "Actors, statements, advertising campaigns, investigations and indictments extracted from "
    "French news articles, one named graph per article, every fact tied to the verbatim span of "
    "the article that supports it."
)

#: W3C format identifier of each export format.
FORMAT_IRIS: Mapping[str, str] = {
    "nquads": "N-Quads",
    "trig": "TriG",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}

#: Namespaces of the vocabularies the data uses (``void:vocabulary``).
VOCABULARIES = (
    NKG_IRI,
    PREFIXES["rdfs"],
    PREFIXES["skos"],
    PREFIXES["owl"],
    PREFIXES["prov"],
    PREFIXES["schema"],
)

VOID_PREFIXES = {**PREFIXES, "void": VOID, "dcat": DCAT, "foaf": FOAF}


@dataclass(frozen=True)
class DatasetFacts:
    """What the description states that depends on the data and the server."""

    base_iri: str
    site: str
    """Root URL of the answering server, ending in ``/``."""
    quads: int
    graphs: int
    examples: Iterable[str] = ()


def dataset_iri(base_iri: str) -> ox.NamedNode:
    return ox.NamedNode(f"{base_iri}.well-known/void#dataset")


def dump_url(site: str, fmt: ExportFormat) -> str:
    return f"{site}dumps/{fmt.file_name}"


def void_triples(facts: DatasetFacts) -> list[ox.Triple]:
    """The description: one ``void:Dataset`` / ``dcat:Dataset`` and a distribution per dump."""

    def iri(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    a = iri(PREFIXES["rdf"] + "type")
    dataset = dataset_iri(facts.base_iri)
    endpoint = iri(f"{facts.site}sparql")
    triples = [
        ox.Triple(dataset, a, iri(VOID + "Dataset")),
        ox.Triple(dataset, a, iri(DCAT + "Dataset")),
        ox.Triple(dataset, iri(DCTERMS + "title"), ox.Literal(TITLE, language="en")),
        ox.Triple(dataset, iri(DCTERMS + "description"), ox.Literal(DESCRIPTION, language="en")),
        ox.Triple(dataset, iri(DCTERMS + "license"), iri(LICENSE)),
        ox.Triple(dataset, iri(DCTERMS + "language"), iri("http://id.loc.gov/vocabulary/iso639-1/fr")),
        ox.Triple(dataset, iri(FOAF + "homepage"), iri(facts.site)),
        ox.Triple(
            dataset,
            iri(VOID + "triples"),
            ox.Literal(str(facts.quads), datatype=iri(PREFIXES["xsd"] + "integer")),
        ),
        ox.Triple(dataset, iri(VOID + "uriSpace"), ox.Literal(f"{facts.base_iri}id/")),
        ox.Triple(dataset, iri(VOID + "sparqlEndpoint"), endpoint),
        ox.Triple(dataset, iri(VOID + "rootResource"), iri(NKG_IRI.rstrip("#"))),
        ox.Triple(dataset, iri(DCTERMS + "conformsTo"), iri(NKG_IRI.rstrip("#"))),
    ]
    triples += [ox.Triple(dataset, iri(VOID + "vocabulary"), iri(v)) for v in VOCABULARIES]
    triples += [
        ox.Triple(dataset, iri(VOID + "exampleResource"), iri(e)) for e in sorted(set(facts.examples))
    ]
    service = ox.BlankNode()
    triples += [
        ox.Triple(dataset, iri(DCAT + "accessService"), service),
        ox.Triple(service, a, iri(DCAT + "DataService")),
        ox.Triple(service, iri(DCAT + "endpointURL"), endpoint),
        ox.Triple(service, iri(DCTERMS + "conformsTo"), iri("https://www.w3.org/TR/sparql11-protocol/")),
        ox.Triple(service, iri(DCAT + "servesDataset"), dataset),
    ]
    for fmt in EXPORT_FORMATS:
        url = iri(dump_url(facts.site, fmt))
        distribution = ox.BlankNode()
        graphs = "named graphs kept" if fmt.keeps_graphs else "named graphs merged into one graph"
        triples += [
            ox.Triple(dataset, iri(VOID + "dataDump"), url),
            ox.Triple(dataset, iri(DCAT + "distribution"), distribution),
            ox.Triple(distribution, a, iri(DCAT + "Distribution")),
            ox.Triple(
                distribution,
                iri(DCTERMS + "title"),
                ox.Literal(f"The whole dataset as gzipped {FORMAT_IRIS[fmt.name]} ({graphs})", language="en"),
            ),
            ox.Triple(distribution, iri(DCAT + "downloadURL"), url),
            ox.Triple(distribution, iri(DCAT + "accessURL"), url),
            ox.Triple(distribution, iri(DCAT + "mediaType"), iri(IANA + fmt.format.media_type)),
            ox.Triple(distribution, iri(DCAT + "compressFormat"), iri(IANA + "application/gzip")),
            ox.Triple(distribution, iri(DCTERMS + "format"), iri(W3C_FORMATS + FORMAT_IRIS[fmt.name])),
            ox.Triple(distribution, iri(DCTERMS + "license"), iri(LICENSE)),
        ]
    return triples


def serialize_void(facts: DatasetFacts, rdf_format: ox.RdfFormat) -> bytes:
    return ox.serialize(void_triples(facts), format=rdf_format, prefixes=VOID_PREFIXES) or b""
