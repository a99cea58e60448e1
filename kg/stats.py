"""Counts of what a store holds, for ``newskg stats`` and the endpoint's description."""

from __future__ import annotations

from kg.namespaces import NKG_IRI
from kg.store.base import Store

COUNTED_CLASSES = (
    "Article", "Actor", "Person", "Organisation", "Statement", "AdCampaign",
    "Investigation", "Indictment", "Evidence",
)

_QUERY = f"""
PREFIX nkg: <{NKG_IRI}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  VALUES ?class {{ {" ".join(f"nkg:{name}" for name in COUNTED_CLASSES)} }}
  ?type rdfs:subClassOf* ?class .
  ?s a ?type .
}} GROUP BY ?class
"""


def dataset_stats(store: Store) -> dict[str, int]:
    """Named graphs, quads, and resources per main class (subclasses included)."""
    stats = {"graphs": len(store.graphs())}
    quads = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    stats["quads"] = int(next(quads.rows())["n"])
    counts = {str(row["class"]).removeprefix(NKG_IRI): int(row["n"])
              for row in store.query(_QUERY).rows()}
    for name in COUNTED_CLASSES:
        stats[name] = counts.get(name, 0)
    return stats
