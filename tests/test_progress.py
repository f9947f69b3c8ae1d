"""Stage progress: drawn on a terminal console, silent elsewhere, told every pipeline stage."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from rich.console import Console

from factkit.config import load_config
from factkit.document import Article
from factkit.pipeline import Pipeline
from factkit.progress import TerminalProgress, terminal_progress


class _Recorder:
    def __init__(self) -> None:
        self.stages: list[str] = []

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self.stages.append(name)
        yield


def _terminal() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=True, width=100), buffer


def test_the_pipeline_reports_each_stage_it_runs(seed_text: str) -> None:
    recorder = _Recorder()
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg, progress=recorder).analyze(Article(text=seed_text))
    assert recorder.stages == [
        "splitting",
        "annotating",
        f"claims ({len(report.sentences):,} sentences)",
    ]


def test_a_shown_display_names_the_label_and_the_current_stage() -> None:
    console, buffer = _terminal()
    with (
        TerminalProgress("factkit a.txt", delay=0, console=console) as progress,
        progress.stage("claims (12 sentences)"),
    ):
        pass
    drawn = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", buffer.getvalue())  # colours, cursor moves
    assert "factkit a.txt: claims (12 sentences) 0:00" in drawn  # time since the run started


def test_a_run_shorter_than_the_delay_draws_nothing() -> None:
    console, buffer = _terminal()
    with (
        TerminalProgress("factkit a.txt", delay=3600, console=console) as progress,
        progress.stage("splitting"),
    ):
        pass
    assert buffer.getvalue() == ""


def test_without_a_terminal_nothing_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    # under pytest stderr is captured, not a terminal: the stand-in draws nothing
    with terminal_progress("factkit a.txt", delay=0) as progress, progress.stage("splitting"):
        pass
    assert not isinstance(progress, TerminalProgress)
    assert capsys.readouterr().err == ""
