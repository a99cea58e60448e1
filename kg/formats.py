"""Serialization formats as data: one table for query results, one for RDF graphs and datasets.

The server negotiates over these tables, the CLI looks names up in them; nothing else
branches on a format.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import FormatError


@dataclass(frozen=True)
class Format:
    """A serialization: short name, media type, usual file extension and the engine's format."""

    name: str
    media_type: str
    extension: str
    oxigraph: ox.RdfFormat | ox.QueryResultsFormat
    aliases: tuple[str, ...] = ()

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


RESULTS_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", "srj", ox.QueryResultsFormat.JSON,
           ("application/json",)),
    Format("xml", "application/sparql-results+xml", "srx", ox.QueryResultsFormat.XML,
           ("application/xml", "text/xml")),
    Format("csv", "text/csv", "csv", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV),
)

GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", "ttl", ox.RdfFormat.TURTLE, ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES, ("text/plain",)),
    Format("jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD, ("application/json",)),
    Format("rdfxml", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, ("application/xml",)),
)

DATASET_FORMATS: tuple[Format, ...] = (
    Format("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS),
    Format("trig", "application/trig", "trig", ox.RdfFormat.TRIG),
)


def find_format(name_or_type: str, table: tuple[Format, ...]) -> Format:
    """Look a format up by short name, media type or extension; ``FormatError`` if absent."""
    key = name_or_type.strip().lower()
    for fmt in table:
        if key in (fmt.name, fmt.extension, *fmt.media_types):
            return fmt
    known = ", ".join(f.name for f in table)
    raise FormatError(f"unknown format {name_or_type!r} (known: {known})")
