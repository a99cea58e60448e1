"""Checking the ontology itself with an OWL 2 reasoner (HermiT, through owlready2).

This is the only module that imports owlready2. owlready2 does not read Turtle, so ``newskg.ttl``
is converted to RDF/XML with rdflib first, then loaded into a fresh ``World`` whose quadstore is in
memory (no SQLite file, so no lock shared with another process). HermiT runs in a Java child
process: it says whether the ontology is consistent, which classes are unsatisfiable (equivalent to
``owl:Nothing``), and classifies the classes (the subsumptions that follow from the axioms).

HermiT knows only the datatypes of the OWL 2 datatype map, which lacks ``xsd:date``,
``xsd:gYearMonth``, ``xsd:gYear`` and ``rdf:langString``: ranges over those are ignored by the
reasoner (they are checked on the data by the SHACL shapes instead, see :mod:`kg.validate`).

The reasoner has no time limit of its own; the ontology is small (about 2 s). It is never run on
the data: the data is checked by SPARQL (:mod:`kg.consistency`) and SHACL, which scale.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import owlready2
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import InconsistentOntologyError, ReasonerUnavailableError
from kg.namespaces import curie

ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
UNSUPPORTED_DATATYPES = ("xsd:date", "xsd:gYearMonth", "xsd:gYear", "rdf:langString")


@dataclass(frozen=True)
class Classification:
    """What HermiT concluded about the ontology (only returned when it is consistent)."""

    classes: int
    unsatisfiable: tuple[str, ...]
    #: for each nkg class, every named superclass it has once reasoned (asserted or inferred)
    superclasses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: subsumptions HermiT inferred that the file does not state, even through a chain of
    #: asserted ``rdfs:subClassOf`` (a sign of an axiom with unintended consequences)
    inferred: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unsatisfiable


def java_executable() -> str:
    """The ``java`` command owlready2 will run; ``ReasonerUnavailableError`` if there is none."""
    command = str(owlready2.JAVA_EXE)
    found = shutil.which(command)
    if found is None:
        raise ReasonerUnavailableError(
            f"HermiT needs Java, and {command!r} is not on the PATH: install a Java "
            "runtime (17 works), e.g. `apt-get install default-jre-headless`")
    return found


def classify_ontology(path: Path) -> Classification:
    """Run HermiT on the ontology at ``path`` (Turtle).

    Raises ``InconsistentOntologyError`` if it is inconsistent, ``ReasonerUnavailableError`` if
    Java is missing or HermiT fails.
    """
    java_executable()
    graph = Graph().parse(path, format="turtle", publicID=ONTOLOGY_IRI)
    asserted = _asserted_superclasses(graph)
    rdfxml = graph.serialize(format="xml", encoding="utf-8")
    world = owlready2.World()  # in memory: no SQLite file to lock
    try:
        world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(rdfxml))
        try:
            owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            raise InconsistentOntologyError(
                f"{path}: HermiT found the ontology inconsistent (no model satisfies its axioms); "
                "look at the disjointness, domain and range axioms and the individuals it declares"
            ) from None
        except owlready2.OwlReadyJavaError as exc:
            raise ReasonerUnavailableError(f"HermiT failed on {path}: {exc}") from None
        return _classification(world, asserted, _defined_classes(graph))
    finally:
        world.close()


def _classification(
    world: owlready2.World, asserted: dict[str, set[str]], defined: set[str]
) -> Classification:
    # the classes the file defines (ours, or any a test or a user adds), not the aligned ones it
    # only declares (prov:, schema:, sem:, skos:), which have no axioms here
    classes = [c for c in world.classes() if c.iri in defined]
    unsatisfiable = sorted(curie(c.iri) for c in world.inconsistent_classes() if c.iri in defined)
    superclasses: dict[str, tuple[str, ...]] = {}
    inferred: list[tuple[str, str]] = []
    for cls in sorted(classes, key=lambda c: c.iri):
        named = {a.iri for a in cls.ancestors(include_self=False)
                 if isinstance(a, owlready2.ThingClass) and a is not owlready2.Thing}
        superclasses[curie(cls.iri)] = tuple(sorted(curie(iri) for iri in named))
        inferred.extend((curie(cls.iri), curie(iri)) for iri in sorted(named - asserted.get(cls.iri, set())))
    return Classification(len(classes), tuple(unsatisfiable), superclasses, tuple(inferred))


def _defined_classes(graph: Graph) -> set[str]:
    """Classes with a label, a definition or a superclass in the file: not bare declarations."""
    found = set()
    for cls in graph.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and (
                (cls, RDFS.label, None) in graph or (cls, RDFS.subClassOf, None) in graph
                or (cls, OWL.equivalentClass, None) in graph):
            found.add(str(cls))
    return found


def _asserted_superclasses(graph: Graph) -> dict[str, set[str]]:
    """Named superclasses reachable by asserted ``rdfs:subClassOf`` chains, per class."""
    rows = graph.query("""
        SELECT ?c ?super WHERE {
          ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ ?super FILTER (isIRI(?c) && isIRI(?super))
        }""")
    result: dict[str, set[str]] = {}
    for row in rows:
        c, sup = row  # type: ignore[misc]
        result.setdefault(str(c), set()).add(str(sup))
    return result


def format_classification(result: Classification) -> str:
    """The readable summary ``newskg reason`` prints."""
    lines = [f"ontology: consistent (HermiT), {result.classes} nkg classes, "
             f"{len(result.unsatisfiable)} unsatisfiable"]
    lines += [f"  unsatisfiable: {name} (no individual can be a member)" for name in result.unsatisfiable]
    lines += [f"  inferred, not asserted: {sub} ⊑ {sup}" for sub, sup in result.inferred]
    lines.append(f"  (ranges over {', '.join(UNSUPPORTED_DATATYPES)} are outside OWL 2's datatype map: "
                 "HermiT ignores them, the SHACL shapes check them)")
    return "\n".join(lines)
