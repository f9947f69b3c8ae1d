"""``run_batch``: many articles in, one JSON report per line out -- streamed, parallel, resumable.

Files
    OUT                  one JSON report a line (the ``factkit run --format json`` contract plus
                         ``"input": {"id", "path", "line"}``), in completion order unless ordered.
    OUT.errors.jsonl     (default; ``errors=`` to change) one line per document that produced no
                         report: ``{"id", "path", "line", "stage", "message"}``. ``reports.jsonl``
                         gives ``reports.errors.jsonl`` and ``reports.config.yaml``.
    OUT.config.yaml      the filled config of the run, written atomically before the first document.
    OUT.lock             held (``flock``) for the whole run: one writer per output
                         (``reports.lock``; removed at the end). See ``factkit.batching.lock``.

Restarting
    Without ``resume`` a run starts fresh: OUT and the errors file are truncated, as ``-o`` always
    does. With ``resume`` a torn last line of OUT (from a crash or kill) is cut off, every id
    already in OUT is skipped, and everything else is done -- including the documents that failed
    last time (the old errors file is replaced: failures that persist are recorded again). A resumed
    run must use the same config as OUT.config.yaml (``batch.*`` settings may differ).

Memory stays flat: inputs are read one document at a time, and at most ``batch.max_in_flight`` per
worker are submitted, running or (for ordered output) waiting for an earlier one to finish.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from factkit.batching.arguments import CLI_ARGUMENTS, ArgumentNames
from factkit.batching.input_paths import expand_inputs
from factkit.batching.inputs import Failure, InputItem, Job
from factkit.batching.local import Engine, default_workers, raise_setup_failure
from factkit.batching.lock import OutputLock
from factkit.batching.outcome_sink import LiveProgress, OutcomeSink
from factkit.batching.output import (
    ChecklistFolder,
    JsonlWriter,
    make_output_folder,
    read_previous_output,
    repair_previous_output,
    sibling_path,
)
from factkit.batching.output_paths import (
    OutputPaths,
    check_markdown_dir,
    lock_paths,
    make_markdown_dir,
    output_paths,
)
from factkit.batching.resume import resume_point
from factkit.batching.run_config import check_same_config, effective_config, make_engine
from factkit.batching.worker import (
    DEFAULT_PIPELINE,
    Failed,
    SetupFailed,
    WorkerSettings,
    worker_config,
    worker_sources,
)
from factkit.config import Config
from factkit.enums import BatchEngine
from factkit.errors import FactkitError
from factkit.ingest import EMPTY_ARTICLE, is_blank
from factkit.io import atomic_write_text

EXIT_OK = 0
EXIT_SOME_FAILED = 3


def per_second(count: int, seconds: float) -> float:
    """``count`` per second of ``seconds``; infinite for a count in no measurable time."""
    return count / seconds if seconds > 0 else math.inf if count else 0.0


@dataclass(frozen=True)
class BatchResult:
    done: int
    failed: int
    skipped: int
    elapsed: float
    """Seconds from the first document to the last (worker start-up is ``startup``)."""
    articles_per_s: float
    """Documents processed (done + failed) per second of ``elapsed``; ``done_per_s`` and
    ``failed_per_s`` split it, as a failure (an unreadable file) may cost next to nothing."""
    exit_code: int
    startup: float = 0.0
    output: str = ""
    errors: str = ""
    workers: int = 1
    engine: BatchEngine | str = BatchEngine.LOCAL
    cpu_seconds: float = 0.0
    """CPU time of this process and its children (local workers) during ``elapsed``: with
    ``done`` it gives throughput per core, which a busy shared machine does not distort."""

    @property
    def done_per_s(self) -> float:
        """Documents done (a report written) per second of ``elapsed``."""
        return per_second(self.done, self.elapsed)

    @property
    def failed_per_s(self) -> float:
        """Documents failed per second of ``elapsed``."""
        return per_second(self.failed, self.elapsed)

    def summary(self) -> str:
        # a failure can cost next to nothing, so the rate is split when there are any
        split = (
            f": {self.done_per_s:.1f} done, {self.failed_per_s:.1f} failed" if self.failed else ""
        )
        return (
            f"factkit batch: {self.done} done, {self.failed} failed, {self.skipped} skipped in "
            f"{self.elapsed:.1f} s ({self.articles_per_s:.1f} articles/s{split}; "
            f"{self.engine}, {self.workers} worker{'s' if self.workers != 1 else ''}, "
            f"start-up {self.startup:.1f} s)"
            + (f"; errors in {self.errors}" if self.failed else "")
        )


def _tree_cpu_seconds() -> float:
    """User + system CPU seconds of this process and its live descendants."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for proc in [me, *me.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.Error:  # it exited between listing and reading
            continue
        total += times.user + times.system
    return total


def _jobs(
    items: Iterator[InputItem | Failure], skip_ids: set[str], progress: LiveProgress
) -> Iterator[Job | Failed]:
    """Input items -> numbered jobs, or failures ready to write; ids already done are skipped."""
    seq = 0
    for item in items:
        if item.id in skip_ids:
            progress.update(skipped=1)
            continue
        if isinstance(item, Failure):
            yield Failed(seq, item)
        elif is_blank(item.article.text):
            yield Failed(seq, Failure(item.id, item.path, item.line, "ingest", EMPTY_ARTICLE))
        else:
            yield Job(seq, item.id, item.path, item.line, item.article)
        seq += 1


def run_batch(
    inputs: list[str],
    output: str | Path,
    config: Config | str | Path | None = None,
    *,
    workers: int | None = None,
    engine: BatchEngine | str | None = None,
    scheduler: str | None = None,
    resume: bool = False,
    errors: str | Path | None = None,
    markdown_dir: str | Path | None = None,
    ordered: bool | None = None,
    progress: bool | None = None,
    pipeline: str = DEFAULT_PIPELINE,
    names: ArgumentNames = CLI_ARGUMENTS,
) -> BatchResult:
    """Analyse every article in ``inputs`` (files, folders, globs, JSONL, ``-``) into ``output``.

    ``engine``/``workers``/``scheduler``/``ordered`` override ``config.batch``; ``engine`` is
    ``"local"`` (process pool, default), ``"dask"`` (LocalCluster, or the cluster at
    ``scheduler``) or ``"serial"`` (in this process). ``progress``: None = live progress when
    stderr is a terminal, plus the summary line; False = silent. ``pipeline``: ``module:Class``
    of the pipeline each worker builds from the Config (default: factkit's). Raises FactkitError
    (exit code 2) for usage and config errors, naming each argument as ``names`` says (the
    command line's options, or the API's arguments); per-document problems go to the errors file
    and give exit code 3.
    """
    cfg = effective_config(
        config, workers=workers, engine=engine, scheduler=scheduler, ordered=ordered, names=names
    )
    if isinstance(inputs, (str, Path)):
        inputs = [str(inputs)]
    out_path, err_path, config_path = output_paths(output, errors, names)
    md_path = Path(markdown_dir) if markdown_dir is not None else None
    files = expand_inputs(
        [str(i) for i in inputs],
        cfg.batch.extensions,
        exclude=(config_path, sibling_path(out_path, ".lock")),
        outputs=(out_path, err_path),
        output_names=f"{names.output} (or {names.errors})",
    )
    if md_path is not None:
        check_markdown_dir(
            md_path, files, [str(i) for i in inputs], cfg.batch.extensions, names.markdown_dir
        )
    paths = OutputPaths(out_path, err_path, config_path, md_path)
    _make_folders(paths, names)
    return _run_held(cfg, files, paths, resume, progress, pipeline, names)


def _make_folders(paths: OutputPaths, names: ArgumentNames) -> None:
    """Make the folders the outputs go in. Every refusal is made by now: only then does the run
    make a folder (the errors file's too: "--errors newdir/e.jsonl" failed on its lock file,
    after -o's folder was made)."""
    make_output_folder(paths.out)
    make_output_folder(paths.errors)
    if paths.checklists is not None:
        make_markdown_dir(paths.checklists, names.markdown_dir)


def _run_held(
    cfg: Config,
    files: list[str],
    paths: OutputPaths,
    resume: bool,
    progress: bool | None,
    pipeline: str,
    names: ArgumentNames,
) -> BatchResult:
    """The run, holding the locks of OUT and its errors file throughout."""
    with ExitStack() as held:
        for lock_path in lock_paths(paths.out, paths.errors):
            held.enter_context(OutputLock(lock_path, paths.out))
        # from here on this run is the only writer of OUT, its errors file and its config
        return _run_locked(cfg, files, paths, resume, progress, pipeline, names)
    raise AssertionError("unreachable")  # pragma: no cover - for mypy: ExitStack may swallow


def _run_locked(
    cfg: Config,
    files: list[str],
    paths: OutputPaths,
    resume: bool,
    progress: bool | None,
    pipeline: str,
    names: ArgumentNames,
) -> BatchResult:
    skip_ids = _resumed_ids(cfg, paths, names) if resume else set()
    show = progress is not False
    start = resume_point(files, cfg.ingest, skip_ids)
    if start.rest is None:
        return _nothing_left(cfg, start.finished, paths, show)
    reporter = LiveProgress(live=show and sys.stderr.isatty())
    settings = WorkerSettings(
        worker_config(cfg),
        markdown=paths.checklists is not None,
        pipeline=pipeline,
        sources=worker_sources(cfg),
    )
    pool = make_engine(cfg, settings, cfg.batch.workers or default_workers())
    todo = _Todo(start.rest, start.finished, skip_ids)
    sink, timing = _process(pool, cfg, files, paths, resume, todo, reporter)
    result = _batch_result(
        cfg, pool.workers, sink, reporter.skipped, timing, (paths.out, paths.errors)
    )
    if show:
        print(result.summary(), file=sys.stderr, flush=True)
    return result


def _nothing_left(cfg: Config, count: int, paths: OutputPaths, show: bool) -> BatchResult:
    """``--resume`` over an output that holds every input: no worker is started, nothing
    written (it loaded every model only to skip every input)."""
    if show:
        print(
            f"factkit batch: nothing left to do: all {count} documents are already in {paths.out}",
            file=sys.stderr,
            flush=True,
        )
    return BatchResult(
        done=0,
        failed=0,
        skipped=count,
        elapsed=0.0,
        articles_per_s=0.0,
        exit_code=EXIT_OK,
        output=str(paths.out),
        errors=str(paths.errors),
        workers=0,
        engine=cfg.batch.engine,
    )


def _process(
    pool: Engine,
    cfg: Config,
    files: list[str],
    paths: OutputPaths,
    resume: bool,
    todo: _Todo,
    reporter: LiveProgress,
) -> tuple[OutcomeSink, _Timing]:
    """Start the engine, then the outputs, and feed it the inputs ``todo`` holds; the progress
    line, the outputs and the engine are closed however this ends."""
    t0 = time.monotonic()
    writers: list[JsonlWriter] = []
    try:
        # a pipeline that cannot be built (a model name that does not load) stops the run here,
        # before the last run's config sidecar, output and errors file are started afresh
        pool.start()
        startup = time.monotonic() - t0
        sink = _open_sink(cfg, paths, resume, reporter, writers)
        reporter.start(files, "factkit batch")
        reporter.update(skipped=todo.finished)
        t1 = time.monotonic()
        cpu_start = _tree_cpu_seconds()
        in_flight = cfg.batch.max_in_flight * pool.workers
        _drive(pool, sink, todo.items, todo.skip_ids, reporter, in_flight)
        timing = _Timing(startup, time.monotonic() - t1, _tree_cpu_seconds() - cpu_start)
    finally:
        reporter.stop()
        for writer in writers:
            writer.close()
        pool.close()
    return sink, timing


def _open_sink(
    cfg: Config,
    paths: OutputPaths,
    resume: bool,
    reporter: LiveProgress,
    writers: list[JsonlWriter],
) -> OutcomeSink:
    """Where the results go: the checklists, then the outputs (their writers join ``writers``).
    The checklist folder comes first: one that cannot be written (read-only, its manifest a
    folder) stopped the run after the last run's output and errors file were started afresh."""
    md_path = paths.checklists
    checklists = ChecklistFolder(md_path, resume=resume) if md_path is not None else None
    out, err = _open_outputs(cfg, paths.config, paths.out, paths.errors, resume, writers)
    return OutcomeSink(out, err, checklists, cfg.batch.ordered, reporter)


def _resumed_ids(cfg: Config, paths: OutputPaths, names: ArgumentNames) -> set[str]:
    """``--resume``: the ids the output already holds (a torn last line repaired), once it is
    known to be a batch output and the config is the last run's."""
    previous = read_previous_output(paths.out)
    if not previous.batch_output:
        raise FactkitError(
            f"{names.output} {paths.out}: holds no batch reports, and {names.resume} would drop "
            f"its lines; give {names.output} a new file"
        )
    check_same_config(paths.config, cfg, names, required=bool(previous.ids))
    repair_previous_output(paths.out, previous)
    return previous.ids


def _open_outputs(
    cfg: Config,
    config_path: Path,
    out_path: Path,
    err_path: Path,
    resume: bool,
    writers: list[JsonlWriter],
) -> tuple[JsonlWriter, JsonlWriter]:
    """Start this run's config sidecar, errors file and output (appended to on ``--resume``);
    the writers join ``writers``, in the order they must be closed."""
    atomic_write_text(config_path, cfg.to_yaml())
    err = JsonlWriter(err_path, append=False, sync_every=cfg.batch.fsync_every)
    writers.append(err)
    out = JsonlWriter(out_path, append=resume, sync_every=cfg.batch.fsync_every, sync_with=(err,))
    writers.insert(0, out)  # closed first, as it syncs the errors file before itself
    return out, err


class _Todo(NamedTuple):
    items: Iterator[InputItem | Failure]  # the inputs from the first one not in the output
    finished: int  # inputs before those, already in the output
    skip_ids: set[str]  # the output's ids: an input among ``items`` with one is skipped


class _Timing(NamedTuple):
    startup: float  # seconds to start the engine
    elapsed: float  # seconds from the first document to the last
    cpu_seconds: float  # CPU time of this process and its children during ``elapsed``


def _batch_result(
    cfg: Config,
    workers: int,
    sink: OutcomeSink,
    skipped: int,
    timing: _Timing,
    paths: tuple[Path, Path],
) -> BatchResult:
    """What the run did, for the caller and the closing line; ``paths``: output and errors."""
    elapsed = timing.elapsed
    return BatchResult(
        done=sink.done,
        failed=sink.failed,
        skipped=skipped,
        elapsed=elapsed,
        articles_per_s=per_second(sink.done + sink.failed, elapsed),
        exit_code=EXIT_SOME_FAILED if sink.failed else EXIT_OK,
        startup=timing.startup,
        output=str(paths[0]),
        errors=str(paths[1]),
        workers=workers,
        engine=cfg.batch.engine,
        cpu_seconds=timing.cpu_seconds,
    )


def _drive(
    pool: Engine,
    sink: OutcomeSink,
    items: Iterator[InputItem | Failure],
    skip_ids: set[str],
    reporter: LiveProgress,
    window: int,
) -> None:
    """Feeds jobs to the engine, at most ``window`` unwritten at a time, until all are written."""
    submitted = 0
    jobs = _jobs(items, skip_ids, reporter)
    exhausted = False
    while True:
        while not exhausted and submitted - sink.emitted < window:
            job = next(jobs, None)
            if job is None:
                exhausted = True
            elif isinstance(job, Failed):
                submitted += 1
                sink.accept(job.seq, job)
            else:
                submitted += 1
                pool.submit(job)
        if pool.pending() == 0:
            if exhausted:
                return
            continue
        for outcome in pool.wait_some():
            if isinstance(outcome, SetupFailed):
                raise_setup_failure(outcome)
            else:
                sink.accept(outcome.seq, outcome)
