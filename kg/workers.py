"""The pool executor: read queries evaluated in worker processes that can be killed.

pyoxigraph cannot cancel a query, a thread cannot be stopped, and an out-of-memory inside Rust
aborts the whole process; so every served query runs in a worker process:

- ``query_workers`` processes, forked from a clean fork server (never from the threaded server
  process), each with its address space capped at ``worker_memory`` MiB (``RLIMIT_AS``);
- a query past its time limit has its worker killed (``SIGKILL``) at the limit, and a new worker
  takes its place; the caller gets ``QueryTimeoutError``. A worker that dies (memory cap) gives
  ``WorkerDiedError`` and is replaced the same way;
- at most ``max_concurrency`` queries are running or waiting for a worker; one more is refused at
  once with ``OverloadedError``. The time limit counts from the moment the query arrives (waiting
  for a worker included), so every caller is answered within its limit;
- the worker evaluates, truncates at ``max_rows`` and serializes; only bytes cross the pipe, and
  result iterators never leave the thread that created them;
- each query reads a :class:`kg.snapshots.View` held for its whole run (a consistent snapshot).

A truncated SPARQL JSON answer carries a top-level ``"truncated": true`` (as its first member);
``Answer.truncated`` carries it for every format (the server makes it a response header).
``SERVICE`` is checked by :func:`kg.query_guard.check_query` before a worker is taken.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from kg.errors import (
    NewskgError,
    OverloadedError,
    QueryTimeoutError,
    StoreError,
    WorkerDiedError,
)
from kg.execution import Answer, QueryRequest, answer_format
from kg.formats import GRAPH_FORMATS, RESULTS_FORMATS, find_format
from kg.query_guard import check_query, parse_allow_list
from kg.settings import Settings
from kg.snapshots import RemoteSource, SnapshotSource, Source, View
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore

#: Seconds a closing pool waits for an idle worker to exit before killing it.
_EXIT_GRACE_S = 1.0
#: Seconds a new worker may take to say it is ready.
_START_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Task:
    """One query for a worker: the request, the view to read, and the row cap."""

    request: QueryRequest
    view: View
    max_rows: int


@dataclass(frozen=True)
class Limits:
    """The executor's limits (from the settings of the same names)."""

    timeout: float = 30.0
    max_rows: int = 100_000
    max_concurrency: int = 8
    workers: int = 2
    memory_mib: int = 4096
    service_allow: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            timeout=settings.query_timeout,
            max_rows=settings.max_rows,
            max_concurrency=settings.max_concurrency,
            workers=settings.query_workers,
            memory_mib=settings.worker_memory,
            service_allow=parse_allow_list(settings.service_allow),
        )


# ---- inside a worker process -------------------------------------------------------------------


def _cap_memory(memory_mib: int) -> None:
    limit = memory_mib * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _open(view: View) -> Store:
    if view.snapshot is not None:
        return OxigraphStore(Path(view.snapshot), read_only=True)
    if view.query_url is not None:
        return RemoteStore(view.query_url)
    raise StoreError(f"a worker was given nothing to read ({view!r})")


def evaluate(store: Store, request: QueryRequest, max_rows: int) -> tuple[bytes, str, bool]:
    """Evaluate ``request`` on ``store``: the serialized answer, its format name, and truncation."""
    result = store.query(
        request.sparql,
        default_graphs=list(request.default_graphs) or None,
        named_graphs=list(request.named_graphs) or None,
    )
    fmt = answer_format(result, request)
    body, truncated = result.serialize_at_most(fmt, max_rows)
    if truncated and fmt.name == "json" and body.startswith(b"{"):
        body = b'{"truncated":true,' + body[1:]
    return body, fmt.name, truncated


def _serve(conn: Connection, memory_mib: int) -> None:
    """A worker's loop: receive a task, answer it, until the pipe closes or ``None`` comes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    _cap_memory(memory_mib)
    conn.send("ready")
    opened: tuple[View, Store] | None = None
    while True:
        try:
            task: Task | None = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            if opened is None or opened[0] != task.view:
                if opened is not None:
                    opened[1].close()
                opened = None
                opened = (task.view, _open(task.view))
            reply: tuple[str, object] = ("answer", evaluate(opened[1], task.request, task.max_rows))
        except NewskgError as exc:
            reply = ("error", exc)
        except MemoryError:
            os._exit(3)  # past the cap in Python: die like a Rust abort would, and be replaced
        except Exception as exc:  # noqa: BLE001 - a bug: reported to the parent, which logs a 500
            reply = ("bug", f"{type(exc).__name__}: {exc}")
        conn.send(reply)


# ---- in the serving process --------------------------------------------------------------------


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection


class PoolExecutor:
    """A :class:`kg.execution.Executor` over worker processes (see the module docstring)."""

    def __init__(self, source: Source, limits: Limits) -> None:
        self.source = source
        self.limits = limits
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["kg.workers"])
        self._slots = threading.BoundedSemaphore(limits.max_concurrency)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._start_lock = threading.Lock()
        self._closed = False
        self.replaced = 0
        """How many workers were killed or died and were replaced (for tests and diagnostics)."""
        for _ in range(limits.workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        with self._start_lock:
            ours, theirs = self._context.Pipe()
            process = self._context.Process(
                target=_serve, args=(theirs, self.limits.memory_mib), name="newskg-query-worker",
                daemon=True,
            )
            process.start()
            theirs.close()
        try:
            ready = ours.poll(_START_TIMEOUT_S) and ours.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            process.kill()
            process.join()
            ours.close()
            raise StoreError(f"a query worker did not start within {_START_TIMEOUT_S:g} s")
        return _Worker(process, ours)

    def _replace(self) -> None:
        """Start a worker in place of one that was killed or died (in a thread of its own)."""
        try:
            worker = self._start()
        except (StoreError, OSError):
            if self._closed:  # the pool (and maybe the fork server) went away meanwhile
                return
            raise
        if self._closed:
            self._stop(worker, kill=False)
        else:
            self._idle.put(worker)

    def run(self, request: QueryRequest) -> Answer:
        check_query(request.sparql, self.limits.service_allow)
        limit = self.limits.timeout if request.timeout is None else min(request.timeout, self.limits.timeout)
        max_rows = self.limits.max_rows if request.max_rows is None else min(
            request.max_rows, self.limits.max_rows)
        deadline = time.monotonic() + limit
        if not self._slots.acquire(blocking=False):
            raise OverloadedError(self.limits.max_concurrency)
        try:
            try:
                worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                raise QueryTimeoutError(limit) from None
            return self._run_on(worker, request, max_rows, limit, deadline)
        finally:
            self._slots.release()

    def _run_on(
        self, worker: _Worker, request: QueryRequest, max_rows: int, limit: float, deadline: float
    ) -> Answer:
        healthy = False
        try:
            with self.source.view() as view:
                try:
                    worker.conn.send(Task(request, view, max_rows))
                    if not worker.conn.poll(max(deadline - time.monotonic(), 0)):
                        raise QueryTimeoutError(limit)
                    kind, value = worker.conn.recv()
                except (EOFError, OSError):
                    raise WorkerDiedError(
                        "the worker evaluating the query died (it may have gone past its memory cap "
                        f"of {self.limits.memory_mib} MiB); it was replaced"
                    ) from None
            healthy = True
        finally:
            self._give_back(worker, healthy)
        if kind == "answer":
            body, name, truncated = value
            return Answer(body, find_format(name, RESULTS_FORMATS + GRAPH_FORMATS), truncated)
        if kind == "error" and isinstance(value, NewskgError):
            raise value
        raise StoreError(f"query evaluation failed in a worker: {value}")

    def _give_back(self, worker: _Worker, healthy: bool) -> None:
        if healthy and not self._closed:
            self._idle.put(worker)
            return
        self._stop(worker, kill=not healthy)
        if not self._closed:
            # the caller is answered at once; the new worker joins the idle ones when it is ready
            self.replaced += 1
            threading.Thread(target=self._replace, name="newskg-worker-start", daemon=True).start()

    @staticmethod
    def _stop(worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except OSError:
                worker.process.kill()
        worker.process.join(timeout=_EXIT_GRACE_S)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def changed(self) -> None:
        """The store was written: queries that start from now on see it."""
        self.source.changed()

    def close(self) -> None:
        """Stop the idle workers (busy ones stop when their query ends) and drop the snapshots."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            self._stop(worker, kill=False)
        self.source.close()


def pool_executor(store: Store, settings: Settings) -> PoolExecutor:
    """The pool executor for ``store``: snapshots of an embedded store, or the remote endpoint."""
    source: Source
    if isinstance(store, OxigraphStore):
        source = SnapshotSource(store)
    elif isinstance(store, RemoteStore):
        source = RemoteSource(store.query_url)
    else:
        raise StoreError(f"no way to give query workers a view of {store!r}")
    return PoolExecutor(source, Limits.from_settings(settings))
