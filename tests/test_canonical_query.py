"""The canonical question, asked through /sparql: who was indicted after which statement?"""

from __future__ import annotations

from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.loader import load_paths
from kg.settings import Settings
from kg.store import OxigraphStore
from tests.conftest import REPO

QUERY = (REPO / "queries" / "indicted-after-statement.rq").read_text(encoding="utf-8")

# Written for this test: one investigation, statements before, around and after an indictment.
CASE = """date 2023-06-30
Affaire Lindqvist : l'homme d'affaires inculpé

La ministre Sofia Berg a déclaré le 3 mars 2023 que l'enquête menée par le procureur Anders Holm
progressait.

En juin 2023, l'homme d'affaires Erik Lindqvist a affirmé qu'il n'avait jamais financé de publicité.

Le procureur Anders Holm a inculpé le 12 juin 2023 l'homme d'affaires Erik Lindqvist pour financement
illégal.

Le 20 juin 2023, Erik Lindqvist a déclaré qu'il ferait appel de cette décision.
"""


def ask(url: str) -> list[dict[str, str]]:
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(QUERY)
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    assert isinstance(result, dict)
    return [{k: v["value"] for k, v in row.items()} for row in result["results"]["bindings"]]


@pytest.fixture
def rows(store: OxigraphStore, settings: Settings, tmp_path: Path, live_server: str) -> list[dict[str, str]]:
    """The seeds and the case above loaded into the test store, then the question asked over HTTP."""
    case = tmp_path / "articles" / "lindqvist.txt"
    case.parent.mkdir()
    case.write_text(CASE, encoding="utf-8")
    report = load_paths(store, [REPO / "articles", case.parent], settings)
    assert report.ok
    return ask(live_server)


def by_speaker(rows: list[dict[str, str]], speaker: str) -> list[dict[str, str]]:
    return [r for r in rows if r.get("speakerName") == speaker]


def test_a_statement_dated_before_the_indictment_is_certainly_before(rows: list[dict[str, str]]) -> None:
    (row,) = by_speaker(rows, "Sofia Berg")
    assert row["order"] == "certain"
    assert row["defendantName"] == "Erik Lindqvist"
    assert (row["saidFrom"], row["indictedFrom"]) == ("2023-03-03", "2023-06-12")
    assert "Sofia Berg a déclaré" in row["statementSentence"]
    assert "a inculpé le 12 juin 2023" in row["indictmentSentence"]
    assert row["statementArticle"] == row["indictmentArticle"]


def test_overlapping_bounds_make_the_order_only_possible(rows: list[dict[str, str]]) -> None:
    dated = [r for r in by_speaker(rows, "Erik Lindqvist") if r.get("statementDate") == "2023-06"]
    assert [r["order"] for r in dated] == ["possible"]


def test_a_statement_made_after_the_indictment_never_appears(rows: list[dict[str, str]]) -> None:
    assert not [r for r in rows if r.get("saidFrom", "") >= "2023-06-13"]
    assert not [r for r in rows if "ferait appel" in r["text"]]


def test_on_the_seeds_the_text_stated_order_keeps_goldmans_tweets_out(rows: list[dict[str, str]]) -> None:
    seed = [r for r in rows if r.get("defendantCount") == "13"]
    assert seed, "the indictment of the thirteen Russians pairs with an earlier statement"
    assert not by_speaker(seed, "Rob Goldman")  # the article says his tweets came after it
    (twitter,) = by_speaker(seed, "Twitter")
    # 2016, before an indictment known only to precede 2018-02-16: possible, not certain
    assert twitter["order"] == "possible"
    assert twitter["indictedTo"] == "2018-02-16"
    assert "A cette époque, Twitter avait indiqué" in twitter["statementSentence"]


def test_the_query_runs_unchanged_on_an_empty_store(tmp_path: Path) -> None:
    store = OxigraphStore()
    assert list(store.query(QUERY).rows()) == []
    store.close()
