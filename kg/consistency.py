"""Does the data contradict the ontology? Disjoint classes, checked by SPARQL, before a load.

HermiT on the whole data would take minutes per article; the contradictions our data can hold are
of one kind: a resource that is a member of two disjoint classes (an actor typed both
``nkg:Person`` and ``nkg:Organisation``, by the gazetteer or by resolution across articles; a
statement used as a speaker). A resource is a member of a class when it is typed with the class or
a subclass (``rdf:type``), or when it is the subject of a property whose ``rdfs:domain`` is that
class, or the object of one whose ``rdfs:range`` is (the RDFS entailments HermiT would use). One
SPARQL query finds every such resource, with the axiom and where each membership comes from.

Before an article is written, :func:`check_article` runs that query over a scratch in-memory
Oxigraph holding the ontology, the article's graph, the entity descriptions it adds, and the
``rdf:type`` triples the store already holds for the resources the article names (fetched with one
query, so it works on a remote store too). Nothing is written when it finds a contradiction: the
loader refuses the article with the report. :func:`check_store` runs the same query over a whole
store (``newskg reason``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.iris import Iris
from kg.namespaces import NKG, curie
from kg.store.base import Store

#: scratch graph name of the entity descriptions the article being checked adds
NEW_ENTITIES = "urn:x-newskg:entities-added-by-this-article"


@dataclass(frozen=True)
class Membership:
    """Why a resource is a member of a class: the class named, how, and in which graph."""

    named: str  # the class or property that makes it a member
    how: str  # "rdf:type", "domain of", "range of"
    graph: str

    def describe(self, graphs: dict[str, str]) -> str:
        where = graphs.get(self.graph, f"<{self.graph}>")
        if self.how == "rdf:type":
            return f"rdf:type {curie(self.named)} in {where}"
        return f"{self.how} {curie(self.named)}, used in {where}"


@dataclass
class Contradiction:
    """A resource member of two disjoint classes."""

    resource: str
    label: str | None
    first: str
    second: str
    axiom: str
    first_because: set[Membership] = field(default_factory=set)
    second_because: set[Membership] = field(default_factory=set)

    def describe(self, graphs: dict[str, str] | None = None) -> str:
        graphs = graphs or {}
        name = f" ({self.label})" if self.label else ""
        lines = [f"<{self.resource}>{name} is both {curie(self.first)} and {curie(self.second)}, "
                 f"which are disjoint: {self.axiom}"]
        for cls, because in ((self.first, self.first_because), (self.second, self.second_because)):
            reasons = "; ".join(sorted(m.describe(graphs) for m in because))
            lines.append(f"    {curie(cls)}: {reasons}")
        return "\n".join(lines)


def disjoint_pairs(ontology: Graph) -> list[tuple[URIRef, URIRef, str]]:
    """Every pair of disjoint named classes, with the axiom that says so (readable)."""
    pairs: dict[tuple[URIRef, URIRef], str] = {}
    for a, b in ontology.subject_objects(OWL.disjointWith):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            pairs.setdefault(_ordered(a, b), f"{curie(a)} owl:disjointWith {curie(b)}")
    for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ontology.value(axiom, OWL.members)
        if head is None:
            continue
        members = [m for m in Collection(ontology, head) if isinstance(m, URIRef)]
        text = f"owl:AllDisjointClasses ({' '.join(curie(m) for m in members)})"
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs.setdefault(_ordered(a, b), text)
    return [(a, b, text) for (a, b), text in sorted(pairs.items())]


def _ordered(a: URIRef, b: URIRef) -> tuple[URIRef, URIRef]:
    return (a, b) if str(a) < str(b) else (b, a)


def _membership(var: str, cls: str, ontology: str, graphs: str) -> str:
    """Patterns binding ``?{var}Named ?{var}How ?{var}Graph`` when ``?s`` is a member of ``cls``."""
    return f"""{{
        {{ GRAPH ?{var}Graph {{ ?s a ?{var}Named }}
          GRAPH {ontology} {{ ?{var}Named <{RDFS.subClassOf}>* {cls} }} BIND ("rdf:type" AS ?{var}How) }}
        UNION
        {{ GRAPH {ontology} {{ ?{var}Named <{RDFS.domain}> ?{var}D . ?{var}D <{RDFS.subClassOf}>* {cls} }}
          GRAPH ?{var}Graph {{ ?s ?{var}Named ?{var}O }} BIND ("domain of" AS ?{var}How) }}
        UNION
        {{ GRAPH {ontology} {{ ?{var}Named <{RDFS.range}> ?{var}R . ?{var}R <{RDFS.subClassOf}>* {cls} }}
          GRAPH ?{var}Graph {{ ?{var}O ?{var}Named ?s }} BIND ("range of" AS ?{var}How) }}
        FILTER (?{var}Graph NOT IN ({graphs}))
      }}"""


def members_queries(classes: Iterable[URIRef], iris: Iris, excluded: Sequence[str]) -> list[str]:
    """Queries of (resource, class) for every membership in one of ``classes`` (phase one).

    Three queries (types, domains, ranges), not one UNION: Oxigraph 0.5 ran the UNION 20x slower
    than its three branches.
    """
    onto = iris.ontology_graph.n3()
    graphs = ", ".join([onto, *(URIRef(g).n3() for g in excluded)])
    values = " ".join(c.n3() for c in sorted(set(classes)))
    branches = (
        f"GRAPH {onto} {{ ?t <{RDFS.subClassOf}>* ?class }} GRAPH ?g {{ ?s a ?t }}",
        f"GRAPH {onto} {{ ?p <{RDFS.domain}> ?d . ?d <{RDFS.subClassOf}>* ?class }} GRAPH ?g {{ ?s ?p ?o }}",
        f"GRAPH {onto} {{ ?p <{RDFS.range}> ?r . ?r <{RDFS.subClassOf}>* ?class }} GRAPH ?g {{ ?o ?p ?s }}",
    )
    return [f"""SELECT DISTINCT ?s ?class WHERE {{ VALUES ?class {{ {values} }} {branch}
                FILTER (isIRI(?s) && ?g NOT IN ({graphs})) }}""" for branch in branches]


def reasons_query(found: Iterable[tuple[URIRef, URIRef, URIRef, str]], iris: Iris,
                  excluded: Sequence[str]) -> str:
    """Why each ``(resource, first, second, axiom)`` holds (phase two: only the offenders)."""
    onto = iris.ontology_graph.n3()
    graphs = ", ".join([onto, *(URIRef(g).n3() for g in excluded)])
    rows = " ".join(f"({s.n3()} {a.n3()} {b.n3()} {Literal(text).n3()})" for s, a, b, text in found)
    return f"""
        SELECT DISTINCT ?s ?first ?second ?axiom ?aNamed ?aHow ?aGraph ?bNamed ?bHow ?bGraph ?label WHERE {{
          VALUES (?s ?first ?second ?axiom) {{ {rows} }}
          {_membership("a", "?first", onto, graphs)}
          {_membership("b", "?second", onto, graphs)}
          OPTIONAL {{ GRAPH ?lg {{ ?s <{RDFS.label}> ?label }} }}
        }}"""


Rows = Iterable[Mapping[str, object]]


def contradictions(query: Callable[[str], Rows], ontology: Graph, iris: Iris,
                   excluded: Sequence[str]) -> list[Contradiction]:
    """Every resource member of two disjoint classes, with the axiom and where each membership
    comes from. Two phases: memberships alone (one scan), then reasons for the offenders only."""
    pairs = disjoint_pairs(ontology)
    classes: dict[str, set[str]] = defaultdict(set)
    for members in members_queries({c for a, b, _ in pairs for c in (a, b)}, iris, excluded):
        for row in query(members):
            classes[str(row["s"])].add(str(row["class"]))
    found = [(URIRef(s), a, b, text) for s, members in sorted(classes.items()) if len(members) > 1
             for a, b, text in pairs if str(a) in members and str(b) in members]
    if not found:
        return []
    grouped: dict[tuple[str, str, str], Contradiction] = {}
    for row in query(reasons_query(found, iris, excluded)):
        key = (str(row["s"]), str(row["first"]), str(row["second"]))
        label = row.get("label")
        item = grouped.setdefault(key, Contradiction(
            key[0], str(label) if label is not None else None, key[1], key[2], str(row["axiom"])))
        item.first_because.add(Membership(str(row["aNamed"]), str(row["aHow"]), str(row["aGraph"])))
        item.second_because.add(Membership(str(row["bNamed"]), str(row["bHow"]), str(row["bGraph"])))
    return [grouped[key] for key in sorted(grouped)]


def check_store(store: Store, ontology: Graph, iris: Iris, *, inferences: str) -> list[Found]:
    """Every contradiction in the store's asserted graphs (the inferences graph left out)."""
    excluded = [inferences, str(iris.ontology_graph)]
    return [*contradictions(lambda q: store.query(q).rows(), ontology, iris, [inferences]),
            *order_contradictions(lambda q: store.query(q).rows(), excluded)]


def check_article(
    store: Store, ontology: Graph, iris: Iris, *, graph: str, triples: Graph, entities: Graph,
    replaced: Sequence[str], inferences: str,
) -> list[Found]:
    """The contradictions the article would bring into ``store`` (nothing is written).

    ``replaced``: graphs the load drops or replaces (the article's and superseded versions), whose
    types no longer count.
    """
    scratch = ox.Store()
    for data, target in ((ontology, str(iris.ontology_graph)), (triples, graph), (entities, NEW_ENTITIES)):
        scratch.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                     to_graph=ox.NamedNode(target))
    named = {node for t in (*triples, *entities) for node in (t[0], t[2]) if isinstance(node, URIRef)}
    excluded = [*replaced, inferences, str(iris.ontology_graph)]
    rdf_type = ox.NamedNode(str(RDF.type))
    for s, cls, g in stored_types(store, named, excluded):
        scratch.add(ox.Quad(ox.NamedNode(s), rdf_type, ox.NamedNode(cls), ox.NamedNode(g)))
    for quad in stored_links(store, named, ontology, excluded):
        scratch.add(quad)

    def run(query: str) -> Rows:
        solutions = scratch.query(query)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("a SELECT query answered something else")
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            yield {name: _text(solution[name]) for name in names if solution[name] is not None}

    return [*contradictions(run, ontology, iris, []), *order_contradictions(run, [])]


def _text(term: object) -> str:
    return str(getattr(term, "value", term))


def stored_links(
    store: Store, resources: Iterable[URIRef], ontology: Graph, excluded: Sequence[str]
) -> list[ox.Quad]:
    """What else the store says about ``resources`` that the checks read, as quads to copy into a
    scratch store: the properties with a domain they are the subject of and those with a range
    they are the object of (each with a stand-in for the other end: membership needs only the
    property), their date bounds, and the orders stated between them and other facts."""
    domains = {p for p in ontology.subjects(RDFS.domain, None) if isinstance(p, URIRef)}
    ranges = {p for p in ontology.subjects(RDFS.range, None) if isinstance(p, URIRef)}
    not_in = ", ".join(URIRef(g).n3() for g in excluded)
    names = sorted(resources)
    quads: list[ox.Quad] = []

    def select(pattern: str, values: str, props: Iterable[URIRef]) -> Rows:
        listed = ", ".join(p.n3() for p in sorted(props))
        return store.query(f"""SELECT DISTINCT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ {pattern} }}
            FILTER (?p IN ({listed}) && ?g NOT IN ({not_in})) }}""").rows()

    for start in range(0, len(names), 500):
        chunk = " ".join(n.n3() for n in names[start:start + 500])
        bounds, order = (NKG.earliest, NKG.latest), (NKG.before, NKG.after)
        for row in select("?s ?p ?o", f"VALUES ?s {{ {chunk} }}", {*bounds, *order}):
            quads.append(_quad(row["s"], row["p"], row["o"], row["g"]))
        for row in select("?s ?p ?o", f"VALUES ?o {{ {chunk} }}", order):
            quads.append(_quad(row["s"], row["p"], row["o"], row["g"]))
        for row in select("?s ?p ?any", f"VALUES ?s {{ {chunk} }}", domains):
            quads.append(_quad(row["s"], row["p"], URIRef(f"urn:x-newskg:stand-in:{len(quads)}"), row["g"]))
        for row in select("?any ?p ?o", f"VALUES ?o {{ {chunk} }}", ranges):
            quads.append(_quad(URIRef(f"urn:x-newskg:stand-in:{len(quads)}"), row["p"], row["o"], row["g"]))
    return quads


def _quad(s: object, p: object, o: object, g: object) -> ox.Quad:
    obj: ox.NamedNode | ox.Literal
    if isinstance(o, Literal):
        datatype = ox.NamedNode(str(o.datatype)) if o.datatype else None
        obj = ox.Literal(str(o), datatype=datatype, language=o.language) if o.language \
            else ox.Literal(str(o), datatype=datatype)
    else:
        obj = ox.NamedNode(str(o))
    return ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), obj, ox.NamedNode(str(g)))


def stored_types(
    store: Store, resources: Iterable[URIRef], excluded: Sequence[str]
) -> list[tuple[str, str, str]]:
    """``(resource, class, graph)`` for the ``rdf:type`` triples the store holds about ``resources``."""
    names = sorted(resources)
    found: list[tuple[str, str, str]] = []
    not_in = ", ".join(URIRef(g).n3() for g in excluded)
    for start in range(0, len(names), 500):
        values = " ".join(n.n3() for n in names[start:start + 500])
        query = f"""SELECT ?s ?class ?g WHERE {{
            VALUES ?s {{ {values} }} GRAPH ?g {{ ?s a ?class }} FILTER (?g NOT IN ({not_in})) }}"""
        for row in store.query(query).rows():
            s, cls, g = row["s"], row["class"], row["g"]
            if isinstance(s, URIRef) and isinstance(cls, URIRef):
                found.append((str(s), str(cls), str(g)))
    return found


@dataclass
class OrderContradiction:
    """An order stated between two facts that their dates, or other stated orders, rule out."""

    first: str  # stated before ``second``
    second: str
    stated_in: set[str]
    why: str

    def describe(self, graphs: dict[str, str] | None = None) -> str:
        graphs = graphs or {}
        where = "; ".join(sorted(graphs.get(g, f"<{g}>") for g in self.stated_in))
        return (f"<{self.first}> nkg:before <{self.second}> (stated in {where}), but {self.why}; "
                f"nkg:before means the subject ends before the object begins, and is the inverse of "
                f"nkg:after")


def order_contradictions(query: Callable[[str], Rows], excluded: Sequence[str]) -> list[OrderContradiction]:
    """Stated orders (``a nkg:before b``, ``b nkg:after a``) that the widest bounds of ``a`` and
    ``b`` contradict (``b`` ends before ``a`` begins), that put a fact before itself, or that
    close a cycle of stated orders."""
    not_in = f"FILTER (?g NOT IN ({', '.join(URIRef(g).n3() for g in excluded)}))" if excluded else ""
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in query(f"""SELECT DISTINCT ?a ?b ?g WHERE {{
            {{ GRAPH ?g {{ ?a <{NKG.before}> ?b }} }} UNION {{ GRAPH ?g {{ ?b <{NKG.after}> ?a }} }}
            {not_in} }}"""):
        stated[(_text(row["a"]), _text(row["b"]))].add(_text(row["g"]))
    if not stated:
        return []
    earliest: dict[str, date] = {}
    latest: dict[str, date] = {}
    facts = " ".join(URIRef(f).n3() for pair in stated for f in pair)
    for bound, days, pick in ((NKG.earliest, earliest, min), (NKG.latest, latest, max)):
        for row in query(f"""SELECT DISTINCT ?f ?day WHERE {{ VALUES ?f {{ {facts} }}
                GRAPH ?g {{ ?f <{bound}> ?day }} {not_in} }}"""):
            day = _date(row["day"])
            if day is not None:
                fact = _text(row["f"])
                days[fact] = pick(day, days.get(fact, day))
    successors: dict[str, set[str]] = defaultdict(set)
    for a, b in stated:
        successors[a].add(b)
    found = []
    for (a, b), graphs in sorted(stated.items()):
        if a == b:
            why = "a fact cannot be before itself"
        elif a in earliest and b in latest and latest[b] < earliest[a]:
            why = (f"<{b}> ends by {latest[b].isoformat()} (nkg:latest) before <{a}> begins on "
                   f"{earliest[a].isoformat()} (nkg:earliest)")
        elif _reaches(successors, b, a):
            why = f"other stated orders put <{b}> before <{a}>"
        else:
            continue
        found.append(OrderContradiction(a, b, graphs, why))
    return found


def _reaches(successors: dict[str, set[str]], start: str, goal: str) -> bool:
    seen: set[str] = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(successors.get(node, ()))
    return False


def _date(term: object) -> date | None:
    try:
        return date.fromisoformat(_text(term)[:10])
    except ValueError:
        return None


Found = Contradiction | OrderContradiction


def report(contradictions: Sequence[Found], graphs: dict[str, str] | None = None) -> str:
    """The readable report: one paragraph per contradiction."""
    return "\n".join(item.describe(graphs) for item in contradictions)
