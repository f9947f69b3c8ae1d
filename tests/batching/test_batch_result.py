"""factkit.batching.batch_result: what a run did, its rates, exit code and closing line."""

from __future__ import annotations

import math
from pathlib import Path

from factkit.batching.batch_result import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    RunCounts,
    RunTiming,
    batch_result,
    per_second,
    tree_cpu_seconds,
)

PATHS = (Path("out.jsonl"), Path("out.errors.jsonl"))


def test_per_second_of_no_measurable_time() -> None:
    assert per_second(6, 2.0) == 3.0
    assert per_second(5, 0.0) == math.inf  # documents in no measurable time
    assert per_second(0, 0.0) == 0.0


def test_a_run_with_failures_splits_its_rate_and_exits_3() -> None:
    result = batch_result("serial", 1, RunCounts(3, 2, 4), RunTiming(1.5, 2.0, 1.8), PATHS)

    assert result.exit_code == EXIT_SOME_FAILED
    assert (result.done_per_s, result.failed_per_s, result.articles_per_s) == (1.5, 1.0, 2.5)
    assert (result.skipped, result.startup, result.cpu_seconds) == (4, 1.5, 1.8)
    line = result.summary()
    assert "3 done, 2 failed, 4 skipped in 2.0 s" in line
    assert "(2.5 articles/s: 1.5 done, 1.0 failed; serial, 1 worker, start-up 1.5 s)" in line
    assert line.endswith("; errors in out.errors.jsonl")


def test_an_errors_file_with_a_line_break_in_its_name_keeps_the_line_one() -> None:
    paths = (Path("out\n.jsonl"), Path("out\n.errors.jsonl"))
    result = batch_result("serial", 1, RunCounts(1, 1, 0), RunTiming(0.5, 1.0, 1.0), paths)
    assert result.summary().endswith("; errors in $'out\\n.errors.jsonl'")
    assert len(result.summary().splitlines()) == 1


def test_a_clean_run_exits_0_and_names_no_errors_file() -> None:
    result = batch_result("local", 2, RunCounts(4, 0, 0), RunTiming(0.5, 2.0, 3.0), PATHS)

    assert result.exit_code == EXIT_OK
    assert result.summary().endswith("(2.0 articles/s; local, 2 workers, start-up 0.5 s)")


def test_tree_cpu_seconds_counts_this_process() -> None:
    before = tree_cpu_seconds()
    sum(i * i for i in range(300_000))  # some CPU work to see
    assert tree_cpu_seconds() > before
