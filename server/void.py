"""``/.well-known/void``: the VoID + DCAT description of the dataset (RFC 5785 location of VoID).

Turtle by default; another graph format by ``Accept`` (main media types only, so a browser's
``application/xml;q=0.9`` does not turn it into RDF/XML) or by a ``format`` parameter. The triple
count and example resources are asked through the executor on each request.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.execution import QueryRequest
from kg.formats import GRAPH_FORMATS, Format, find_format
from kg.namespaces import NKG_IRI
from kg.settings import Settings
from kg.void import DatasetFacts, serialize_void
from server.dumps import dataset_state
from server.negotiation import choose_format, content_type
from server.sparql import current_executor

blueprint = Blueprint("void", __name__)

#: Classes whose first instance (by IRI) is an example resource.
EXAMPLE_CLASSES = (
    "Article",
    "Statement",
    "Person",
    "Company",
    "MediaOutlet",
    "AdCampaign",
    "Investigation",
    "Indictment",
)

EXAMPLES_QUERY = f"""PREFIX nkg: <{NKG_IRI}>
SELECT ?class (MIN(STR(?s)) AS ?example) WHERE {{
  VALUES ?class {{ {" ".join(f"nkg:{c}" for c in EXAMPLE_CLASSES)} }}
  ?s a ?class FILTER(isIRI(?s))
}} GROUP BY ?class"""


def _examples() -> list[str]:
    answer = current_executor().run(QueryRequest(EXAMPLES_QUERY, results_format="json", graph_format=None))
    solutions = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    if not isinstance(solutions, ox.QuerySolutions):
        return []
    return [row["example"].value for row in solutions if isinstance(row["example"], ox.Literal)]


def _format() -> Format:
    params = request.args.getlist("format")
    if params:
        return choose_format(GRAPH_FORMATS, request.accept_mimetypes, params)
    best = request.accept_mimetypes.best_match([f.media_type for f in GRAPH_FORMATS])
    return find_format(best, GRAPH_FORMATS) if best else GRAPH_FORMATS[0]


@blueprint.route("/.well-known/void")
def void() -> Response:
    from server import SETTINGS_KEY  # the package imports this module: read the key at call time

    settings: Settings = current_app.extensions[SETTINGS_KEY]
    fmt = _format()
    state = dataset_state()
    facts = DatasetFacts(settings.base_iri, request.url_root, state.quads, state.graphs, _examples())
    response = Response(serialize_void(facts, fmt.oxigraph), content_type=content_type(fmt))  # type: ignore[arg-type]
    response.vary.add("Accept")
    return response
