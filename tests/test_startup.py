"""Start-up: commands import only what they need (torch and transformers cost seconds)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import SEED_PATH

PROBE = """
import sys
sys.argv = ["factkit", *sys.argv[1:]]
from factkit.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ("torch", "transformers", "nltk", "scipy", "sklearn", "trafilatura")
sys.stderr.write("\\nLOADED=" + ",".join(m for m in heavy if m in sys.modules) + "\\n")
"""


def loaded(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=300
    )
    line = proc.stderr.rsplit("LOADED=", 1)[-1].strip()
    return set(filter(None, line.split(",")))


@pytest.mark.parametrize(
    "args",
    [("--help",), ("split", str(SEED_PATH)), ("split", str(SEED_PATH), "--format", "json")],
)
def test_light_commands_import_no_heavy_library(args: tuple[str, ...]) -> None:
    assert loaded(*args) == set()


def test_run_builds_the_packaged_encoder_without_transformers_or_nltk() -> None:
    # plain text needs no trafilatura; the summarizer's Porter stemmer is factkit's own (no nltk,
    # whose package import pulls in scipy and scikit-learn)
    assert loaded("run", str(SEED_PATH)) == {"torch"}
