"""Just enough of SPARQL's lexical structure to find where a query's parts are.

:func:`tokenize` skips comments, strings (short and long, with escapes) and IRIs, so braces and
keywords inside them never count; :func:`query_shape` finds the query form, the brace that opens the
outermost ``WHERE`` group (after a ``CONSTRUCT`` template), and the keywords that follow that group.
It does not validate the query: the engine's parser does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
               |\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'
               |"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<pname>(?:[A-Za-z][\w.\-]*)?:[\w.\-:%]*)
    | (?P<word>[A-Za-z_]\w*)
    | (?P<open>\{)
    | (?P<close>\})
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int
    """Brace depth before the token (an opening brace at depth 0 opens depth 1)."""


def tokenize(sparql: str) -> list[Token]:
    """The significant tokens of ``sparql`` (no spaces, no comments), each with its brace depth."""
    tokens: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind in ("space", "comment"):
            continue
        if kind == "close":
            depth = max(depth - 1, 0)
        tokens.append(Token(kind, match.group(), match.start(), depth))
        if kind == "open":
            depth += 1
    return tokens


FORMS = ("select", "construct", "describe", "ask")


@dataclass(frozen=True)
class Shape:
    """Where a query's parts are: its form, its outermost WHERE group, what follows that group."""

    form: str
    where_open: int | None
    """Offset just after the ``{`` that opens the outermost WHERE group (``None``: there is none)."""
    modifiers: tuple[str, ...]
    """Keywords (upper case) at depth 0 after the WHERE group: ``ORDER``, ``LIMIT``, ``VALUES``..."""


def _matching_close(tokens: list[Token], index: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``index`` (``len(tokens)`` if it never closes)."""
    depth = tokens[index].depth
    for j in range(index + 1, len(tokens)):
        if tokens[j].kind == "close" and tokens[j].depth == depth:
            return j
    return len(tokens)


def query_shape(sparql: str) -> Shape:
    """The :class:`Shape` of ``sparql``; ``ValueError`` if it has no query form keyword."""
    tokens = tokenize(sparql)
    form_at = next(
        (i for i, t in enumerate(tokens) if t.depth == 0 and t.kind == "word" and t.text.lower() in FORMS),
        None,
    )
    if form_at is None:
        raise ValueError("no SELECT, CONSTRUCT, DESCRIBE or ASK")
    form = tokens[form_at].text.lower()
    start = form_at + 1
    if form == "construct" and start < len(tokens) and tokens[start].kind == "open":
        start = _matching_close(tokens, start) + 1  # skip the template
    opening = next((i for i in range(start, len(tokens)) if tokens[i].kind == "open"), None)
    if opening is None:
        return Shape(form, None, ())
    if form == "construct" and start == form_at + 1:
        # CONSTRUCT WHERE { ... }: the group is also the template, where VALUES cannot go
        return Shape(form, None, ())
    close = _matching_close(tokens, opening)
    modifiers = tuple(t.text.upper() for t in tokens[close + 1:] if t.depth == 0 and t.kind == "word")
    return Shape(form, tokens[opening].start + 1, modifiers)
