"""Canned queries: the ``queries/*.rq`` catalogue, typed parameters, and binding values safely.

A canned query is one SPARQL file whose leading ``#+`` lines are a YAML header in grlc's format
(``summary``, ``description``, ``tags``, ``defaults``, ``enumerate``, ``pagination``). Its
parameters are the variables named after the BASIL convention, as grlc reads them:

- ``?_name`` is a required parameter ``name``, ``?__name`` an optional one (a name has no ``_``);
- a suffix gives the type: ``?_speaker_iri`` an IRI, ``?__since_xsd_date`` an ``xsd:date``,
  ``_integer`` / ``_xsd_integer``, ``_number`` / ``_decimal`` / ``_xsd_decimal``, no suffix (or
  ``_literal`` / ``_string``) a plain string, a two-letter suffix (``_fr``) a string in that language.

The file runs as is in any SPARQL tool: parameters are then unbound, and each query is written so
that an unbound parameter means "no restriction". Contract of :meth:`CannedQuery.prepare`:

- a value is validated against its type (and its ``enumerate`` list), then becomes an RDF term
  written by pyoxigraph's own serializer, and is bound by a ``VALUES`` block inserted as the first
  element of the query's outermost ``WHERE`` group. Values are never spliced into the text
  (grlc's ``str.replace``), so no value can change the query's structure;
- an empty value is the same as no value; a missing required parameter, an unknown parameter, or
  a value of the wrong type is a :class:`~kg.errors.ParameterError` naming the parameter;
- a query with ``pagination: N`` takes ``page`` (from 1) and ``per_page`` (default ``N``, at most
  :data:`MAX_PER_PAGE`), appended as ``LIMIT`` / ``OFFSET``.

The insertion point and the query form are found by :mod:`kg.sparql_text`, a tokenizer that
skips comments, strings and IRIs; every malformed header or file is a
:class:`~kg.errors.CannedQueryError` naming the file.
"""

from __future__ import annotations

import datetime
import json
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from kg.errors import CannedQueryError, ParameterError, UnknownQueryError
from kg.sparql_text import Shape, query_shape, tokenize

XSD = "http://www.w3.org/2001/XMLSchema#"
MAX_PER_PAGE = 1000
"""The largest page a paginated query returns."""
MAX_PAGE = 1_000_000
MAX_VALUE_LENGTH = 4096
"""Longest parameter value accepted, in characters."""
PAGE, PER_PAGE = "page", "per_page"
RESERVED = frozenset({PAGE, PER_PAGE, "format", "timeout"})
"""Names a canned query parameter may not take: pagination and the protocol's own parameters."""

# grlc header keys this catalogue ignores: they configure grlc's own proxying, not a query
_IGNORED_KEYS = frozenset({"endpoint", "method", "mime", "transform", "endpoint_in_url"})
_KEYS = frozenset({"summary", "description", "tags", "defaults", "enumerate", "pagination"}) | _IGNORED_KEYS


# --- parameter types -------------------------------------------------------------------------------

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"[+-]?\d{1,18}")
_DECIMAL = re.compile(r"[+-]?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30})")


def _check_iri(value: str) -> str:
    if not _IRI.fullmatch(value):
        raise ValueError
    ox.NamedNode(value)  # the engine's own IRI check (raises ValueError)
    return value


def _check_date(value: str) -> str:
    if not _DATE.fullmatch(value):
        raise ValueError
    return datetime.date.fromisoformat(value).isoformat()


def _check_integer(value: str) -> str:
    if not _INTEGER.fullmatch(value):
        raise ValueError
    return str(int(value))


def _check_decimal(value: str) -> str:
    if not _DECIMAL.fullmatch(value):
        raise ValueError
    return value


def _check_string(value: str) -> str:
    return value


@dataclass(frozen=True)
class ParamType:
    """A parameter type: its name in the API, the datatype of its literals, how values are checked."""

    name: str
    expected: str
    check: Callable[[str], str]
    """Returns the value's canonical lexical form; raises ``ValueError`` if the value is not one."""
    datatype: str | None = None


IRI = ParamType("iri", "an absolute IRI (scheme:..., no spaces or <>\"{}|^`\\)", _check_iri)
STRING = ParamType("string", "any text", _check_string)
DATE = ParamType("date", "a date YYYY-MM-DD", _check_date, XSD + "date")
INTEGER = ParamType("integer", "an integer (at most 18 digits)", _check_integer, XSD + "integer")
DECIMAL = ParamType("decimal", "a decimal number such as 12 or 3.5", _check_decimal, XSD + "decimal")

#: BASIL type suffixes (what follows ``_name_`` in a variable) and the type each means.
SUFFIXES: Mapping[str, ParamType] = {
    "": STRING, "literal": STRING, "string": STRING, "xsd_string": STRING,
    "iri": IRI,
    "date": DATE, "xsd_date": DATE,
    "integer": INTEGER, "xsd_integer": INTEGER,
    "number": DECIMAL, "decimal": DECIMAL, "xsd_decimal": DECIMAL,
}
_LANGUAGE = re.compile(r"[a-z]{2}")
_BASIL = re.compile(r"(?P<underscores>_{1,2})(?P<name>[A-Za-z0-9]+)(?:_(?P<suffix>\w+))?")


@dataclass(frozen=True)
class Parameter:
    """One parameter of a canned query."""

    name: str
    variable: str
    """The SPARQL variable, without ``?``: ``_speaker_iri``."""
    type: ParamType
    required: bool
    language: str | None = None
    default: str | None = None
    enum: tuple[str, ...] | None = None

    def term(self, query: str, raw: str) -> ox.NamedNode | ox.Literal:
        """``raw`` as an RDF term of this parameter's type; ``ParameterError`` if it is not one."""
        if len(raw) > MAX_VALUE_LENGTH:
            raise ParameterError(query, self.name, f"a value longer than {MAX_VALUE_LENGTH} characters")
        if self.enum is not None and raw not in self.enum:
            raise ParameterError(query, self.name, f"expected one of: {', '.join(self.enum)}")
        try:
            value = self.type.check(raw)
        except ValueError:
            raise ParameterError(query, self.name, f"expected {self.type.expected}, got {raw!r}") from None
        if self.type is IRI:
            return ox.NamedNode(value)
        if self.language:
            return ox.Literal(value, language=self.language)
        if self.type.datatype and self.type.datatype != XSD + "string":
            return ox.Literal(value, datatype=ox.NamedNode(self.type.datatype))
        return ox.Literal(value)

    def describe(self) -> dict[str, Any]:
        """This parameter in the JSON contract of ``/api/queries`` (see the README)."""
        return {
            "name": self.name,
            "type": self.type.name,
            "required": self.required,
            "default": self.default,
            "enum": list(self.enum) if self.enum is not None else None,
            "variable": "?" + self.variable,
            "datatype": None if self.type is IRI else (self.type.datatype or XSD + "string"),
            "lang": self.language,
        }


def parameter_of(variable: str) -> tuple[str, bool, ParamType, str | None]:
    """Name, required, type and language of a BASIL variable (without ``?``); ``ValueError`` if
    the variable starts with ``_`` but is not a BASIL parameter name."""
    match = _BASIL.fullmatch(variable)
    if match is None:
        raise ValueError(f"?{variable} starts with '_' but is not a BASIL parameter name (?_name_type)")
    suffix = match.group("suffix") or ""
    language = None
    if suffix in SUFFIXES:
        ptype = SUFFIXES[suffix]
    elif _LANGUAGE.fullmatch(suffix):
        ptype, language = STRING, suffix
    else:
        known = ", ".join(s for s in SUFFIXES if s)
        raise ValueError(f"?{variable}: unknown type suffix {suffix!r} (known: {known}, or a language)")
    return match.group("name"), len(match.group("underscores")) == 1, ptype, language


# --- canned queries --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedQuery:
    """A canned query with its values bound, ready for the executor."""

    sparql: str
    page: int | None = None
    per_page: int | None = None
    lookahead: bool = False
    """The ``LIMIT`` is ``per_page + 1``: one more row than the page tells whether a next page exists."""


@dataclass(frozen=True)
class CannedQuery:
    """One ``.rq`` file of the catalogue."""

    name: str
    path: Path
    sparql: str
    """The query without its ``#+`` header lines: it runs as is."""
    shape: Shape
    params: tuple[Parameter, ...] = ()
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    pagination: int | None = None

    def parameter(self, name: str) -> Parameter:
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(name)

    def prepare(self, values: Mapping[str, str], *, lookahead: bool = False) -> PreparedQuery:
        """Validate ``values`` (parameter name -> raw text) and bind them (module docstring)."""
        known = {p.name for p in self.params} | ({PAGE, PER_PAGE} if self.pagination else set())
        for name in values:
            if name not in known:
                takes = ", ".join(sorted(known)) or "no parameters"
                raise ParameterError(self.name, name, f"unknown parameter (this query takes: {takes})")
        bound: list[tuple[Parameter, ox.NamedNode | ox.Literal]] = []
        for param in self.params:
            raw = values.get(param.name) or param.default
            if not raw:
                if param.required:
                    raise ParameterError(self.name, param.name, f"required: give {param.type.expected}")
                continue
            bound.append((param, param.term(self.name, raw)))
        sparql = self.sparql
        if bound:
            if self.shape.where_open is None:  # refused when the catalogue is loaded
                raise CannedQueryError(str(self.path), "no WHERE group to bind parameters in")
            names = " ".join("?" + p.variable for p, _ in bound)
            row = " ".join(str(term) for _, term in bound)
            block = f"\n  VALUES ({names}) {{ ({row}) }}"
            at = self.shape.where_open
            sparql = sparql[:at] + block + sparql[at:]
        if not self.pagination:
            return PreparedQuery(sparql)
        page = _bounded(self.name, PAGE, values.get(PAGE), 1, MAX_PAGE, 1)
        per_page = _bounded(self.name, PER_PAGE, values.get(PER_PAGE), 1, MAX_PER_PAGE, self.pagination)
        limit = per_page + 1 if lookahead else per_page
        sparql = f"{sparql.rstrip()}\nLIMIT {limit} OFFSET {(page - 1) * per_page}\n"
        return PreparedQuery(sparql, page, per_page, lookahead)

    def describe(self) -> dict[str, Any]:
        """This query in the JSON contract of ``/api/queries`` (see the README)."""
        return {
            "name": self.name,
            "summary": self.summary,
            "description": self.description,
            "tags": list(self.tags),
            "form": self.shape.form,
            "query": self.sparql,
            "params": [p.describe() for p in self.params],
            "pagination": self.pagination,
        }


def _bounded(query: str, name: str, raw: str | None, low: int, high: int, default: int) -> int:
    if not raw:
        return default
    if not re.fullmatch(r"\d{1,7}", raw) or not low <= int(raw) <= high:
        raise ParameterError(query, name, f"expected an integer from {low} to {high}, got {raw!r}")
    return int(raw)


def single_values(query: str, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``pairs`` as a mapping; ``ParameterError`` if a parameter is given twice with two values."""
    values: dict[str, str] = {}
    for name, value in pairs:
        if name in values and values[name] != value:
            raise ParameterError(query, name, "give one value, not several")
        values[name] = value
    return values


class _HeaderLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no types
    """YAML without implicit timestamps: a date stays text, which its parameter's type checks."""


_HeaderLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_header(text: str) -> tuple[str, str]:
    """The YAML of the ``#+`` lines of ``text`` and the query without them (grlc's reading)."""
    header = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    query = "\n".join(line for line in text.splitlines() if not line.startswith("#+"))
    return textwrap.dedent("\n".join(header)), query.strip("\n") + "\n"


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    raise ValueError(f"{value!r} is not a single value")


def _per_name(header: Mapping[str, Any], key: str) -> dict[str, Any]:
    """grlc's ``- name: value`` lists (a plain mapping is accepted too), as one mapping."""
    raw = header.get(key) or []
    items = [raw] if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise ValueError(f"'{key}' must be a list of 'name: value' entries")
    merged: dict[str, Any] = {}
    for item in items:
        if not isinstance(item, dict):
            raise ValueError(f"'{key}' entry {item!r} must be 'name: value' (values are listed, "
                             "never fetched from the endpoint)")
        merged.update({str(k): v for k, v in item.items()})
    return merged


def _parameters(sparql: str, header: Mapping[str, Any]) -> tuple[Parameter, ...]:
    defaults = {k: _scalar(v) for k, v in _per_name(header, "defaults").items()}
    enums_raw = _per_name(header, "enumerate")
    found: dict[str, Parameter] = {}
    for token in tokenize(sparql):
        if token.kind != "var" or not token.text[1:].startswith("_"):
            continue
        variable = token.text[1:]
        name, required, ptype, language = parameter_of(variable)
        if name in found:
            if found[name].variable != variable:
                first = found[name].variable
                raise ValueError(f"parameter {name!r} is written both ?{first} and ?{variable}")
            continue
        if name in RESERVED:
            raise ValueError(f"parameter name {name!r} is reserved ({', '.join(sorted(RESERVED))})")
        enum = None
        if name in enums_raw:
            values = enums_raw[name]
            if not isinstance(values, list) or not values:
                raise ValueError(f"enumerate: {name!r} must list its values")
            enum = tuple(_scalar(v) for v in values)
        found[name] = Parameter(name, variable, ptype, required, language, defaults.get(name), enum)
    for key, listed in (("defaults", defaults), ("enumerate", enums_raw)):
        unknown = sorted(set(listed) - set(found))
        if unknown:
            raise ValueError(f"{key}: no parameter named {', '.join(unknown)}")
    for param in found.values():
        for value in (*(param.enum or ()), *([param.default] if param.default is not None else [])):
            try:
                param.term("", value)
            except ParameterError as exc:
                raise ValueError(f"{param.name}: {value!r} is not valid ({exc.reason})") from None
    return tuple(found.values())


def _text(header: Mapping[str, Any], key: str) -> str:
    value = header.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be text")
    return value.strip()


def read_canned_query(path: Path) -> CannedQuery:
    """Parse one ``.rq`` file; ``CannedQueryError`` (naming the file) if it is malformed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CannedQueryError(str(path), f"cannot be read: {exc}") from None
    header_text, sparql = split_header(text)
    try:
        header = yaml.load(header_text, Loader=_HeaderLoader) if header_text.strip() else {}
    except (yaml.YAMLError, ValueError) as exc:
        raise CannedQueryError(str(path), f"the #+ header is not YAML: {exc}") from None
    try:
        if not isinstance(header, dict):
            raise ValueError("the #+ header must be a YAML mapping")
        unknown = sorted(set(map(str, header)) - _KEYS)
        if unknown:
            raise ValueError(f"unknown #+ header key(s): {', '.join(unknown)}")
        tags = header.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError("'tags' must be a list of words")
        pagination = header.get("pagination")
        if pagination is not None and (
            isinstance(pagination, bool) or not isinstance(pagination, int)
            or not 1 <= pagination <= MAX_PER_PAGE
        ):
            raise ValueError(f"'pagination' must be an integer from 1 to {MAX_PER_PAGE}")
        shape = query_shape(sparql)
        params = _parameters(sparql, header)
        if params and shape.where_open is None:
            raise ValueError("parameters need a WHERE group to be bound in")
        clash = {"LIMIT", "OFFSET", "VALUES"} & set(shape.modifiers)
        if pagination and clash:
            raise ValueError(f"a paginated query cannot end with its own {', '.join(sorted(clash))}")
        return CannedQuery(
            name=path.stem, path=path, sparql=sparql, shape=shape, params=params,
            summary=_text(header, "summary"), description=_text(header, "description"),
            tags=tuple(tags), pagination=pagination,
        )
    except ValueError as exc:
        raise CannedQueryError(str(path), str(exc)) from None


_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")


@dataclass(frozen=True)
class Catalogue:
    """The canned queries of one folder, by name (the file's stem), in name order."""

    queries: Mapping[str, CannedQuery] = field(default_factory=dict)

    def __iter__(self) -> Iterator[CannedQuery]:
        return iter(self.queries.values())

    def __len__(self) -> int:
        return len(self.queries)

    def get(self, name: str) -> CannedQuery:
        """The query named ``name``; ``UnknownQueryError`` (listing the known names) if none."""
        try:
            return self.queries[name]
        except KeyError:
            raise UnknownQueryError(name, sorted(self.queries)) from None


def load_catalogue(folder: Path) -> Catalogue:
    """Every ``*.rq`` file of ``folder``; ``CannedQueryError`` for the first malformed one."""
    if not folder.is_dir():
        raise CannedQueryError(str(folder), "is not a folder of .rq files")
    queries: dict[str, CannedQuery] = {}
    for path in sorted(folder.glob("*.rq")):
        if not _NAME.fullmatch(path.stem):
            raise CannedQueryError(str(path), "a query name is letters, digits, '-', '_' or '.'")
        queries[path.stem] = read_canned_query(path)
    return Catalogue(queries)


# --- results as plain JSON rows -------------------------------------------------------------------

_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_NUMBERS = {XSD + t for t in ("decimal", "double", "float")}


def _plain(binding: Mapping[str, str]) -> object:
    """One SPARQL JSON binding as a JSON value: numbers and booleans as such, the rest as text."""
    value = binding.get("value", "")
    datatype = binding.get("datatype")
    try:
        if datatype in _INTEGERS:
            return int(value)
        if datatype == XSD + "decimal" and re.fullmatch(r"[+-]?\d+(?:\.0*)?", value):
            return int(value.split(".")[0])
        if datatype in _NUMBERS:
            number = float(value)
            return number if number == number and abs(number) != float("inf") else value
    except ValueError:
        return value
    if datatype == XSD + "boolean":
        return value in ("true", "1")
    return value


def json_rows(sparql_json: bytes) -> dict[str, Any]:
    """SPARQL 1.1 JSON results as ``{"columns": [...], "rows": [{column: value or null}]}``
    (an ASK result as ``{"columns": [], "rows": [], "boolean": b}``)."""
    data = json.loads(sparql_json)
    if "boolean" in data:
        return {"columns": [], "rows": [], "boolean": bool(data["boolean"])}
    columns: list[str] = list(data.get("head", {}).get("vars", []))
    rows = [
        {name: _plain(binding[name]) if name in binding else None for name in columns}
        for binding in data.get("results", {}).get("bindings", [])
    ]
    return {"columns": columns, "rows": rows}
