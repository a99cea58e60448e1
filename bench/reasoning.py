"""Benchmark: the cost of reasoning as the graph grows (the inferences graph, the load-time checks).

Builds the synthetic graphs of ``bench/canonical_query.py`` (the loader's shape, adversarial for
the order rule: every article's indictment has a defendant who speaks in many other articles),
types their actors, loads the ontology, and times on an on-disk Oxigraph store:

- ``rebuild``: a full pass of :func:`kg.reasoning.rebuild_inferences` (``newskg reason``, and a
  load that replaces an article);
- ``update``: :func:`kg.reasoning_update.update_inferences` after one more article is written
  (what a load of new articles ends with), and ``ratio`` = rebuild / update;
- ``check store``: the disjointness check over the whole store (``newskg reason``);
- ``check article``: the disjointness check of one article before it is written (every load, per
  article: the part that must not grow with the store);
- ``shapes article``: the SHACL validation of one article graph (pyshacl; does not grow either).

Medians of ``--repeat`` runs, in seconds.

    python bench/reasoning.py                       # 1e4 and 1e5 quads, 3 runs
    python bench/reasoning.py --sizes 1e4 1e5 1e6 --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph, URIRef

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from canonical_query import BASE, build  # noqa: E402

from kg.consistency import check_article, check_store  # noqa: E402
from kg.iris import Iris  # noqa: E402
from kg.reasoning import inferences_graph, read_ontology, rebuild_inferences  # noqa: E402
from kg.reasoning_update import update_inferences  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402
from kg.validate import load_shapes, validate_graph  # noqa: E402

ONTOLOGY_DIR = HERE.parent / "ontology"
NKG = "https://w3id.org/newskg/ontology#"


def prepare(store: OxigraphStore, ontology: Graph) -> None:
    """Type the synthetic actors (people; one in ten an organisation) and load the ontology."""
    iris = Iris(BASE)
    store.replace_graph(str(iris.ontology_graph), ontology)
    store.update(f"""
        INSERT {{ GRAPH <{iris.entities_graph}> {{ ?a a ?class }} }}
        WHERE {{ {{ SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ ?a <{NKG}mentionedIn> ?x }} }} }}
                 BIND (IF(STRENDS(STR(?a), "0"), <{NKG}Organisation>, <{NKG}Person>) AS ?class) }}""")


def one_article(store: OxigraphStore) -> tuple[str, Graph]:
    (name,) = [g for g in store.graphs() if "/graph/article/" in g][:1]
    graph = Graph()
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
    for triple in store.query(query).triples():
        graph.add(triple)
    return name, graph


def median(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(path: Path, size: int, repeat: int, ontology: Graph, shapes: Graph) -> str:
    """One row of the table for a store of about ``size`` quads built at ``path``."""
    iris = Iris(BASE)
    target = str(inferences_graph(BASE))
    quads = build(path, size)
    store = OxigraphStore(path)
    try:
        prepare(store, ontology)
        inferred = rebuild_inferences(store, BASE, ontology).total
        rebuild = median(lambda: rebuild_inferences(store, BASE, ontology), repeat)
        whole = median(lambda: check_store(store, ontology, iris, inferences=target), repeat)
        name, graph = one_article(store)
        update = median_update(store, ontology, name, graph, repeat)
        article = median(lambda: check_article(
            store, ontology, iris, graph=name, triples=graph, entities=Graph(), replaced=[name],
            inferences=target), repeat)
        shaped = median(lambda: validate_graph(graph, shapes, ontology), repeat)
    finally:
        store.close()
    return (f"| {quads:,} | {inferred:,} | {rebuild:.2f} s | {update:.3f} s | {rebuild / update:.0f}x "
            f"| {whole:.2f} s | {article:.3f} s | {shaped:.2f} s |")


def median_update(store: OxigraphStore, ontology: Graph, name: str, graph: Graph, repeat: int) -> float:
    """The update after writing ``graph`` back to a store whose inferences were rebuilt without it
    (the rebuild is not timed)."""
    touched = {s for s in graph.subjects() if isinstance(s, URIRef)}
    times = []
    for _ in range(repeat):
        store.update(f"DROP GRAPH <{name}>")
        rebuild_inferences(store, BASE, ontology)
        store.replace_graph(name, graph)
        started = time.perf_counter()
        update_inferences(store, BASE, ontology, touched)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["1e4", "1e5"], help="target quad counts")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ontology, shapes = read_ontology(ONTOLOGY_DIR), load_shapes(ONTOLOGY_DIR)
    print("| quads | inferred | rebuild | update | ratio | check store | check article | shapes article |")
    print("|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            print(measure(Path(tmp) / "store", int(float(size)), args.repeat, ontology, shapes), flush=True)


if __name__ == "__main__":
    main()
