"""factkit.batching.feed: input items become numbered jobs, fed to the engine a window at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.batching.feed import feed, numbered_jobs
from factkit.batching.inputs import Failure, InputItem, Job
from factkit.batching.outcome_sink import LiveProgress, OutcomeSink
from factkit.batching.output import JsonlWriter
from factkit.batching.worker import Done, Failed, Outcome, SetupFailed
from factkit.document import Article
from factkit.errors import FactkitError


def _item(doc_id: str, text: str = "Prices rose 4% in May.") -> InputItem:
    return InputItem(doc_id, f"{doc_id}.txt", None, Article(text=text, id=doc_id))


class _CountingEngine:
    """Finishes one submitted job per wait; remembers the most jobs it held at once."""

    def __init__(self, setup_failure: str | None = None) -> None:
        self.held: list[Job] = []
        self.most_held = 0
        self.setup_failure = setup_failure

    def submit(self, job: Job) -> None:
        self.held.append(job)
        self.most_held = max(self.most_held, len(self.held))

    def pending(self) -> int:
        return len(self.held)

    def wait_some(self) -> list[Outcome]:
        if self.setup_failure is not None:
            return [SetupFailed(self.setup_failure)]
        job = self.held.pop(0)
        return [Done(job.seq, job.id, f'{{"id": "{job.id}"}}')]


def _sink(tmp_path: Path, progress: LiveProgress) -> OutcomeSink:
    out = JsonlWriter(tmp_path / "out.jsonl", append=False, sync_every=100)
    err = JsonlWriter(tmp_path / "err.jsonl", append=False, sync_every=100)
    return OutcomeSink(out, err, None, True, progress)


def test_numbered_jobs_skips_done_ids_and_turns_blank_articles_into_failures() -> None:
    progress = LiveProgress(live=False)
    unreadable = Failure("bad", "bad.txt", None, "ingest", "not UTF-8")
    items = iter([_item("a"), _item("done"), unreadable, _item("blank", "  \n"), _item("b")])

    jobs = list(numbered_jobs(items, {"done"}, progress))

    assert [type(j).__name__ for j in jobs] == ["Job", "Failed", "Failed", "Job"]
    assert [j.seq for j in jobs] == [0, 1, 2, 3]  # the skipped id takes no number
    assert isinstance(jobs[2], Failed) and jobs[2].failure.stage == "ingest"
    assert progress.skipped == 1


def test_feed_holds_at_most_the_window_and_writes_every_outcome(tmp_path: Path) -> None:
    progress = LiveProgress(live=False)
    sink = _sink(tmp_path, progress)
    engine = _CountingEngine()
    items = iter([_item(f"d{i}") for i in range(7)] + [_item("blank", " ")])

    feed(engine, sink, items, set(), progress, window=3)
    sink.out.close()
    sink.err.close()

    assert engine.most_held == 3
    assert (sink.done, sink.failed) == (7, 1)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines == [f'{{"id": "d{i}"}}' for i in range(7)]


def test_feed_stops_the_run_when_a_worker_cannot_build_its_pipeline(tmp_path: Path) -> None:
    progress = LiveProgress(live=False)
    sink = _sink(tmp_path, progress)
    engine = _CountingEngine(setup_failure="model 'nowhere' does not load")

    with pytest.raises(FactkitError, match="nowhere"):
        feed(engine, sink, iter([_item("a")]), set(), progress, window=2)
