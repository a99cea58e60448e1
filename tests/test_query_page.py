"""The query page at /: YASGUI over our /sparql, tested in a real headless Chromium against a live server.

The browser is Debian's ``chromium`` (``make test`` installs it), driven by Playwright for Python;
every request the page makes is recorded, and none may leave the server's host.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient
from playwright.sync_api import Browser, Page, Playwright, Route, sync_playwright

from kg.namespaces import PREFIXES
from kg.store import OxigraphStore
from server.page import VENDOR_DIR
from server.sparql import EXECUTOR_KEY

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 20_000

NKG = "https://w3id.org/newskg/ontology#"
BASE = "https://w3id.org/newskg/"

# Written for these tests: two articles and a statement, dated at three precisions.
DATA = f"""PREFIX nkg: <{NKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA {{ GRAPH <{BASE}graph/article/test> {{
  <{BASE}id/article/a1> a nkg:Article ; nkg:title "Inculpation de treize Russes" ; nkg:source "a1.txt" ;
      nkg:date "2018-02-16"^^xsd:date ; nkg:earliest "2018-02-16"^^xsd:date ;
      nkg:latest "2018-02-16"^^xsd:date .
  <{BASE}id/article/a2> a nkg:Article ; nkg:title "Publicités russes sur Facebook" ; nkg:source "a2.txt" ;
      nkg:date "2017-10"^^xsd:gYearMonth ; nkg:earliest "2017-10-01"^^xsd:date ;
      nkg:latest "2017-10-31"^^xsd:date .
  <{BASE}id/statement/s1> a nkg:Statement ; nkg:text "à cette époque" ; nkg:date "2016"^^xsd:gYear ;
      nkg:speaker <{BASE}id/actor/twitter> .
  <{BASE}id/actor/twitter> rdfs:label "Twitter" .
}} }}"""

ARTICLES = f"""PREFIX nkg: <{NKG}>
SELECT ?article ?title ?date WHERE {{ ?article a nkg:Article ; nkg:title ?title ; nkg:date ?date }}
ORDER BY ?date"""

DATED = f"""PREFIX nkg: <{NKG}>
SELECT ?thing ?title ?date WHERE {{
  {{ ?thing nkg:title ?title ; nkg:date ?date }} UNION {{ ?thing nkg:text ?title ; nkg:date ?date }}
}}"""

pytestmark = pytest.mark.slow


@dataclass
class Recorded:
    """What a page did: every request URL, console errors, uncaught exceptions."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def wait_until(page: Page, expression: str, timeout: float = 15.0) -> None:
    """Poll ``expression`` in the page from the test until it is true.

    Not ``page.wait_for_function``: its polling evaluates a string in the page, which the page's
    Content-Security-Policy (no 'unsafe-eval') forbids, so it fails whenever the first check is false.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(50)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture
def data(app: Flask, store: OxigraphStore) -> None:
    store.update(DATA)
    app.extensions[EXECUTOR_KEY].changed()


@pytest.fixture
def recorded() -> Recorded:
    return Recorded()


@pytest.fixture
def page(browser: Browser, recorded: Recorded) -> Iterator[Page]:
    """A fresh browser context (no stored tabs) whose every request is recorded."""
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    opened = context.new_page()
    opened.on("request", lambda r: recorded.requests.append(r.url))
    opened.on("console", lambda m: recorded.errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: recorded.errors.append(str(e)))
    yield opened
    context.close()


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    wait_until(page, "Boolean(window.newskgYasgui && window.newskgYasgui.getTab())")


def set_query(page: Page, query: str) -> None:
    page.evaluate("q => { window.newskgYasgui.getTab().setQuery(q); }", query)


def start_query(page: Page) -> None:
    page.evaluate("() => { window.newskgYasgui.getTab().query(); }")


def run_query(page: Page, query: str) -> None:
    set_query(page, query)
    start_query(page)
    page.wait_for_selector(".tabPanel.active .yasr table.dataTable tbody tr td")


def result_rows(page: Page) -> list[str]:
    return page.locator(".tabPanel.active .yasr table.dataTable tbody tr").all_inner_texts()


def editor_query(page: Page) -> str:
    query: str = page.evaluate("window.newskgYasgui.getTab().getQuery()")
    return query


def test_the_page_loads_yasgui_from_this_server(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<script src="/vendor/yasgui/yasgui.min.js">' in html
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert "connect-src 'self'" in response.headers["Content-Security-Policy"]
    assert not re.search(r"""(src|href)=["']https?://""", html), "nothing is loaded from another host"
    with client.get("/vendor/yasgui/yasgui.min.css") as css:
        assert css.status_code == 200 and css.mimetype == "text/css"


def test_the_page_hands_its_script_our_prefixes_and_endpoint(client: FlaskClient) -> None:
    html = client.get("/").get_data(as_text=True)
    found = re.search(r'<script type="application/json" id="newskg-config">(.*?)</script>', html, re.S)
    assert found
    config: dict[str, Any] = json.loads(found.group(1))
    assert config["prefixes"] == PREFIXES
    assert config["endpoint"] == "http://localhost/sparql"
    assert config["baseIri"] == BASE


def test_yasgui_is_installed_for_the_browser_tests() -> None:
    assert (VENDOR_DIR / "yasgui.min.js").is_file(), "run `make test` (npm ci installs YASGUI)"


def test_the_page_loads_with_no_request_leaving_the_server(
    page: Page, live_server: str, recorded: Recorded
) -> None:
    open_page(page, live_server + "/")
    page.wait_for_selector(".tabPanel.active .CodeMirror")
    wait_until(page, "document.getElementById('nkg-canned-status').textContent !== 'Loading…'")
    page.wait_for_load_state("networkidle")
    origin = urlsplit(live_server)
    assert recorded.requests, "the page made requests"
    outside = [u for u in recorded.requests if (urlsplit(u).scheme, urlsplit(u).netloc) != origin[:2]]
    assert outside == []
    assert all(urlsplit(u).hostname == "127.0.0.1" for u in recorded.requests)
    assert not [e for e in recorded.errors if "Content Security Policy" in e or "Refused" in e]
    assert "PREFIX nkg: <https://w3id.org/newskg/ontology#>" in editor_query(page)


def test_a_query_runs_and_its_rows_show(page: Page, live_server: str, data: None) -> None:
    open_page(page, live_server + "/")
    run_query(page, ARTICLES)
    rows = result_rows(page)
    assert len(rows) == 2
    assert "Publicités russes sur Facebook" in rows[0] and "Inculpation de treize Russes" in rows[1]


def test_iris_under_the_base_link_to_their_page_on_this_host(
    page: Page, live_server: str, data: None
) -> None:
    open_page(page, live_server + "/")
    run_query(page, ARTICLES)
    links = page.eval_on_selector_all(".tabPanel.active .yasr table.dataTable a", "as => as.map(a => a.href)")
    assert live_server + "/id/article/a1" in links
    assert not [link for link in links if link.startswith(BASE)]


def test_the_permalink_reproduces_the_query(
    page: Page, browser: Browser, live_server: str, data: None
) -> None:
    open_page(page, live_server + "/")
    set_query(page, ARTICLES)
    page.click("#nkg-permalink", modifiers=["Alt"])  # refreshes the link; Alt stops the navigation
    link = page.get_attribute("#nkg-permalink", "href")
    assert link and link.startswith(live_server + "/")
    elsewhere = browser.new_context()
    try:
        other = elsewhere.new_page()
        open_page(other, link)
        assert editor_query(other) == ARTICLES
        start_query(other)
        other.wait_for_selector(".tabPanel.active .yasr table.dataTable tbody tr td")
        assert len(result_rows(other)) == 2
    finally:
        elsewhere.close()


def test_the_downloads_give_the_rows_as_csv_tsv_and_json(page: Page, live_server: str, data: None) -> None:
    open_page(page, live_server + "/")
    set_query(page, ARTICLES)
    for fmt in ("csv", "tsv", "json"):
        with page.expect_download() as download:
            page.click(f"#nkg-download-{fmt}")
        body = Path(download.value.path()).read_text(encoding="utf-8")
        assert "Inculpation de treize Russes" in body, fmt
    assert body.startswith("{") and json.loads(body)["results"]["bindings"]


def test_dated_rows_show_on_a_timeline(page: Page, live_server: str, data: None) -> None:
    open_page(page, live_server + "/")
    run_query(page, DATED)
    page.click(".tabPanel.active .select_timeline")
    page.wait_for_selector(".tabPanel.active .nkg-timeline svg")
    labels = page.locator(".tabPanel.active .nkg-timeline .nkg-event-label").all_text_contents()
    assert labels == ["à cette époque", "Publicités russes sur Facebook", "Inculpation de treize Russes"]
    ticks = page.locator(".tabPanel.active .nkg-timeline .nkg-tick-label").all_text_contents()
    assert ticks == sorted(ticks) and ticks[0] < "2016-06" and ticks[-1] >= "2017-12"


def test_results_without_dates_offer_no_timeline(page: Page, live_server: str, data: None) -> None:
    open_page(page, live_server + "/")
    run_query(page, f"SELECT ?title WHERE {{ ?a <{NKG}title> ?title }}")
    assert "disabled" in (page.get_attribute(".tabPanel.active .select_timeline", "class") or "")
    assert "disabled" not in (page.get_attribute(".tabPanel.active .select_table", "class") or "")


def test_a_query_saved_from_the_page_opens_from_its_short_link(
    page: Page, browser: Browser, live_server: str, data: None
) -> None:
    open_page(page, live_server + "/")
    set_query(page, ARTICLES)
    page.fill("#nkg-save-name", "Dated articles")
    page.fill("#nkg-save-description", "Articles with their dates")
    page.click("#nkg-save-button")
    short = page.get_attribute("#nkg-short-link", "href")
    assert short and re.fullmatch(re.escape(live_server) + r"/q/[a-z2-7]{10}", short)
    page.wait_for_selector("#nkg-saved-list a")
    assert page.locator("#nkg-saved-list a").all_inner_texts() == ["Dated articles"]
    elsewhere = browser.new_context()
    try:
        other = elsewhere.new_page()
        open_page(other, short)
        assert editor_query(other) == ARTICLES
        assert "Articles with their dates" in other.inner_text("#nkg-run-status")
    finally:
        elsewhere.close()


def test_a_bad_query_is_not_saved_and_the_page_says_why(page: Page, live_server: str) -> None:
    open_page(page, live_server + "/")
    set_query(page, "DELETE WHERE { ?s ?p ?o }")
    page.fill("#nkg-save-name", "Oops")
    page.click("#nkg-save-button")
    page.wait_for_selector("#nkg-save-status.nkg-error")
    assert "update" in page.inner_text("#nkg-save-status")
    assert requests.get(live_server + "/saved", timeout=10).json() == []


CANNED = [{
    "name": "articles-stub",
    "summary": "Articles, with their dates",
    "description": "Every article loaded, with its date.",
    "tags": ["articles"],
    "query": ARTICLES,
    "params": [],
}]


def test_a_canned_query_without_parameters_runs_from_the_editor_in_one_click(
    page: Page, live_server: str, data: None
) -> None:
    """Against the /api/queries contract (list stubbed): no parameters, so it runs on /sparql as shown."""

    def fulfil(route: Route) -> None:
        route.fulfill(status=200, content_type="application/json", body=json.dumps(CANNED))

    page.route(live_server + "/api/queries", fulfil)
    open_page(page, live_server + "/")
    page.click("text=Articles, with their dates")
    page.wait_for_selector(".tabPanel.active .yasr table.dataTable tbody tr td")
    assert len(result_rows(page)) == 2
    assert editor_query(page) == ARTICLES
    assert "Every article loaded" in page.inner_text("#nkg-canned-list")


def test_a_canned_query_from_the_api_runs_with_its_parameters(
    page: Page, live_server: str, data: None
) -> None:
    """The real /api/queries: one click runs ``articles``; a date parameter is bound by the server."""
    open_page(page, live_server + "/")
    canned = page.locator("#nkg-canned-list li[data-name='articles']")
    canned.locator("button.nkg-canned-run").click()
    page.wait_for_selector(".tabPanel.active .yasr table.dataTable tbody tr td")
    assert len(result_rows(page)) == 2
    assert "?__since_xsd_date" in editor_query(page)
    canned.locator("input[name='since']").fill("2018-01-01")
    canned.locator("button.nkg-canned-run").click()
    wait_until(page, "document.getElementById('nkg-run-status').textContent.includes('since=2018-01-01')")
    # the status line is written before the table is drawn again: wait for the new table too
    wait_until(page, "document.querySelectorAll('.tabPanel.active .yasr table.dataTable tbody tr')"
                     ".length === 1")
    rows = result_rows(page)
    assert len(rows) == 1 and "Inculpation de treize Russes" in rows[0]


def test_a_bad_canned_parameter_is_reported_on_the_page(page: Page, live_server: str, data: None) -> None:
    open_page(page, live_server + "/")
    canned = page.locator("#nkg-canned-list li[data-name='articles']")
    canned.locator("input[name='since']").fill("last tuesday")
    canned.locator("button.nkg-canned-run").click()
    page.wait_for_selector("#nkg-run-status.nkg-error")
    assert "since" in page.inner_text("#nkg-run-status")
