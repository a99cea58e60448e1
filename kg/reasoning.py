"""The graph of inferences: what follows from the articles and the ontology, kept apart from them.

Everything inferred lives in one named graph, ``{base}graph/inferences``, rebuilt as a whole after
each load (:func:`kg.loader.load_paths` calls :func:`rebuild_inferences`) and by ``newskg reason``.
Asserted facts stay in the article graphs, so a query can include inferences (the default graph is
the union of the named graphs) or leave them out (``GRAPH ?g { ... } FILTER (?g != <.../inferences>)``,
or ``FROM`` / ``FROM NAMED`` clauses listing the article graphs). A triple already asserted by an
article is never repeated in the inferences (Oxigraph's union is a bag: a repeat would match twice).

What is inferred (the rules, all read from the ontology, none specific to the seeds):

1. **Class membership**: each resource is a member of every ``nkg:`` superclass of its asserted
   classes (``rdfs:subClassOf+`` in the ontology), e.g. a ``nkg:Person`` is a ``nkg:Actor``, a
   ``nkg:MediaOutlet`` an ``nkg:Organisation``. Superclasses from the aligned vocabularies
   (``prov:Entity``, ``schema:Person``, ``sem:Event``) are not materialised: every evidence span
   would gain one, more triples than the data itself; ``?c rdfs:subClassOf* prov:Agent`` reaches
   them through the ontology graph.
2. **Temporal order from the bounds**: ``a nkg:before b`` when ``a``'s latest possible day is
   earlier than ``b``'s earliest (across every article that dates them: the widest bounds). Only
   *related* pairs are compared, as the canonical query does (never the cross product): an
   indictment or investigation and a fact reported in the same article, sharing an actor
   (speaker, subject, sponsor, platform, defendant, investigator), or reported where the
   investigation it belongs to is. Two statements are never paired (a prolific speaker would
   make that quadratic): compare their bounds in the query.
3. **Object properties**, to a fixpoint: inverses (``owl:inverseOf``), transitive closures
   (``owl:TransitiveProperty``: ``nkg:partOf``, ``nkg:hasPart``) and property chains
   (``owl:propertyChainAxiom``: a defendant of an indictment is ``nkg:subjectOf`` the
   investigation it is part of).

The closure of the temporal order (``nkg:before``, ``nkg:after``, transitive too) is *not*
materialised: n events in a row have n(n-1)/2 ordered pairs, and on the bench corpus the closure
did not finish in ten minutes at 1e4 quads. Queries follow it with ``nkg:before+``.

Property hierarchies (``rdfs:subPropertyOf`` to PROV, SEM, schema.org) and domains and ranges are
not materialised: the first would double every evidence link, the second would hide extraction
errors that the SHACL shapes and the consistency check report instead.

Every rule is a SPARQL query over the store (so it runs in the store's engine, embedded or
remote), plus a fixpoint over the few object properties in Python; the result replaces the
inferences graph in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection as RdfList
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from kg.iris import Iris
from kg.namespaces import NKG, NKG_IRI
from kg.store.base import Store

Edge = tuple[URIRef, URIRef]
# predicates that tie a fact to an actor, for pairing related facts
ACTOR_LINKS = ("speaker", "about", "sponsor", "platform", "defendant", "investigator")
FACT_CLASSES = ("Statement", "AdCampaign", "Investigation", "Indictment")
#: transitive properties whose closure is left to queries (``nkg:before+``): quadratic in events
NOT_CLOSED = (NKG.before, NKG.after)


def inferences_graph(base_iri: str) -> URIRef:
    """``{base}graph/inferences``: the one graph that holds inferred triples."""
    return URIRef(f"{base_iri}graph/inferences")


@dataclass(frozen=True)
class PropertyAxioms:
    """The object-property axioms of the ontology that the rules follow."""

    inverses: tuple[tuple[URIRef, URIRef], ...]  # (p, q): p owl:inverseOf q, both directions listed
    transitive: tuple[URIRef, ...]
    chains: tuple[tuple[URIRef, tuple[URIRef, ...]], ...]  # (p, (p1, p2, ...)): p1/p2/... => p

    @property
    def properties(self) -> set[URIRef]:
        found = set(self.transitive)
        for p, q in self.inverses:
            found |= {p, q}
        for p, chain in self.chains:
            found |= {p, *chain}
        return found

    @classmethod
    def of(cls, ontology: Graph) -> PropertyAxioms:
        inverses: set[tuple[URIRef, URIRef]] = set()
        for p, q in ontology.subject_objects(OWL.inverseOf):
            if isinstance(p, URIRef) and isinstance(q, URIRef):
                inverses |= {(p, q), (q, p)}
        transitive = {p for p in ontology.subjects(RDF.type, OWL.TransitiveProperty) if isinstance(p, URIRef)}
        chains = []
        for p, head in ontology.subject_objects(OWL.propertyChainAxiom):
            links = list(RdfList(ontology, head))
            if isinstance(p, URIRef) and links and all(isinstance(link, URIRef) for link in links):
                chains.append((p, tuple(URIRef(str(link)) for link in links)))
        return cls(tuple(sorted(inverses)), tuple(sorted(transitive)), tuple(sorted(chains)))


@dataclass(frozen=True)
class Inferences:
    """What a rebuild left in the inferences graph: the number of triples per predicate
    (``rdf:type`` included); after an update (:mod:`kg.reasoning_update`), the counts of the
    triples it added and removed instead (counting the whole graph grows with the store)."""

    graph: str
    counts: dict[str, int]
    updated: bool = False
    added: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        if self.updated:
            return (f"inferences updated in <{self.graph}>: {self.added} triple(s) added, "
                    f"{self.removed} removed")
        return f"{self.total} triples inferred into <{self.graph}>"


def read_ontology(ontology_dir: Path) -> Graph:
    return Graph().parse(ontology_dir / "newskg.ttl", format="turtle", publicID=NKG_IRI)


def rebuild_inferences(store: Store, base_iri: str, ontology: Graph) -> Inferences:
    """Recompute every inference from the asserted graphs and replace the inferences graph."""
    scope = Scope(inferences_graph(base_iri), Iris(base_iri).ontology_graph)
    graph = Graph()
    for triple in superclass_types(store, scope, ontology):
        graph.add(triple)
    axioms = PropertyAxioms.of(ontology)
    axioms = replace(axioms, transitive=tuple(p for p in axioms.transitive if p not in NOT_CLOSED))
    asserted = asserted_edges(store, axioms.properties, scope)
    derived: dict[URIRef, set[Edge]] = defaultdict(set)
    for p, edges in asserted.items():
        derived[p] |= edges
    derived[NKG.before] |= certain_order(store, scope)
    close_properties(derived, axioms)
    for p, edges in derived.items():
        for s, o in edges - asserted.get(p, set()):
            graph.add((s, p, o))
    write_changes(store, scope.inferences, graph)
    return Inferences(str(scope.inferences), count_inferences(store, scope.inferences))


def count_inferences(store: Store, target: URIRef) -> dict[str, int]:
    """The number of triples per predicate in the inferences graph."""
    query = f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH {target.n3()} {{ ?s ?p ?o }} }} GROUP BY ?p"
    return {str(row["p"]): int(row["n"]) for row in store.query(query).rows()}


def write_changes(store: Store, target: URIRef, graph: Graph) -> None:
    """Make ``target`` hold exactly ``graph``, in one update that sends only the differences.

    A rebuild after loading a few articles changes few inferences; rewriting the whole graph
    would cost as much as the first build every time (writes dominate: measured in bench/).
    """
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {target.n3()} {{ ?s ?p ?o }} }}"
    current = set(store.query(query).triples())
    wanted = set(graph)
    write_delta(store, target, current - wanted, wanted - current)


def write_delta(store: Store, target: URIRef, removed: Iterable[tuple[Node, Node, Node]],
                added: Iterable[tuple[Node, Node, Node]]) -> None:
    """One update: delete ``removed`` from ``target``, insert ``added`` (nothing when both are empty)."""
    parts = []
    for verb, triples in (("DELETE", list(removed)), ("INSERT", list(added))):
        if triples:
            body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
            parts.append(f"{verb} DATA {{ GRAPH {target.n3()} {{\n{body}\n}} }}")
    if parts:
        store.update(" ;\n".join(parts))


@dataclass(frozen=True)
class Scope:
    """The graphs a rule reads: every named graph but the inferences and the ontology."""

    inferences: URIRef
    ontology: URIRef

    def asserted(self, var: str = "?g") -> str:
        """A FILTER keeping ``var`` to asserted graphs."""
        return f"FILTER ({var} != {self.inferences.n3()} && {var} != {self.ontology.n3()})"


def superclass_types(
    store: Store, scope: Scope, ontology: Graph, subjects: Collection[URIRef] | None = None
) -> Iterable[tuple[URIRef, URIRef, URIRef]]:
    """Rule 1: ``?s a ?super`` for every ``nkg:`` superclass of an asserted class, unless asserted.

    The asserted types come from one query (per 500 ``subjects`` when given: then only theirs);
    superclasses and the difference are computed here (a join with ``rdfs:subClassOf+`` and a NOT
    EXISTS per row cost 15x more in Oxigraph 0.5).
    """
    asserted: dict[URIRef, set[URIRef]] = defaultdict(set)
    for values in values_blocks("?s", subjects):
        query = f"""SELECT DISTINCT ?s ?class WHERE {{
            {values} GRAPH ?g {{ ?s a ?class }} {scope.asserted()} }}"""
        for row in store.query(query).rows():
            s, cls = row["s"], row["class"]
            if isinstance(s, URIRef) and isinstance(cls, URIRef):
                asserted[s].add(cls)
    supers: dict[URIRef, set[URIRef]] = {}
    for classes in asserted.values():
        for cls in classes:
            if cls not in supers:
                supers[cls] = {c for c in ontology.transitive_objects(cls, RDFS.subClassOf)
                               if isinstance(c, URIRef) and c != cls and str(c).startswith(NKG_IRI)}
    for s, classes in asserted.items():
        for sup in set().union(*(supers[c] for c in classes)) - classes:
            yield s, RDF.type, sup


def values_blocks(var: str, nodes: Collection[URIRef] | None, size: int = 500) -> Iterator[str]:
    """``VALUES var { ... }`` blocks of at most ``size`` nodes; one empty string when ``nodes`` is
    None (no restriction), nothing when it is empty."""
    if nodes is None:
        yield ""
        return
    ordered = sorted(nodes)
    for start in range(0, len(ordered), size):
        yield f"VALUES {var} {{ {' '.join(n.n3() for n in ordered[start:start + size])} }}"


def asserted_edges(store: Store, properties: Iterable[URIRef], scope: Scope) -> dict[URIRef, set[Edge]]:
    """Every asserted ``?s p ?o`` between IRIs, for the properties the axioms involve."""
    values = ", ".join(p.n3() for p in sorted(properties))
    query = f"""
        SELECT DISTINCT ?s ?p ?o WHERE {{
          GRAPH ?g {{ ?s ?p ?o }} {scope.asserted()} FILTER (?p IN ({values}) && isIRI(?s) && isIRI(?o))
        }}"""
    edges: dict[URIRef, set[Edge]] = defaultdict(set)
    for row in store.query(query).rows():
        s, p, o = row["s"], row["p"], row["o"]
        if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef):
            edges[p].add((s, o))
    return dict(edges)


def _pairs_queries(scope: Scope, restriction: str = "") -> list[str]:
    """Related (x, y): x an indictment or investigation, y any fact; one query per relation
    (Oxigraph 0.5 ran them as one UNION several times slower than one by one). ``restriction``
    (a VALUES block on ``?x`` or ``?y``) keeps the pairs of some facts only."""
    links = "|".join(f"nkg:{name}" for name in ACTOR_LINKS)
    relations = (
        "GRAPH ?g1 { ?x nkg:reportedIn ?article } GRAPH ?g2 { ?y nkg:reportedIn ?article }",
        f"GRAPH ?g1 {{ ?x nkg:defendant|nkg:investigator ?actor }} GRAPH ?g2 {{ ?y {links} ?actor }}",
        f"""GRAPH ?g1 {{ ?x nkg:partOf ?whole }} GRAPH ?g2 {{ ?whole nkg:investigator ?actor }}
            GRAPH ?g3 {{ ?y {links} ?actor }}""",
        """GRAPH ?g1 { ?x nkg:partOf ?whole } GRAPH ?g2 { ?whole nkg:reportedIn ?article }
           GRAPH ?g3 { ?y nkg:reportedIn ?article }""",
        "GRAPH ?g1 { ?x nkg:partOf ?whole } GRAPH ?g2 { ?y nkg:partOf ?whole }",
        "GRAPH ?g1 { ?x nkg:partOf ?y }",
    )
    facts = " ".join(f"nkg:{name}" for name in FACT_CLASSES)
    return [f"""
        PREFIX nkg: <{NKG_IRI}>
        SELECT DISTINCT ?x ?y WHERE {{
          {{ SELECT DISTINCT ?x ?y WHERE {{ {restriction} {relation} {scope.asserted("?g1")} }} }}
          FILTER (?x != ?y)
          VALUES ?xClass {{ nkg:Indictment nkg:Investigation }}
          GRAPH ?gx {{ ?x a ?xClass }}
          VALUES ?yClass {{ {facts} }}
          GRAPH ?gy {{ ?y a ?yClass }}
        }}""" for relation in relations]


def related_pairs(store: Store, scope: Scope, facts: Collection[URIRef] | None = None) -> set[Edge]:
    """Every related pair (see :func:`_pairs_queries`), or those with ``facts`` on either side."""
    restrictions = [""] if facts is None else [
        block for var in ("?x", "?y") for block in values_blocks(var, facts)]
    pairs: set[Edge] = set()
    for restriction in restrictions:
        for query in _pairs_queries(scope, restriction):
            for row in store.query(query).rows():
                x, y = row["x"], row["y"]
                if isinstance(x, URIRef) and isinstance(y, URIRef):
                    pairs.add((x, y))
    return pairs


def widest_bounds(
    store: Store, scope: Scope, facts: Collection[URIRef] | None = None
) -> tuple[dict[URIRef, date], dict[URIRef, date]]:
    """The earliest ``nkg:earliest`` and the latest ``nkg:latest`` of each fact (of ``facts``)."""
    earliest: dict[URIRef, date] = {}
    latest: dict[URIRef, date] = {}
    for bound, days, pick in (("earliest", earliest, min), ("latest", latest, max)):
        for values in values_blocks("?f", facts):
            query = f"""SELECT DISTINCT ?f ?day WHERE {{ {values}
                GRAPH ?g {{ ?f <{NKG_IRI}{bound}> ?day }} {scope.asserted()} }}"""
            for row in store.query(query).rows():
                fact, day = row["f"], _day(row.get("day"))
                if isinstance(fact, URIRef) and day is not None:
                    days[fact] = pick(day, days.get(fact, day))
    return earliest, latest


def certain_order(store: Store, scope: Scope, facts: Collection[URIRef] | None = None) -> set[Edge]:
    """Rule 2: ``(a, b)`` for related facts where ``a`` certainly ends before ``b`` begins (only
    the pairs with one of ``facts`` when given).

    A fact dated by several articles keeps its widest bounds (the earliest of its earliest days,
    the latest of its latest), so the order is certain whatever article is right.
    """
    pairs = related_pairs(store, scope, facts)
    earliest, latest = widest_bounds(store, scope, None if facts is None else {f for p in pairs for f in p})
    order: set[Edge] = set()
    for x, y in pairs:
        if x in latest and y in earliest and latest[x] < earliest[y]:
            order.add((x, y))
        elif y in latest and x in earliest and latest[y] < earliest[x]:
            order.add((y, x))
    return order


def _day(term: object) -> date | None:
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, date):
            return value
    return None


def close_properties(edges: dict[URIRef, set[Edge]], axioms: PropertyAxioms) -> None:
    """Rule 3: apply inverses, transitive closures and chains to ``edges`` until nothing changes."""
    changed = True
    while changed:
        before = sum(len(e) for e in edges.values())
        for p, q in axioms.inverses:
            edges[p] |= {(o, s) for s, o in edges.get(q, set())}
        for p in axioms.transitive:
            edges[p] = _transitive_closure(edges.get(p, set()))
        for p, chain in axioms.chains:
            edges[p] |= _compose([edges.get(link, set()) for link in chain])
        changed = sum(len(e) for e in edges.values()) != before


def _transitive_closure(edges: set[Edge]) -> set[Edge]:
    successors: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, o in edges:
        successors[s].add(o)
    closure: set[Edge] = set()
    for start in list(successors):
        seen: set[URIRef] = set()
        stack = list(successors[start])
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            stack.extend(successors.get(node, ()))
        closure |= {(start, node) for node in seen}
    return closure


def _compose(steps: list[set[Edge]]) -> set[Edge]:
    result = steps[0] if steps else set()
    for step in steps[1:]:
        successors: dict[URIRef, set[URIRef]] = defaultdict(set)
        for s, o in step:
            successors[s].add(o)
        result = {(s, o2) for s, o in result for o2 in successors.get(o, ())}
    return result
