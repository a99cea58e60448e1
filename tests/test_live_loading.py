"""Loading while serving: `newskg load` on the directory `newskg serve` has open writes through it.

A real server process and a real loader process: the new articles become visible without a
restart, queries answered meanwhile always see whole articles (a consistent snapshot), and
nothing is corrupted (the store opens and answers after the server stops).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.serving import serving_endpoint
from kg.store import OxigraphStore
from tests.conftest import REPO
from tests.fixtures_remote import free_port
from tests.test_crash_safety import write_articles

TOKEN = "s3cret-token"
N_NEW = 30
ARTICLE_GRAPHS = (
    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/newskg/ontology#Article> } }"
)
#: Per article graph, whether it holds both its article and its provenance (a half-written one would not).
WHOLE = """PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g (COUNT(?run) AS ?runs) WHERE {
  GRAPH ?g { ?a a <https://w3id.org/newskg/ontology#Article> OPTIONAL { ?g prov:wasGeneratedBy ?run } }
} GROUP BY ?g"""


def environment(store: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSKG_")}
    return {**env, "NEWSKG_STORE": str(store), **extra}


def query(url: str, sparql: str) -> list[dict[str, dict[str, str]]]:
    data = urllib.parse.urlencode({"query": sparql}).encode()
    request = urllib.request.Request(f"{url}/sparql", data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        rows: list[dict[str, dict[str, str]]] = json.loads(response.read())["results"]["bindings"]
        return rows


def article_count(url: str) -> int:
    return int(query(url, ARTICLE_GRAPHS)[0]["n"]["value"])


@dataclass(frozen=True)
class Served:
    url: str
    store: Path
    process: subprocess.Popen[bytes]


@pytest.fixture
def served_store(tmp_path: Path) -> Iterator[Served]:
    """A real `newskg serve` over an on-disk store already holding the two seed articles."""
    store = tmp_path / "store"
    seeded = subprocess.run(
        [sys.executable, "-m", "kg.cli", "load", "--quiet", str(REPO / "articles")],
        env=environment(store), capture_output=True, timeout=300)
    assert seeded.returncode == 0, seeded.stderr.decode()
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", str(port)],
        env=environment(store, NEWSKG_UPDATE_TOKEN=TOKEN), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while serving_endpoint(store) is None or not _answers(url):
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.1)
        yield Served(url, store, server)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _answers(url: str) -> bool:
    try:
        article_count(url)
    except (urllib.error.URLError, ConnectionError):
        return False
    return True


@pytest.mark.slow
def test_articles_loaded_while_serving_become_visible_and_queries_see_whole_articles(
    served_store: Served, tmp_path: Path
) -> None:
    url, store = served_store.url, served_store.store
    articles = tmp_path / "articles"
    write_articles(articles, N_NEW)
    assert article_count(url) == 2

    seen: list[int] = []
    problems: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                rows = query(url, WHOLE)
            except (urllib.error.URLError, ConnectionError) as exc:
                problems.append(f"query failed during the load: {exc}")
                return
            seen.append(len(rows))
            problems.extend(
                f"{row['g']['value']} half visible" for row in rows if row["runs"]["value"] != "1")

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        load = subprocess.run(
            [sys.executable, "-m", "kg.cli", "load", "--quiet", str(articles)],
            env=environment(store, NEWSKG_UPDATE_TOKEN=TOKEN), capture_output=True, timeout=900)
    finally:
        stop.set()
        watcher.join()
    assert load.returncode == 0, load.stderr.decode()
    assert not problems, problems[:5]
    assert seen == sorted(seen), "a later query saw fewer articles than an earlier one"
    assert article_count(url) == 2 + N_NEW  # visible without a restart


@pytest.mark.slow
def test_loading_into_a_served_store_without_the_token_says_how(
    served_store: Served, tmp_path: Path
) -> None:
    url, store = served_store.url, served_store.store
    articles = tmp_path / "one"
    articles.mkdir()
    shutil.copy(REPO / "articles" / "000_8c2edf0ec8072d61.txt", articles / "again.txt")
    load = subprocess.run(
        [sys.executable, "-m", "kg.cli", "load", str(articles)],
        env=environment(store), capture_output=True, timeout=300)
    assert load.returncode == 2
    message = load.stderr.decode()
    assert "newskg serve" in message and "NEWSKG_UPDATE_TOKEN" in message
    wrong = subprocess.run(
        [sys.executable, "-m", "kg.cli", "load", str(articles)],
        env=environment(store, NEWSKG_UPDATE_TOKEN="wrong"), capture_output=True, timeout=300)
    assert wrong.returncode == 1 and "403" in wrong.stderr.decode()
    assert article_count(url) == 2


@pytest.mark.slow
def test_the_store_opens_after_the_server_that_loaded_it_stops(
    served_store: Served, tmp_path: Path
) -> None:
    url, store = served_store.url, served_store.store
    articles = tmp_path / "articles"
    write_articles(articles, N_NEW)
    load = subprocess.run(
        [sys.executable, "-m", "kg.cli", "load", "--quiet", str(articles)],
        env=environment(store, NEWSKG_UPDATE_TOKEN=TOKEN), capture_output=True, timeout=900)
    assert load.returncode == 0, load.stderr.decode()
    expected = article_count(url)
    # stop the server (as Ctrl-C or a service manager would), then open the directory ourselves
    served_store.process.terminate()
    assert served_store.process.wait(timeout=60) == 0
    assert serving_endpoint(store) is None
    opened = OxigraphStore(store)
    try:
        rows = list(opened.query(ARTICLE_GRAPHS).rows())
        assert int(rows[0]["n"]) == expected
    finally:
        opened.close()
