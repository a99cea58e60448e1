"""Refusing what a public endpoint must not do: ``SERVICE`` (federation) and ``LOAD``.

Oxigraph executes ``SERVICE <url>`` over HTTP and ``LOAD <url>`` fetches a URL: from a public
endpoint both are server-side request forgery. A keyword filter is bypassable (SPARQL decodes
``\\u0043`` escapes anywhere before parsing, so ``SERVI\\u0043E`` is ``SERVICE``; a keyword may
also hide in a comment or a string, where it means nothing), so the check reads the query the
way the grammar does:

1. ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes are decoded first (SPARQL 1.1 §19.2);
2. the text is cut into SPARQL tokens (strings, IRIs, comments, prefixed names, variables,
   language tags are single tokens), and a bare word ``SERVICE`` or ``LOAD`` is the keyword;
   ``SERVICE`` must name its endpoint as a full IRI in the allow-list;
3. when the word appears but the tokens hold no such keyword, rdflib's SPARQL parser gives a
   second opinion from the parsed algebra, so a disagreement between the two refuses.

:func:`check_query` and :func:`check_update` raise ``QueryRefusedError`` with a message saying
what was refused and how an operator allows it. Neither checks syntax: the engine does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.errors import QueryRefusedError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_LOCAL_ESCAPE = r"\\[_~.\-!$&'()*+,;=/?#@%]"
#: SPARQL's terminals that can hide a word, then the words themselves; tried in this order.
_TOKENS = re.compile(
    "|".join(
        f"(?P<{name}>{pattern})"
        for name, pattern in (
            ("ws", r"[ \t\r\n]+"),
            ("comment", r"#[^\r\n]*"),
            ("string", r"'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
                       r'|"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
                       r"|'(?:[^'\\\n\r]|\\.)*'"
                       r'|"(?:[^"\\\n\r]|\\.)*"'),
            ("iri", r"<[^<>\"{}|^`\\\x00-\x20]*>"),
            ("var", r"[?$]\w+"),
            ("langtag", r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*"),
            ("bnode", r"_:[\w.\-]*"),
            ("pname", rf"(?:[^\W\d_][\w.\-]*)?:(?:[\w:%\-]|{_LOCAL_ESCAPE})(?:[\w.:%\-]|{_LOCAL_ESCAPE})*"
                      r"|(?:[^\W\d_][\w.\-]*)?:"),
            ("word", r"[^\W\d_]\w*"),
            ("other", r"."),
        )
    ),
    re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def decode_escapes(sparql: str) -> str:
    """The query with its ``\\u`` / ``\\U`` code point escapes replaced, as the parser sees it."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(replace, sparql)


def tokens(sparql: str) -> Iterator[Token]:
    """The significant tokens of ``sparql`` (escapes decoded; whitespace and comments dropped)."""
    for match in _TOKENS.finditer(decode_escapes(sparql)):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield Token(kind, match.group())


def parse_allow_list(text: str) -> frozenset[str]:
    """The endpoint IRIs of a comma-separated ``service_allow`` setting."""
    return frozenset(part.strip() for part in text.split(",") if part.strip())


def check_query(sparql: str, allow: Iterable[str] = ()) -> None:
    """Refuse ``sparql`` if it calls a ``SERVICE`` whose IRI is not in ``allow``."""
    _check(sparql, frozenset(allow), update=False)


def check_update(sparql: str, allow: Iterable[str] = ()) -> None:
    """Refuse an update that uses ``LOAD`` (always) or a ``SERVICE`` not in ``allow``."""
    _check(sparql, frozenset(allow), update=True)


def _check(sparql: str, allow: frozenset[str], *, update: bool) -> None:
    decoded = decode_escapes(sparql).lower()
    if "service" not in decoded and not (update and "load" in decoded):
        return
    found = list(tokens(sparql))
    services = 0
    for index, token in enumerate(found):
        word = token.text.upper() if token.kind == "word" else ""
        if word == "LOAD" and update:
            raise _load_refused()
        if word == "SERVICE":
            services += 1
            _check_target(found[index + 1:], allow)
    if not services:
        _second_opinion(sparql, allow, update=update)


def _load_refused() -> QueryRefusedError:
    return QueryRefusedError(
        "LOAD is refused: the endpoint never fetches URLs; load data with `newskg load`"
    )


def _check_target(after: list[Token], allow: frozenset[str]) -> None:
    if after and after[0].kind == "word" and after[0].text.upper() == "SILENT":
        after = after[1:]
    target = after[0] if after else None
    if target is not None and target.kind == "iri" and target.text[1:-1] in allow:
        return
    _refuse_service(target.text[1:-1] if target is not None and target.kind == "iri" else None, allow)


def _refuse_service(iri: str | None, allow: frozenset[str]) -> None:
    what = f"SERVICE <{iri}>" if iri else "SERVICE without a full endpoint IRI"
    if not allow:
        raise QueryRefusedError(
            f"{what} is refused: federated queries are off on this endpoint "
            "(an operator may allow endpoints with NEWSKG_SERVICE_ALLOW)"
        )
    raise QueryRefusedError(
        f"{what} is refused: SERVICE may only call {', '.join(sorted(allow))} "
        "(NEWSKG_SERVICE_ALLOW), named by its full IRI"
    )


def _second_opinion(sparql: str, allow: frozenset[str], *, update: bool) -> None:
    """Ask rdflib's parser when a word the tokens did not show as a keyword appears anyway."""
    from pyparsing import ParseResults
    from rdflib import URIRef
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        tree: object = parseUpdate(sparql) if update else parseQuery(sparql)
    except Exception:  # noqa: BLE001 - rdflib's parser is only a second opinion: the tokens' verdict stands
        return
    for node in _walk(tree, ParseResults):
        if not isinstance(node, CompValue):
            continue
        if node.name == "ServiceGraphPattern":
            term = node.get("term")
            iri = str(term) if isinstance(term, URIRef) else None
            if iri is None or iri not in allow:
                _refuse_service(iri, allow)
        if update and node.name == "Load":
            raise _load_refused()


def _walk(node: object, sequence: type[Iterable[object]]) -> Iterator[object]:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value, sequence)
    elif isinstance(node, list | tuple | sequence):
        for item in node:
            yield from _walk(item, sequence)
