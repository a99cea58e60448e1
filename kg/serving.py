"""The writer path: how ``newskg load`` writes to a store that ``newskg serve`` has open.

Only one process may open an embedded store read-write, and the serving process keeps it open
(it makes the snapshots its query workers read, see :mod:`kg.snapshots`). So while it serves, it
is the store's only writer, and other writers go through it:

- ``newskg serve`` writes ``<store>.serving/endpoint.json`` (its URL and pid) once it listens,
  and removes it when it stops;
- :func:`open_writer` opens the store as usual; if the directory is locked and that record names
  a live process, it returns a :class:`kg.store.remote.RemoteStore` over the server's
  ``/sparql`` instead, sending each article's ``replace_graph`` as one SPARQL Update with the
  ``update_token`` as bearer token (one update is one transaction there too). The server tells
  its executor after each write, so the next query sees it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from kg.errors import StoreUnavailableError, UsageError
from kg.settings import Settings
from kg.snapshots import serving_dir
from kg.store import Store, open_store
from kg.store.remote import RemoteStore

ENDPOINT_FILE = "endpoint.json"
_ANY_ADDRESS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


def endpoint_url(host: str, port: int) -> str:
    """The base URL a local client uses to reach a server bound to ``host:port``."""
    host = _ANY_ADDRESS.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def announce(store_path: Path, url: str) -> Path:
    """Record that this process serves ``store_path`` at ``url``; returns the record's path."""
    directory = serving_dir(store_path)
    directory.mkdir(parents=True, exist_ok=True)
    record = directory / ENDPOINT_FILE
    scratch = record.with_suffix(".tmp")
    scratch.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
    scratch.replace(record)
    return record


def withdraw(store_path: Path) -> None:
    """Remove this process's record (another process's record is left alone)."""
    record = serving_dir(store_path) / ENDPOINT_FILE
    try:
        if json.loads(record.read_text(encoding="utf-8")).get("pid") == os.getpid():
            record.unlink()
    except (OSError, ValueError):
        return


def serving_endpoint(store_path: Path) -> str | None:
    """The URL of the live process serving ``store_path``, or ``None``."""
    try:
        data = json.loads((serving_dir(store_path) / ENDPOINT_FILE).read_text(encoding="utf-8"))
        pid, url = int(data["pid"]), str(data["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return url


def open_writer(settings: Settings) -> Store:
    """A store to write to: the store itself, or the server that has it open (module docstring)."""
    try:
        return open_store(settings)
    except StoreUnavailableError:
        url = None if settings.query_url else serving_endpoint(settings.store)
        if url is None:
            raise
    if not settings.update_token:
        raise UsageError(
            f"the store {settings.store} is open by `newskg serve` at {url}: set NEWSKG_UPDATE_TOKEN "
            "(--update-token) to the server's update token to load through it, or stop the server"
        )
    return RemoteStore(f"{url}/sparql", f"{url}/sparql", token=settings.update_token)
