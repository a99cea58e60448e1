"""What query workers read: snapshot generations of the embedded store, or the remote endpoint.

The serving process is the only one that opens the store directory read-write (RocksDB locks it).
Worker processes never open it: they read a *snapshot generation*, a RocksDB checkpoint of the
store (hard links, ~12 ms) opened read-only. The scheme, for :class:`SnapshotSource`:

- a generation is made lazily, by the first query after a write (``changed()``), so a load of a
  thousand articles makes at most one generation per query that runs in between;
- every query holds the generation it started on until its answer is written: a query in
  flight sees one consistent state of the store, whatever is written meanwhile;
- a generation is deleted once it is neither the newest nor held by a query (a worker may keep
  the deleted directory open: its files live on until it opens the next generation).

Generations live in ``<store>.serving/snapshots-<pid>-*/gen-NNNNNN`` (the same file system as the
store, which hard links need); directories left by a process that died are removed at start.
A :class:`RemoteSource` has nothing to snapshot: the remote endpoint is the view.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kg.store.oxigraph import OxigraphStore


@dataclass(frozen=True)
class View:
    """What a worker opens to answer one query: a snapshot directory or a remote endpoint."""

    snapshot: str | None = None
    query_url: str | None = None


class Source(Protocol):
    """Hands out views of the store to queries, and learns when the store changed."""

    def view(self) -> AbstractContextManager[View]: ...

    def changed(self) -> None: ...

    def close(self) -> None: ...


def serving_dir(store_path: Path) -> Path:
    """The directory beside an embedded store where its serving process keeps its files."""
    return store_path.with_name(store_path.name + ".serving")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale(parent: Path) -> None:
    """Remove snapshot directories whose process is gone (it was killed before cleaning up)."""
    for old in parent.glob("snapshots-*-*"):
        pid = old.name.split("-")[1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)


class SnapshotSource:
    """Snapshot generations of an embedded store (see the module docstring)."""

    def __init__(self, store: OxigraphStore) -> None:
        self._store = store
        if store.path is not None:
            parent = serving_dir(store.path)
            parent.mkdir(parents=True, exist_ok=True)
            _remove_stale(parent)
            self.root = Path(tempfile.mkdtemp(prefix=f"snapshots-{os.getpid()}-", dir=parent))
        else:
            self.root = Path(tempfile.mkdtemp(prefix=f"newskg-snapshots-{os.getpid()}-"))
        self._lock = threading.Lock()
        self._generation = 0
        self._current: Path | None = None
        self._stale = True
        self._holders: dict[Path, int] = {}

    def changed(self) -> None:
        """The store was written: the next query gets a new generation."""
        with self._lock:
            self._stale = True

    @contextmanager
    def view(self) -> Iterator[View]:
        """The newest generation, held until the ``with`` block ends."""
        with self._lock:
            if self._stale or self._current is None:
                self._new_generation()
            path = self._current
            assert path is not None  # made just above
            self._holders[path] = self._holders.get(path, 0) + 1
        try:
            yield View(snapshot=str(path))
        finally:
            with self._lock:
                self._holders[path] -= 1
                self._collect(path)

    def _new_generation(self) -> None:
        """Called with the lock held; a write that lands meanwhile calls ``changed()`` after it."""
        self._generation += 1
        path = self.root / f"gen-{self._generation:06d}"
        self._stale = False
        self._store.snapshot(path)
        previous, self._current = self._current, path
        self._holders.setdefault(path, 0)
        if previous is not None:
            self._collect(previous)

    def _collect(self, path: Path) -> None:
        if path != self._current and self._holders.get(path) == 0:
            del self._holders[path]
            shutil.rmtree(path, ignore_errors=True)

    def generations(self) -> list[Path]:
        """The generation directories on disk now (for tests and diagnostics)."""
        return sorted(self.root.glob("gen-*"))

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class RemoteSource:
    """A remote SPARQL endpoint: every query reads it directly; there is nothing to snapshot."""

    def __init__(self, query_url: str) -> None:
        self.query_url = query_url

    @contextmanager
    def view(self) -> Iterator[View]:
        yield View(query_url=self.query_url)

    def changed(self) -> None:
        """Nothing to do: the remote store is read live."""

    def close(self) -> None:
        """Nothing to release."""
