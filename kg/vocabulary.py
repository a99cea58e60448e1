"""The ontology as a document to publish: its terms, their definitions, and RDF for each.

The ontology is read from ``{ontology_dir}/newskg.ttl``, the file the loader puts in the ontology
graph, rather than queried from the store: it is our own trusted file, it exists before anything
is loaded, and its Turtle keeps the authors' comments. Nothing here queries a store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.namespaces import NKG_IRI, PREFIXES

ONTOLOGY_FILE = "newskg.ttl"
ONTOLOGY_IRI = NKG_IRI.rstrip("#")

_RDF_TYPE = PREFIXES["rdf"] + "type"
_LABEL = PREFIXES["rdfs"] + "label"
_COMMENT = PREFIXES["rdfs"] + "comment"
_DEFINITION = PREFIXES["skos"] + "definition"

#: Sections of the ontology page, in order: the ``rdf:type`` that puts a term in each.
KINDS: tuple[tuple[str, str], ...] = (
    ("Classes", PREFIXES["owl"] + "Class"),
    ("Object properties", PREFIXES["owl"] + "ObjectProperty"),
    ("Datatype properties", PREFIXES["owl"] + "DatatypeProperty"),
    ("Individuals", PREFIXES["owl"] + "NamedIndividual"),
)


@dataclass
class VocabularyTerm:
    """One ``nkg:`` term: its triples, with its labels and definitions by language."""

    iri: str
    triples: list[ox.Triple] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.iri.removeprefix(NKG_IRI)

    def texts(self, predicate: str) -> dict[str, str]:
        """Literal values of ``predicate`` keyed by language tag (``""`` for none)."""
        return {
            (t.object.language or ""): t.object.value
            for t in self.triples
            if t.predicate.value == predicate and isinstance(t.object, ox.Literal)
        }

    def label(self, language: str = "en") -> str:
        labels = self.texts(_LABEL)
        return labels.get(language) or next(iter(labels.values()), self.name)

    def definitions(self) -> dict[str, str]:
        return self.texts(_DEFINITION) or self.texts(_COMMENT)

    @property
    def kinds(self) -> list[str]:
        return [
            t.object.value
            for t in self.triples
            if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode)
        ]

    def others(self) -> list[ox.Triple]:
        """Triples other than type, labels and definitions (subclasses, domains, ranges...)."""
        shown = {_RDF_TYPE, _LABEL, _COMMENT, _DEFINITION}
        return [t for t in self.triples if t.predicate.value not in shown]


@dataclass
class Vocabulary:
    """The parsed ontology file."""

    source: bytes
    triples: list[ox.Triple]

    def terms(self) -> list[VocabularyTerm]:
        """The ``nkg:`` terms defined in the file, by name."""
        found: dict[str, VocabularyTerm] = {}
        for triple in self.triples:
            subject = triple.subject
            if isinstance(subject, ox.NamedNode) and subject.value.startswith(NKG_IRI):
                found.setdefault(subject.value, VocabularyTerm(subject.value)).triples.append(triple)
        return sorted(found.values(), key=lambda t: t.name)

    def sections(self) -> Iterator[tuple[str, list[VocabularyTerm]]]:
        """The terms grouped by kind (a term of two kinds shows in the first that fits)."""
        terms = self.terms()
        placed: set[str] = set()
        for title, kind in KINDS:
            members = [t for t in terms if kind in t.kinds and t.iri not in placed]
            placed.update(t.iri for t in members)
            if members:
                yield title, members
        rest = [t for t in terms if t.iri not in placed]
        if rest:
            yield "Other terms", rest

    def term(self, name: str) -> VocabularyTerm | None:
        iri = NKG_IRI + name
        return next((t for t in self.terms() if t.iri == iri), None)

    def header(self) -> VocabularyTerm:
        """The ``owl:Ontology`` resource itself (title, description, licence, version)."""
        return VocabularyTerm(
            ONTOLOGY_IRI, [t for t in self.triples if t.subject == ox.NamedNode(ONTOLOGY_IRI)]
        )

    def closure_of(self, node: ox.BlankNode) -> list[ox.Triple]:
        """The triples whose subject is the blank node ``node`` (a union, a list cell)."""
        return [t for t in self.triples if t.subject == node]

    def closure(self, iri: str) -> list[ox.Triple]:
        """The triples of ``iri`` and of the blank nodes they lead to (a range's union, a list)."""
        out: list[ox.Triple] = []
        todo: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(iri)]
        seen: set[ox.NamedNode | ox.BlankNode] = set()
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            for triple in self.triples:
                if triple.subject == node:
                    out.append(triple)
                    if isinstance(triple.object, ox.BlankNode):
                        todo.append(triple.object)
        return out


def read_vocabulary(ontology_dir: Path) -> Vocabulary:
    """Parse ``newskg.ttl`` from ``ontology_dir``; ``UsageError`` if it is missing or broken."""
    path = ontology_dir / ONTOLOGY_FILE
    try:
        source = path.read_bytes()
        triples = [q.triple for q in ox.parse(source, format=ox.RdfFormat.TURTLE, base_iri=ONTOLOGY_IRI)]
    except (OSError, SyntaxError) as exc:
        raise UsageError(f"cannot read the ontology {path}: {exc}") from exc
    return Vocabulary(source, triples)


def serialize_triples(triples: list[ox.Triple], rdf_format: ox.RdfFormat) -> bytes:
    """``triples`` in ``rdf_format`` with the usual prefixes."""
    return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""
