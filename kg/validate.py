"""SHACL validation of article graphs against ``ontology/shapes.ttl`` (the only pyshacl import).

The loader validates each article's graph (with the entity descriptions it brings and the ontology,
so that ``sh:class nkg:Actor`` accepts a ``nkg:Person``) before writing it, and refuses an article
with violations; ``newskg validate`` validates every article graph a store holds. Warnings and
information (an undated statement, a campaign without a platform: see the header of
``shapes.ttl``) are reported, never refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.errors import UsageError
from kg.iris import Iris
from kg.namespaces import curie
from kg.store.base import Store

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True)
class Finding:
    """One result of the validation: what is wrong, where, and how bad."""

    severity: str  # violation, warning, info
    focus: str
    path: str | None
    value: str | None
    message: str

    def describe(self) -> str:
        where = f" {curie(self.path)}" if self.path else ""
        value = f" = {self.value[:80]!r}" if self.value is not None else ""
        return f"{self.severity}: <{self.focus}>{where}{value}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "violation")

    @property
    def conforms(self) -> bool:
        return not self.violations

    def counts(self) -> Counter[str]:
        return Counter(f.severity for f in self.findings)

    def summary(self) -> str:
        counts = self.counts()
        return ", ".join(f"{counts[s]} {s}(s)" for s in ("violation", "warning", "info"))

    def describe(self, *, details: tuple[str, ...] = ("violation", "warning")) -> str:
        """The summary, then one line per finding of the listed severities (violations first)."""
        order = {"violation": 0, "warning": 1, "info": 2}
        shown = sorted((f for f in self.findings if f.severity in details),
                       key=lambda f: (order[f.severity], f.focus, f.path or ""))
        return "\n".join([self.summary(), *(f"  {f.describe()}" for f in shown)])


def load_shapes(ontology_dir: Path) -> Graph:
    """The shapes of ``ontology_dir/shapes.ttl``; ``UsageError`` if the folder has none."""
    path = ontology_dir / "shapes.ttl"
    if not path.is_file():
        raise UsageError(f"no SHACL shapes in the ontology folder {ontology_dir} (expected {path})")
    return Graph().parse(path, format="turtle")


def validate_graph(data: Graph, shapes: Graph, ontology: Graph) -> ValidationReport:
    """Validate ``data`` (an article graph with its entity descriptions) against ``shapes``.

    The ontology is mixed in (a copy: ``data`` is not modified) for its ``rdfs:subClassOf``
    triples; no RDFS or OWL inference runs.
    """
    _, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none",
        allow_warnings=True, allow_infos=True, advanced=False,
    )
    if not isinstance(results, Graph):
        raise TypeError("pyshacl returned no results graph")
    return ValidationReport(tuple(_findings(results)))


def _findings(results: Graph) -> Iterator[Finding]:
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        yield Finding(
            SEVERITIES.get(severity, str(severity)) if isinstance(severity, URIRef) else "violation",
            str(results.value(result, SH.focusNode)),
            str(path) if isinstance(path, URIRef) else None,
            str(value) if value is not None else None,
            str(message) if message is not None else "(no message)",
        )


def validate_store(
    store: Store, iris: Iris, shapes: Graph, ontology: Graph
) -> Iterator[tuple[str, ValidationReport]]:
    """Each article graph of the store, validated with the shared entity descriptions."""
    entities = _graph(store, str(iris.entities_graph))
    for name in store.graphs():
        if "/graph/article/" not in name:
            continue
        data = _graph(store, name)
        data += entities
        yield name, validate_graph(data, shapes, ontology)


def _graph(store: Store, name: str) -> Graph:
    graph = Graph()
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {URIRef(name).n3()} {{ ?s ?p ?o }} }}")
    for triple in result.triples():
        graph.add(triple)
    return graph
