"""The ``newskg`` command, run as a real process: data on stdout, diagnostics on stderr, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.formats import DATASET_FORMATS, find_format
from tests.conftest import REPO

NEWSKG = Path(sys.executable).parent / "newskg"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def run(*args: str, store: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEWSKG_")}
    environ.update(env or {})
    return subprocess.run(
        [str(NEWSKG), *args, "--store", str(store)] if store else [str(NEWSKG), *args],
        capture_output=True, text=True, env=environ, timeout=120, check=False,
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled articles loaded once for the module (the commands below only read them)."""
    store = tmp_path_factory.mktemp("cli") / "store"
    result = run("load", str(REPO / "articles"), store=store)
    assert result.returncode == 0, result.stderr
    return store


def test_load_reports_on_stderr_and_prints_nothing_on_stdout(loaded: Path, tmp_path: Path) -> None:
    result = run("load", str(REPO / "articles"), store=loaded)
    assert result.returncode == 0
    assert result.stdout == ""
    assert "loaded 2 article(s)" in result.stderr


def test_a_broken_file_is_named_the_rest_loads_and_the_exit_code_is_1(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vide.txt").write_bytes(b"")
    (tmp_path / "in" / "ok.txt").write_text("Titre\n\nUn texte.", encoding="utf-8")
    result = run("load", str(tmp_path / "in"), store=tmp_path / "store")
    assert result.returncode == 1
    assert "vide.txt: empty file" in result.stderr
    assert "loaded 1 article(s)" in result.stderr


def test_query_prints_csv_by_default_and_any_format_on_request(loaded: Path) -> None:
    result = run("query", COUNT, store=loaded)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert int(rows[0]["n"]) > 100
    as_json = json.loads(run("query", COUNT, "--format", "json", store=loaded).stdout)
    assert int(as_json["results"]["bindings"][0]["n"]["value"]) == int(rows[0]["n"])


def test_query_reads_a_file_with_an_at_sign(loaded: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text("CONSTRUCT { ?a a ?t } WHERE { ?a a ?t } LIMIT 3", encoding="utf-8")
    result = run("query", f"@{query}", store=loaded)
    assert result.returncode == 0, result.stderr
    assert len(Graph().parse(data=result.stdout, format="turtle")) == 3


def test_a_malformed_query_exits_1_with_the_parser_message(loaded: Path) -> None:
    result = run("query", "SELEKT * WHERE {}", store=loaded)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "error at 1:1" in result.stderr or "expected" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("query",), ("load",), ("query", COUNT, "--format", "pdf"),
     ("query", "@/nonexistent/q.rq")],
)
def test_usage_errors_exit_2(args: tuple[str, ...], loaded: Path) -> None:
    assert run(*args, store=loaded).returncode == 2


def test_an_invalid_setting_in_the_environment_is_a_usage_error(loaded: Path) -> None:
    result = run("stats", store=loaded, env={"NEWSKG_PORT": "99999"})
    assert result.returncode == 2
    assert "NEWSKG_PORT" in result.stderr


def test_the_store_can_come_from_the_environment(loaded: Path) -> None:
    result = run("stats", store=None, env={"NEWSKG_STORE": str(loaded)})  # type: ignore[arg-type]
    assert result.returncode == 0
    assert "Article\t2" in result.stdout


def test_export_keeps_named_graphs_in_nquads_and_trig(loaded: Path, tmp_path: Path) -> None:
    for fmt in ("nquads", "trig"):
        out = tmp_path / f"dump.{fmt}"
        assert run("export", "--format", fmt, "--output", str(out), store=loaded).returncode == 0
        quads = ox.parse(path=str(out), format=find_format(fmt, DATASET_FORMATS).oxigraph)
        graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        assert sum(1 for g in graphs if "/graph/article/" in g) == 2


def test_export_to_stdout_in_turtle_merges_the_graphs(loaded: Path) -> None:
    result = run("export", "--format", "turtle", store=loaded)
    assert result.returncode == 0
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 100


def test_stats_counts_articles_and_graphs(loaded: Path) -> None:
    lines = dict(line.split("\t") for line in run("stats", store=loaded).stdout.splitlines())
    assert lines["Article"] == "2"
    assert lines["graphs"] == "5"  # two articles, the ontology, the entities, the inferences


def test_the_library_does_not_import_flask() -> None:
    code = "import sys, kg, kg.cli, kg.loader, kg.store; print('flask' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_the_readme_count_query_over_http(loaded: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSKG_")}
    server = subprocess.Popen(
        [str(NEWSKG), "serve", "--store", str(loaded), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    try:
        body = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) {?s ?p ?o}"}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/sparql", data=body,
            headers={"Accept": "application/sparql-results+json"},
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    answer = json.load(response)
                break
            except OSError:
                assert server.poll() is None, server.communicate()[1]
                assert time.monotonic() < deadline, "newskg serve did not answer in 30 s"
                time.sleep(0.2)
        assert int(answer["results"]["bindings"][0]["n"]["value"]) > 100
    finally:
        server.terminate()
        server.communicate(timeout=10)
