"""Benchmark: the endpoint under load, and what isolating queries in worker processes costs.

Builds a synthetic store shaped like the loader's output (``bench/canonical_query.py``), starts a
real ``newskg serve`` on 127.0.0.1, and in one run:

1. **load**: ``--clients`` threads send cheap queries for ``--duration`` seconds while one more
   client sends a runaway query (a cross product) over and over; reports throughput, p50/p99 and
   errors of the cheap queries (which must be zero) and what the runaway got (503 at the limit);
2. **isolation**: the same queries, one at a time, in-process in pyoxigraph (on a snapshot of the
   same store) and through ``/sparql``; medians side by side and their ratio.

    python bench/endpoint_load.py                          # 16 clients, 60 s, 1e5 quads
    python bench/endpoint_load.py --duration 10 --size 2e4 # a short run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canonical_query import NKG, article_quads  # noqa: E402

CHEAP = {
    "count articles": f"PREFIX nkg: <{NKG}> SELECT (COUNT(DISTINCT ?a) AS ?n) {{ ?a a nkg:Article }}",
    "statements by an actor": f"""PREFIX nkg: <{NKG}>
        SELECT ?s ?text {{ ?s a nkg:Statement ; nkg:speaker <https://w3id.org/newskg/id/actor/person-7> ;
        nkg:text ?text }} LIMIT 50""",
    "one article's texts": f"""PREFIX nkg: <{NKG}> SELECT ?s ?t
        {{ GRAPH <https://w3id.org/newskg/graph/article/0000000000000007> {{ ?s nkg:text ?t }} }}""",
}
MEDIUM = {
    "statements per actor": f"""PREFIX nkg: <{NKG}>
        SELECT ?who (COUNT(?s) AS ?n) {{ ?s a nkg:Statement ; nkg:speaker ?who }}
        GROUP BY ?who ORDER BY DESC(?n) LIMIT 20""",
    "texts containing 'a'": f"""PREFIX nkg: <{NKG}>
        SELECT (COUNT(*) AS ?n) {{ ?s nkg:text ?t FILTER(CONTAINS(?t, "a")) }}""",
    "all statements, 1000 rows": f"""PREFIX nkg: <{NKG}>
        SELECT ?s ?who ?text {{ ?s a nkg:Statement ; nkg:speaker ?who ; nkg:text ?text }} LIMIT 1000""",
}
RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def build_store(path: Path, quads: int) -> None:
    rng = random.Random(7)
    store = ox.Store(str(path))
    i = 0
    while len(store) < quads:
        store.extend(article_quads(i, rng, actors=max(10, quads // 400)))
        i += 1
    store.flush()
    del store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def ask(url: str, query: str, timeout: float = 120) -> tuple[int, float]:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        with exc:
            exc.read()
        status = exc.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def load_test(url: str, clients: int, duration: float) -> None:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    runaway: list[tuple[int, float]] = []
    lock = threading.Lock()
    stop = time.monotonic() + duration
    queries = list(CHEAP.values())

    def cheap_client(k: int) -> None:
        n = k
        while time.monotonic() < stop:
            status, seconds = ask(url, queries[n % len(queries)])
            n += 1
            with lock:
                statuses[status] += 1
                if status == 200:
                    latencies.append(seconds)

    def runaway_client() -> None:
        while time.monotonic() < stop:
            runaway.append(ask(url, RUNAWAY))

    threads = [threading.Thread(target=cheap_client, args=(k,)) for k in range(clients)]
    threads.append(threading.Thread(target=runaway_client))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    ok = statuses[200]
    errors = sum(v for k, v in statuses.items() if k != 200)
    print(f"\n## load: {clients} clients of cheap queries + 1 runaway client, {elapsed:.0f} s")
    print(f"cheap queries: {ok} answered, {ok / elapsed:.0f} queries/s, "
          f"p50 {1000 * latencies[len(latencies) // 2]:.1f} ms, "
          f"p99 {1000 * latencies[int(len(latencies) * 0.99)]:.1f} ms, errors {errors} {dict(statuses)}")
    runaway_statuses = Counter(status for status, _ in runaway)
    runaway_times = [seconds for _, seconds in runaway]
    print(f"runaway: {len(runaway)} sent, statuses {dict(runaway_statuses)}, "
          f"answered after {min(runaway_times):.2f}-{max(runaway_times):.2f} s")


def isolation(url: str, snapshot: Path, repeat: int) -> None:
    store = ox.Store.read_only(str(snapshot))
    print(f"\n## isolation: in-process pyoxigraph vs /sparql (median of {repeat}, sequential)")
    print("| query | in-process | /sparql | ratio |\n|---|---|---|---|")
    for name, query in {**MEDIUM, **CHEAP}.items():
        local, remote = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            result = store.query(query, use_default_graph_as_union=True)
            result.serialize(format=ox.QueryResultsFormat.JSON)
            local.append(time.perf_counter() - started)
            status, seconds = ask(url, query)
            if status != 200:
                raise SystemExit(f"{name}: HTTP {status}")
            remote.append(seconds)
        a, b = statistics.median(local), statistics.median(remote)
        print(f"| {name} | {1000 * a:.1f} ms | {1000 * b:.1f} ms | {b / a:.2f}x |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=1e5, help="quads in the synthetic store")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--timeout", type=float, default=2.0, help="the server's query_timeout")
    parser.add_argument("--workers", type=int, default=2, help="the server's query_workers")
    parser.add_argument("--repeat", type=int, default=15, help="runs per query for the isolation table")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="newskg-bench-"))
    try:
        store = root / "store"
        build_store(store, int(args.size))
        snapshot = root / "snapshot"
        copy = ox.Store(str(store))
        copy.backup(str(snapshot))
        del copy
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSKG_")}
        env.update({"NEWSKG_STORE": str(store), "NEWSKG_PORT": str(port),
                    "NEWSKG_QUERY_TIMEOUT": str(args.timeout), "NEWSKG_QUERY_WORKERS": str(args.workers),
                    "NEWSKG_MAX_CONCURRENCY": str(args.clients + 4), "NEWSKG_THREADS": str(args.clients + 4)})
        server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--quiet"], env=env)
        url = f"http://127.0.0.1:{port}/sparql"
        try:
            deadline = time.monotonic() + 60
            while ask(url, "ASK {}", timeout=5)[0] != 200:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
            print(json.dumps({"quads": int(args.size), "clients": args.clients, "duration_s": args.duration,
                              "query_timeout_s": args.timeout, "query_workers": args.workers,
                              "cpus": os.cpu_count()}))
            isolation(url, snapshot, args.repeat)
            load_test(url, args.clients, args.duration)
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
