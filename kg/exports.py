"""Whole-dataset exports (``newskg export``, ``/dumps/``).

Contract:

- ``nquads``, ``trig`` and ``jsonld`` keep the named graphs; ``turtle``, ``ntriples`` and
  ``rdfxml`` merge them into one graph (a triple asserted by several graphs is written once).
- JSON-LD is written as ``{"@context": ..., "@graph": [...]}``: the context (prefixes of
  :data:`kg.namespaces.PREFIXES`, the same document the server publishes at ``/context.jsonld``)
  is inline, so that reading the dump never fetches anything; node IRIs are written in full.
- ``compress=True`` writes gzip (with a zero timestamp, so equal data gives equal bytes).
- A dump reads the store itself, not through an executor: it must be complete, so neither the
  row limit nor the timeout of client queries applies to it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import FormatError
from kg.formats import DATASET_FORMATS, GRAPH_FORMATS, Format, find_format
from kg.namespaces import NKG_IRI, PREFIXES
from kg.store.base import Store

_MERGED = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"

#: Formats that keep the named graphs.
KEEPS_GRAPHS = frozenset({"nquads", "trig", "jsonld"})

GZIP_SUFFIX = ".gz"

#: Asks what changes whenever the dataset does (see :func:`dataset_version`).
VERSION_QUERY = f"""PREFIX nkg: <{NKG_IRI}>
PREFIX prov: <{PREFIXES["prov"]}>
SELECT ?quads ?graphs ?runs ?latest WHERE {{
  {{ SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} }}
  {{ SELECT (COUNT(DISTINCT ?run) AS ?runs) (MAX(STR(?t)) AS ?latest)
     WHERE {{ ?run a nkg:LoadRun OPTIONAL {{ ?run prov:startedAtTime ?t }} }} }}
}}"""


@dataclass(frozen=True)
class ExportFormat:
    """A dump format: its serialization and whether named graphs survive it."""

    format: Format

    @property
    def name(self) -> str:
        return self.format.name

    @property
    def keeps_graphs(self) -> bool:
        return self.name in KEEPS_GRAPHS

    @property
    def file_name(self) -> str:
        """The dump's file name on the server (``newskg.nq.gz``)."""
        return f"newskg.{self.format.extension}{GZIP_SUFFIX}"


#: Every export format, dataset formats first (the order of ``/dumps/`` and the VoID description).
EXPORT_FORMATS: tuple[ExportFormat, ...] = tuple(
    ExportFormat(f) for f in (*DATASET_FORMATS, *sorted(GRAPH_FORMATS, key=lambda f: f.name != "jsonld"))
)


def find_export_format(name_or_extension: str) -> ExportFormat:
    """An export format by name, media type or extension; ``FormatError`` if unknown."""
    fmt = find_format(name_or_extension, tuple(e.format for e in EXPORT_FORMATS))
    return next(e for e in EXPORT_FORMATS if e.format == fmt)


def format_of_path(name: str) -> tuple[ExportFormat | None, bool]:
    """The export format a file name's extension names (or ``None``), and whether it ends in ``.gz``."""
    compressed = name.endswith(GZIP_SUFFIX)
    stem = name.removesuffix(GZIP_SUFFIX)
    extension = stem.rpartition(".")[2] if "." in stem else ""
    try:
        return (find_export_format(extension) if extension else None), compressed
    except FormatError:
        return None, compressed


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context of newskg data: one term per prefix of :data:`PREFIXES`."""
    return {"@context": dict(PREFIXES)}


def export_dataset(store: Store, format_name: str, output: BinaryIO, *, compress: bool = False) -> None:
    """Write the whole dataset to ``output`` in the named format (``FormatError`` if unknown)."""
    fmt = find_export_format(format_name)
    if compress:
        with gzip.GzipFile(fileobj=output, mode="wb", mtime=0) as zipped:
            _write(store, fmt, zipped)  # type: ignore[arg-type]
    else:
        _write(store, fmt, output)


def _write(store: Store, fmt: ExportFormat, output: BinaryIO) -> None:
    if fmt.name == "jsonld":
        _write_jsonld(store, output)
    elif fmt.keeps_graphs:
        store.dump(output, fmt.format)
    else:
        output.write(store.query(_MERGED).serialize(fmt.format))


def _write_jsonld(store: Store, output: BinaryIO) -> None:
    """Expanded JSON-LD from pyoxigraph (named graphs kept) under the inline context."""
    nquads = find_format("nquads", DATASET_FORMATS)
    with tempfile.TemporaryFile() as spool:
        store.dump(spool, nquads)  # every store writes N-Quads; its JSON-LD needs a dataset
        spool.seek(0)
        context = json.dumps(jsonld_context()["@context"], ensure_ascii=False)
        output.write(f'{{"@context": {context},\n"@graph": '.encode())
        ox.serialize(_quads(spool), output, format=ox.RdfFormat.JSON_LD)
        output.write(b"}\n")


def _quads(spool: BinaryIO) -> Iterator[ox.Quad]:
    yield from ox.parse(spool, format=ox.RdfFormat.N_QUADS)


def dataset_version(answer: bytes) -> str:
    """A short key for the answer to :data:`VERSION_QUERY`: it changes when the dataset does.

    It covers the number of quads and graphs, and the number and latest start of load runs: a
    load (every load writes a new run), a dropped or added graph, or an update that adds or
    removes triples changes it. An update that rewrites triples in place without changing any
    count is not seen (ADR 0008).
    """
    return hashlib.sha256(answer).hexdigest()[:16]
