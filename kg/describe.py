"""What a resource page shows: a resource's facts, the links to it, and the evidence behind it.

Every query here goes through an :class:`kg.execution.Executor` (the limits that protect the
endpoint protect the pages too). Queries for pages ask for SPARQL JSON results and read them back
into pyoxigraph terms; the RDF descriptions are the executor's serialized answer, unchanged.
The resource's IRI is validated as an IRI and bound through ``VALUES``, never spliced as text.

Contract of the description of a resource ``r``:

- RDF (:func:`rdf_description`): every triple ``r ?p ?o`` (with the triples of blank nodes it
  points to, such as an amount), and up to :data:`INCOMING_LIMIT` triples ``?s ?p r``; for a named
  graph, the graph's own triples (SPARQL Graph Store direct identification).
- A resource *exists* when it is the subject or object of a triple, or names a graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import UsageError
from kg.execution import Executor, QueryRequest
from kg.namespaces import NKG_IRI, PREFIXES

Term = ox.NamedNode | ox.BlankNode | ox.Literal

INCOMING_LIMIT = 500
"""Most links *to* a resource that a description carries (an actor may be named everywhere)."""

EVIDENCE_LIMIT = 100
"""Most evidence spans a page shows."""

GRAPH_CONTENT_LIMIT = 2000
"""Most subjects a graph's HTML page lists."""

_PROLOGUE = "\n".join(f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items())
_LABELS = "rdfs:label|nkg:title|schema:name|skos:prefLabel"


@dataclass(frozen=True)
class Fact:
    """One triple about (or pointing to) the resource, and the graph that asserts it."""

    subject: Term
    predicate: ox.NamedNode
    value: Term
    graph: ox.NamedNode | None


@dataclass(frozen=True)
class Evidence:
    """A span of an article's body (code point offsets) and the paragraph around it."""

    iri: ox.NamedNode
    article: ox.NamedNode
    article_title: str
    start: int
    end: int
    exact: str
    before: str
    highlighted: str
    after: str
    said: str = ""
    """The statement's own words (``nkg:text``) when they occur inside the span."""

    @property
    def said_parts(self) -> tuple[str, str, str]:
        """``highlighted`` split around the first occurrence of ``said`` (empty if absent)."""
        at = self.highlighted.find(self.said) if self.said else -1
        if at < 0:
            return self.highlighted, "", ""
        return self.highlighted[:at], self.said, self.highlighted[at + len(self.said) :]


@dataclass
class Description:
    """Everything a resource page shows."""

    iri: ox.NamedNode
    facts: list[Fact] = field(default_factory=list)
    nested: list[Fact] = field(default_factory=list)
    """Triples of the blank nodes the resource points to (an amount's value and currency)."""
    incoming: list[Fact] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    graph_subjects: list[tuple[Term, int]] = field(default_factory=list)
    """For a named graph: its subjects and their number of triples."""

    @property
    def types(self) -> list[ox.NamedNode]:
        rdf_type = ox.NamedNode(PREFIXES["rdf"] + "type")
        return sorted(
            {f.value for f in self.facts if f.predicate == rdf_type and isinstance(f.value, ox.NamedNode)},
            key=lambda t: t.value,
        )

    def label(self, term: Term) -> str:
        """The label of an IRI if one is known, else ``""``."""
        return self.labels.get(term.value, "") if isinstance(term, ox.NamedNode) else ""

    def values(self, predicate: str) -> list[Term]:
        return [f.value for f in self.facts if f.predicate.value == predicate]


def resource_term(iri: str) -> ox.NamedNode:
    """``iri`` as a term; ``UsageError`` if it is not a valid IRI."""
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise UsageError(f"not a valid IRI: {iri!r} ({exc})") from None


def _select(executor: Executor, sparql: str) -> Iterator[ox.QuerySolution]:
    answer = executor.run(QueryRequest(f"{_PROLOGUE}\n{sparql}", results_format="json", graph_format=None))
    solutions = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError("a SELECT query answered a boolean")
    yield from solutions


def _ask(executor: Executor, sparql: str) -> bool:
    answer = executor.run(QueryRequest(f"{_PROLOGUE}\n{sparql}", results_format="json", graph_format=None))
    return bool(ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON))


def exists(executor: Executor, iri: ox.NamedNode) -> bool:
    """Whether ``iri`` is in a triple (as subject or object) or names a graph."""
    return _ask(
        executor,
        f"""ASK {{ VALUES ?r {{ {iri} }}
      {{ ?r ?p ?o }} UNION {{ ?s ?p ?r }} UNION {{ GRAPH ?r {{}} }} }}""",
    )


def is_graph(executor: Executor, iri: ox.NamedNode) -> bool:
    return _ask(executor, f"ASK {{ VALUES ?r {{ {iri} }} GRAPH ?r {{}} }}")


def rdf_description(executor: Executor, iri: ox.NamedNode, graph_format: str, *, graph: bool) -> bytes:
    """The RDF document of ``iri`` in ``graph_format`` (see the module docstring)."""
    if graph:
        sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?r {{ {iri} }} GRAPH ?r {{ ?s ?p ?o }} }}"
    else:
        sparql = f"""CONSTRUCT {{ ?r ?p ?o . ?o ?bp ?bo . ?s ?ip ?r }} WHERE {{
          VALUES ?r {{ {iri} }}
          {{ ?r ?p ?o OPTIONAL {{ FILTER(isBlank(?o)) ?o ?bp ?bo }} }}
          UNION
          {{ SELECT ?s ?ip WHERE {{ VALUES ?r {{ {iri} }} ?s ?ip ?r }} LIMIT {INCOMING_LIMIT} }}
        }}"""
    answer = executor.run(QueryRequest(sparql, results_format=None, graph_format=graph_format))
    return answer.body


def describe(executor: Executor, iri: ox.NamedNode, *, graph: bool = False) -> Description:
    """The page of ``iri``: facts (with the graph asserting each), links to it, labels, evidence."""
    found = Description(iri)
    for row in _select(
        executor,
        f"""SELECT DISTINCT ?s ?p ?o ?g WHERE {{
          VALUES ?r {{ {iri} }}
          {{ GRAPH ?g {{ ?r ?p ?o }} BIND(?r AS ?s) }}
          UNION {{ GRAPH ?g {{ ?r ?x ?s FILTER(isBlank(?s)) ?s ?p ?o }} }}
        }} ORDER BY ?p ?o ?g""",
    ):
        fact = _fact(row["s"], row["p"], row["o"], row["g"])
        (found.facts if fact.subject == iri else found.nested).append(fact)
    for row in _select(
        executor,
        f"""SELECT DISTINCT ?s ?p ?g WHERE {{
          VALUES ?r {{ {iri} }} GRAPH ?g {{ ?s ?p ?r }} }} ORDER BY ?p ?s LIMIT {INCOMING_LIMIT}""",
    ):
        found.incoming.append(_fact(row["s"], row["p"], iri, row["g"]))
    if graph:
        found.graph_subjects = [
            (row["s"], int(row["n"].value))
            for row in _select(
                executor,
                f"""SELECT ?s (COUNT(*) AS ?n) WHERE {{
                  VALUES ?r {{ {iri} }} GRAPH ?r {{ ?s ?p ?o }} }}
                GROUP BY ?s ORDER BY ?s LIMIT {GRAPH_CONTENT_LIMIT}""",
            )
        ]
    found.evidence = list(_evidence(executor, iri))
    named = {iri, *_iris(found)}
    found.labels = labels(executor, named)
    return found


def _fact(s: Term | None, p: Term | None, o: Term | None, g: Term | None) -> Fact:
    if s is None or not isinstance(p, ox.NamedNode) or o is None:
        raise TypeError(f"incomplete triple in a description: {s!r} {p!r} {o!r}")
    return Fact(s, p, o, g if isinstance(g, ox.NamedNode) else None)


def _iris(found: Description) -> Iterator[ox.NamedNode]:
    for fact in (*found.facts, *found.nested, *found.incoming):
        for term in (fact.subject, fact.predicate, fact.value, fact.graph):
            if isinstance(term, ox.NamedNode):
                yield term
    for term, _ in found.graph_subjects:
        if isinstance(term, ox.NamedNode):
            yield term
    for ev in found.evidence:
        yield ev.article


def labels(executor: Executor, iris: Iterable[ox.NamedNode], language: str = "en") -> dict[str, str]:
    """A label for each IRI that has one (``rdfs:label``, ``nkg:title``, ``schema:name``...).

    A label in ``language`` wins, then one without a language, then the least in code point
    order; a named graph derived from an article is labelled by the article's title.
    """
    wanted = sorted({i.value for i in iris})
    ranked: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(wanted, 500):
        values = " ".join(str(ox.NamedNode(i)) for i in chunk)
        for row in _select(
            executor,
            f"""SELECT DISTINCT ?x ?l ?rank WHERE {{
              VALUES ?x {{ {values} }}
              {{ ?x {_LABELS} ?l
                 BIND(IF(LANGMATCHES(LANG(?l), "{language}"), 0, IF(LANG(?l) = "", 1, 2)) AS ?rank) }}
              UNION {{ ?x prov:wasDerivedFrom/nkg:title ?t
                       BIND(CONCAT("graph of: ", STR(?t)) AS ?l) BIND(3 AS ?rank) }}
            }}""",
        ):
            x, label, rank = row["x"], row["l"], row["rank"]
            if isinstance(x, ox.NamedNode) and isinstance(label, ox.Literal) and isinstance(rank, ox.Literal):
                key = (int(rank.value), label.value)
                if x.value not in ranked or key < ranked[x.value]:
                    ranked[x.value] = key
    return {iri: label for iri, (_, label) in ranked.items()}


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for at in range(0, len(items), size):
        yield items[at : at + size]


def _evidence(executor: Executor, iri: ox.NamedNode) -> Iterator[Evidence]:
    """The evidence spans of ``iri`` (or ``iri`` itself, if it is one), cut from the article body."""
    rows = _select(
        executor,
        f"""SELECT DISTINCT ?e ?start ?end ?exact ?article ?title ?body ?text WHERE {{
          VALUES ?r {{ {iri} }}
          {{ ?r nkg:evidence ?e }} UNION {{ ?r nkg:start [] BIND(?r AS ?e) }}
          ?e nkg:start ?start ; nkg:end ?end ; nkg:article ?article .
          ?article nkg:body ?body .
          OPTIONAL {{ ?e nkg:exact ?exact }}
          OPTIONAL {{ ?article nkg:title ?title }}
          OPTIONAL {{ ?r nkg:text ?text }}
        }} ORDER BY ?article ?start ?end LIMIT {EVIDENCE_LIMIT}""",
    )
    seen: set[str] = set()
    for row in rows:
        e, article, body = row["e"], row["article"], row["body"]
        if not isinstance(e, ox.NamedNode) or not isinstance(article, ox.NamedNode) or e.value in seen:
            continue
        seen.add(e.value)
        yield cut(
            e,
            article,
            _text(row["title"]),
            _text(body),
            int(_text(row["start"])),
            int(_text(row["end"])),
            exact=_text(row["exact"]),
            said=_text(row["text"]),
        )


def _text(term: Term | None) -> str:
    return term.value if isinstance(term, ox.Literal) else ""


def cut(
    iri: ox.NamedNode,
    article: ox.NamedNode,
    title: str,
    body: str,
    start: int,
    end: int,
    *,
    exact: str = "",
    said: str = "",
) -> Evidence:
    """The span ``body[start:end]`` (code points) with the rest of its paragraph on each side.

    Paragraphs are separated by a blank line (the body is normalised so, see README). Offsets
    outside the body are clamped: a page never fails on a bad span, it shows what the body holds.
    """
    start, end = max(0, min(start, len(body))), max(0, min(end, len(body)))
    end = max(start, end)
    para_start = body.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = body.find("\n\n", end)
    para_end = len(body) if para_end < 0 else para_end
    return Evidence(
        iri,
        article,
        title,
        start,
        end,
        exact or body[start:end],
        body[para_start:start],
        body[start:end],
        body[end:para_end],
        said,
    )


def is_vocabulary(iri: str) -> bool:
    """Whether ``iri`` is a term (or the document) of the newskg ontology."""
    return iri.startswith(NKG_IRI) or iri == NKG_IRI.rstrip("#")
