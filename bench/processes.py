"""The servers that benchmarks and tests run against: `chroma run` and `streamlit run app.py`, each
on 127.0.0.1 with a free port, started and stopped in one place."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def executable(name: str) -> str:
    """The command installed next to this Python (the project's venv), else the one on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise RuntimeError(f"the {name} command is missing: scripts/setup.sh installs it")
    return found


@contextlib.contextmanager
def serving(
    command: Sequence[str],
    *,
    health_url: str,
    log_path: Path,
    what: str,
    timeout: float = 120,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` with its output in ``log_path``, wait until ``health_url`` answers, and stop it
    (terminate, then kill) when the block ends. A server that exits or stays silent for ``timeout``
    seconds raises ``RuntimeError`` with the end of its log."""
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=dict(env) if env is not None else None,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(health_url, timeout=2):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"{what} did not start:\n{log_path.read_text()[-3000:]}") from None
                    time.sleep(0.3)
            yield proc
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


@contextlib.contextmanager
def chroma_server(
    path: Path, log_path: Path, *, timeout: float = 120
) -> Iterator[tuple[str, int, subprocess.Popen[bytes]]]:
    """`chroma run` serving the store folder ``path``; yields (host, port, process)."""
    port = free_port()
    command = [executable("chroma"), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)]
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    with serving(command, health_url=url, log_path=log_path, what="chroma run", timeout=timeout) as proc:
        yield "127.0.0.1", port, proc


@contextlib.contextmanager
def streamlit_app(
    env: Mapping[str, str], log_path: Path, *, timeout: float = 300
) -> Iterator[tuple[str, int]]:
    """``streamlit run app.py`` with ``env`` (the whole environment); yields (host, port)."""
    port = free_port()
    command = [
        executable("streamlit"), "run", str(REPO_ROOT / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}/_stcore/health"
    with serving(
        command, health_url=url, log_path=log_path, what="streamlit", timeout=timeout, cwd=REPO_ROOT, env=env
    ):
        yield "127.0.0.1", port
