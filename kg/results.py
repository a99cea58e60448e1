"""Query results, whatever store produced them.

Every store hands back the engine's own result objects (pyoxigraph's, parsed from the wire for a
remote store), wrapped here so callers get one API: Python rows of rdflib terms, or bytes in any
format of :mod:`kg.formats`. A result is an iterator: it can be consumed once.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import islice
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.errors import FormatError
from kg.formats import GRAPH_FORMATS, RESULTS_FORMATS, Format

Kind = TypingLiteral["solutions", "boolean", "graph"]
Term = URIRef | Literal | BNode
Row = dict[str, Term]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Term:
    """Convert one pyoxigraph term to rdflib."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # RDF 1.1: a simple literal is an xsd:string
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


class QueryResult:
    """The result of one SPARQL query: solutions, a boolean, or a graph."""

    def __init__(self, native: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> None:
        self._native = native

    @property
    def kind(self) -> Kind:
        if isinstance(self._native, ox.QuerySolutions):
            return "solutions"
        if isinstance(self._native, ox.QueryBoolean):
            return "boolean"
        return "graph"

    @property
    def formats(self) -> tuple[Format, ...]:
        """The formats this result can be written in."""
        return GRAPH_FORMATS if self.kind == "graph" else RESULTS_FORMATS

    @property
    def variables(self) -> list[str]:
        if not isinstance(self._native, ox.QuerySolutions):
            return []
        return [v.value for v in self._native.variables]

    @property
    def boolean(self) -> bool:
        if not isinstance(self._native, ox.QueryBoolean):
            raise TypeError(f"a {self.kind} result has no boolean")
        return bool(self._native)

    def rows(self) -> Iterator[Row]:
        """Each solution as a mapping from variable name to rdflib term (unbound ones absent)."""
        if not isinstance(self._native, ox.QuerySolutions):
            raise TypeError(f"a {self.kind} result has no rows")
        names = self.variables
        for solution in self._native:
            yield {
                name: to_rdflib(solution[name])
                for name in names
                if solution[name] is not None
            }

    def triples(self) -> Iterator[tuple[Term, Term, Term]]:
        if not isinstance(self._native, ox.QueryTriples):
            raise TypeError(f"a {self.kind} result has no triples")
        for triple in self._native:
            yield to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)

    def serialize(self, fmt: Format) -> bytes:
        """The whole result in ``fmt``; ``FormatError`` if that format does not fit its kind."""
        if fmt not in self.formats:
            raise FormatError(f"a {self.kind} result cannot be written as {fmt.name}")
        data = self._native.serialize(format=fmt.oxigraph)  # type: ignore[arg-type]
        return data or b""

    def serialize_at_most(self, fmt: Format, max_rows: int) -> tuple[bytes, bool]:
        """At most ``max_rows`` solutions (or triples) in ``fmt``, and whether more existed.

        Rows are taken one by one, so no more than ``max_rows + 1`` are ever evaluated; the kept
        solutions go back through the engine's own serializer (via TSV, whose terms are exact
        N-Triples), so the bytes are what :meth:`serialize` would write for them.
        """
        if fmt not in self.formats:
            raise FormatError(f"a {self.kind} result cannot be written as {fmt.name}")
        native = self._native
        if isinstance(native, ox.QueryBoolean):
            return self.serialize(fmt), False
        if isinstance(native, ox.QueryTriples):
            kept_triples = list(islice(native, max_rows + 1))
            truncated = len(kept_triples) > max_rows
            output = io.BytesIO()
            ox.serialize(kept_triples[:max_rows], output, format=fmt.oxigraph)  # type: ignore[arg-type]
            return output.getvalue(), truncated
        variables = native.variables
        lines = ["\t".join(str(v) for v in variables)]
        truncated = False
        for solution in native:
            if len(lines) > max_rows:
                truncated = True
                break
            # iterating a solution gives its values in variable order: 8x faster than solution[v]
            lines.append("\t".join("" if term is None else str(term) for term in solution))
        kept = ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"),
                                      format=ox.QueryResultsFormat.TSV)
        data = kept.serialize(format=fmt.oxigraph)  # type: ignore[arg-type]
        return data or b"", truncated
