"""Shared fixtures. Tests that read ../shared skip with a clear reason when it is absent."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTKIT_SHARED", ROOT.parent / "shared"))
SEED_PATH = ROOT / "data" / "seed_article.txt"


def shared_file(*parts: str) -> Path:
    """Path to a file under ../shared, skipping the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared (benchmark data) is not beside this checkout")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict[str, Any]:
    return json.loads(shared_file("eval", "seed_article_expected.json").read_text(encoding="utf-8"))


# Headless Chromium for the browser tests (Debian's package; Playwright never downloads one).
# Without the background-networking flags it keeps trying to reach hosts this machine can't.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def record_encoder_calls(encoder: Any, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every call that reaches the real ``encoder`` from now on, with its texts (they are still
    encoded, so what the test runs is the real thing)."""
    calls: list[list[str]] = []
    real_encode = encoder.encode

    def encode(sentences: list[str], batch_size: int | None = None) -> Any:
        calls.append(list(sentences))
        return real_encode(sentences, batch_size)

    monkeypatch.setattr(encoder, "encode", encode)
    return calls


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` imported as a module (the scripts are not a package), for tests of
    training and evaluation scripts."""
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a fresh process that imports this checkout's factkit (for the
    ``python -m`` entry points), output captured as text."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
