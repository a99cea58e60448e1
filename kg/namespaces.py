"""RDF namespaces used across newskg.

``NKG`` is a closed namespace: referencing a term that the ontology does not define is an
``AttributeError`` at import time, so a typo never mints a new public term.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

NKG_IRI = "https://w3id.org/newskg/ontology#"


class NKG(DefinedNamespace):
    """The newskg ontology (``ontology/newskg.ttl``); keep in step with that file."""

    _NS = Namespace(NKG_IRI)
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    MediaOutlet: URIRef
    GovernmentBody: URIRef
    Company: URIRef
    Article: URIRef
    Statement: URIRef
    AdCampaign: URIRef
    Investigation: URIRef
    Indictment: URIRef
    Evidence: URIRef
    MonetaryAmount: URIRef
    CampaignStatus: URIRef
    Realised: URIRef
    Proposed: URIRef
    LoadRun: URIRef
    # properties
    date: URIRef
    earliest: URIRef
    latest: URIRef
    title: URIRef
    body: URIRef
    source: URIRef
    language: URIRef
    contentHash: URIRef
    speaker: URIRef
    speakerRole: URIRef
    text: URIRef
    about: URIRef
    sponsor: URIRef
    platform: URIRef
    spend: URIRef
    value: URIRef
    currency: URIRef
    itemCount: URIRef
    status: URIRef
    targetMarket: URIRef
    investigator: URIRef
    defendant: URIRef
    defendantCount: URIRef
    partOf: URIRef
    reportedIn: URIRef
    mentionedIn: URIRef
    evidence: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef
    article: URIRef
    before: URIRef
    after: URIRef
    # inverses and inferred properties (materialised in the graph of inferences)
    said: URIRef
    sponsored: URIRef
    leads: URIRef
    chargedIn: URIRef
    hasPart: URIRef
    subjectOf: URIRef


SCHEMA = Namespace("http://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
TIME = Namespace("http://www.w3.org/2006/time#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "nkg": NKG_IRI,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "time": str(TIME),
    "wd": str(WD),
}



def curie(iri: str) -> str:
    """``nkg:Person`` for an IRI in a known namespace, the IRI itself otherwise."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


__all__ = ["curie", "NKG", "NKG_IRI", "PREFIXES", "SCHEMA", "SEM", "TIME", "SD", "WD"]
