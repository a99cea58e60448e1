"""Saved queries: a name, a description and a SPARQL query, kept as RDF in their own named graph.

A saved query is ``{base}q/{id}`` (so its IRI maps to the short link ``/q/{id}`` on the server's
host), described with schema.org in the graph ``{base}graph/saved-queries``::

    <{base}q/{id}> a schema:SoftwareSourceCode ;
        schema:identifier "{id}" ;
        schema:name "..." ;
        schema:description "..." ;
        schema:text "SELECT ..." ;
        schema:programmingLanguage "SPARQL" ;
        schema:encodingFormat "application/sparql-query" ;
        schema:dateCreated "...Z"^^xsd:dateTime .

Contract:

- :func:`draft` validates before anything is written: a name of 1 to :data:`MAX_NAME` characters,
  a description of at most :data:`MAX_DESCRIPTION`, a query of 1 to :data:`MAX_QUERY` characters
  that parses as a SPARQL 1.1 *query* (``QuerySyntaxError`` if it does not parse,
  ``QueryFormError`` if it is an update); ``UsageError`` for the rest.
- The id is content-addressed (a hash of name, description and query): saving the same thing
  twice gives the same id and writes nothing the second time (:func:`insert_update` only inserts
  when the IRI is not described yet, in one atomic update).
- Values reach SPARQL only as RDF terms written by rdflib (``Literal.n3``), never spliced as text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pyparsing import ParseException
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

from kg.errors import QueryFormError, QuerySyntaxError, UsageError
from kg.namespaces import SCHEMA

MAX_NAME = 120
MAX_DESCRIPTION = 2_000
MAX_QUERY = 20_000
MAX_SAVED = 10_000
"""Most saved queries the store keeps: saving is open to anyone who reaches the page."""

ID_LENGTH = 10
_ID = re.compile(rf"[a-z2-7]{{{ID_LENGTH}}}")

SPARQL_MEDIA_TYPE = "application/sparql-query"


@dataclass(frozen=True)
class SavedQuery:
    """One saved query; ``created`` is an ISO 8601 UTC timestamp."""

    id: str
    name: str
    description: str
    query: str
    created: str

    def as_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "query": self.query,
            "created": self.created,
        }


def graph_iri(base: str) -> str:
    """The named graph holding every saved query."""
    return f"{base}graph/saved-queries"


def saved_iri(base: str, saved_id: str) -> str:
    """The IRI of saved query ``saved_id`` (``UsageError`` if the id is not one we mint)."""
    if not is_saved_id(saved_id):
        raise UsageError(f"{saved_id!r} is not a saved query id")
    return f"{base}q/{saved_id}"


def is_saved_id(text: str) -> bool:
    """Whether ``text`` has the shape of the ids :func:`draft` mints."""
    return _ID.fullmatch(text) is not None


def saved_id(name: str, description: str, query: str) -> str:
    """The content-addressed id: base32 (lowercase) of a SHA-256 of the three fields."""
    digest = hashlib.sha256("\x1f".join((name, description, query)).encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:ID_LENGTH]


def draft(name: str, description: str, query: str, *, now: datetime | None = None) -> SavedQuery:
    """A validated :class:`SavedQuery` (see the module docstring for what is refused)."""
    name, description = name.strip(), description.strip()
    if not name:
        raise UsageError("a saved query needs a name")
    _check_length("name", name, MAX_NAME)
    _check_length("description", description, MAX_DESCRIPTION)
    if not query.strip():
        raise UsageError("a saved query needs a query")
    _check_length("query", query, MAX_QUERY)
    check_is_query(query)
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return SavedQuery(
        saved_id(name, description, query), name, description, query,
        created.isoformat().replace("+00:00", "Z"),
    )


def _check_length(field: str, value: str, most: int) -> None:
    if len(value) > most:
        raise UsageError(f"the {field} has {len(value)} characters; at most {most} are kept")


def check_is_query(text: str) -> None:
    """Raise unless ``text`` parses as a SPARQL 1.1 query (SELECT, CONSTRUCT, ASK or DESCRIBE)."""
    try:
        parseQuery(text)
    except ParseException as query_error:
        try:
            parseUpdate(text)
        except ParseException:
            raise QuerySyntaxError(f"the query does not parse: {query_error}") from None
        raise QueryFormError("this is a SPARQL update; only queries can be saved") from None


def insert_update(saved: SavedQuery, base: str, *, limit: int = MAX_SAVED) -> str:
    """One SPARQL Update that stores ``saved`` unless its IRI is already described or ``limit``
    saved queries exist already."""
    subject = URIRef(saved_iri(base, saved.id)).n3()
    graph = URIRef(graph_iri(base)).n3()
    facts = [
        (RDF.type, SCHEMA.SoftwareSourceCode),
        (SCHEMA.identifier, Literal(saved.id)),
        (SCHEMA.name, Literal(saved.name)),
        (SCHEMA.description, Literal(saved.description)),
        (SCHEMA.text, Literal(saved.query)),
        (SCHEMA.programmingLanguage, Literal("SPARQL")),
        (SCHEMA.encodingFormat, Literal(SPARQL_MEDIA_TYPE)),
        (SCHEMA.dateCreated, Literal(saved.created, datatype=XSD.dateTime)),
    ]
    body = "\n".join(f"    {subject} {p.n3()} {o.n3()} ." for p, o in facts)
    kind = SCHEMA.SoftwareSourceCode.n3()
    return (
        f"INSERT {{ GRAPH {graph} {{\n{body}\n}} }}\n"
        f"WHERE {{ FILTER NOT EXISTS {{ GRAPH {graph} {{ {subject} a {kind} }} }}\n"
        f"  {{ SELECT (COUNT(?saved) AS ?count) WHERE {{ GRAPH {graph} {{ ?saved a {kind} }} }} }}\n"
        f"  FILTER (?count < {int(limit)}) }}"
    )


def select_query(base: str, saved: str | None = None, *, limit: int = 500) -> str:
    """A SELECT of the saved query ``saved`` (an id), or of the ``limit`` newest ones."""
    graph = URIRef(graph_iri(base)).n3()
    subject = URIRef(saved_iri(base, saved)).n3() if saved is not None else "?q"
    return f"""PREFIX schema: <{SCHEMA}>
SELECT ?id ?name ?description ?query ?created WHERE {{
  GRAPH {graph} {{
    {subject} a schema:SoftwareSourceCode ; schema:identifier ?id ; schema:name ?name ;
       schema:description ?description ; schema:text ?query ; schema:dateCreated ?created .
  }}
}} ORDER BY DESC(?created) ?id LIMIT {int(limit)}"""


def from_results_json(body: bytes) -> list[SavedQuery]:
    """The saved queries in SPARQL JSON results of :func:`select_query`."""
    document: dict[str, Any] = json.loads(body)
    rows: list[dict[str, dict[str, str]]] = document["results"]["bindings"]
    return [
        SavedQuery(
            row["id"]["value"], row["name"]["value"], row["description"]["value"],
            row["query"]["value"], row["created"]["value"],
        )
        for row in rows
    ]
