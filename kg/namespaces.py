"""RDF namespaces used across newskg.

``NKG`` is a closed namespace: referencing a term that the ontology does not define is an
``AttributeError`` at import time, so a typo never mints a new public term.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

NKG_IRI = "https://w3id.org/newskg/ontology#"


class NKG(DefinedNamespace):
    """The newskg ontology (``ontology/newskg.ttl``); keep in step with that file."""

    _NS = Namespace(NKG_IRI)
    _fail = True

    # classes
    Actor: object
    Person: object
    Organisation: object
    MediaOutlet: object
    GovernmentBody: object
    Company: object
    Article: object
    Statement: object
    AdCampaign: object
    Investigation: object
    Indictment: object
    Evidence: object
    MonetaryAmount: object
    CampaignStatus: object
    Realised: object
    Proposed: object
    LoadRun: object
    # properties
    date: object
    earliest: object
    latest: object
    title: object
    body: object
    source: object
    language: object
    contentHash: object
    speaker: object
    speakerRole: object
    text: object
    about: object
    sponsor: object
    platform: object
    spend: object
    value: object
    currency: object
    itemCount: object
    status: object
    targetMarket: object
    investigator: object
    defendant: object
    defendantCount: object
    partOf: object
    reportedIn: object
    mentionedIn: object
    evidence: object
    exact: object
    start: object
    end: object
    article: object
    before: object
    after: object


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

__all__ = ["NKG", "NKG_IRI", "PREFIXES", "SCHEMA", "SEM", "TIME", "SD", "WD"]
