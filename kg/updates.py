"""Scoping SPARQL 1.1 Update requests to the protocol's dataset parameters.

(Refusing ``LOAD`` and ``SERVICE`` is :mod:`kg.query_guard`'s job.) The store's parser stays
the judge of syntax; this module only reads the keywords of an update, with :mod:`kg.sparql_text`'s lexer
(strings, IRIs, prefixed names, variables and comments skipped, brace depth tracked). Contract:

- :func:`with_dataset` applies the protocol's ``using-graph-uri`` / ``using-named-graph-uri``
  parameters by adding ``USING`` / ``USING NAMED`` clauses to every ``DELETE/INSERT ... WHERE``
  operation. It raises ``UsageError`` if the update names its own dataset (``USING`` or
  ``WITH``: the protocol forbids both at once), if a ``DELETE WHERE`` shortcut would have to be
  scoped, or if a parameter is not an absolute IRI.
- :func:`with_base` makes relative IRIs resolve against ``base`` (the service endpoint), for
  queries and updates alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.errors import UsageError
from kg.query_guard import decode_escapes
from kg.sparql_text import Token, tokenize

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*")


def _keywords(tokens: Sequence[Token]) -> set[str]:
    return {t.text.upper() for t in tokens if t.kind == "word"}


def iri_ref(value: str, parameter: str) -> str:
    """``<value>`` if ``value`` is an absolute IRI; ``UsageError`` naming ``parameter`` otherwise."""
    if not _IRI.fullmatch(value):
        raise UsageError(f"{parameter} must be an absolute IRI, not {value!r}")
    return f"<{value}>"


def with_dataset(sparql: str, using: Sequence[str], using_named: Sequence[str]) -> str:
    """``sparql`` scoped to the protocol's dataset parameters; see the module docstring."""
    if not using and not using_named:
        return sparql
    clauses = " ".join(
        [f"USING {iri_ref(g, 'using-graph-uri')}" for g in using]
        + [f"USING NAMED {iri_ref(g, 'using-named-graph-uri')}" for g in using_named]
    )
    # Clauses go into the text as given (a store decodes escapes itself: decoding twice would
    # change it), so its keywords must read the same before and after decoding.
    text = sparql
    tokens = tokenize(text)
    keywords = _keywords(tokens)
    if keywords != _keywords(tokenize(decode_escapes(sparql))):
        raise UsageError("with using-graph-uri, write the update's keywords without \\u escapes")
    if {"USING", "WITH"} & keywords:
        raise UsageError(
            "give the update's dataset either by using-graph-uri / using-named-graph-uri "
            "or by USING / WITH in the update, not both"
        )
    inserts: list[int] = []
    previous: Token | None = None
    for token in tokens:
        if token.kind == "word" and token.text.upper() == "WHERE" and token.depth == 0:
            if previous is not None and previous.text.upper() == "DELETE":
                raise UsageError(
                    "using-graph-uri cannot scope a DELETE WHERE shortcut: "
                    "write DELETE { ... } WHERE { ... } instead"
                )
            inserts.append(token.start)
        previous = token
    for start in reversed(inserts):
        text = f"{text[:start]}{clauses} {text[start:]}"
    return text


def with_base(sparql: str, base: str) -> str:
    """``sparql`` with ``base`` as its base IRI if it holds a relative IRI (a ``BASE`` of its own
    still wins, coming after). The ``BASE`` goes on the first line, so the parser's error
    positions keep their line numbers; text without relative IRIs is returned unchanged."""
    relative = any(t.kind == "iri" and not _IRI.fullmatch(t.text[1:-1]) for t in tokenize(sparql))
    return f"BASE {iri_ref(base, 'base')} {sparql}" if relative else sparql
