"""The settings of newskg: one typed table, with defaults and help.

Each setting can be given as a CLI flag (``--query-url``) or an environment variable
(``NEWSKG_QUERY_URL``); a flag wins over the environment, which wins over the default.
The README lists every setting (a test checks that it does).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import UsageError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """A data folder shipped in the wheel (``kg/_data/NAME``) or, in a checkout, at the top level."""
    installed = _PACKAGE_DIR / "_data" / name
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / name


@dataclass(frozen=True)
class Setting:
    """One row of the settings table."""

    name: str
    type: Callable[[str], Any]
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "NEWSKG_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise ValueError(f"{value} is not a TCP port")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(f"{value} is not a positive integer")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise ValueError(f"{value} is not a positive number")
    return value


def _origins(text: str) -> str:
    value = text.strip()
    if value not in ("", "*") and not all(o.startswith(("http://", "https://")) for o in value.split(",")):
        raise ValueError(f"{text!r} must be empty (off), '*' or a comma-separated list of http(s) origins")
    return value


def _base_iri(text: str) -> str:
    if not text.startswith(("http://", "https://")) or not text.endswith("/"):
        raise ValueError(f"{text!r} must be an http(s) IRI ending with '/'")
    return text


SETTINGS: tuple[Setting, ...] = (
    Setting("store", Path, Path("data/store"),
            "Directory of the embedded Oxigraph store (created if missing)."),
    Setting("query_url", str, "",
            "Query endpoint of a remote SPARQL 1.1 store; when set, it is used instead of --store."),
    Setting("update_url", str, "",
            "Update endpoint of the remote store (required with --query-url to load data)."),
    Setting("host", str, "127.0.0.1", "Address the endpoint listens on."),
    Setting("port", _port, 5000, "TCP port the endpoint listens on."),
    Setting("threads", _positive_int, 4, "Worker threads of the HTTP server."),
    Setting("base_iri", _base_iri, "https://w3id.org/newskg/",
            "Base under which resource and graph IRIs are minted."),
    Setting("ontology_dir", Path, _data_dir("ontology"),
            "Folder holding newskg.ttl (defaults to the one shipped with the package)."),
    Setting("queries_dir", Path, _data_dir("queries"),
            "Folder of canned .rq queries (defaults to the one shipped with the package)."),
    Setting("language", str, "fr", "Language of the articles loaded (ISO 639-1)."),
    Setting("query_timeout", _positive_float, 30.0,
            "Seconds a query may run before it is stopped (a request may lower it, never raise it)."),
    Setting("max_rows", _positive_int, 100_000,
            "Most result rows (or triples) returned; past it the answer is marked truncated."),
    Setting("max_body", _positive_int, 1_000_000, "Largest request body accepted, in bytes."),
    Setting("max_concurrency", _positive_int, 8,
            "Queries evaluated at once; past it requests are answered 503 with Retry-After."),
    Setting("query_workers", _positive_int, 2, "Worker processes that evaluate queries."),
    Setting("worker_memory", _positive_int, 4096,
            "Memory cap of one query worker process, in MiB (a worker past it is replaced)."),
    Setting("update_token", str, "",
            "Bearer token that SPARQL Update and Graph Store writes require; empty: writes are off."),
    Setting("service_allow", str, "",
            "Comma-separated endpoint IRIs that SERVICE may call; empty: SERVICE is refused."),
    Setting("cors", _origins, "",
            "CORS: empty (off), '*' (any origin, no credentials) or a comma-separated list of origins."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build with :func:`load_settings`."""

    store: Path
    query_url: str
    update_url: str
    host: str
    port: int
    threads: int
    base_iri: str
    ontology_dir: Path
    queries_dir: Path
    language: str
    query_timeout: float
    max_rows: int
    max_body: int
    max_concurrency: int
    query_workers: int
    worker_memory: int
    update_token: str
    service_allow: str
    cors: str

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def convert(setting: Setting, raw: str, origin: str) -> Any:
    """Convert one raw value, naming where it came from on failure."""
    try:
        return setting.type(raw)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"{origin}: invalid value {raw!r} ({exc})") from None


def load_settings(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Resolve every setting: overrides (already typed, ``None`` = not given), then env, then default."""
    env = os.environ if environ is None else environ
    overrides = overrides or {}
    unknown = set(overrides) - set(_BY_NAME)
    if unknown:
        raise UsageError(f"unknown settings: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        if overrides.get(setting.name) is not None:
            values[setting.name] = overrides[setting.name]
        elif env.get(setting.env):
            values[setting.name] = convert(setting, env[setting.env], setting.env)
        else:
            values[setting.name] = setting.default
    return Settings(**values)
