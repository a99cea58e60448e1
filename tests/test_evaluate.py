"""The scorer behind ``newskg eval``, and the gold annotations of the evaluation corpus."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import get_args

import pytest

from kg.articles import Article, parse_article, read_article
from kg.dates import PartialDate
from kg.evaluate import Gold, GoldError, Scores, evaluate_corpus, format_report, load_gold, score
from kg.extract.facts import (
    Actor,
    ActorKind,
    AdCampaign,
    Evidence,
    Extraction,
    Indictment,
    Investigation,
    Mention,
    Statement,
)
from tests.conftest import DATA, REPO

GOLD = DATA / "gold"
CORPORA = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
           "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
           "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29",
           "dev30", "dev31", "dev32", "dev33", "heldout", "heldout2")
ARTICLE_DIRS = (REPO / "articles", *(DATA / "corpus" / name for name in CORPORA))
ARTICLES = {p.stem: p for folder in ARTICLE_DIRS for p in sorted(folder.glob("*.txt"))}
GOLD_FILES = sorted(GOLD.glob("*.json"))

TEXT = """date 2024-03-14
Un réseau démantelé

La ministre Anna Berg a déclaré mercredi que le réseau avait été démantelé.

Selon Meta, la société Nordlys a payé 90 000 euros à Meta. Nordlys avait aussi proposé 10 000 euros à Meta.

Le parquet d'Oslo a inculpé mardi trois personnes, dont Per Dahl.
"""


@pytest.fixture
def article() -> Article:
    return parse_article(TEXT.encode(), "toy.txt")


@pytest.fixture
def gold(article: Article, tmp_path: Path) -> Gold:
    raw = {
        "source": "toy.txt",
        "actors": [
            {"name": "Anna Berg", "kind": "Person", "aliases": ["ministre Anna Berg"]},
            {"name": "Meta", "kind": "Company", "aliases": []},
            {"name": "Nordlys", "kind": "Company", "aliases": []},
            {"name": "parquet d'Oslo", "kind": "GovernmentBody", "aliases": []},
            {"name": "Per Dahl", "kind": "Person", "aliases": []},
        ],
        "statements": [
            {"speaker": "Anna Berg", "date": "2024-03-13", "direct": False,
             "text": "que le réseau avait été démantelé"},
            {"speaker": "Meta", "date": None, "direct": False,
             "text": "la société Nordlys a payé 90 000 euros à Meta"},
        ],
        "campaigns": [
            {"sponsor": "Nordlys", "platform": "Meta", "value": "90000", "currency": "EUR",
             "status": "Realised", "item_count": None, "date": None,
             "evidence": "la société Nordlys a payé 90 000 euros à Meta"},
            {"sponsor": "Nordlys", "platform": "Meta", "value": "10000", "currency": "EUR",
             "status": "Proposed", "item_count": None, "date": None,
             "evidence": "Nordlys avait aussi proposé 10 000 euros à Meta."},
        ],
        "investigations": [],
        "indictments": [
            {"defendants": ["Per Dahl"], "defendant_count": 3, "date": "2024-03-12",
             "evidence": "Le parquet d'Oslo a inculpé mardi trois personnes, dont Per Dahl."},
        ],
    }
    path = tmp_path / "toy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return load_gold(path)


def oracle(article: Article, gold: Gold) -> Extraction:
    """The extraction that says exactly what the gold says (actor keys are the gold names)."""
    def ev(text: str) -> Evidence:
        start = article.body.index(text)
        return Evidence.span(article, start, start + len(text))

    def day(iso: str | None) -> PartialDate | None:
        return PartialDate.parse(iso) if iso else None

    extraction = Extraction(article)
    extraction.actors = {a.name: Actor(a.name, a.name, a.kind or "Organisation", set(a.aliases))
                         for a in gold.actors}
    extraction.statements = [Statement(s.speaker, s.text, ev(s.text), s.direct, day(s.date))
                             for s in gold.statements]
    extraction.campaigns = [AdCampaign(c.sponsor, c.platform, ev(c.evidence), c.status,
                                       c.value, c.currency, c.item_count, None, day(c.date))
                            for c in gold.campaigns]
    extraction.investigations = [Investigation(f"i{n}", i.investigator, ev(i.evidence), day(i.date))
                                 for n, i in enumerate(gold.investigations)]
    extraction.indictments = [Indictment(f"j{n}", ev(i.evidence), list(i.defendants), i.defendant_count,
                                         None, day(i.date))
                              for n, i in enumerate(gold.indictments)]
    return extraction


def counts(scores: Scores, kind: str) -> tuple[int, int, int]:
    c = scores.per_kind[kind]
    return c.tp, c.fp, c.fn


def test_a_perfect_prediction_scores_one_everywhere(article: Article, gold: Gold) -> None:
    scores = score(article, oracle(article, gold), gold)
    for kind, c in scores.per_kind.items():
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), kind
    assert counts(scores, "statements") == (2, 0, 0)
    assert scores.evidence_exact == scores.evidence_total > 0 and not scores.bad_evidence


def test_actors_match_by_alias_casefolded_and_kind_is_scored_apart(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    extraction.actors["Anna Berg"] = Actor("person/berg", "Berg", "Organisation", {"MINISTRE  anna berg"})
    scores = score(article, extraction, gold)
    assert counts(scores, "actors") == (5, 0, 0)
    assert counts(scores, "actor kinds") == (4, 1, 1)


def test_a_wrong_speaker_is_a_false_positive_and_a_false_negative(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    extraction.statements[0] = replace(extraction.statements[0], speaker="Meta")
    scores = score(article, extraction, gold)
    assert counts(scores, "statements") == (1, 1, 1)
    assert counts(scores, "statements (speaker)") == (1, 1, 1)


def test_a_wrong_date_fails_the_strict_variant_only(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    extraction.statements[0].date = PartialDate(2024, 3, 14)
    scores = score(article, extraction, gold)
    assert counts(scores, "statements") == (1, 1, 1)
    assert counts(scores, "statements (speaker)") == (2, 0, 0)


def test_a_whole_sentence_as_evidence_overlaps_the_gold_clause(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    sentence = "La ministre Anna Berg a déclaré mercredi que le réseau avait été démantelé."
    start = article.body.index(sentence)
    extraction.statements[0] = replace(extraction.statements[0], text="le réseau est démantelé",
                                       evidence=Evidence.span(article, start, start + len(sentence)))
    assert counts(score(article, extraction, gold), "statements") == (2, 0, 0)


def test_a_proposed_campaign_predicted_as_realised_does_not_match(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    extraction.campaigns[1].status = "Realised"
    assert counts(score(article, extraction, gold), "campaigns") == (1, 1, 1)


def test_campaign_values_compare_as_numbers_and_currency_must_agree(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    extraction.campaigns[0].value = Decimal("90000.00")
    extraction.campaigns[1].currency = "NOK"
    assert counts(score(article, extraction, gold), "campaigns") == (1, 1, 1)


def test_an_indictment_matches_by_defendant_or_by_count_but_needs_the_date(
        article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    extraction.indictments[0].defendants = []
    assert counts(score(article, extraction, gold), "indictments") == (1, 0, 0)
    extraction.indictments[0].defendant_count = 4
    assert counts(score(article, extraction, gold), "indictments") == (0, 1, 1)
    extraction = oracle(article, gold)
    extraction.indictments[0].date = None
    assert counts(score(article, extraction, gold), "indictments") == (0, 1, 1)


def test_evidence_offsets_that_do_not_index_the_body_are_reported(article: Article, gold: Gold) -> None:
    extraction = oracle(article, gold)
    good = extraction.campaigns[0].evidence
    extraction.campaigns[0].evidence = Evidence(good.start + 1, good.end + 1, good.exact)
    extraction.actors["Meta"].mentions.append(
        Mention(10_000, 10_004, "Meta"))
    scores = score(article, extraction, gold)
    assert scores.evidence_total - scores.evidence_exact == 2
    assert len(scores.bad_evidence) == 2 and "toy.txt: campaign" in scores.bad_evidence[0]
    assert "evidence offsets exact: " in format_report(scores.per_kind, scores)


def test_the_report_is_a_table_of_every_kind(article: Article, gold: Gold) -> None:
    report = format_report(score(article, Extraction(article), gold).per_kind)
    header, *rows = report.splitlines()
    assert header.split() == ["kind", "tp", "fp", "fn", "precision", "recall", "F1"]
    assert rows[0].split() == ["actors", "0", "0", "5", "1.000", "0.000", "0.000"]


def test_a_malformed_gold_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"source": "x.txt", "actors": [{"name": "A"}]}', encoding="utf-8")
    with pytest.raises(GoldError, match="bad.json"):
        load_gold(path)


# --- the gold annotations of the evaluation corpus --------------------------------------------------

def test_every_article_of_the_corpus_has_gold_and_every_gold_names_an_article() -> None:
    assert len(list((DATA / "corpus" / "dev").glob("*.txt"))) >= 5
    assert len(list((DATA / "corpus" / "heldout").glob("*.txt"))) >= 4
    assert {p.stem for p in GOLD_FILES} == set(ARTICLES)
    for path in GOLD_FILES:
        assert load_gold(path).source == ARTICLES[path.stem].name


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_texts_and_evidence_are_verbatim_in_the_body(path: Path) -> None:
    gold = load_gold(path)
    body = read_article(ARTICLES[path.stem]).body
    for statement in gold.statements:
        assert body.count(statement.text) == 1, statement.text
    evidence = [c.evidence for c in gold.campaigns] + [i.evidence for i in gold.investigations]
    for text in evidence + [i.evidence for i in gold.indictments]:
        assert text in body, text


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_facts_name_listed_actors_of_known_kinds(path: Path) -> None:
    gold = load_gold(path)
    names = {a.name for a in gold.actors}
    assert len(names) == len(gold.actors)
    assert {a.kind for a in gold.actors} <= set(get_args(ActorKind))
    named = [s.speaker for s in gold.statements]
    named += [n for c in gold.campaigns for n in (c.sponsor, c.platform) if n]
    named += [i.investigator for i in gold.investigations if i.investigator]
    named += [d for i in gold.indictments for d in i.defendants]
    assert set(named) <= names
    assert {c.status for c in gold.campaigns} <= {"Realised", "Proposed"}


def test_an_oracle_extraction_scores_perfectly_on_the_whole_corpus() -> None:
    golds = {p.stem: load_gold(p) for p in GOLD_FILES}
    report, total = evaluate_corpus(((ARTICLES[stem], GOLD / f"{stem}.json") for stem in golds),
                                    lambda article: oracle(article, golds[Path(article.source).stem]))
    assert all(c.f1 == 1.0 for c in total.per_kind.values()), report
    assert total.per_kind["statements"].tp > 100
    assert total.evidence_exact == total.evidence_total
