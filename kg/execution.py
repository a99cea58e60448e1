"""Running a read query for a client: the one path every served query takes.

The server (``/sparql``, the canned-query API, linked-data pages) never calls ``Store.query``
itself: it builds a :class:`QueryRequest` and hands it to an :class:`Executor`, which evaluates
the query under the operator's limits and returns the serialized :class:`Answer`. The request
carries the negotiated format for each query form (results for SELECT/ASK, graph for
CONSTRUCT/DESCRIBE), because which form a query has is only known once it is parsed.

Contract of :meth:`Executor.run`:

- the answer is complete and serialized before it is returned, so an error is always raised
  before the first byte of a response is sent;
- ``timeout`` (seconds) may lower the executor's limit, never raise it;
- at most ``max_rows`` solutions (or triples) are written; ``Answer.truncated`` says if more
  existed;
- errors: ``QuerySyntaxError`` (malformed), ``QueryError`` (refused or failed),
  ``FormatError`` (no acceptable format for the query's form).

:class:`InProcessExecutor` evaluates in the calling thread, with no time limit: it is the
reference implementation for tests and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kg.errors import FormatError
from kg.formats import GRAPH_FORMATS, RESULTS_FORMATS, Format, find_format
from kg.results import QueryResult
from kg.store import Store


@dataclass(frozen=True)
class QueryRequest:
    """One read query to evaluate, with the formats its answer may take.

    ``results_format`` / ``graph_format`` are format names of :mod:`kg.formats` (``None``: the
    client accepts no format for that query form, so such a query fails with ``FormatError``).
    """

    sparql: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    results_format: str | None = "json"
    graph_format: str | None = "turtle"
    timeout: float | None = None
    max_rows: int | None = None
    asked: str = ""
    """What the client asked for (``format`` values or ``Accept``), quoted in a ``FormatError``."""


@dataclass(frozen=True)
class Answer:
    """A serialized answer: its bytes, format, and whether rows were left out."""

    body: bytes
    format: Format
    truncated: bool = False


class Executor(Protocol):
    """Evaluates read queries under limits (see the module docstring for the contract)."""

    def run(self, request: QueryRequest) -> Answer: ...

    def changed(self) -> None:
        """The store was written (update, Graph Store write, load): later runs must see it."""
        ...

    def close(self) -> None: ...


def answer_format(result: QueryResult, request: QueryRequest) -> Format:
    """The format ``request`` asked for, for the form ``result`` has; ``FormatError`` if none."""
    if result.kind == "graph":
        name, table, form = request.graph_format, GRAPH_FORMATS, "CONSTRUCT/DESCRIBE"
    else:
        name, table, form = request.results_format, RESULTS_FORMATS, "SELECT/ASK"
    if name is None:
        asked = f" ({request.asked})" if request.asked else ""
        raise FormatError(f"no format asked for{asked} can carry a {form} result")
    return find_format(name, table)


class InProcessExecutor:
    """Evaluates in the calling thread over ``store``: no time limit, no row limit."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def run(self, request: QueryRequest) -> Answer:
        result = self._store.query(
            request.sparql,
            default_graphs=list(request.default_graphs) or None,
            named_graphs=list(request.named_graphs) or None,
        )
        fmt = answer_format(result, request)
        return Answer(result.serialize(fmt), fmt)

    def changed(self) -> None:
        """Nothing to do: every run reads the store itself."""

    def close(self) -> None:
        """Nothing to release: the store stays its owner's."""
