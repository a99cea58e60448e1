"""Dumps of the whole dataset (``kg.exports``, ``newskg export``, ``/dumps/``) and the VoID description."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from kg.exports import EXPORT_FORMATS, ExportFormat, export_dataset
from kg.settings import Settings
from kg.store import OxigraphStore
from kg.void import DCAT, DCTERMS, LICENSE, VOID
from server import close_app, create_app

NEWSKG = Path(sys.executable).parent / "newskg"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"


def count(store: OxigraphStore, sparql: str) -> int:
    return int(next(store.query(sparql).rows())["n"])


def parse_dump(data: bytes, fmt: ExportFormat) -> list[ox.Quad]:
    """The quads of a gzipped dump; each is checked to be gzip first."""
    assert data[:2] == b"\x1f\x8b", "not gzip"
    return list(ox.parse(gzip.decompress(data), format=fmt.format.oxigraph))  # type: ignore[arg-type]


def expected_size(store: OxigraphStore, fmt: ExportFormat) -> int:
    """Quads for a format keeping the graphs, distinct triples for one merging them."""
    return count(store, QUADS if fmt.keeps_graphs else TRIPLES)


def fetch(url: str, accept: str | None = None) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read(), dict(response.headers.items())


@pytest.mark.parametrize("fmt", EXPORT_FORMATS, ids=lambda f: f.name)
def test_each_export_format_parses_back_to_the_same_quads(
    seeded_store: OxigraphStore, fmt: ExportFormat
) -> None:
    output = io.BytesIO()
    export_dataset(seeded_store, fmt.name, output, compress=True)
    quads = parse_dump(output.getvalue(), fmt)
    assert len(quads) > 500
    if fmt.keeps_graphs:
        assert len(quads) == expected_size(seeded_store, fmt)
        assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)  # every quad keeps its graph
    else:
        assert len(set(quads)) == expected_size(seeded_store, fmt)


def test_equal_data_gives_equal_dump_bytes(seeded_store: OxigraphStore) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    export_dataset(seeded_store, "nquads", first, compress=True)
    export_dataset(seeded_store, "nquads", second, compress=True)
    assert first.getvalue() == second.getvalue()  # no timestamp in the gzip header


def test_the_jsonld_dump_carries_the_published_context(
    seeded_app: Flask, seeded_store: OxigraphStore
) -> None:
    output = io.BytesIO()
    export_dataset(seeded_store, "jsonld", output)
    document = json.loads(output.getvalue())
    published = seeded_app.test_client().get("/context.jsonld")
    assert published.mimetype == "application/ld+json"
    assert document["@context"] == published.get_json()["@context"]
    assert document["@context"]["nkg"] == "https://w3id.org/newskg/ontology#"


@pytest.mark.parametrize("fmt", EXPORT_FORMATS, ids=lambda f: f.name)
def test_each_dump_is_served_as_a_gzip_file(
    seeded_server: str, seeded_store: OxigraphStore, fmt: ExportFormat
) -> None:
    data, headers = fetch(f"{seeded_server}/dumps/{fmt.file_name}")
    assert headers["Content-Type"] == "application/gzip"
    assert headers["Content-Disposition"] == f"attachment; filename={fmt.file_name}"
    assert "Content-Encoding" not in headers  # the file is the .gz, not a transfer encoding
    quads = parse_dump(data, fmt)
    assert len(quads if fmt.keeps_graphs else set(quads)) == expected_size(seeded_store, fmt)


def test_a_dump_is_generated_once_per_version_of_the_data(settings: Settings, store: OxigraphStore) -> None:
    graph = f"{settings.base_iri}graph/test"
    store.update(f'INSERT DATA {{ GRAPH <{graph}> {{ <{settings.base_iri}id/x> <{FOAF_NAME}> "one" }} }}')
    app = create_app(settings, store)
    dumps = settings.store.parent / "dumps"
    app.config["NEWSKG_DUMPS_DIR"] = str(dumps)

    def get(**headers: str) -> tuple[int, bytes, str]:
        with app.test_client().get("/dumps/newskg.nq.gz", headers=headers) as response:
            return response.status_code, response.data, response.headers.get("ETag", "")

    try:
        _, first, etag = get()
        (version,) = list(dumps.iterdir())
        cached = version / "newskg.nq.gz"
        made = cached.stat().st_mtime_ns
        _, again, _ = get()
        assert cached.stat().st_mtime_ns == made and again == first  # served from the cache
        assert get(**{"If-None-Match": etag})[0] == 304

        store.update(f'INSERT DATA {{ GRAPH <{graph}> {{ <{settings.base_iri}id/x> <{FOAF_NAME}> "two" }} }}')
        app.extensions["newskg.executor"].changed()
        _, changed, _ = get()
        assert b'"two"' in gzip.decompress(changed)
        (newer,) = list(dumps.iterdir())  # the old version is gone
        assert newer.name != version.name
    finally:
        close_app(app)


def test_an_unknown_dump_is_404(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    assert client.get("/dumps/newskg.csv.gz").status_code == 404
    index = client.get("/dumps/").get_data(as_text=True)
    for fmt in EXPORT_FORMATS:
        assert f'href="/dumps/{fmt.file_name}"' in index


def test_export_gzips_by_flag_or_by_the_output_extension(
    settings: Settings, store: OxigraphStore, tmp_path: Path
) -> None:
    base = settings.base_iri
    store.update(f'INSERT DATA {{ GRAPH <{base}graph/t> {{ <{base}id/x> <{FOAF_NAME}> "x" }} }}')
    store.close()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEWSKG_")}
    by_extension, by_flag = tmp_path / "out.trig.gz", tmp_path / "out"
    for args in (["-o", str(by_extension)], ["--format", "turtle", "--gzip", "-o", str(by_flag)]):
        result = subprocess.run(
            [str(NEWSKG), "export", *args, "--store", str(settings.store)],
            capture_output=True,
            env=environ,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    (quad,) = ox.parse(gzip.decompress(by_extension.read_bytes()), format=ox.RdfFormat.TRIG)
    assert quad.graph_name == ox.NamedNode(f"{settings.base_iri}graph/t")  # trig, from the extension
    (triple,) = ox.parse(gzip.decompress(by_flag.read_bytes()), format=ox.RdfFormat.TURTLE)
    assert triple.object == ox.Literal("x")


def void_graph(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(data, format=fmt)]


def objects(triples: list[ox.Triple], subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list[ox.Term]:
    return [t.object for t in triples if t.subject == subject and t.predicate.value == predicate]


def test_the_void_description_has_what_harvesters_need(
    seeded_server: str, seeded_store: OxigraphStore
) -> None:
    data, headers = fetch(f"{seeded_server}/.well-known/void")
    assert headers["Content-Type"].startswith("text/turtle")
    triples = void_graph(data)
    (dataset,) = [
        t.subject for t in triples if t.predicate == RDF_TYPE and t.object == ox.NamedNode(VOID + "Dataset")
    ]
    assert isinstance(dataset, ox.NamedNode)
    assert ox.Triple(dataset, RDF_TYPE, ox.NamedNode(DCAT + "Dataset")) in triples
    assert objects(triples, dataset, DCTERMS + "title")
    assert objects(triples, dataset, DCTERMS + "license") == [ox.NamedNode(LICENSE)]
    (size,) = objects(triples, dataset, VOID + "triples")
    assert isinstance(size, ox.Literal) and int(size.value) == count(seeded_store, QUADS)
    assert ox.NamedNode("https://w3id.org/newskg/ontology#") in objects(triples, dataset, VOID + "vocabulary")

    (endpoint,) = objects(triples, dataset, VOID + "sparqlEndpoint")
    query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    answer, _ = fetch(f"{endpoint.value}?{query}", "application/sparql-results+json")
    assert json.loads(answer)["boolean"] is True

    dumps = {d.value for d in objects(triples, dataset, VOID + "dataDump")}
    assert {urllib.parse.urlsplit(d).path for d in dumps} == {f"/dumps/{f.file_name}" for f in EXPORT_FORMATS}
    assert any(d.endswith(".nq.gz") for d in dumps)
    distributions = objects(triples, dataset, DCAT + "distribution")
    assert len(distributions) == len(EXPORT_FORMATS)
    for distribution in distributions:
        assert isinstance(distribution, ox.BlankNode)
        (url,) = objects(triples, distribution, DCAT + "downloadURL")
        (media,) = objects(triples, distribution, DCAT + "mediaType")
        fmt = next(f for f in EXPORT_FORMATS if url.value.endswith(f.file_name))
        assert media.value.endswith("/" + fmt.format.media_type)
        body, headers = fetch(url.value)  # every dump URL works
        assert headers["Content-Type"] == "application/gzip" and parse_dump(body, fmt)

    examples = objects(triples, dataset, VOID + "exampleResource")
    assert len(examples) >= 5
    for example in examples:  # each dereferences on this server
        path = "/" + example.value.removeprefix("https://w3id.org/newskg/")
        body, headers = fetch(seeded_server + path, "text/turtle")
        assert headers["Content-Type"].startswith("text/turtle") and example.value.encode() in body


@pytest.mark.parametrize(
    ("accept", "param", "fmt"),
    [
        ("application/ld+json", None, ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", None, ox.RdfFormat.RDF_XML),
        (None, "ntriples", ox.RdfFormat.N_TRIPLES),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", None, ox.RdfFormat.TURTLE),
    ],
)
def test_the_void_description_is_negotiable(
    seeded_app: Flask, accept: str | None, param: str | None, fmt: ox.RdfFormat
) -> None:
    response = seeded_app.test_client().get(
        "/.well-known/void" + (f"?format={param}" if param else ""),
        headers={"Accept": accept} if accept else {},
    )
    assert response.mimetype == fmt.media_type
    assert any(t.object == ox.NamedNode(VOID + "Dataset") for t in void_graph(response.data, fmt))
