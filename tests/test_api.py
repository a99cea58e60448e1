"""``/api``: the canned-query catalogue, running a query over HTTP, and the OpenAPI document."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.loader import load_paths
from kg.queries import load_catalogue
from kg.settings import load_settings
from kg.store import OxigraphStore
from server import close_app, create_app
from tests.conftest import REPO
from tests.fixtures_server import serving

CATALOGUE = load_catalogue(REPO / "queries")
ID = "https://w3id.org/newskg/id/"
NKG = "https://w3id.org/newskg/ontology#"
GOLDMAN = ID + "actor/rob-goldman"
PARAM_TYPES = {"iri", "string", "date", "integer", "decimal"}


@pytest.fixture(scope="module")
def api_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One app over the seeds for the module (loading them takes ~15 s)."""
    root = tmp_path_factory.mktemp("api")
    config = load_settings({"store": root / "store"}, environ={})
    store = OxigraphStore(config.store)
    assert load_paths(store, [REPO / "articles"], config).ok
    app = create_app(config, store)
    app.config["TESTING"] = True
    yield app
    close_app(app)
    store.close()


@pytest.fixture(scope="module")
def api(api_app: Flask) -> FlaskClient:
    return api_app.test_client()


@pytest.fixture(scope="module")
def live_url(api_app: Flask) -> Iterator[str]:
    with serving(api_app) as url:
        yield url


def rows(api: FlaskClient, name: str, **values: str) -> dict[str, Any]:
    response = api.get(f"/api/queries/{name}", query_string={**values, "format": "rows"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    data: dict[str, Any] = response.get_json()
    return data


# --- the catalogue -------------------------------------------------------------------------------


def test_the_list_follows_the_documented_contract(api: FlaskClient) -> None:
    response = api.get("/api/queries")
    assert response.status_code == 200 and response.mimetype == "application/json"
    listed = response.get_json()
    assert [q["name"] for q in listed] == sorted(q.name for q in CATALOGUE)
    for entry in listed:
        assert {"name", "summary", "description", "tags", "query", "params", "pagination", "form",
                "url"} <= set(entry)
        assert entry["summary"] and isinstance(entry["tags"], list)
        assert entry["url"] == f"/api/queries/{entry['name']}"
        assert entry["query"] == CATALOGUE.get(entry["name"]).sparql and "#+" not in entry["query"]
        for param in entry["params"]:
            assert {"name", "type", "required", "default", "enum"} <= set(param)
            assert param["type"] in PARAM_TYPES and isinstance(param["required"], bool)
            assert param["enum"] is None or all(isinstance(v, str) for v in param["enum"])


def test_the_list_describes_each_parameter(api: FlaskClient) -> None:
    listed = {q["name"]: q for q in api.get("/api/queries").get_json()}
    speaker, since, until = listed["statements-by"]["params"]
    assert speaker == {"name": "speaker", "type": "iri", "required": True, "default": None, "enum": None,
                       "variable": "?_speaker_iri", "datatype": None, "lang": None}
    assert (since["type"], since["required"], since["datatype"]) == (
        "date", False, "http://www.w3.org/2001/XMLSchema#date")
    (status,) = [p for p in listed["ad-spending"]["params"] if p["name"] == "status"]
    assert status["enum"] == [NKG + "Realised", NKG + "Proposed"]
    (threshold,) = [p for p in listed["co-mentions"]["params"] if p["name"] == "minArticles"]
    assert (threshold["type"], threshold["default"]) == ("integer", "1")


# --- running a query -----------------------------------------------------------------------------


def test_a_query_answers_plain_json_rows(api: FlaskClient) -> None:
    data = rows(api, "statements-by", speaker=GOLDMAN)
    assert data["query"] == "statements-by" and "text" in data["columns"]
    assert len(data["rows"]) == 3 and {r["speakerName"] for r in data["rows"]} == {"Rob Goldman"}
    assert all(set(r) == set(data["columns"]) for r in data["rows"])
    assert (data["page"], data["per_page"], data["more"], data["truncated"]) == (1, 100, False, False)


def test_rows_are_paged_and_say_when_more_follow(api: FlaskClient) -> None:
    first = rows(api, "statements-about", per_page="4")
    second = rows(api, "statements-about", per_page="4", page="2")
    everything = rows(api, "statements-about")
    assert first["more"] and len(first["rows"]) == 4
    assert first["rows"] + second["rows"] == everything["rows"][:8]
    assert not everything["more"]


def test_numbers_in_rows_are_json_numbers(api: FlaskClient) -> None:
    data = rows(api, "ad-spending", status=NKG + "Realised")
    (row,) = data["rows"]
    assert (row["total"], row["campaigns"], row["promotedItems"]) == (228000, 1, 1823)


@pytest.mark.parametrize(("how", "media_type"), [
    ({"headers": {"Accept": "text/csv"}}, "text/csv"),
    ({"headers": {"Accept": "text/tab-separated-values"}}, "text/tab-separated-values"),
    ({"headers": {"Accept": "application/sparql-results+xml"}}, "application/sparql-results+xml"),
    ({"headers": {"Accept": "application/sparql-results+json"}}, "application/sparql-results+json"),
    ({"query_string": {"format": "csv"}}, "text/csv"),
    ({"query_string": {"format": "json"}}, "application/sparql-results+json"),
    ({}, "application/sparql-results+json"),
])
def test_a_query_answers_in_every_sparql_results_format(
    api: FlaskClient, how: dict[str, Any], media_type: str
) -> None:
    query_string = {"speaker": GOLDMAN, **how.pop("query_string", {})}
    response = api.get("/api/queries/statements-by", query_string=query_string, **how)
    assert response.status_code == 200 and response.mimetype == media_type
    text = response.get_data(as_text=True)
    assert text.count("statement/") >= 3
    if media_type == "text/csv":
        assert len(list(csv.DictReader(io.StringIO(text)))) == 3


def test_a_form_post_runs_a_query(api: FlaskClient) -> None:
    response = api.post("/api/queries/ad-spending", data={"status": NKG + "Proposed", "format": "rows"})
    assert response.status_code == 200
    assert [r["currency"] for r in response.get_json()["rows"]] == ["USD"]


def test_a_graph_format_for_a_select_is_not_acceptable(api: FlaskClient) -> None:
    response = api.get("/api/queries/articles", query_string={"format": "turtle"})
    assert response.status_code == 406


def test_an_unknown_query_is_a_404(api: FlaskClient) -> None:
    response = api.get("/api/queries/no-such-query")
    assert response.status_code == 404 and "statements-by" in response.get_data(as_text=True)


@pytest.mark.parametrize(("name", "values", "words"), [
    ("statements-by", {}, ["speaker", "required", "IRI"]),
    ("statements-by", {"speaker": "Rob Goldman"}, ["speaker", "absolute IRI"]),
    ("statements-by", {"speaker": GOLDMAN, "since": "16/02/2018"}, ["since", "YYYY-MM-DD"]),
    ("statements-by", {"speaker": GOLDMAN, "page": "-1"}, ["page", "integer"]),
    ("statements-by", {"speaker": GOLDMAN, "speeker": "x"}, ["speeker", "unknown parameter"]),
    ("ad-spending", {"status": "Realised"}, ["status", NKG + "Realised"]),
    ("co-mentions", {"minArticles": "2.5"}, ["minArticles", "integer"]),
])
def test_a_bad_parameter_is_a_400_naming_it_and_its_type(
    api: FlaskClient, name: str, values: dict[str, str], words: list[str]
) -> None:
    response = api.get(f"/api/queries/{name}", query_string=values)
    assert response.status_code == 400 and response.mimetype == "text/plain"
    message = response.get_data(as_text=True)
    assert all(word in message for word in words), message


def test_a_parameter_given_twice_is_refused(api: FlaskClient) -> None:
    response = api.get(f"/api/queries/statements-by?speaker={GOLDMAN}&speaker={ID}actor/twitter")
    assert response.status_code == 400 and "one value" in response.get_data(as_text=True)


@pytest.mark.parametrize("value", [
    '") } ?s ?p ?o #', '"} UNION { ?statement ?p ?text } #', "\\u0022) } ?s ?p ?o #", "tweets\n} #",
])
def test_a_value_that_tries_to_close_the_values_block_is_only_text(api: FlaskClient, value: str) -> None:
    assert rows(api, "statements-about", subject=value)["rows"] == []


@pytest.mark.parametrize("value", [f"{GOLDMAN}> }} ?s ?p ?o . {{ ?s ?p <{GOLDMAN}", f"{GOLDMAN}#x y"])
def test_an_iri_that_tries_to_close_itself_is_refused(api: FlaskClient, value: str) -> None:
    response = api.get("/api/queries/statements-by", query_string={"speaker": value})
    assert response.status_code == 400 and "speaker" in response.get_data(as_text=True)


#: Every parameter of every canned query, plus the paging parameters of the paginated ones.
FUZZED = [
    (query.name, name)
    for query in CATALOGUE
    for name in [p.name for p in query.params] + (["page", "per_page"] if query.pagination else [])
]


def valid_value(query_name: str, param_name: str) -> st.SearchStrategy[str]:
    query = CATALOGUE.get(query_name)
    if param_name in ("page", "per_page"):
        return st.integers(min_value=-3, max_value=1200).map(str)
    param = query.parameter(param_name)
    if param.enum:
        return st.sampled_from(param.enum)
    return {
        "iri": st.sampled_from([GOLDMAN, ID + "actor/twitter", "urn:x:y", "http://é.example/ü"]),
        "date": st.dates().map(lambda d: d.isoformat()),
        "integer": st.integers().map(str),
        "decimal": st.decimals(allow_nan=False, allow_infinity=False).map(str),
        "string": st.text(max_size=30),
    }[param.type.name]


@pytest.mark.parametrize(("query_name", "param_name"), FUZZED, ids=[f"{q}-{p}" for q, p in FUZZED])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_parameters_never_cause_a_server_error(
    api: FlaskClient, query_name: str, param_name: str, data: st.DataObject
) -> None:
    value = data.draw(st.one_of(st.text(max_size=40), valid_value(query_name, param_name)), label="value")
    query = CATALOGUE.get(query_name)
    required = {p.name: GOLDMAN for p in query.params if p.required and p.default is None}
    response = api.get(f"/api/queries/{query_name}",
                       query_string={**required, param_name: value, "format": "rows"})
    assert response.status_code in (200, 400), response.get_data(as_text=True)
    if response.status_code == 400:
        assert param_name in response.get_data(as_text=True)


# --- a SPARQL tool --------------------------------------------------------------------------------


def test_a_canned_query_runs_as_is_in_sparqlwrapper_with_the_apis_answer(
    api: FlaskClient, live_url: str
) -> None:
    listed = {q["name"]: q for q in api.get("/api/queries").get_json()}
    client = SPARQLWrapper(live_url + "/sparql")
    client.setQuery(listed["statements-about"]["query"])
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    assert isinstance(result, dict)
    by_tool = [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]
    by_api = [{k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in r.items() if v is not None}
              for r in rows(api, "statements-about")["rows"]]
    assert by_tool == by_api and len(by_tool) >= 8


# --- OpenAPI --------------------------------------------------------------------------------------


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_the_openapi_document_describes_every_query(api: FlaskClient) -> None:
    response = api.get("/api/openapi.json")
    assert response.status_code == 200
    doc = response.get_json()
    assert doc["openapi"].startswith("3.0") and doc["info"]["title"] and doc["info"]["version"]
    assert doc["servers"][0]["url"].startswith("http")
    assert set(doc["paths"]) == {"/api/queries"} | {f"/api/queries/{q.name}" for q in CATALOGUE}
    operation_ids = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))
    for ref in _refs(doc):
        assert ref.startswith("#/components/schemas/") and ref.split("/")[-1] in doc["components"]["schemas"]
    for query in CATALOGUE:
        get = doc["paths"][f"/api/queries/{query.name}"]["get"]
        assert get["summary"] == query.summary and get["tags"] == list(query.tags)
        params = {p["name"]: p for p in get["parameters"]}
        for param in query.params:
            documented = params[param.name]
            assert documented["in"] == "query" and isinstance(documented["required"], bool)
            assert documented["required"] == (param.required and param.default is None)
            assert documented["schema"]["type"] in ("string", "integer", "number")
            if param.enum:
                assert documented["schema"]["enum"] == list(param.enum)
        assert ("page" in params) == bool(query.pagination)
        assert "rows" in params["format"]["schema"]["enum"]
        content = get["responses"]["200"]["content"]
        assert {"application/sparql-results+json", "text/csv", "application/json"} <= set(content)
        assert "400" in get["responses"]
        post = doc["paths"][f"/api/queries/{query.name}"]["post"]
        form = post["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
        assert set(form["properties"]) == set(params)
    statements_by = doc["paths"]["/api/queries/statements-by"]["get"]["parameters"]
    assert {p["name"]: p["schema"].get("format") for p in statements_by}["since"] == "date"
    json.dumps(doc)
