"""Bringing the graph of inferences up to date after articles were added, without a full pass.

A full pass (:func:`kg.reasoning.rebuild_inferences`) reads every asserted graph and grows with
the store (seconds at 1e5 quads, see ``bench/reasoning.py``). After a load that only *adds*
articles, :func:`update_inferences` recomputes what the new triples can change, given the
resources they are about (``touched``: the subjects of the triples written):

1. **Class membership** depends on a resource's own types only: the superclass types of the
   touched resources are recomputed, and replaced.
2. **Temporal order** depends on the bounds and the relations of a pair of facts, all stated by
   triples whose subject is one of the pair or an investigation one of them is part of. The pairs
   with a touched fact, or a fact part of a touched one, are recomputed with the widest bounds
   from every article, and their ``nkg:before`` / ``nkg:after`` triples replaced: a new article
   may widen a fact's bounds and make an order uncertain, so this part can also remove.
3. **Inverse, transitive and chained properties** only grow when triples are added. The new
   asserted edges are joined with the edges already in the store (asserted and inferred, closed
   before the load) until nothing new follows (semi-naive evaluation): one hop around each new
   edge, not the whole graph.

Triples the new articles assert and the inferences held are removed from the inferences (an
asserted triple is never repeated there). A load that replaces or drops an article graph, or
changes the ontology, takes the full pass instead (property closures would have to shrink); so
does a store whose inferences were never computed. Tests check that both ways give the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.iris import Iris
from kg.namespaces import NKG
from kg.reasoning import (
    NOT_CLOSED,
    Edge,
    Inferences,
    PropertyAxioms,
    Scope,
    certain_order,
    inferences_graph,
    rebuild_inferences,
    superclass_types,
    values_blocks,
    write_delta,
)
from kg.store.base import Store

Triple = tuple[URIRef, URIRef, URIRef]
ORDER = (NKG.before, NKG.after)


def refresh_inferences(
    store: Store, base_iri: str, ontology: Graph, touched: Collection[URIRef] | None
) -> Inferences:
    """Update the inferences from ``touched``, or rebuild them when ``touched`` is None (something
    was replaced or dropped) or when they were never computed."""
    target = inferences_graph(base_iri)
    if touched is None or not store.query(f"ASK {{ GRAPH {target.n3()} {{ ?s ?p ?o }} }}").boolean:
        return rebuild_inferences(store, base_iri, ontology)
    return update_inferences(store, base_iri, ontology, touched)


def update_inferences(
    store: Store, base_iri: str, ontology: Graph, touched: Collection[URIRef]
) -> Inferences:
    """Bring ``{base}graph/inferences`` up to date after triples about ``touched`` were added."""
    scope = Scope(inferences_graph(base_iri), Iris(base_iri).ontology_graph)
    removed: set[Triple] = set()
    added: set[Triple] = set()

    def settle(wanted: set[Triple], current: set[Triple]) -> None:
        removed.update(current - wanted)
        added.update(wanted - current)

    settle(set(superclass_types(store, scope, ontology, touched)),
           stored_triples(store, scope, (RDF.type,), touched, inferred_only=True))
    near = set(touched) | parts_of(store, scope, touched)
    wanted, current = order_triples(store, scope, near)
    settle(wanted, current)
    axioms = PropertyAxioms.of(ontology)
    added |= closure_additions(store, scope, _without_order(axioms), touched)
    removed |= now_asserted(store, scope, touched)  # never re-derived: stored triples are not
    added -= removed
    write_delta(store, scope.inferences, removed, added)
    counts: dict[str, int] = defaultdict(int)
    for _, p, _ in added:
        counts[str(p)] += 1
    return Inferences(str(scope.inferences), dict(counts), updated=True, added=len(added),
                      removed=len(removed))


def _without_order(axioms: PropertyAxioms) -> PropertyAxioms:
    """The axioms of part 3: ``nkg:before`` / ``nkg:after`` are part 2's."""
    return replace(
        axioms,
        inverses=tuple(pair for pair in axioms.inverses if not set(pair) & set(ORDER)),
        transitive=tuple(p for p in axioms.transitive if p not in NOT_CLOSED),
        chains=tuple(chain for chain in axioms.chains if not {chain[0], *chain[1]} & set(ORDER)),
    )


def stored_triples(
    store: Store, scope: Scope, predicates: Iterable[URIRef], nodes: Collection[URIRef], *,
    inferred_only: bool = False, side: str = "?s",
) -> set[Triple]:
    """Triples with one of ``predicates`` whose subject (``side="?s"``) or object (``"?o"``) is
    one of ``nodes``: in the inferences graph only, or in any graph but the ontology."""
    where = (f"GRAPH {scope.inferences.n3()} {{ ?s ?p ?o }}" if inferred_only
             else f"GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {scope.ontology.n3()})")
    found: set[Triple] = set()
    preds = ", ".join(p.n3() for p in predicates)  # FILTER IN: Oxigraph 0.5 ran VALUES ?p 100x slower
    for values in values_blocks(side, nodes):
        query = f"SELECT DISTINCT ?s ?p ?o WHERE {{ {values} {where} FILTER (?p IN ({preds})) }}"
        for row in store.query(query).rows():
            s, p, o = row["s"], row["p"], row["o"]
            if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef):
                found.add((s, p, o))
    return found


def asserted_triples(store: Store, scope: Scope, predicates: Iterable[URIRef],
                     nodes: Collection[URIRef], side: str = "?s") -> set[Triple]:
    """Like :func:`stored_triples`, in the asserted graphs only."""
    preds = ", ".join(p.n3() for p in predicates)  # FILTER IN: Oxigraph 0.5 ran VALUES ?p 100x slower
    found: set[Triple] = set()
    for values in values_blocks(side, nodes):
        query = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ {values}
                    GRAPH ?g {{ ?s ?p ?o }} {scope.asserted()} FILTER (?p IN ({preds})) }}"""
        for row in store.query(query).rows():
            s, p, o = row["s"], row["p"], row["o"]
            if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef):
                found.add((s, p, o))
    return found


def parts_of(store: Store, scope: Scope, wholes: Collection[URIRef]) -> set[URIRef]:
    """Facts asserted ``nkg:partOf`` one of ``wholes`` (their pairs go through the whole)."""
    return {s for s, _, _ in asserted_triples(store, scope, (NKG.partOf,), wholes, side="?o")}


def order_triples(store: Store, scope: Scope, near: Collection[URIRef]) -> tuple[set[Triple], set[Triple]]:
    """Part 2: the ``nkg:before`` / ``nkg:after`` inferences with an end in ``near``, as they
    should be and as they are."""
    asserted = (asserted_triples(store, scope, ORDER, near)
                | asserted_triples(store, scope, ORDER, near, side="?o"))
    order: set[Edge] = set(certain_order(store, scope, near))
    order |= {(s, o) if p == NKG.before else (o, s) for s, p, o in asserted}
    wanted = {t for a, b in order for t in ((a, NKG.before, b), (b, NKG.after, a))} - asserted
    current = (stored_triples(store, scope, ORDER, near, inferred_only=True)
               | stored_triples(store, scope, ORDER, near, inferred_only=True, side="?o"))
    return wanted, current


@dataclass
class Known:
    """The edges of the axiom properties the store holds around the nodes fetched so far."""

    store: Store
    scope: Scope
    properties: tuple[URIRef, ...]
    fetched: set[URIRef] = field(default_factory=set)
    triples: set[Triple] = field(default_factory=set)  # stored or derived
    stored: set[Triple] = field(default_factory=set)
    out: dict[tuple[URIRef, URIRef], set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    into: dict[tuple[URIRef, URIRef], set[URIRef]] = field(default_factory=lambda: defaultdict(set))

    def fetch(self, nodes: Iterable[URIRef]) -> None:
        missing = set(nodes) - self.fetched
        if not missing:
            return
        self.fetched |= missing
        for side in ("?s", "?o"):
            for triple in stored_triples(self.store, self.scope, self.properties, missing, side=side):
                self.stored.add(triple)
                self.add(triple)

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        self.triples.add(triple)
        self.out[(p, s)].add(o)
        self.into[(p, o)].add(s)

    def successors(self, p: URIRef, nodes: Iterable[URIRef]) -> set[URIRef]:
        nodes = set(nodes)
        self.fetch(nodes)
        return set().union(*(self.out.get((p, n), set()) for n in nodes))

    def predecessors(self, p: URIRef, nodes: Iterable[URIRef]) -> set[URIRef]:
        nodes = set(nodes)
        self.fetch(nodes)
        return set().union(*(self.into.get((p, n), set()) for n in nodes))


def closure_additions(
    store: Store, scope: Scope, axioms: PropertyAxioms, touched: Collection[URIRef]
) -> set[Triple]:
    """Part 3: what the inverse, transitive and chain axioms derive from the edges asserted about
    ``touched``, joined with the store's (already closed) edges; only triples not yet stored."""
    properties = tuple(sorted(axioms.properties))
    if not properties:
        return set()
    known = Known(store, scope, properties)
    known.fetch(touched)
    delta = asserted_triples(store, scope, properties, touched)
    derived: set[Triple] = set()
    while delta:
        new: set[Triple] = set()
        for triple in delta:
            new |= _consequences(triple, axioms, known)
        delta = {t for t in new if t not in known.triples}
        for triple in delta:
            known.add(triple)
        derived |= delta
    known.fetch({s for s, _, _ in derived})  # a derivation may already be stored, asserted even
    return derived - known.stored


def _consequences(triple: Triple, axioms: PropertyAxioms, known: Known) -> set[Triple]:
    """What one edge gives with the known edges: its inverses, its transitive joins, the chains
    it is a link of."""
    s, p, o = triple
    found: set[Triple] = {(o, q, s) for first, q in axioms.inverses if first == p}
    if p in axioms.transitive:
        starts = {s} | known.predecessors(p, {s})
        ends = {o} | known.successors(p, {o})
        found |= {(x, p, y) for x in starts for y in ends}
    for q, links in axioms.chains:
        for i, link in enumerate(links):
            if link != p:
                continue
            starts, ends = {s}, {o}
            for before in reversed(links[:i]):
                starts = known.predecessors(before, starts)
            for after in links[i + 1:]:
                ends = known.successors(after, ends)
            found |= {(x, q, y) for x in starts for y in ends}
    return found


def now_asserted(store: Store, scope: Scope, touched: Collection[URIRef]) -> set[Triple]:
    """Triples about ``touched`` held by the inferences that an asserted graph now states too."""
    found: set[Triple] = set()
    for values in values_blocks("?s", touched):
        query = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ {values}
            GRAPH {scope.inferences.n3()} {{ ?s ?p ?o }} GRAPH ?g {{ ?s ?p ?o }} {scope.asserted()} }}"""
        for row in store.query(query).rows():
            s, p, o = row["s"], row["p"], row["o"]
            if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef):
                found.add((s, p, o))
    return found
