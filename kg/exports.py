"""Whole-dataset exports: dataset formats keep the named graphs, graph formats merge them."""

from __future__ import annotations

from typing import BinaryIO

from kg.formats import DATASET_FORMATS, GRAPH_FORMATS, find_format
from kg.store.base import Store

_MERGED = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def export_dataset(store: Store, format_name: str, output: BinaryIO) -> None:
    """Write the whole dataset to ``output`` in the named format (``FormatError`` if unknown)."""
    if format_name in {f.name for f in DATASET_FORMATS}:
        store.dump(output, find_format(format_name, DATASET_FORMATS))
    else:
        output.write(store.query(_MERGED).serialize(find_format(format_name, GRAPH_FORMATS)))
