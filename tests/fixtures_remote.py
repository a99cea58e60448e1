"""Fixtures for a real `oxigraph serve` process: one per test session, emptied before each test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.store.remote import RemoteStore

STARTUP_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class OxigraphServer:
    """A running server: its endpoints and the process behind them."""

    base_url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base_url}/update"


def oxigraph_binary() -> str:
    """The `oxigraph` of the running virtualenv, else the first one on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        # a declared test dependency: its absence is a broken install, never a reason to skip
        pytest.fail("the oxigraph server binary is not installed: pip install -e '.[test]'")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_answering(server: OxigraphServer) -> None:
    """Poll the query endpoint until it answers; fail with the server's output if it never does."""
    probe = urllib.request.Request(
        server.query_url, data=b"query=ASK%7B%7D", method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(probe, timeout=1):
                return
        except urllib.error.HTTPError as exc:
            exc.close()
            pytest.fail(f"oxigraph serve answered the probe with HTTP {exc.code}")
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.05)
    stop(server.process)
    output = server.log.read_text(errors="replace")
    pytest.fail(f"oxigraph serve did not answer on {server.base_url}:\n{output}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """A real Oxigraph server whose default graph is the union of the named graphs."""
    root = tmp_path_factory.mktemp("oxigraph-server")
    log = root / "server.log"
    port = free_port()
    # A file, not a pipe, takes the output: a full pipe would block the server.
    with log.open("wb") as output:
        process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(root / "db"),
             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=output, stderr=subprocess.STDOUT,
        )
    server = OxigraphServer(f"http://127.0.0.1:{port}", process, log)
    try:
        wait_until_answering(server)
        yield server
    finally:
        stop(process)


@pytest.fixture
def remote_store(oxigraph_server: OxigraphServer) -> Iterator[RemoteStore]:
    """A `RemoteStore` over the session's server, emptied first so each test starts clean."""
    opened = RemoteStore(oxigraph_server.query_url, oxigraph_server.update_url, timeout=10)
    opened.update("DROP SILENT ALL")
    yield opened
    opened.close()
