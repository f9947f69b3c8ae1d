"""Fixtures for the desk: the real app on a temporary archive, and a real server process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra: pip install 'factkit[serve]'")
pytest.importorskip("httpx", reason="the TestClient needs httpx")

from fastapi.testclient import TestClient

from factkit.serve.app import create_app
from factkit.serve.settings import ServeSettings

ROOT = Path(__file__).resolve().parents[2]
CLAIMS_ONLY = ROOT / "configs" / "claims-only.yaml"
SEED = ROOT / "data" / "seed_article.txt"


def make_client(db: Path, **settings: object) -> TestClient:
    """The real app (routes, middleware, storage, pool) with in-process analysis."""
    args: dict[str, object] = {"db": db, "workers": 0, "config": CLAIMS_ONLY, **settings}
    app = create_app(ServeSettings(**args))  # type: ignore[arg-type]
    return TestClient(app)


def save_article(client: TestClient, text: str, **extra: object) -> dict[str, Any]:
    r = client.post("/api/articles", json={"text": text, **extra})
    assert r.status_code == 201, r.text
    assert r.headers["location"] == f"/api/articles/{r.json()['id']}"
    return r.json()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(tmp_path / "desk.sqlite") as c:
        yield c


@pytest.fixture(scope="session")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``factkit serve`` in its own process group, on a free loopback port."""

    def __init__(
        self, db: Path, *args: str, log: Path, preexec_fn: Any = None, stdin: bytes = b""
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [
            sys.executable,
            "-c",
            "from factkit.cli import main; main()",
            "serve",
            "--port",
            str(self.port),
            "--db",
            str(db),
            *args,
        ]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.log = log.open("ab")
        self.proc = subprocess.Popen(
            cmd,
            env=env,
            start_new_session=preexec_fn is None,  # else preexec_fn makes the process group
            preexec_fn=preexec_fn,
            stdin=subprocess.PIPE,
            stdout=self.log,
            stderr=self.log,
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(stdin)  # "--config -" reads it (small: no pipe buffer fills)
        self.proc.stdin.close()

    def wait_ready(self, timeout: float = 240.0) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError("server did not become ready")

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)
        self.log.close()
