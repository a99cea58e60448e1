"""The ``Store`` protocol: what every store (embedded, in-memory, remote) does.

The default graph of a query is the union of all named graphs, unless the caller names the
default graphs (``default_graphs``) or the query has ``FROM`` clauses. Every write is atomic:
``replace_graph`` drops and refills a graph in one transaction, so a reader or a crash sees the
old graph or the new one, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import BinaryIO, Protocol, runtime_checkable

from rdflib import Graph, URIRef

from kg.formats import Format
from kg.results import QueryResult

DEFAULT_GRAPH = "urn:x-arq:DefaultGraph"
"""Names the store's own default graph in ``default_graphs`` (Jena's name for it): with it a
query reads that graph alone instead of the union. The embedded store maps it; a remote store
passes it on as a ``default-graph-uri`` (Fuseki understands it, Oxigraph server does not)."""


@runtime_checkable
class Store(Protocol):
    """A quad store that answers SPARQL 1.1."""

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query.

        Raises ``QuerySyntaxError`` on a malformed query, ``QueryError`` if evaluation fails.
        """
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update request as one transaction."""
        ...

    def replace_graph(
        self, graph: str, triples: Graph, *, drop: Iterable[str] = (),
        merge: Mapping[str, Graph] | None = None,
    ) -> None:
        """Atomically make ``graph`` hold exactly ``triples``, dropping the graphs in ``drop`` and
        adding the triples of ``merge`` to the graphs it names (set union), all in one transaction."""
        ...

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        ...

    def dump(self, output: BinaryIO, fmt: Format) -> None:
        """Write every quad (named graphs kept) in a dataset format (N-Quads, TriG)."""
        ...

    def close(self) -> None:
        """Release the store (flush and unlock an on-disk store). Idempotent."""
        ...


def replace_graph_update(
    graph: str, triples: Graph, drop: Iterable[str] = (), merge: Mapping[str, Graph] | None = None
) -> str:
    """The single SPARQL Update request that replaces ``graph``, drops ``drop`` and merges ``merge``.

    One request is one transaction in every SPARQL 1.1 store we target, which is what makes
    ``replace_graph`` atomic on both the embedded and the remote store.
    """
    target = URIRef(graph).n3()
    drops = [f"DROP SILENT GRAPH {URIRef(g).n3()} ;" for g in drop if g != graph]
    parts = [*drops, f"DROP SILENT GRAPH {target} ;", _insert(target, triples)]
    for other, added in (merge or {}).items():
        if other != graph and len(added):
            parts.extend([";", _insert(URIRef(other).n3(), added)])
    return "\n".join(parts)


def _insert(target: str, triples: Graph) -> str:
    body = triples.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return "\n".join([f"INSERT DATA {{ GRAPH {target} {{", body, "} }"])
