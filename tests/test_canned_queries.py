"""Canned queries (``queries/*.rq``): the catalogue, parameter typing, binding, and each query's answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.plugins.sparql.parser import parseQuery

from kg.errors import CannedQueryError, ParameterError, UnknownQueryError
from kg.loader import load_paths
from kg.queries import (
    MAX_PER_PAGE,
    CannedQuery,
    json_rows,
    load_catalogue,
    parameter_of,
    read_canned_query,
)
from kg.settings import Settings, load_settings
from kg.sparql_text import query_shape, tokenize
from kg.store import OxigraphStore
from tests.conftest import REPO

CATALOGUE = load_catalogue(REPO / "queries")
ID = "https://w3id.org/newskg/id/"
NKG = "https://w3id.org/newskg/ontology#"
REQUIRED_QUERIES = ["indicted-after-statement", "statements-by", "statements-about", "ad-spending",
                    "timeline", "who-is", "evidence", "co-mentions", "articles"]

#: A valid value for each parameter type, to bind every parameter of every query at once.
SAMPLE = {"iri": ID + "actor/twitter", "string": "Twitter", "date": "2016-06-01", "integer": "1",
          "decimal": "1.5"}


def sample_values(query: CannedQuery) -> dict[str, str]:
    return {p.name: (p.enum[0] if p.enum else SAMPLE[p.type.name]) for p in query.params}


def write_query(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


# --- the catalogue -------------------------------------------------------------------------------


def test_the_catalogue_holds_every_query_the_issue_asks_for() -> None:
    assert set(REQUIRED_QUERIES) <= {q.name for q in CATALOGUE}


@pytest.mark.parametrize("query", list(CATALOGUE), ids=lambda q: q.name)
def test_every_canned_query_has_a_summary_a_description_and_tags(query: CannedQuery) -> None:
    assert query.summary and query.description and query.tags


@pytest.mark.parametrize("query", list(CATALOGUE), ids=lambda q: q.name)
def test_every_canned_query_parses_as_is_and_with_every_parameter_bound(query: CannedQuery) -> None:
    parseQuery(query.sparql)
    paging = {"page": "2", "per_page": "7"} if query.pagination else {}
    prepared = query.prepare(sample_values(query) | paging)
    parseQuery(prepared.sparql)
    assert "VALUES" in prepared.sparql or not query.params
    if query.pagination:
        assert prepared.sparql.rstrip().endswith("LIMIT 7 OFFSET 7")


@pytest.mark.parametrize("query", [q for q in CATALOGUE if q.params], ids=lambda q: q.name)
def test_the_values_block_opens_the_outermost_where_group(query: CannedQuery) -> None:
    prepared = query.prepare(sample_values(query)).sparql
    tokens = tokenize(prepared)
    values = next(i for i, t in enumerate(tokens) if t.text == "VALUES")
    assert tokens[values].depth == 1
    assert tokens[values - 1].kind == "open" and tokens[values - 2].text.upper() == "WHERE"


def test_an_unknown_query_names_the_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match="statements-by"):
        CATALOGUE.get("statements-bye")


def test_the_header_is_read_as_grlc_writes_it(tmp_path: Path) -> None:
    path = write_query(tmp_path, "q", """#+ summary: Things
#+ description: >
#+   Long
#+   text.
#+ tags:
#+   - a
#+ defaults:
#+   - limit: 5
#+ enumerate:
#+   - colour:
#+     - red
#+     - blue
#+ pagination: 20
#+ endpoint: http://example.org/sparql
SELECT ?s WHERE { ?s ?p ?_colour . ?s ?q ?__limit_integer . ?s ?r ?__since_xsd_date . ?s ?t ?__label_fr }
""")
    query = read_canned_query(path)
    header = (query.summary, query.description, query.tags, query.pagination)
    assert header == ("Things", "Long text.", ("a",), 20)
    params = {p.name: p for p in query.params}
    assert params["colour"].required and params["colour"].enum == ("red", "blue")
    assert not params["limit"].required and params["limit"].default == "5"
    assert [params[n].type.name for n in ("colour", "limit", "since", "label")] == [
        "string", "integer", "date", "string"]
    assert params["label"].language == "fr"
    assert not query.sparql.startswith("#+")


@pytest.mark.parametrize(("variable", "expected"), [
    ("_speaker_iri", ("speaker", True, "iri", None)),
    ("__since_xsd_date", ("since", False, "date", None)),
    ("__minArticles_integer", ("minArticles", False, "integer", None)),
    ("_name", ("name", True, "string", None)),
    ("__label_en", ("label", False, "string", "en")),
    ("_total_number", ("total", True, "decimal", None)),
])
def test_basil_names_give_the_parameter_its_name_requirement_and_type(
    variable: str, expected: tuple[str, bool, str, str | None]
) -> None:
    name, required, ptype, language = parameter_of(variable)
    assert (name, required, ptype.name, language) == expected


@pytest.mark.parametrize(("text", "complaint"), [
    ("#+ summary: [unclosed\nSELECT * {}\n", "not YAML"),
    ("#+ - a list\nSELECT * {}\n", "mapping"),
    ("#+ sumary: typo\nSELECT * {}\n", "unknown #\\+ header key"),
    ("#+ pagination: 0\nSELECT * {}\n", "pagination"),
    ("#+ pagination: 10\nSELECT * { ?s ?p ?o } LIMIT 5\n", "LIMIT"),
    ("SELECT * { ?s ?p ?_x_weird }\n", "unknown type suffix"),
    ("SELECT * { ?s ?p ?___x }\n", "BASIL"),
    ("SELECT * { ?s ?p ?_page }\n", "reserved"),
    ("SELECT * { ?s ?_x ?__x }\n", "written both"),
    ("#+ defaults:\n#+   - nothing: 1\nSELECT * { ?s ?p ?_x }\n", "no parameter named nothing"),
    ("#+ enumerate:\n#+   - x\nSELECT * { ?s ?p ?_x }\n", "listed"),
    ("#+ enumerate:\n#+   - x:\n#+     - not an iri\nSELECT * { ?s ?p ?_x_iri }\n", "not valid"),
    ("#+ defaults:\n#+   - d: 2018-02-30\nSELECT * { ?s ?p ?_d_xsd_date }\n", "not valid"),
    ("PREFIX ex: <http://ex/>\n", "no SELECT"),
    ("CONSTRUCT WHERE { ?s ?p ?_o_iri }\n", "WHERE group"),
])
def test_a_malformed_query_file_is_an_error_naming_the_file(
    tmp_path: Path, text: str, complaint: str
) -> None:
    path = write_query(tmp_path, "broken", text)
    with pytest.raises(CannedQueryError, match=complaint) as caught:
        load_catalogue(tmp_path)
    assert str(path) in str(caught.value)


def test_the_tokenizer_skips_braces_in_strings_iris_and_comments() -> None:
    text = ('PREFIX ex: <http://ex/#x>\n# WHERE { fake\nSELECT ("}" AS ?a) (\'\'\'{\n\'\'\' AS ?b)\n'
            'WHERE { ?s ex:p "{#" }')
    shape = query_shape(text)
    assert shape.form == "select"
    assert shape.where_open is not None and text[: shape.where_open].endswith("' AS ?b)\nWHERE {")


def test_the_outermost_where_group_of_a_construct_is_after_its_template() -> None:
    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert text[: query_shape(text).where_open].endswith("WHERE {")


# --- validation and binding ----------------------------------------------------------------------

STATEMENTS_BY = CATALOGUE.get("statements-by")


@pytest.mark.parametrize(("values", "parameter", "message"), [
    ({}, "speaker", "required"),
    ({"speaker": ""}, "speaker", "required"),
    ({"speaker": "rob-goldman"}, "speaker", "absolute IRI"),
    ({"speaker": "http://ex.org/a b"}, "speaker", "absolute IRI"),
    ({"speaker": "http://ex.org/a>"}, "speaker", "absolute IRI"),
    ({"speaker": 'http://ex.org/"'}, "speaker", "absolute IRI"),
    ({"speaker": "http://ex.org/{x}"}, "speaker", "absolute IRI"),
    ({"speaker": "http://ex.org/a\\u003E"}, "speaker", "absolute IRI"),
    ({"speaker": ID + "actor/x", "since": "2018-02-30"}, "since", "YYYY-MM-DD"),
    ({"speaker": ID + "actor/x", "since": "2018-2-3"}, "since", "YYYY-MM-DD"),
    ({"speaker": ID + "actor/x", "until": "yesterday"}, "until", "YYYY-MM-DD"),
    ({"speaker": ID + "actor/x", "who": "x"}, "who", "unknown parameter"),
    ({"speaker": ID + "actor/x", "page": "0"}, "page", "from 1"),
    ({"speaker": ID + "actor/x", "per_page": str(MAX_PER_PAGE + 1)}, "per_page", "to 1000"),
    ({"speaker": ID + "actor/x", "per_page": "ten"}, "per_page", "integer"),
])
def test_a_bad_value_is_refused_naming_the_parameter_and_the_type(
    values: dict[str, str], parameter: str, message: str
) -> None:
    with pytest.raises(ParameterError, match=message) as caught:
        STATEMENTS_BY.prepare(values)
    assert caught.value.parameter == parameter
    assert f"parameter {parameter!r}" in str(caught.value)


@pytest.mark.parametrize(("query", "values", "parameter"), [
    ("ad-spending", {"status": NKG + "Cancelled"}, "status"),
    ("co-mentions", {"minArticles": "two"}, "minArticles"),
    ("co-mentions", {"minArticles": "1" * 19}, "minArticles"),
])
def test_enumerations_and_integers_are_enforced(query: str, values: dict[str, str], parameter: str) -> None:
    with pytest.raises(ParameterError) as caught:
        CATALOGUE.get(query).prepare(values)
    assert caught.value.parameter == parameter


def test_a_default_fills_a_missing_value() -> None:
    prepared = CATALOGUE.get("co-mentions").prepare({})
    assert '"1"^^<http://www.w3.org/2001/XMLSchema#integer>' in prepared.sparql


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> CannedQuery:
    """A query that returns its string parameter, as the engine bound it."""
    folder = tmp_path_factory.mktemp("probe")
    write_query(folder, "probe", "SELECT ?v ?n WHERE { BIND (?_v AS ?v) OPTIONAL { ?n ?p ?o } }\n")
    return load_catalogue(folder).get("probe")


@pytest.fixture(scope="module")
def empty_store() -> Iterator[OxigraphStore]:
    store = OxigraphStore()
    yield store
    store.close()


HOSTILE = [
    'a"b', "a'b", "} ?s ?p ?o . #", '") } ?s ?p ?o #', "x> } ?n ?p ?o {", "#", "line\nbreak\r\n",
    "\\", "\\u0022", '\\" ) } ?n ?p ?o #', "\\U0000007D", "'''", '"""', "\x00\x01\x7f", "é\u2028\ufeff😀",
    "VALUES ?n { <http://evil> }",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_is_bound_literally(
    probe: CannedQuery, empty_store: OxigraphStore, value: str
) -> None:
    rows = list(empty_store.query(probe.prepare({"v": value}).sparql).rows())
    assert [str(r["v"]) for r in rows] == [value]
    assert "n" not in rows[0]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=60))
def test_any_text_is_bound_literally(probe: CannedQuery, empty_store: OxigraphStore, value: str) -> None:
    rows = list(empty_store.query(probe.prepare({"v": value}).sparql).rows())
    assert [str(r["v"]) for r in rows] == [value]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_given_as_an_iri_or_a_date_is_bound_or_refused(value: str) -> None:
    for values in ({"speaker": value}, {"speaker": ID + "actor/x", "since": value}):
        try:
            prepared = STATEMENTS_BY.prepare(values)
        except ParameterError:
            continue
        parseQuery(prepared.sparql)


def test_json_rows_keeps_columns_types_and_unbound_values() -> None:
    body = (b'{"head":{"vars":["a","n","d","s"]},"results":{"bindings":[{"a":{"type":"uri","value":"http://x"},'
            b'"n":{"type":"literal","value":"3","datatype":"http://www.w3.org/2001/XMLSchema#integer"},'
            b'"d":{"type":"literal","value":"2.50","datatype":"http://www.w3.org/2001/XMLSchema#decimal"}}]}}')
    assert json_rows(body) == {"columns": ["a", "n", "d", "s"],
                               "rows": [{"a": "http://x", "n": 3, "d": 2.5, "s": None}]}


# --- every query on the seeds --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    """The bundled articles loaded once for this module (loading takes ~15 s)."""
    root = tmp_path_factory.mktemp("seeded")
    config: Settings = load_settings({"store": root / "store"}, environ={})
    store = OxigraphStore(config.store)
    assert load_paths(store, [REPO / "articles"], config).ok
    yield store
    store.close()


def run(store: OxigraphStore, query: str, **values: str) -> list[dict[str, str]]:
    prepared = CATALOGUE.get(query).prepare(values)
    return [{k: str(v) for k, v in row.items()} for row in store.query(prepared.sparql).rows()]


@pytest.mark.parametrize("query", list(CATALOGUE), ids=lambda q: q.name)
def test_every_canned_query_runs_on_the_seeds_with_and_without_its_optional_parameters(
    seeded: OxigraphStore, query: CannedQuery
) -> None:
    list(seeded.query(query.sparql).rows())  # as is, unbound
    list(seeded.query(query.prepare(sample_values(query)).sparql).rows())


def test_statements_by_gives_the_speakers_statements_with_their_evidence(seeded: OxigraphStore) -> None:
    rows = run(seeded, "statements-by", speaker=ID + "actor/rob-goldman")
    assert len({r["statement"] for r in rows}) == 3
    assert {r["speakerName"] for r in rows} == {"Rob Goldman"}
    for row in rows:
        assert row["sentence"] and row["title"] and row["article"].startswith(ID + "article/")
    dated = run(seeded, "statements-by", speaker=ID + "actor/rob-goldman", since="2018-02-01")
    assert [r["date"] for r in dated] == ["2018-02-16"]
    assert run(seeded, "statements-by", speaker=ID + "actor/rob-goldman", until="2018-02-15") == []


def test_statements_about_finds_an_actor_named_as_a_whole_word(seeded: OxigraphStore) -> None:
    rows = run(seeded, "statements-about", actor=ID + "actor/russia-today")
    texts = [r["text"] for r in rows]
    assert any("Russia Today avait dépensé" in t for t in texts)
    assert any(t.endswith("la chaîne RT") for t in texts)  # the alias RT, not "rt" inside a word
    assert {r["how"] for r in rows} == {"named"}
    subject = run(seeded, "statements-about", subject="TWEETS")
    assert subject and all("tweets" in r["text"].lower() for r in subject)


def test_ad_spending_keeps_offers_apart_from_money_spent(seeded: OxigraphStore) -> None:
    rows = run(seeded, "ad-spending", sponsor=ID + "actor/russia-today")
    by_status = {r["status"].removeprefix(NKG): (r["total"], r["currency"]) for r in rows}
    assert by_status == {"Realised": ("228000", "EUR"), "Proposed": ("3000000", "USD")}
    proposed = run(seeded, "ad-spending", status=NKG + "Proposed")
    assert [r["currency"] for r in proposed] == ["USD"]


def test_timeline_orders_an_actors_dated_facts(seeded: OxigraphStore) -> None:
    rows = run(seeded, "timeline", entity=ID + "actor/twitter")
    starts = [r.get("earliest", r.get("latest")) for r in rows]
    assert starts == sorted(starts) and len(rows) >= 3
    assert {"speaker", "platform"} <= {r["role"] for r in rows}
    case = run(seeded, "timeline", entity=ID + "investigation/enquete-robert-mueller")
    assert [(r["kind"].removeprefix(NKG), r["latest"]) for r in case] == [("Indictment", "2018-02-16")]


def test_who_is_gives_names_links_and_what_points_to_the_entity(seeded: OxigraphStore) -> None:
    rows = run(seeded, "who-is", entity=ID + "actor/donald-trump")
    facts = {(r["direction"], r["property"].rsplit("/", 1)[-1], r["value"]) for r in rows}
    assert ("out", "rdf-schema#label", "Donald Trump") in facts
    assert ("out", "owl#sameAs", "http://www.wikidata.org/entity/Q22686") in facts
    assert any(d == "in" and p == "ontology#speaker" for d, p, _ in facts)


def test_evidence_gives_the_sentence_and_checks_it_against_the_article(seeded: OxigraphStore) -> None:
    (statement,) = {r["statement"] for r in run(seeded, "statements-by", speaker=ID + "actor/robert-mueller")}
    (row,) = run(seeded, "evidence", fact=statement)
    assert row["exact"].startswith("D’après les enquêtes menées")
    assert row["checked"] == "true" and row["kind"] == NKG + "Statement"
    assert all(r["checked"] == "true" for r in run(seeded, "evidence", fact=ID + "actor/twitter"))


def test_co_mentions_counts_the_articles_two_actors_share(seeded: OxigraphStore) -> None:
    rows = run(seeded, "co-mentions", actor=ID + "actor/russia-today", minArticles="2")
    assert [(r["otherName"], r["articles"]) for r in rows] == [("Twitter", "2")]
    assert len(run(seeded, "co-mentions", actor=ID + "actor/russia-today")) > 1


def test_articles_count_their_facts_by_kind(seeded: OxigraphStore) -> None:
    rows = run(seeded, "articles")
    assert len(rows) == 2
    for row in rows:
        kinds = sum(int(row[k]) for k in ("statements", "campaigns", "investigations", "indictments"))
        assert kinds == int(row["facts"]) and int(row["actors"]) > 0
    assert [r["date"] for r in run(seeded, "articles", since="2017-10-15")] == ["2017-10"]
    assert run(seeded, "articles", until="2017-09-30") == []


def test_actors_finds_an_iri_by_part_of_a_name(seeded: OxigraphStore) -> None:
    rows = run(seeded, "actors", name="trum", kind=NKG + "Person")
    assert [r["actor"] for r in rows] == [ID + "actor/donald-trump"]
    assert run(seeded, "actors", name="trum", kind=NKG + "Company") == []


def test_pages_follow_each_other(seeded: OxigraphStore) -> None:
    everything = run(seeded, "statements-about")
    first = run(seeded, "statements-about", per_page="4")
    second = run(seeded, "statements-about", per_page="4", page="2")
    assert len(everything) > 8 and first + second == everything[:8]


def test_statements_about_reads_the_stated_subject_of_a_statement() -> None:
    """``nkg:about`` (not written by the extractor yet) makes a statement about its subject."""
    store = OxigraphStore()
    store.update(f"""PREFIX nkg: <{NKG}>
        INSERT DATA {{ GRAPH <{ID}graph/t> {{
          <{ID}statement/s> a nkg:Statement ; nkg:text "rien" ; nkg:reportedIn <{ID}article/a> ;
                             nkg:about <{ID}actor/x> . }} }}""")
    prepared = CATALOGUE.get("statements-about").prepare({"actor": ID + "actor/x"})
    rows = list(store.query(prepared.sparql).rows())
    store.close()
    assert [str(r["how"]) for r in rows] == ["about"]


# --- the CLI -------------------------------------------------------------------------------------


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    """A store directory holding one statement by one speaker (closed: the CLI opens it)."""
    path = tmp_path / "store"
    store = OxigraphStore(path)
    store.update(f"""PREFIX nkg: <{NKG}>
        INSERT DATA {{ GRAPH <{ID}graph/t> {{
          <{ID}statement/s> a nkg:Statement ; nkg:text "dit" ; nkg:speaker <{ID}actor/x> ;
                             nkg:reportedIn <{ID}article/a> . }} }}""")
    store.close()
    return path


def newskg(capsys: pytest.CaptureFixture[str], store: Path, *args: str) -> tuple[int, str, str]:
    from kg.cli import main

    status = main(["query", "--store", str(store), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_cli_runs_a_canned_query_with_parameters(
    capsys: pytest.CaptureFixture[str], small_store: Path
) -> None:
    speaker = f"speaker={ID}actor/x"
    status, out, _ = newskg(capsys, small_store, "--canned", "statements-by", "--param", speaker)
    assert status == 0
    assert out.splitlines()[0].startswith("statement,speaker,") and f"{ID}statement/s" in out
    status, out, _ = newskg(capsys, small_store, "--canned", "statements-by", "-p", f"speaker={ID}actor/y",
                            "--format", "rows")
    assert status == 0 and json.loads(out)["rows"] == []


@pytest.mark.parametrize("args", [
    ["--canned", "statements-by", "--param", "speaker=x y"],
    ["--canned", "statements-by"],
    ["--canned", "statements-by", "--param", "speaker"],
    ["--canned", "statements-by", "-p", f"speaker={ID}a", "-p", f"speaker={ID}b"],
    ["--canned", "no-such-query"],
    ["--param", "speaker=x", "SELECT * {}"],
    [],
])
def test_the_cli_refuses_a_bad_canned_call_with_exit_2(
    capsys: pytest.CaptureFixture[str], small_store: Path, args: list[str]
) -> None:
    status, out, err = newskg(capsys, small_store, *args)
    assert status == 2 and out == "" and err.startswith("newskg: ")


def test_the_cli_lists_the_canned_queries(capsys: pytest.CaptureFixture[str], small_store: Path) -> None:
    status, out, _ = newskg(capsys, small_store, "--list-canned")
    names = [line.split("\t")[0] for line in out.splitlines()]
    assert status == 0 and names == [q.name for q in CATALOGUE]
    assert "speaker (iri, required)" in out


def test_actors_gives_the_most_specific_kind_even_beside_inferred_ones() -> None:
    store = OxigraphStore()
    store.update(f"""PREFIX nkg: <{NKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT DATA {{
          GRAPH <{ID}graph/o> {{ nkg:Person rdfs:subClassOf nkg:Actor }}
          GRAPH <{ID}graph/e> {{ <{ID}actor/p> a nkg:Person, nkg:Actor ; rdfs:label "Ann Example" }} }}""")
    prepared = CATALOGUE.get("actors").prepare({"name": "ann"})
    rows = list(store.query(prepared.sparql).rows())
    store.close()
    assert [(str(r["actor"]), str(r["type"])) for r in rows] == [(ID + "actor/p", NKG + "Person")]
