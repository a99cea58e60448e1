"""Dereferenceable IRIs: a page (HTML) or an RDF document for every resource, graph and term.

Contract:

- An IRI minted under the ``base_iri`` setting is answered at its path relative to the base
  (``{base}id/actor/x`` at ``/id/actor/x``), and also at its full path when the base has one
  (``/newskg/id/actor/x`` for the default base), so the same server works behind w3id's
  redirect (which drops the base's path) and on a domain of its own (which keeps it).
- ``/id/...`` are resources, ``/graph/...`` named graphs (their RDF is the graph's content, as in
  the Graph Store Protocol's direct identification), ``/ontology`` the ontology document and
  ``/ontology/<Term>`` one term (``nkg:`` IRIs are hash IRIs: ``/ontology#Term`` is its anchor).
- The variant is chosen by a file extension (``.html``, ``.ttl``, ``.jsonld``, ``.rdf``, ``.nt``),
  else by ``Accept`` (HTML for ``*/*`` or no ``Accept``); nothing acceptable is a 406. A
  negotiated answer is a 200 with ``Vary: Accept`` and ``Content-Location`` naming the variant's
  own URL (no 303, see ADR 0008); every answer lists its alternates in ``Link`` headers.
- An IRI in no triple and naming no graph is a 404.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, render_template, request, url_for
from werkzeug.exceptions import NotFound

from kg.describe import Description, describe, exists, is_graph, rdf_description, resource_term
from kg.errors import FormatError
from kg.formats import GRAPH_FORMATS, Format, find_format
from kg.namespaces import NKG_IRI, PREFIXES
from kg.settings import Settings
from kg.vocabulary import ONTOLOGY_IRI, Vocabulary, VocabularyTerm, read_vocabulary, serialize_triples
from server.negotiation import content_type
from server.sparql import current_executor

blueprint = Blueprint("resources", __name__)

HTML = "html"
VOCABULARY_KEY = "newskg.vocabulary"

#: File extension -> variant name (``html`` or a graph format's name).
EXTENSIONS: dict[str, str] = {HTML: HTML, **{f.extension: f.name for f in GRAPH_FORMATS}}

#: Media types a client may ask for, in order of preference on a tie: HTML first, for browsers.
MEDIA_TYPES: tuple[tuple[str, str], ...] = (
    ("text/html", HTML),
    ("application/xhtml+xml", HTML),
    *((f.media_type, f.name) for f in GRAPH_FORMATS),
    *((alias, f.name) for f in GRAPH_FORMATS for alias in f.aliases),
)

FORMAT_LABELS: dict[str, str] = {
    HTML: "HTML",
    "turtle": "Turtle",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF/XML",
    "ntriples": "N-Triples",
}


def register_linked_data(app: Flask, settings: Settings) -> None:
    """Resource pages, dumps, the JSON-LD context and the VoID description."""
    from server import dumps, void

    register_resources(app, settings)
    dumps.register_dumps(app)
    app.register_blueprint(void.blueprint)


def register_resources(app: Flask, settings: Settings) -> None:
    """Answer minted IRIs at their base-relative paths, and at their full paths if they differ."""
    app.register_blueprint(blueprint)
    prefix = urlsplit(settings.base_iri).path.rstrip("/")
    if prefix:
        app.register_blueprint(blueprint, url_prefix=prefix, name="resources_under_base")


def _settings() -> Settings:
    from server import SETTINGS_KEY  # the package imports this module: read the key at call time

    settings: Settings = current_app.extensions[SETTINGS_KEY]
    return settings


def _vocabulary() -> Vocabulary:
    vocabulary: Vocabulary | None = current_app.extensions.get(VOCABULARY_KEY)
    if vocabulary is None:
        vocabulary = read_vocabulary(_settings().ontology_dir)
        current_app.extensions[VOCABULARY_KEY] = vocabulary
    return vocabulary


def choose_variant(extension: str | None) -> str:
    """The variant to answer with: the extension's, else the best for ``Accept``; 406 if none."""
    if extension is not None:
        return EXTENSIONS[extension]
    accept = request.accept_mimetypes
    if not accept:
        return HTML
    best = accept.best_match([media for media, _ in MEDIA_TYPES])
    if best is None:
        offered = ", ".join(dict.fromkeys(media for media, _ in MEDIA_TYPES))
        raise FormatError(f"no representation fits Accept: {accept} (offered: {offered})")
    return dict(MEDIA_TYPES)[best]


def split_extension(path: str) -> tuple[str, str | None]:
    """``("id/x", "ttl")`` for ``"id/x.ttl"`` when ``ttl`` is a known extension, else ``(path, None)``."""
    stem, dot, extension = path.rpartition(".")
    if dot and "/" not in extension and extension in EXTENSIONS and stem:
        return stem, extension
    return path, None


@dataclass(frozen=True)
class Links:
    """Turns IRIs into links on this server, for the mount the request came through."""

    base: str
    mount: str

    def href(self, term: ox.NamedNode) -> str:
        iri = term.value
        if iri.startswith(NKG_IRI):
            return f"{self.mount}ontology#{iri.removeprefix(NKG_IRI)}"
        if iri == ONTOLOGY_IRI:
            return f"{self.mount}ontology"
        if iri.startswith(self.base):
            return self.mount + iri.removeprefix(self.base)
        return iri

    def is_local(self, term: ox.NamedNode) -> bool:
        return term.value.startswith((self.base, ONTOLOGY_IRI))

    def curie(self, term: ox.NamedNode) -> str:
        """A short name: ``nkg:Statement``, or the path under the base (``id/actor/x``)."""
        if term.value.startswith(self.base) and term.value != self.base:
            return term.value.removeprefix(self.base)
        for name, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{name}:{term.value.removeprefix(namespace)}"
        return term.value


def _links() -> Links:
    document = url_for(".ontology_document")
    return Links(_settings().base_iri, document.removesuffix("ontology"))


def _alternates(url_path: str, current: str) -> list[tuple[str, str, str, bool]]:
    """(label, media type, href, is current) of each variant of the resource at ``url_path``."""
    media = {HTML: "text/html", **{f.name: f.media_type for f in GRAPH_FORMATS}}
    return [
        (FORMAT_LABELS[name], media[name], f"{url_path}.{extension}", name == current)
        for extension, name in EXTENSIONS.items()
    ]


def _respond(
    body: bytes | str,
    variant: str,
    url_path: str,
    negotiated: bool,
) -> Response:
    fmt: Format | None = None if variant == HTML else find_format(variant, GRAPH_FORMATS)
    mimetype = "text/html; charset=utf-8" if fmt is None else content_type(fmt)
    response = Response(body, content_type=mimetype)
    response.vary.add("Accept")
    if negotiated:
        extension = "html" if fmt is None else fmt.extension
        response.headers["Content-Location"] = f"{url_path}.{extension}"
    response.headers["Link"] = ", ".join(
        f'<{href}>; rel="alternate"; type="{media}"' for _, media, href, _ in _alternates(url_path, variant)
    )
    return response


def _dereference(kind: str, rest: str) -> Response:
    settings, executor = _settings(), current_executor()
    stem, extension = split_extension(rest)
    candidates = [(stem, extension), (rest, None)] if extension is not None else [(rest, None)]
    for path, ext in candidates:
        iri = resource_term(settings.base_iri + kind + quote(path, safe="/-._~"))
        if not exists(executor, iri):
            continue
        variant = choose_variant(ext)
        url_path = request.path.removesuffix(f".{ext}") if ext else request.path
        graph = kind == "graph/" and is_graph(executor, iri)
        if variant != HTML:
            body = rdf_description(executor, iri, variant, graph=graph)
            return _respond(body, variant, url_path, ext is None)
        page = render_template(
            "resource.html",
            d=describe(executor, iri, graph=graph),
            links=_links(),
            graph=graph,
            alternates=_alternates(url_path, HTML),
            nkg=NKG_IRI,
            body_iri=NKG_IRI + "body",
        )
        return _respond(page, HTML, url_path, ext is None)
    raise NotFound(f"nothing is known about {settings.base_iri}{kind}{rest}")


@blueprint.route("/id/<path:rest>")
def resource(rest: str) -> Response:
    """A resource (actor, statement, article, evidence, run...)."""
    return _dereference("id/", rest)


@blueprint.route("/graph/<path:rest>")
def graph_resource(rest: str) -> Response:
    """A named graph: its provenance and content."""
    return _dereference("graph/", rest)


def _vocabulary_answer(
    variant: str,
    url_path: str,
    negotiated: bool,
    triples: Callable[[Vocabulary], list[ox.Triple]],
    html: Callable[[Vocabulary], str],
    raw: bool = False,
) -> Response:
    vocabulary = _vocabulary()
    if variant == HTML:
        return _respond(html(vocabulary), HTML, url_path, negotiated)
    fmt = find_format(variant, GRAPH_FORMATS)
    if raw and variant == "turtle":
        return _respond(vocabulary.source, variant, url_path, negotiated)
    body = serialize_triples(triples(vocabulary), fmt.oxigraph)  # type: ignore[arg-type]
    return _respond(body, variant, url_path, negotiated)


@blueprint.route("/ontology", defaults={"extension": None})
@blueprint.route("/ontology.<extension>")
def ontology_document(extension: str | None) -> Response:
    """The ontology document (its Turtle is the source file itself)."""
    if extension is not None and extension not in EXTENSIONS:
        raise NotFound(f"no ontology in format {extension!r}")
    variant = choose_variant(extension)
    url_path = request.path.removesuffix(f".{extension}") if extension else request.path
    return _vocabulary_answer(
        variant,
        url_path,
        extension is None,
        lambda v: v.triples,
        lambda v: _ontology_page(v, url_path, list(v.sections()), None),
        raw=True,
    )


@blueprint.route("/ontology/<name>")
def ontology_term(name: str) -> Response:
    """One ``nkg:`` term: its definition and axioms."""
    stem, extension = split_extension(name)
    term = _vocabulary().term(stem)
    if term is None:
        raise NotFound(f"the ontology defines no term {NKG_IRI}{stem}")
    variant = choose_variant(extension)
    url_path = request.path.removesuffix(f".{extension}") if extension else request.path
    return _vocabulary_answer(
        variant,
        url_path,
        extension is None,
        lambda v: v.closure(term.iri),
        lambda v: _ontology_page(v, url_path, [("Term", [term])], term),
    )


def _ontology_page(
    vocabulary: Vocabulary, url_path: str, sections: list[Any], term: VocabularyTerm | None
) -> str:
    """The HTML of the ontology document (``term`` ``None``) or of one of its terms."""
    return render_template(
        "resource_ontology.html",
        vocabulary=vocabulary,
        header=vocabulary.header(),
        sections=sections,
        links=_links(),
        alternates=_alternates(url_path, HTML),
        term=term,
        vocabulary_namespace=NKG_IRI,
    )


__all__ = ["Description", "blueprint", "register_linked_data", "register_resources"]
