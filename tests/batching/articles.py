"""Helpers for batch tests: generated news-like articles (varied numbers, quotes, names), and
batch runs in a subprocess that a test signals while they write."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CLAIMS_ONLY = ["summarizer.enabled=false", "checkworthiness.enabled=false"]

_PEOPLE = ["Maria Lopez", "John Okafor", "Wei Chen", "Anna Berg", "Samir Haddad", "Laura Diaz"]
_ROLES = ["the mayor", "a police spokesman", "the health minister", "an economist", "the coach"]
_PLACES = ["Lyon", "Nairobi", "Denver", "Osaka", "Porto", "Leeds"]
_THINGS = ["homes", "jobs", "patients", "votes", "tickets", "trees"]


def news_article(rng: random.Random, n: int) -> str:
    """A short article with quantities and attributions, different for every ``n``."""
    person, role = rng.choice(_PEOPLE), rng.choice(_ROLES)
    place, thing = rng.choice(_PLACES), rng.choice(_THINGS)
    a, b, pct = rng.randint(2, 900), rng.randint(1000, 50000), rng.randint(2, 60)
    return (
        f"{place} report number {n}\n\n"
        f"{place} lost {a} {thing} last week, {role} said on Tuesday. "
        f'"We expected fewer than {a // 2 + 1}," {person} told reporters. '
        f"The city spent ${b:,} on repairs, up {pct}% from 2021. "
        f"{person} said the work would take {rng.randint(2, 12)} months. "
        f"Residents were not surprised by the news.\n"
    )


def write_jsonl_articles(path: Path, n: int, seed: int = 7, prefix: str = "art") -> list[str]:
    """``n`` records ``{"id", "text"}`` in one JSONL file; returns their ids in order."""
    rng = random.Random(seed)
    ids = [f"{prefix}{i:05d}" for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):
            fh.write(json.dumps({"id": doc_id, "text": news_article(rng, i)}) + "\n")
    return ids


def claims_only_batch(data: Path, out: Path, *options: str) -> list[str]:
    """The command line of a claims-only batch run of ``data`` into ``out`` in a subprocess
    (``python -m factkit.batching``), with ``options`` before the settings."""
    sets = [arg for item in CLAIMS_ONLY for arg in ("--set", item)]
    return [sys.executable, "-m", "factkit.batching", str(data), "-o", str(out), *options, *sets]


def start_claims_batch(
    tmp_path: Path, articles: int, *options: str, **popen: Any
) -> tuple[subprocess.Popen[str], Path]:
    """Start a claims-only batch run of ``articles`` generated articles in a subprocess (its
    stderr piped, as text; ``popen``: how it is grouped) and return it with its output path."""
    data = tmp_path / "in.jsonl"
    write_jsonl_articles(data, articles)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        claims_only_batch(data, out, *options),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )
    return proc, out


def read_out(path: Path) -> list[dict]:
    """Every line of a batch output, parsed (fails on a line that is not JSON)."""
    return [json.loads(line) for line in path.read_bytes().split(b"\n") if line]


def terminal_group() -> None:
    """A subprocess's ``preexec_fn`` for a terminal's Ctrl-C: SIGINT goes to the whole process
    group, handled as Python does by default."""
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def signal_once_written(proc: subprocess.Popen[str], out: Path, sig: int, lines: int = 1) -> str:
    """Wait (up to 120 s) until the batch run ``proc`` has written ``lines`` lines to ``out``,
    send ``sig`` to its process group and return its stderr; the group is killed if the test
    fails on the way."""
    return _signal_when(
        proc, sig, lambda: out.exists() and out.read_bytes().count(b"\n") >= lines, 0.0, 60
    )


def spawned_workers(group: int) -> list[int]:
    """The pids of ``multiprocessing`` spawned workers in process group ``group`` (Linux /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != group:
                continue
            cmdline = (entry / "cmdline").read_bytes()
        except (ProcessLookupError, FileNotFoundError, PermissionError):
            continue  # gone meanwhile, or not ours
        if b"--multiprocessing-fork" in cmdline:
            pids.append(int(entry.name))
    return pids


def signal_after_spawn(proc: subprocess.Popen[str], sig: int, delay: float) -> str:
    """Wait (up to 120 s) until the batch run ``proc`` has spawned its first worker, then
    ``delay`` seconds more, send ``sig`` to its process group and return its stderr; the group
    is killed if the test fails on the way."""
    return _signal_when(proc, sig, lambda: bool(spawned_workers(proc.pid)), delay, 120)


def _signal_when(
    proc: subprocess.Popen[str], sig: int, ready: Callable[[], bool], delay: float, wait: float
) -> str:
    """Wait (up to 120 s) until ``ready()``, then ``delay`` seconds more, send ``sig`` to the
    process group of ``proc`` and return its stderr (waiting ``wait`` seconds for its end); the
    group is killed if the test fails on the way."""
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if ready():
                break
            time.sleep(0.01)
        time.sleep(delay)
        assert proc.poll() is None, "the run ended before it could be signalled"
        os.killpg(proc.pid, sig)
        _, err = proc.communicate(timeout=wait)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return err
