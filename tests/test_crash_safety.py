"""A loader killed with SIGKILL mid-load leaves every article fully present or absent.

A real ``newskg load`` runs in a subprocess over many small generated articles; its progress bar
(on a pseudo-terminal) says how far it got, and it is killed with SIGKILL in the middle. The store
must then open and answer, each article graph must hold exactly what a complete load writes for
it, and re-running the load must complete it.
"""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import OxigraphStore

N_ARTICLES = 120
KILL_AFTER = 25
FIRSTS = ["Marie", "Jean", "Claire", "Paul", "Sophie", "Luc", "Anne", "Marc"]
LASTS = ["Durand", "Lefèvre", "Moreau", "Garnier", "Roux", "Fontaine", "Chevalier", "Blanc"]
CITIES = ["Lyon", "Lille", "Nantes", "Rennes", "Dijon", "Brest"]


def write_articles(folder: Path, count: int = N_ARTICLES) -> None:
    """``count`` small French articles, each different (names, sums, cities, dates)."""
    folder.mkdir()
    for i in range(count):
        who = f"{FIRSTS[i % 8]} {LASTS[(i // 8) % 8]}"
        city = CITIES[i % 6]
        (folder / f"a{i:03d}.txt").write_text(
            f"date 2019-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
            f"Conseil municipal de {city} numéro {i}\n\n"
            f"Le maire de {city}, {who}, a déclaré que le budget atteindrait {1000 + i} euros. "
            f"« Nous tiendrons nos promesses », a affirmé {who} devant le conseil municipal. "
            f"Selon l'opposition, la dépense de {20 + i} millions d'euros reste trop élevée.\n",
            encoding="utf-8",
        )


def newskg(store: Path) -> list[str]:
    return [sys.executable, "-m", "kg.cli", "load", "--store", str(store)]


def counts(store_path: Path) -> dict[str, int]:
    """Triples per article graph (the shared graphs aside)."""
    store = OxigraphStore(store_path)
    try:
        rows = store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/graph/article/')) } GROUP BY ?g"
        ).rows()
        return {str(row["g"]): int(row["n"]) for row in rows}
    finally:
        store.close()


def load_until_killed(articles: Path, store: Path) -> int:
    """Run the load on a pseudo-terminal and SIGKILL it once it reports article KILL_AFTER."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [*newskg(store), str(articles)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    seen, reached = b"", 0
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([controller], [], [], 1)
            if not ready:
                continue
            try:
                seen += os.read(controller, 4096)
            except OSError:
                break
            found = re.findall(rb"\] (\d+)/%d" % N_ARTICLES, seen)
            reached = int(found[-1]) if found else 0
            if reached >= KILL_AFTER:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.wait(timeout=60)
        os.close(controller)
    assert process.returncode == -signal.SIGKILL, seen[-2000:].decode(errors="replace")
    return reached


@pytest.mark.slow
def test_a_load_killed_midway_leaves_whole_articles_and_a_rerun_completes_it(tmp_path: Path) -> None:
    articles, store = tmp_path / "articles", tmp_path / "store"
    write_articles(articles)

    reached = load_until_killed(articles, store)
    after_crash = counts(store)
    # the article being loaded when the loader was killed may or may not have made it
    assert reached - 1 <= len(after_crash) < N_ARTICLES

    rerun = subprocess.run([*newskg(store), "--quiet", str(articles)], capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode(errors="replace")
    complete = counts(store)
    assert len(complete) == N_ARTICLES
    for graph, triples in after_crash.items():
        assert triples == complete[graph], f"{graph} was half written: {triples} of {complete[graph]}"
