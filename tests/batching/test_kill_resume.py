"""Exactly-once output across crashes: SIGKILL a real batch run at random points, resume, check.

Each trial starts a fresh output, kills the whole process group (runner and worker) once the
output holds a random number of lines (the first trial: during start-up), resumes to completion
and checks every input id is in the output exactly once and every line parses. Torn last lines
happen naturally: the output is a buffered file written in chunks. (One worker keeps the test
quick; the runner's bookkeeping is the same for any number.)
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

from tests.batching.articles import claims_only_batch, write_jsonl_articles

ROOT = Path(__file__).resolve().parents[2]
N_ARTICLES = 240
TRIALS = 5


def _command(data: Path, out: Path) -> list[str]:
    return claims_only_batch(data, out, "--workers", "1", "--resume", "--no-progress")


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _run_and_kill(cmd: list[str], out: Path, kill_at_lines: int, env: dict[str, str]) -> bool:
    """Start the run; SIGKILL it (all its processes) once OUT has ``kill_at_lines`` lines.
    Returns False when the run finished before that."""
    proc = subprocess.Popen(
        cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if _lines(out) >= kill_at_lines:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.003)
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def test_killed_runs_resume_to_exactly_once_output(tmp_path: Path) -> None:
    data = tmp_path / "articles.jsonl"
    ids = write_jsonl_articles(data, N_ARTICLES)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20261124)
    kills = 0
    for trial in range(TRIALS):
        out = tmp_path / f"out{trial}.jsonl"
        target = 0 if trial == 0 else rng.randrange(1, N_ARTICLES - 20)
        kills += _run_and_kill(_command(data, out), out, target, env)
        done = subprocess.run(_command(data, out), env=env, capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        raw = out.read_bytes()
        assert raw.endswith(b"\n")
        records = [json.loads(line) for line in raw.split(b"\n")[:-1]]
        got = [r["input"]["id"] for r in records]
        assert sorted(got) == ids, f"trial {trial}: missing or duplicated ids"
        assert all(r["schema_version"] and "claims" in r for r in records)
    assert kills == TRIALS  # every first run was really killed, not finished first
