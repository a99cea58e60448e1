"""Benchmark: the canonical question (queries/indicted-after-statement.rq) as the graph grows.

Builds synthetic article graphs of the shape the loader writes (actors, dated statements with
evidence, indictments in investigations), loads them into an on-disk Oxigraph store, and times, in
the same run, our query (pairs only related facts, first page of 100 rows) against the naive query
that crosses every indictment with every statement and compares bounds. Reports medians and the
ratio. The naive query gets a time limit (it is stopped by running it in a child process).

    python bench/canonical_query.py                 # 1e4 and 1e5 quads
    python bench/canonical_query.py --sizes 1e4 1e5 1e6 --repeat 5
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

NKG = "https://w3id.org/newskg/ontology#"
BASE = "https://w3id.org/newskg/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
INTEGER_TWO = ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))
ENTITIES = ox.NamedNode(f"{BASE}graph/entities")
QUERY = (Path(__file__).resolve().parent.parent / "queries" / "indicted-after-statement.rq").read_text()
PAGE = "\nLIMIT 100"

# the naive peer: every indictment crossed with every statement, bounds compared, the same order
# and page as ours (without ORDER BY an engine may stop after 100 rows and measure nothing)
NAIVE = f"""PREFIX nkg: <{NKG}>
SELECT ?indictment ?statement ?text WHERE {{
  ?indictment a nkg:Indictment ; nkg:earliest ?if ; nkg:latest ?it .
  ?statement a nkg:Statement ; nkg:text ?text ; nkg:earliest ?sf ; nkg:latest ?st .
  FILTER (?sf <= ?it)
}} ORDER BY ?if ?indictment ?sf ?statement LIMIT 100"""


def n(kind: str, key: object) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}id/{kind}/{key}")


def p(name: str) -> ox.NamedNode:
    return ox.NamedNode(NKG + name)


def day(d: date) -> ox.Literal:
    return ox.Literal(d.isoformat(), datatype=ox.NamedNode(XSD + "date"))


def article_quads(i: int, rng: random.Random, actors: int) -> list[ox.Quad]:
    """One article: 3 statements by known actors, one indictment of 2 of them, evidence for each."""
    graph = ox.NamedNode(f"{BASE}graph/article/{i:016x}")
    article = n("article", f"{i:016x}")
    quads = [ox.Quad(article, RDF_TYPE, p("Article"), graph)]
    investigation = n("investigation", f"case-{i % 500}")
    start = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))

    def fact(node: ox.NamedNode, kind: str, when: date, words: str) -> None:
        evidence = n("evidence", f"{i:016x}-{node.value[-8:]}")
        quads.extend([
            ox.Quad(node, RDF_TYPE, p(kind), graph), ox.Quad(node, p("reportedIn"), article, graph),
            ox.Quad(node, p("earliest"), day(when), graph), ox.Quad(node, p("latest"), day(when), graph),
            ox.Quad(node, p("evidence"), evidence, graph),
            ox.Quad(evidence, p("exact"), ox.Literal(words), graph),
            ox.Quad(evidence, p("article"), article, graph),
        ])

    people = [n("actor", f"person-{rng.randrange(actors)}") for _ in range(4)]
    for person in people:  # described once, in the shared graph, as the loader does
        quads.append(ox.Quad(person, RDFS_LABEL, ox.Literal(person.value[-12:], language="fr"), ENTITIES))
        quads.append(ox.Quad(person, p("mentionedIn"), article, graph))
    for k in range(3):
        statement = n("statement", f"{i:08x}{k:08x}")
        text = f"statement {k} of article {i}"
        fact(statement, "Statement", start + timedelta(days=rng.randrange(-60, 60)), text)
        quads.extend([ox.Quad(statement, p("speaker"), people[k], graph),
                      ox.Quad(statement, p("text"), ox.Literal(text), graph)])
    indictment = n("indictment", f"{i:016x}")
    fact(indictment, "Indictment", start, f"indictment of article {i}")
    quads.extend([ox.Quad(indictment, p("defendant"), people[3], graph),
                  ox.Quad(indictment, p("defendantCount"), INTEGER_TWO, graph),
                  ox.Quad(indictment, p("partOf"), investigation, graph),
                  ox.Quad(investigation, RDF_TYPE, p("Investigation"), graph)])
    return quads


def build(path: Path, target_quads: int) -> int:
    rng = random.Random(7)
    store = ox.Store(str(path))
    total, i = 0, 0
    batch: list[ox.Quad] = []
    while total < target_quads:
        quads = article_quads(i, rng, actors=max(50, target_quads // 200))
        batch.extend(quads)
        total += len(quads)
        i += 1
        if len(batch) > 50_000:
            store.bulk_extend(batch)
            batch = []
    store.bulk_extend(batch)
    store.flush()
    del store
    return total


def _run(path: str, query: str, out: multiprocessing.Queue[tuple[float, int]]) -> None:
    store = ox.Store.read_only(path)
    started = time.perf_counter()
    rows = sum(1 for _ in store.query(query, use_default_graph_as_union=True))
    out.put((time.perf_counter() - started, rows))


def timed(path: Path, query: str, limit: float) -> tuple[float | None, int]:
    """Seconds and rows of one run in a child process; ``None`` if it passed ``limit``."""
    out: multiprocessing.Queue[tuple[float, int]] = multiprocessing.Queue()
    child = multiprocessing.Process(target=_run, args=(str(path), query, out))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None, 0
    return out.get()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e4, 1e5])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a run is stopped")
    args = parser.parse_args()
    print(f"{'quads':>9} {'ours median s':>14} {'naive median s':>15} {'naive/ours':>11}  rows(ours)")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            quads = build(Path(tmp) / "store", int(size))
            ours = [timed(Path(tmp) / "store", QUERY + PAGE, args.limit) for _ in range(args.repeat)]
            naive = [timed(Path(tmp) / "store", NAIVE, args.limit) for _ in range(args.repeat)]
        ours_s = [t for t, _ in ours if t is not None]
        naive_s = [t for t, _ in naive if t is not None]
        ours_m = statistics.median(ours_s) if ours_s else None
        naive_m = statistics.median(naive_s) if len(naive_s) == len(naive) else None
        ratio = f"{naive_m / ours_m:11.1f}" if ours_m and naive_m else f"{'>limit':>11}"
        ours_txt = f"{ours_m:14.3f}" if ours_m is not None else f"{'>limit':>14}"
        naive_txt = f"{naive_m:15.3f}" if naive_m is not None else f"{'>' + str(args.limit):>15}"
        print(f"{quads:>9} {ours_txt} {naive_txt} {ratio}  {ours[0][1]}")


if __name__ == "__main__":
    main()
