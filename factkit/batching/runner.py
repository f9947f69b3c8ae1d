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

import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

from factkit.batching.arguments import CLI_ARGUMENTS, ArgumentNames
from factkit.batching.batch_result import (
    EXIT_OK,
    BatchResult,
    RunCounts,
    RunTiming,
    batch_result,
    tree_cpu_seconds,
)
from factkit.batching.feed import feed
from factkit.batching.input_paths import expand_inputs
from factkit.batching.inputs import Failure, InputItem
from factkit.batching.local import Engine, default_workers
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
    WorkerSettings,
    worker_config,
    worker_sources,
)
from factkit.config import Config
from factkit.enums import BatchEngine
from factkit.errors import FactkitError
from factkit.io import atomic_write_text


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
    counts = RunCounts(sink.done, sink.failed, reporter.skipped)
    result = batch_result(cfg.batch.engine, pool.workers, counts, timing, (paths.out, paths.errors))
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
) -> tuple[OutcomeSink, RunTiming]:
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
        cpu_start = tree_cpu_seconds()
        in_flight = cfg.batch.max_in_flight * pool.workers
        feed(pool, sink, todo.items, todo.skip_ids, reporter, in_flight)
        timing = RunTiming(startup, time.monotonic() - t1, tree_cpu_seconds() - cpu_start)
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
