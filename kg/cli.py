"""The ``newskg`` command: thin argument parsing over the library.

Data goes to stdout; progress and diagnostics to stderr. Exit codes: 0 ok, 1 a data or query
error, 2 a usage error. Every setting of :mod:`kg.settings` is a flag of every subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import json
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kg.errors import FormatError, NewskgError, UsageError
from kg.formats import DATASET_FORMATS, GRAPH_FORMATS, RESULTS_FORMATS, find_format
from kg.loader import load_paths
from kg.serving import open_writer
from kg.settings import SETTINGS, Settings, convert, load_settings
from kg.stats import dataset_stats
from kg.store import Store, open_store

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def _settings_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("settings (flag, or environment variable)")
    for setting in SETTINGS:
        group.add_argument(
            setting.flag, dest=setting.name, metavar=setting.name.upper(), default=None,
            help=f"{setting.help} [{setting.env}; default: {setting.default}]",
        )
    parent.add_argument("-q", "--quiet", action="store_true", help="print no progress or summary")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _settings_parser()
    parser = argparse.ArgumentParser(prog="newskg", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    load = commands.add_parser("load", parents=[common], help="load article files or folders")
    load.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    # a store that `newskg serve` has open is written through the server (kg.serving)
    load.set_defaults(run=cmd_load, open=open_writer)

    serve = commands.add_parser("serve", parents=[common], help="serve the SPARQL endpoint")
    serve.set_defaults(run=cmd_serve)

    query = commands.add_parser("query", parents=[common], help="run a SPARQL query")
    query.add_argument("sparql", metavar="SPARQL", nargs="?",
                       help="the query, or @FILE to read it from FILE (or --canned NAME)")
    names = sorted({f.name for f in RESULTS_FORMATS + GRAPH_FORMATS})
    query.add_argument("--format", "-f", help=f"output format: {', '.join(names)}, or rows "
                       "(plain JSON rows; default: csv for SELECT/ASK, turtle for CONSTRUCT/DESCRIBE)")
    query.add_argument("--canned", metavar="NAME", help="run the canned query NAME (see --list-canned)")
    query.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                       help="a value for a parameter of the canned query (repeatable)")
    query.add_argument("--list-canned", action="store_true",
                       help="list the canned queries, their summaries and parameters")
    query.set_defaults(run=cmd_query)

    export = commands.add_parser("export", parents=[common], help="dump the whole dataset")
    formats = [f.name for f in DATASET_FORMATS + GRAPH_FORMATS]
    export.add_argument("--format", "-f", choices=formats,
                        help="nquads, trig and jsonld keep the named graphs; the others merge them "
                        "(default: from the --output extension, e.g. .ttl or .nq.gz, else nquads)")
    export.add_argument("--output", "-o", type=Path, help="write to this file instead of stdout")
    export.add_argument("--gzip", "-z", action="store_true",
                        help="gzip the output (implied by an --output name ending in .gz)")
    export.set_defaults(run=cmd_export)

    reason = commands.add_parser(
        "reason", parents=[common],
        help="check the ontology with HermiT, check the data against it, rebuild the inferences graph")
    reason.set_defaults(run=cmd_reason, open=open_writer)

    validate = commands.add_parser(
        "validate", parents=[common], help="check every article graph against the SHACL shapes")
    validate.add_argument("--info", action="store_true",
                          help="also list information findings (undated statements)")
    validate.set_defaults(run=cmd_validate)

    stats = commands.add_parser("stats", parents=[common], help="count what the store holds")
    stats.set_defaults(run=cmd_stats)

    evaluate = commands.add_parser(
        "eval", parents=[common], help="score the extractor against gold annotations")
    evaluate.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                          help="article files or folders; each needs GOLD/<file stem>.json")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold .json files")
    evaluate.add_argument("--per-article", action="store_true", help="a table per article too")
    evaluate.set_defaults(run=cmd_eval, uses_store=False)
    return parser


def resolve_settings(args: argparse.Namespace) -> Settings:
    overrides = {
        s.name: convert(s, getattr(args, s.name), s.flag)
        for s in SETTINGS
        if getattr(args, s.name, None) is not None
    }
    return load_settings(overrides)


def _progress(stream: TextIO) -> Callable[[int, int, Path], None] | None:
    if not stream.isatty():
        return None

    def show(index: int, total: int, path: Path) -> None:
        width = 30
        done = width * index // max(total, 1)
        end = "\n" if index == total else ""
        stream.write(f"\r[{'#' * done}{'.' * (width - done)}] {index}/{total} {path.name[:40]:40}{end}")
        stream.flush()

    return show


def cmd_load(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    report = load_paths(store, args.paths, settings,
                        progress=None if args.quiet else _progress(sys.stderr))
    for error in report.failed:
        print(f"newskg: skipped {error}", file=sys.stderr)
    if not args.quiet:
        triples = sum(item.triples for item in report.loaded)
        print(f"newskg: loaded {len(report.loaded)} article(s), {triples} triples; "
              f"{len(report.failed)} skipped", file=sys.stderr)
        if report.inferences is not None:
            print(f"newskg: {report.inferences.describe()}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_DATA


def cmd_serve(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    # the server package is a separate layer: kg never imports Flask at import time
    server = importlib.import_module("server")
    # SIGTERM ends the server like Ctrl-C does, so the store is closed (flushed) on the way out
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(EXIT_OK))
    if not args.quiet:
        print(f"newskg: serving http://{settings.host}:{settings.port}/sparql", file=sys.stderr)
    server.serve(settings, store)
    return EXIT_OK


def read_query_argument(text: str) -> str:
    if not text.startswith("@"):
        return text
    try:
        return Path(text[1:]).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the query file {text[1:]}: {exc.strerror or exc}") from None


def canned_query_text(name: str, params: Sequence[str], settings: Settings) -> str:
    """The canned query ``name`` with ``params`` (``NAME=VALUE`` strings) bound, as the API binds them."""
    from kg.queries import load_catalogue, single_values

    pairs = []
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        pairs.append((key.strip(), value))
    canned = load_catalogue(settings.queries_dir).get(name)
    return canned.prepare(single_values(name, pairs)).sparql


def list_canned(settings: Settings) -> int:
    from kg.queries import load_catalogue

    for canned in load_catalogue(settings.queries_dir):
        params = ", ".join(
            f"{p.name} ({p.type.name}{', required' if p.required and p.default is None else ''})"
            for p in canned.params
        )
        print(f"{canned.name}\t{canned.summary}\t{params}")
    return EXIT_OK


def cmd_query(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    if args.list_canned:
        return list_canned(settings)
    if args.canned is not None:
        if args.sparql is not None:
            raise UsageError("give a query or --canned NAME, not both")
        sparql = canned_query_text(args.canned, args.param, settings)
    elif args.param:
        raise UsageError("--param goes with --canned NAME")
    elif args.sparql is None:
        raise UsageError("give a query, @FILE, or --canned NAME")
    else:
        sparql = read_query_argument(args.sparql)
    result = store.query(sparql)
    if args.format == "rows":
        from kg.queries import json_rows

        if result.kind == "graph":
            raise FormatError("rows are for SELECT and ASK results; give a graph format")
        rows = json_rows(result.serialize(find_format("json", RESULTS_FORMATS)))
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        sys.stdout.flush()
        return EXIT_OK
    default = "turtle" if result.kind == "graph" else "csv"
    fmt = find_format(args.format or default, result.formats)
    sys.stdout.buffer.write(result.serialize(fmt))
    sys.stdout.flush()
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    from kg.exports import export_dataset, format_of_path

    named, compressed = format_of_path(args.output.name) if args.output else (None, False)
    format_name = args.format or (named.name if named else "nquads")
    output = args.output.open("wb") if args.output else sys.stdout.buffer
    try:
        export_dataset(store, format_name, output, compress=args.gzip or compressed)
    finally:
        if args.output:
            output.close()
    return EXIT_OK


def cmd_reason(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    from kg.consistency import check_store, report
    from kg.iris import Iris
    from kg.loader import load_ontology
    from kg.ontology import classify_ontology, format_classification
    from kg.reasoning import inferences_graph, read_ontology, rebuild_inferences

    classification = classify_ontology(settings.ontology_dir / "newskg.ttl")
    print(format_classification(classification))
    ontology = read_ontology(settings.ontology_dir)
    load_ontology(store, settings)
    target = str(inferences_graph(settings.base_iri))
    found = check_store(store, ontology, Iris(settings.base_iri), inferences=target)
    print(f"data: {len(found)} contradiction(s) with the ontology")
    if found:
        print(report(found))
    inferred = rebuild_inferences(store, settings.base_iri, ontology)
    print(f"inferences: {inferred.total} triple(s) in <{inferred.graph}>")
    for predicate, count in sorted(inferred.counts.items()):
        print(f"  {count}\t{predicate}")
    return EXIT_OK if classification.ok and not found else EXIT_DATA


def cmd_validate(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    from kg.iris import Iris
    from kg.reasoning import read_ontology
    from kg.validate import load_shapes, validate_store

    details = ("violation", "warning", "info") if args.info else ("violation", "warning")
    graphs = violations = 0
    for graph, result in validate_store(store, Iris(settings.base_iri), load_shapes(settings.ontology_dir),
                                        read_ontology(settings.ontology_dir)):
        graphs += 1
        violations += len(result.violations)
        print(f"<{graph}>: {result.describe(details=details)}")
    print(f"{graphs} article graph(s), {violations} violation(s)")
    return EXIT_DATA if violations else EXIT_OK


def cmd_stats(args: argparse.Namespace, settings: Settings, store: Store) -> int:
    for name, value in dataset_stats(store).items():
        print(f"{name}\t{value}")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: Settings, store: Store | None) -> int:
    from kg.evaluate import evaluate_corpus, load_gold, score
    from kg.extract.pipeline import extract
    from kg.loader import article_files, default_steps

    steps = default_steps(settings)
    pairs = []
    for path in article_files(args.paths):
        gold = args.gold / f"{path.stem}.json"
        if not gold.is_file():
            raise UsageError(f"no gold annotations for {path} (expected {gold})")
        pairs.append((path, gold))
    if args.per_article:
        from kg.articles import read_article
        from kg.evaluate import format_report

        for path, gold in pairs:
            article = read_article(path, language=settings.language)
            scores = score(article, extract(article, steps), load_gold(gold))
            print(f"== {path.name}\n{format_report(scores.per_kind, scores)}\n")
    report, _ = evaluate_corpus(pairs, lambda article: extract(article, steps))
    print(f"== {len(pairs)} article(s)\n{report}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on a usage error, as argparse does
    try:
        settings = resolve_settings(args)
        opener = getattr(args, "open", open_store)
        store = opener(settings) if getattr(args, "uses_store", True) else None
    except UsageError as exc:
        print(f"newskg: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewskgError as exc:
        print(f"newskg: {exc}", file=sys.stderr)
        return EXIT_DATA
    try:
        status: int = args.run(args, settings, store)
        return status
    except (UsageError, FormatError) as exc:
        print(f"newskg: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewskgError as exc:
        print(f"newskg: {exc}", file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        print("newskg: interrupted", file=sys.stderr)
        return 130
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":
    sys.exit(main())
