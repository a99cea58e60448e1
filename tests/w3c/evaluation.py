"""Running the W3C query, update and result-format evaluation tests on pyoxigraph.

The engine is the one the embedded store uses (pyoxigraph, in memory), with the standard
dataset: the default graph of a test is its ``qt:data`` / ``ut:data``, not the union of the
named graphs (our endpoint's union default graph is a server setting, tested by the protocol
tests). Comparisons: solutions as multisets, equal up to a renaming of blank nodes; graphs
isomorphic; booleans equal. Order is not checked.
"""

from __future__ import annotations

import csv
import io
import urllib.parse
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from kg.query_guard import tokens
from kg.results import to_rdflib
from kg.sparql_text import tokenize
from tests.w3c.manifest import MF, QT, SUITE, UT, entry_nodes, load, local_name

TOP = ("manifest-sparql11-query.ttl", "manifest-sparql11-update.ttl", "manifest-sparql11-results.ttl")
RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".rdf": ox.RdfFormat.RDF_XML, ".nt": ox.RdfFormat.N_TRIPLES}
RESULT_FORMATS = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
                  ".tsv": ox.QueryResultsFormat.TSV}
Row = dict[str, object]


@dataclass(frozen=True)
class Case:
    """One evaluation test: ``suite/name``, its type, and the files it names."""

    id: str
    type: str
    query: Path | None = None
    data: tuple[Path, ...] = ()
    graph_data: tuple[tuple[Path, str], ...] = ()
    result: Path | None = None
    result_data: tuple[Path, ...] = ()
    result_graphs: tuple[tuple[Path, str], ...] = ()


def _path(node: object) -> Path:
    return Path(urllib.parse.unquote(urllib.parse.urlparse(str(node)).path))


def _graphs(graph: Graph, node: object, predicate: URIRef) -> tuple[tuple[Path, str], ...]:
    found = []
    for item in graph.objects(node, predicate):  # type: ignore[arg-type]
        if isinstance(item, URIRef):  # qt:graphData <file>: named by its own IRI
            found.append((_path(item), str(item)))
        else:  # ut:graphData [ ut:graph <file> ; rdfs:label "iri" ]
            found.append((_path(graph.value(item, UT.graph)), str(graph.value(item, RDFS.label))))
    return tuple(sorted(found))


def _case(graph: Graph, suite: str, node: URIRef) -> Case:
    kind = local_name(URIRef(graph.value(node, RDF.type)))
    action = graph.value(node, MF.action)
    result = graph.value(node, MF.result)
    case_id = f"{suite}/{local_name(node)}"
    if kind.endswith("SyntaxTest11"):
        return Case(case_id, kind, query=_path(action))
    if kind == "UpdateEvaluationTest":
        return Case(
            case_id, kind, query=_path(graph.value(action, UT.request)),
            data=tuple(_path(d) for d in graph.objects(action, UT.data)),
            graph_data=_graphs(graph, action, UT.graphData),
            result_data=tuple(_path(d) for d in graph.objects(result, UT.data)),
            result_graphs=_graphs(graph, result, UT.graphData),
        )
    return Case(
        case_id, kind, query=_path(graph.value(action, QT.query)),
        data=tuple(_path(d) for d in graph.objects(action, QT.data)),
        graph_data=_graphs(graph, action, QT.graphData),
        result=_path(result) if result is not None else None,
    )


def cases() -> Iterator[Case]:
    """Every entry of the three top manifests' included manifests, in order."""
    for top in TOP:
        graph = load(SUITE / top)
        manifest = next(graph.subjects(RDF.type, MF.Manifest))
        for included in Collection(graph, graph.value(manifest, MF.include)):
            path = _path(included)
            sub = load(path)
            for node in entry_nodes(sub):
                yield _case(sub, path.parent.name, node)


#: Schemes whose LOAD fails at once in Oxigraph ("Not supported URL scheme"): nothing is fetched.
_INERT_SCHEMES = ("somescheme:",)

#: Put after the prologue of an update that would fetch: the whole request is parsed first, then this
#: fails at run time ("already exists") before any LOAD is reached.
_NO_FETCH = "CREATE GRAPH <urn:newskg:w3c:no-fetch> ; CREATE GRAPH <urn:newskg:w3c:no-fetch> ;\n"


def fetches(text: str) -> bool:
    """Whether running ``text`` would make the engine read a URL or a file: a LOAD or SERVICE whose
    target is not an absolute IRI of an inert scheme (a relative one resolves to a file)."""
    found = list(tokens(text))
    for index, token in enumerate(found):
        if token.kind == "word" and token.text.upper() in ("LOAD", "SERVICE"):
            after = found[index + 1:]
            if after and after[0].kind == "word" and after[0].text.upper() == "SILENT":
                after = after[1:]
            if not (after and after[0].kind == "iri" and after[0].text[1:].startswith(_INERT_SCHEMES)):
                return True
    return False


def without_fetching(update: str) -> str:
    """``update`` with :data:`_NO_FETCH` as its first operation, after its prologue."""
    found = tokenize(update)
    index = 0
    while index < len(found) and found[index].text.upper() in ("BASE", "PREFIX"):
        index += 3 if found[index].text.upper() == "PREFIX" else 2  # PREFIX name: <iri> / BASE <iri>
    at = found[index].start if index < len(found) else len(update)
    return update[:at] + _NO_FETCH + update[at:]


def _load(store: ox.Store, path: Path, graph: ox.NamedNode | ox.DefaultGraph) -> None:
    store.load(path=str(path), format=RDF_FORMATS[path.suffix], base_iri=path.as_uri(), to_graph=graph)


def dataset(case: Case) -> ox.Store:
    store = ox.Store()
    for path in case.data:
        _load(store, path, ox.DefaultGraph())
    for path, name in case.graph_data:
        _load(store, path, ox.NamedNode(name))
    return store


def _is_bnode(term: object) -> bool:
    return isinstance(term, ox.BlankNode) or (isinstance(term, str) and term.startswith("_:"))


def same_solutions(ours: Sequence[Row], theirs: Sequence[Row]) -> bool:
    """Equal as multisets, up to a one-to-one renaming of blank nodes."""
    if len(ours) != len(theirs):
        return False
    ground = [r for r in ours if not any(map(_is_bnode, r.values()))]
    expected_ground = [r for r in theirs if not any(map(_is_bnode, r.values()))]
    key = lambda row: frozenset(row.items())  # noqa: E731
    if Counter(map(key, ground)) != Counter(map(key, expected_ground)):
        return False
    left = [r for r in ours if any(map(_is_bnode, r.values()))]
    right = [r for r in theirs if any(map(_is_bnode, r.values()))]
    return _match(left, right, {}, {})


Renaming = dict[object, object]


def _match(left: list[Row], right: list[Row], forward: Renaming, back: Renaming) -> bool:
    if not left:
        return True
    row, rest = left[0], left[1:]
    for index, candidate in enumerate(right):
        if row.keys() != candidate.keys():
            continue
        f, b = dict(forward), dict(back)
        if all(_bind(row[k], candidate[k], f, b) for k in row) and _match(
            rest, right[:index] + right[index + 1:], f, b
        ):
            return True
    return False


def _bind(ours: object, theirs: object, forward: Renaming, back: Renaming) -> bool:
    if not (_is_bnode(ours) and _is_bnode(theirs)):
        return ours == theirs
    return forward.setdefault(ours, theirs) == theirs and back.setdefault(theirs, ours) == ours


XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + "integer": Decimal, XSD + "decimal": Decimal, XSD + "double": float, XSD + "float": float}


def value(term: object) -> object:
    """A numeric literal as (datatype, value): ``"1.0"^^xsd:decimal`` and ``"1"^^xsd:decimal``
    are one value written two ways (the spec fixes no canonical lexical form for results)."""
    if isinstance(term, ox.Literal) and term.datatype.value in NUMERIC:
        try:
            return (term.datatype.value, NUMERIC[term.datatype.value](term.value))
        except (ValueError, ArithmeticError):
            return term
    return term


def rows(solutions: ox.QuerySolutions) -> list[Row]:
    names = [v.value for v in solutions.variables]
    return [{n: value(s[n]) for n in names if s[n] is not None} for s in solutions]


def graph_of(triples: object) -> Graph:
    graph = Graph()
    for t in triples:  # type: ignore[attr-defined]
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def _csv_rows(text: str) -> list[Row]:
    table = list(csv.reader(io.StringIO(text)))
    return [dict(zip(table[0], line, strict=True)) for line in table[1:]]


def run_query(case: Case) -> None:
    """Evaluate a query test; ``AssertionError`` with the difference if it fails."""
    assert case.query is not None and case.result is not None
    assert not fetches(case.query.read_text("utf-8")), "running it would fetch a URL"
    store = dataset(case)
    answer = store.query(case.query.read_text("utf-8"), base_iri=case.query.as_uri())
    suffix = case.result.suffix
    if suffix == ".csv":
        assert isinstance(answer, ox.QuerySolutions)
        ours = answer.serialize(format=ox.QueryResultsFormat.CSV) or b""
        expected = case.result.read_text("utf-8")
        assert same_solutions(_csv_rows(ours.decode()), _csv_rows(expected)), ours.decode()
    elif suffix in RESULT_FORMATS:
        theirs = ox.parse_query_results(path=str(case.result), format=RESULT_FORMATS[suffix])
        if isinstance(theirs, ox.QueryBoolean):
            assert isinstance(answer, ox.QueryBoolean) and bool(answer) == bool(theirs)
        else:
            assert isinstance(answer, ox.QuerySolutions), type(answer)
            ours_rows, their_rows = rows(answer), rows(theirs)
            assert same_solutions(ours_rows, their_rows), f"ours {ours_rows}\ntheirs {their_rows}"
    else:
        assert isinstance(answer, ox.QueryTriples), f"a {type(answer).__name__} for a graph result"
        theirs_graph = graph_of(
            ox.parse(path=str(case.result), format=RDF_FORMATS[suffix], base_iri=case.result.as_uri())
        )
        assert isomorphic(graph_of(answer), theirs_graph)


def run_update(case: Case) -> None:
    assert case.query is not None
    assert not fetches(case.query.read_text("utf-8")), "running it would fetch a URL"
    store = dataset(case)
    store.update(case.query.read_text("utf-8"), base_iri=case.query.as_uri())
    expected = ox.Store()
    for path in case.result_data:
        _load(expected, path, ox.DefaultGraph())
    for path, name in case.result_graphs:
        _load(expected, path, ox.NamedNode(name))
    for name in [ox.DefaultGraph(), *{q.graph_name for q in store} | {q.graph_name for q in expected}]:
        ours = graph_of(store.quads_for_pattern(None, None, None, name))
        theirs = graph_of(expected.quads_for_pattern(None, None, None, name))
        assert isomorphic(ours, theirs), f"graph {name}: ours {len(ours)} triples, theirs {len(theirs)}"


def run_syntax(case: Case) -> None:
    assert case.query is not None
    text = case.query.read_text("utf-8")
    fetching = fetches(text)
    if fetching:  # parse it all, run none of it: no parse-only API in pyoxigraph
        assert "Update" in case.type, "only an update can be kept from fetching"
        text = without_fetching(text)
    run = ox.Store().update if "Update" in case.type else ox.Store().query
    try:
        run(text, base_iri=case.query.as_uri())
    except SyntaxError:
        assert case.type.startswith("Negative"), "the parser refused a valid text"
        return
    except (RuntimeError, OSError) as exc:
        # parsed, then failed to run on an empty store (an unknown function, a missing graph)
        assert not fetching or "already exists" in str(exc), f"the request was not stopped before: {exc}"
    assert case.type.startswith("Positive"), "the parser accepted an invalid text"
