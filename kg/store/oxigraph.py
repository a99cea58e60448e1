"""The embedded store: Oxigraph on disk (the default), or in memory for tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import FormatError, QueryError, QuerySyntaxError, StoreError, StoreUnavailableError
from kg.formats import Format
from kg.results import QueryResult
from kg.store.base import DEFAULT_GRAPH, replace_graph_update


def _graph_name(iri: str) -> ox.NamedNode | ox.DefaultGraph:
    """The graph ``iri`` names in a dataset: :data:`DEFAULT_GRAPH` is the store's own default graph."""
    return ox.DefaultGraph() if iri == DEFAULT_GRAPH else ox.NamedNode(iri)


class OxigraphStore:
    """A pyoxigraph ``Store``: on disk when given a directory, in memory otherwise.

    Only one process may open a directory read-write; a second open fails with
    ``StoreUnavailableError`` naming the directory. ``read_only`` opens a directory no process
    writes (a snapshot, see :meth:`snapshot`) for reading only.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreUnavailableError(f"cannot open the store at {path}: {exc}") from exc
        self._closed = False

    def __repr__(self) -> str:
        return f"OxigraphStore({str(self.path) if self.path else 'memory'})"

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        try:
            native = self._store.query(
                sparql,
                use_default_graph_as_union=not default_graphs,
                default_graph=[_graph_name(g) for g in default_graphs] if default_graphs else None,
                named_graphs=[ox.NamedNode(g) for g in named_graphs] if named_graphs else None,
            )
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None
        except ValueError as exc:  # an invalid graph IRI given by the caller
            raise QueryError(str(exc)) from None
        except OSError as exc:
            raise QueryError(f"query evaluation failed: {exc}") from exc
        return QueryResult(native)

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from exc

    def replace_graph(
        self, graph: str, triples: Graph, *, drop: Iterable[str] = (),
        merge: Mapping[str, Graph] | None = None,
    ) -> None:
        self.update(replace_graph_update(graph, triples, drop, merge))

    def graphs(self) -> list[str]:
        return sorted(
            g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def dump(self, output: BinaryIO, fmt: Format) -> None:
        if not isinstance(fmt.oxigraph, ox.RdfFormat) or not fmt.oxigraph.supports_datasets:
            raise FormatError(f"{fmt.name} cannot hold named graphs: use N-Quads or TriG")
        self._store.dump(output, format=fmt.oxigraph)

    def snapshot(self, target: Path) -> None:
        """Write a consistent copy of the store into the new directory ``target``.

        On disk it is a RocksDB checkpoint (hard links, milliseconds); an in-memory store is
        copied into a new on-disk store. Either opens with ``pyoxigraph.Store.read_only``.
        """
        try:
            if self.path is not None:
                self._store.backup(str(target))
                return
            copy = ox.Store(str(target))
            copy.extend(self._store)
            copy.flush()
            del copy
        except OSError as exc:
            raise StoreError(f"cannot write a snapshot of {self!r} to {target}: {exc}") from exc

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.path is not None and not self.read_only:
            self._store.flush()
        del self._store
