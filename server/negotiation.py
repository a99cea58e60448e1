"""Choosing a :class:`kg.formats.Format` for an answer, from a ``format`` parameter or ``Accept``.

Contract of :func:`choose_format`, given the table of formats that fit the answer:

1. ``format`` parameter values (short name, extension or media type; repeatable) override
   ``Accept``. The first value naming a format of the table wins; values naming nothing are
   skipped, because clients such as SPARQLWrapper send several spellings at once. If no value
   names a format of the table, ``FormatError`` (HTTP 406).
2. Otherwise ``Accept`` is matched with q-values over every media type of the table (aliases
   included); on a tie main media types beat aliases, then the table's order decides.
3. Otherwise (no ``Accept``, ``*/*``, or nothing acceptable) the table's first format: SPARQL
   JSON for solutions and booleans, Turtle for graphs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from werkzeug.datastructures import MIMEAccept

from kg.errors import FormatError
from kg.formats import GRAPH_FORMATS, RESULTS_FORMATS, Format, find_format

#: Extra spellings of ``format`` values, per table: the names SPARQLWrapper, Virtuoso and
#: Fuseki send. ``xml``/``json`` on a graph mean RDF/XML/JSON-LD, as in those clients.
PARAM_ALIASES: Mapping[tuple[Format, ...], Mapping[str, str]] = {
    RESULTS_FORMATS: {
        "sparql-results+json": "json",
        "sparql-results+xml": "xml",
    },
    GRAPH_FORMATS: {
        "ttl": "turtle",
        "n3": "turtle",  # Turtle is a subset of N3, so a Turtle answer is valid N3
        "nt": "ntriples",
        "n-triples": "ntriples",
        "json-ld": "jsonld",
        "json": "jsonld",
        "rdf+xml": "rdfxml",
        "rdf": "rdfxml",
        "xml": "rdfxml",
    },
}


def _from_param(value: str, table: tuple[Format, ...]) -> Format | None:
    """The format of ``table`` that ``value`` names, or ``None``."""
    key = value.strip().lower()
    key = PARAM_ALIASES.get(table, {}).get(key, key)
    try:
        return find_format(key, table)
    except FormatError:
        return None


def _from_accept(accept: MIMEAccept, table: tuple[Format, ...]) -> Format | None:
    """The best format of ``table`` for ``accept`` (q-values honoured), or ``None``."""
    if not accept:
        return None
    # Main media types before aliases, so that on a tie ``text/*`` means text/csv, not text/xml.
    by_type = {fmt.media_type: fmt for fmt in table}
    by_type.update({alias: fmt for fmt in table for alias in fmt.aliases})
    best = accept.best_match(list(by_type))
    return by_type[best] if best is not None else None


def choose_format(
    table: tuple[Format, ...], accept: MIMEAccept, format_params: Sequence[str] = ()
) -> Format:
    """The format to answer in; see the module docstring for the rules."""
    if format_params:
        for value in format_params:
            fmt = _from_param(value, table)
            if fmt is not None:
                return fmt
        asked = ", ".join(repr(v) for v in format_params)
        known = ", ".join(f.name for f in table)
        raise FormatError(f"format {asked} cannot be given for this answer (choose among: {known})")
    return _from_accept(accept, table) or table[0]


def content_type(fmt: Format) -> str:
    """The ``Content-Type`` of an answer in ``fmt``: every format of the tables is UTF-8 text."""
    return f"{fmt.media_type}; charset=utf-8"
