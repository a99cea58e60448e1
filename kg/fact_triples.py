"""Facts of one extraction become triples, each fact tied to its article and its evidence.

Actors are named by their stable key (``id/actor/donald-trump``), investigations and indictments by
the key the extractor gives them (so two articles reporting the same indictment describe one
resource), statements and campaigns by a hash of their article, words and place in the text.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.dates import PartialDate
from kg.extract.facts import (
    Actor,
    AdCampaign,
    Evidence,
    Extraction,
    Indictment,
    Investigation,
    Statement,
)
from kg.iris import Iris, digest
from kg.namespaces import NKG, WD


def add_date(graph: Graph, subject: URIRef, date: PartialDate) -> None:
    """``nkg:date`` at its precision plus the ``nkg:earliest`` / ``nkg:latest`` bounds."""
    graph.add((subject, NKG.date, date.literal()))
    graph.add((subject, NKG.earliest, Literal(date.earliest.isoformat(), datatype=XSD.date)))
    graph.add((subject, NKG.latest, Literal(date.latest.isoformat(), datatype=XSD.date)))


class FactWriter:
    """Writes the facts of one extraction into ``graph``, and what describes its actors and places
    whatever the article (type, names, Wikidata link) into ``entities``.

    Entity descriptions live in one shared graph because Oxigraph's union default graph is a bag:
    a label repeated in every article graph that mentions an actor would multiply every join
    through it by the number of those articles.
    """

    def __init__(self, graph: Graph, entities: Graph, extraction: Extraction, iris: Iris) -> None:
        self.graph = graph
        self.entities = entities
        self.extraction = extraction
        self.article = extraction.article
        self.iris = iris
        self.article_iri = iris.article(self.article)
        self.lang = self.article.language
        self.fact_iris: dict[int, URIRef] = {}

    def write(self) -> None:
        ex = self.extraction
        for actor in ex.actors.values():
            self.actor(actor)
        for investigation in ex.investigations:
            self.investigation(investigation)
        for indictment in ex.indictments:
            self.indictment(indictment)
        for statement in ex.statements:
            self.statement(statement)
        for campaign in ex.campaigns:
            self.campaign(campaign)
        for order in ex.orders:
            before, after = self.fact_iris.get(id(order.before)), self.fact_iris.get(id(order.after))
            if before is not None and after is not None:
                self.add(before, NKG.before, after)
                self.add(after, NKG.after, before)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def actor_iri(self, key: str) -> URIRef:
        return self.iris.resource("actor", key)

    def describe(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.entities.add((s, p, o))

    def actor(self, actor: Actor) -> None:
        node = self.actor_iri(actor.key)
        self.describe(node, RDF.type, NKG[actor.kind])
        self.describe(node, RDFS.label, Literal(actor.name, lang=self.lang))
        for alias in sorted(actor.aliases - {actor.name}):
            self.describe(node, SKOS.altLabel, Literal(alias, lang=self.lang))
        if actor.wikidata:
            self.describe(node, OWL.sameAs, WD[actor.wikidata])
        self.add(node, NKG.mentionedIn, self.article_iri)
        for mention in actor.mentions:
            self.evidence(node, Evidence(mention.start, mention.end, mention.text))

    def evidence(self, subject: URIRef, evidence: Evidence) -> None:
        node = self.iris.evidence(self.article, evidence.start, evidence.end)
        self.add(subject, NKG.evidence, node)
        self.add(node, RDF.type, NKG.Evidence)
        self.add(node, NKG.exact, Literal(evidence.exact, lang=self.lang))
        self.add(node, NKG.start, Literal(evidence.start, datatype=XSD.integer))
        self.add(node, NKG.end, Literal(evidence.end, datatype=XSD.integer))
        self.add(node, NKG.article, self.article_iri)

    def fact(self, fact: object, node: URIRef, kind: URIRef, evidence: Evidence,
             date: PartialDate | None) -> None:
        self.fact_iris[id(fact)] = node
        self.add(node, RDF.type, kind)
        self.add(node, NKG.reportedIn, self.article_iri)
        self.evidence(node, evidence)
        if date is not None:
            add_date(self.graph, node, date)

    def statement(self, statement: Statement) -> None:
        ev = statement.evidence
        node = self.iris.resource("statement", digest(self.article.key, ev.start, ev.end,
                                                      statement.speaker, statement.text))
        self.fact(statement, node, NKG.Statement, ev, statement.date)
        self.add(node, NKG.speaker, self.actor_iri(statement.speaker))
        self.add(node, NKG.text, Literal(statement.text, lang=self.lang))
        self.add(node, RDFS.label, Literal(statement.text[:120], lang=self.lang))
        if statement.speaker_role:
            self.add(node, NKG.speakerRole, Literal(statement.speaker_role, lang=self.lang))
        for subject in statement.about:
            self.add(node, NKG.about, self.actor_iri(subject))

    def campaign(self, campaign: AdCampaign) -> None:
        ev = campaign.evidence
        node = self.iris.resource("campaign", digest(self.article.key, ev.start, ev.end,
                                                     campaign.sponsor, campaign.platform))
        self.fact(campaign, node, NKG.AdCampaign, ev, campaign.date)
        self.add(node, NKG.sponsor, self.actor_iri(campaign.sponsor))
        if campaign.platform:
            self.add(node, NKG.platform, self.actor_iri(campaign.platform))
        self.add(node, NKG.status, NKG[campaign.status])
        if campaign.value is not None and campaign.currency:
            spend = URIRef(f"{node}/spend")
            self.add(node, NKG.spend, spend)
            self.add(spend, RDF.type, NKG.MonetaryAmount)
            self.add(spend, NKG.value, Literal(campaign.value, datatype=XSD.decimal))
            self.add(spend, NKG.currency, Literal(campaign.currency))
            self.add(spend, RDFS.label, Literal(f"{campaign.value} {campaign.currency}"))
        if campaign.item_count is not None:
            self.add(node, NKG.itemCount, Literal(campaign.item_count, datatype=XSD.integer))
        if campaign.target_market:
            place = self.iris.resource("place", campaign.target_market)
            self.add(node, NKG.targetMarket, place)
            self.describe(place, RDFS.label, Literal(campaign.target_market, lang=self.lang))

    def investigation(self, investigation: Investigation) -> None:
        node = self.iris.resource("investigation", investigation.key)
        self.fact(investigation, node, NKG.Investigation, investigation.evidence, investigation.date)
        if investigation.investigator:
            self.add(node, NKG.investigator, self.actor_iri(investigation.investigator))

    def indictment(self, indictment: Indictment) -> None:
        node = self.iris.resource("indictment", indictment.key)
        self.fact(indictment, node, NKG.Indictment, indictment.evidence, indictment.date)
        for defendant in indictment.defendants:
            self.add(node, NKG.defendant, self.actor_iri(defendant))
        if indictment.defendant_count is not None:
            self.add(node, NKG.defendantCount, Literal(indictment.defendant_count, datatype=XSD.integer))
        if indictment.investigation:
            self.add(node, NKG.partOf, self.iris.resource("investigation", indictment.investigation))
        if indictment.date is None and indictment.latest is not None:
            self.add(node, NKG.latest, Literal(indictment.latest.isoformat(), datatype=XSD.date))


def add_facts(graph: Graph, entities: Graph, extraction: Extraction, iris: Iris) -> None:
    """Add every fact of ``extraction`` (with its evidence) to ``graph``, entity descriptions to
    ``entities``."""
    FactWriter(graph, entities, extraction, iris).write()
