"""The W3C SPARQL 1.1 query, update and result-format evaluation tests, on the embedded engine.

Read from ``manifest-sparql11-query.ttl``, ``-update.ttl`` and ``-results.ttl`` in
``../shared/w3c-rdf-tests`` (never copied); see :mod:`tests.w3c.evaluation` for how each kind
runs and is compared. Every test that does not pass is in :data:`EXCLUDED`, with its reason;
they run as strict xfails, so one that starts passing must leave the table.
"""

from __future__ import annotations

import pytest

from tests.w3c.evaluation import Case, cases, run_query, run_syntax, run_update
from tests.w3c.manifest import SUITE

_RS = "the expected result is a result set written in RDF (rs: vocabulary), which the harness does not read"
_CAST = ("the expected .srx binds ?a ?v while the query projects the cast value: a harness/manifest "
         "mismatch, not investigated")
_EMPTY_PATH = ("Oxigraph 0.5.13 answers no row for a constant end of a */? path over an empty dataset "
               "(a test added after the recommendation)")

#: Tests known not to pass, and why (``suite/entry``). Checked as strict xfails.
EXCLUDED: dict[str, str] = {
    "aggregates/agg-groupconcat-04": "Oxigraph 0.5.13 keeps the common language tag of GROUP_CONCAT "
                                     "(\"1 2\"@en), so the ASK's comparison with \"1 2\" is false",
    "aggregates/agg-groupconcat-06": "fails on Oxigraph 0.5.13, like agg-groupconcat-04; not investigated",
    "aggregates/agg-empty-group-count-graph": _RS,
    "bindings/graph": _RS,
    "cast/cast-bool": _CAST,
    "cast/cast-int": _CAST,
    "cast/cast-float": _CAST,
    "cast/cast-double": _CAST,
    "cast/cast-decimal": _CAST,
    "cast/cast-string": _CAST,
    "functions/bnode01": "blank nodes made by BNODE(str) across solutions: the harness's one-to-one "
                         "renaming and the expected labels disagree; not investigated",
    "negation/graph-minus": "Oxigraph 0.5.13 answers no row: it treats the outer GRAPH variable as "
                            "shared by both sides of MINUS",
    "property-path/zero_or_more_set_start": _EMPTY_PATH,
    "property-path/zero_or_more_set_end": _EMPTY_PATH,
    "property-path/zero_or_one_set_start": _EMPTY_PATH,
    "property-path/zero_or_one_set_end": _EMPTY_PATH,
    "csv-tsv-res/csv03": "Oxigraph 0.5.13 writes the double 1.0E6 as 1000000 in CSV",
    "csv-tsv-res/tsv03": "Oxigraph 0.5.13 answers \"-3\"^^xsd:negativeInteger from the data as "
                         "an xsd:integer",
}


def _params() -> list[object]:
    if not SUITE.is_dir():
        return []
    params = []
    for case in cases():
        marks = []
        if case.id in EXCLUDED:
            marks.append(pytest.mark.xfail(reason=EXCLUDED[case.id], strict=True))
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"the W3C test suite is not at {SUITE}")


def test_every_excluded_test_exists() -> None:
    assert set(EXCLUDED) <= {c.id for c in cases()}


@pytest.mark.parametrize("case", _params())
def test_w3c_evaluation(case: Case) -> None:
    if case.type.endswith("SyntaxTest11"):
        run_syntax(case)
    elif case.type == "UpdateEvaluationTest":
        run_update(case)
    else:
        run_query(case)
