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
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from pydantic import ValidationError

from factkit.batching.arguments import CLI_ARGUMENTS, ArgumentNames
from factkit.batching.inputs import (
    STDIN,
    Failure,
    InputItem,
    Job,
    expand_inputs,
    iter_inputs,
    walked_folders,
    wanted_extensions,
)
from factkit.batching.local import (
    Engine,
    LocalEngine,
    SerialEngine,
    default_workers,
    raise_setup_failure,
)
from factkit.batching.lock import OutputLock
from factkit.batching.output import (
    ChecklistFolder,
    JsonlWriter,
    check_writable_output,
    repair_and_read_ids,
    sibling_path,
)
from factkit.batching.worker import (
    DEFAULT_PIPELINE,
    Done,
    Failed,
    SetupFailed,
    WorkerSettings,
    encode_line,
    worker_config,
    worker_sources,
)
from factkit.config import Config, coerce_config
from factkit.enums import BatchEngine
from factkit.errors import ConfigError, FactkitError
from factkit.ingest import EMPTY_ARTICLE, is_blank
from factkit.io import atomic_write_text
from factkit.output_formats import output_format

EXIT_OK = 0
EXIT_SOME_FAILED = 3
ENGINES: tuple[str, ...] = tuple(engine.value for engine in BatchEngine)


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


def _effective_config(
    config: Config | str | Path | None,
    *,
    workers: int | None,
    engine: BatchEngine | str | None,
    scheduler: str | None,
    ordered: bool | None,
    names: ArgumentNames = CLI_ARGUMENTS,
) -> Config:
    cfg = coerce_config(config)
    batch = cfg.batch.model_dump()
    if workers is not None:
        batch["workers"] = workers
    if engine is not None:
        batch["engine"] = engine
    elif scheduler is not None:
        batch["engine"] = BatchEngine.DASK
    if scheduler is not None:
        batch["scheduler"] = scheduler
    if ordered is not None:
        batch["ordered"] = ordered
    if batch["engine"] not in ENGINES:
        choices = ", ".join(ENGINES)
        raise ConfigError(f"{names.engine}: expected one of {choices}, got {batch['engine']!r}")
    if batch["scheduler"] and batch["engine"] != BatchEngine.DASK:
        raise ConfigError(f"{names.scheduler}: a scheduler address needs {names.engine} dask")
    try:
        return cfg.model_copy(update={"batch": type(cfg.batch).model_validate(batch)})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"batch.{field}: {err['msg']}") from None


def _check_same_config(saved: Path, cfg: Config, names: ArgumentNames) -> None:
    """A resumed run appends to OUT, so it must analyse with the config OUT was started with."""
    if not saved.exists():
        return
    try:
        before = yaml.safe_load(saved.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return
    now = cfg.model_dump(mode="json")
    for section, values in now.items():
        if section == "batch":
            continue
        diff = _first_difference(before.get(section), values, section)
        if diff:
            raise ConfigError(
                f"{names.resume}: {diff} differs from {saved} (the config the output was started "
                f"with); resume with the same config, or start a new output without {names.resume}"
            )


def _first_difference(a: Any, b: Any, where: str) -> str | None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            found = _first_difference(a.get(key), b.get(key), f"{where}.{key}")
            if found:
                return found
        return None
    return None if a == b else where


def _make_engine(cfg: Config, settings: WorkerSettings, workers: int) -> Engine:
    if cfg.batch.engine == BatchEngine.SERIAL:
        return SerialEngine(settings)
    if cfg.batch.engine == BatchEngine.DASK:
        from factkit.batching.dask_engine import DaskEngine

        return DaskEngine(workers, settings, cfg.batch.scheduler, cfg.batch.chunk_size)
    return LocalEngine(workers, settings)


class _Progress:
    """Live progress on stderr (rich) when it is a terminal; otherwise silent until the summary."""

    def __init__(self, live: bool) -> None:
        self.live = live
        self._bar: Any = None
        self._task: Any = None
        self._start = time.monotonic()
        self.failed = 0
        self.finished = 0
        self.skipped = 0

    def start(self, files: list[str], label: str) -> None:
        if not self.live:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeRemainingColumn(),
            TextColumn("[red]{task.fields[failed]} failed[/red] {task.fields[skipped]} skipped"),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task(label, total=None, rate=0.0, failed=0, skipped=0)
        self._start = time.monotonic()
        if STDIN not in files:
            threading.Thread(target=self._count_total, args=(files,), daemon=True).start()

    def _count_total(self, files: list[str]) -> None:
        from factkit.batching.inputs import count_documents

        total = count_documents(files)
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    def update(self, *, done: int = 0, failed: int = 0, skipped: int = 0) -> None:
        self.finished += done + failed
        self.failed += failed
        self.skipped += skipped
        if self._bar is None:
            return
        elapsed = max(1e-6, time.monotonic() - self._start)
        self._bar.update(
            self._task,
            advance=done + failed + skipped,
            rate=self.finished / elapsed,
            failed=self.failed,
            skipped=self.skipped,
        )

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class _Sink:
    """Writes outcomes: reports to OUT, failures to ERR, Markdown files; in input order if asked."""

    def __init__(
        self,
        out: JsonlWriter,
        err: JsonlWriter,
        checklists: ChecklistFolder | None,
        ordered: bool,
        progress: _Progress,
    ) -> None:
        self.out = out
        self.err = err
        self.checklists = checklists
        self.ordered = ordered
        self.progress = progress
        self.emitted = 0
        self.done = 0
        self.failed = 0
        self._next_seq = 0
        self._waiting: dict[int, Done | Failed] = {}

    def accept(self, seq: int, outcome: Done | Failed) -> None:
        if not self.ordered:
            self._emit(outcome)
            return
        self._waiting[seq] = outcome
        while self._next_seq in self._waiting:
            self._emit(self._waiting.pop(self._next_seq))
            self._next_seq += 1

    def _emit(self, outcome: Done | Failed) -> None:
        self.emitted += 1
        if isinstance(outcome, Done):
            if self.checklists is not None and outcome.markdown is not None:
                self.checklists.write(outcome.id, outcome.markdown)
            self.out.write(outcome.json_line)
            self.done += 1
            self.progress.update(done=1)
        else:
            self.err.write(encode_line(outcome.failure.to_dict()))
            self.failed += 1
            self.progress.update(failed=1)


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
    items: Iterator[InputItem | Failure], skip_ids: set[str], progress: _Progress
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
    cfg = _effective_config(
        config, workers=workers, engine=engine, scheduler=scheduler, ordered=ordered, names=names
    )
    if isinstance(inputs, (str, Path)):
        inputs = [str(inputs)]
    out_path, err_path, config_path = _output_paths(output, errors, names)
    md_path = Path(markdown_dir) if markdown_dir is not None else None
    files = expand_inputs(
        [str(i) for i in inputs],
        cfg.batch.extensions,
        exclude=(config_path, sibling_path(out_path, ".lock")),
        outputs=(out_path, err_path),
        output_names=f"{names.output} (or {names.errors})",
    )
    if md_path is not None:
        _prepare_markdown_dir(
            md_path, files, [str(i) for i in inputs], cfg.batch.extensions, names.markdown_dir
        )

    with ExitStack() as held:
        for lock_path in _lock_paths(out_path, err_path):
            held.enter_context(OutputLock(lock_path, out_path))
        # from here on this run is the only writer of OUT, its errors file and its config
        paths = _OutputPaths(out_path, err_path, config_path, md_path)
        return _run_locked(cfg, files, paths, resume, progress, pipeline, names)
    raise AssertionError("unreachable")  # pragma: no cover - for mypy: ExitStack may swallow


def _output_paths(
    output: str | Path, errors: str | Path | None, names: ArgumentNames
) -> tuple[Path, Path, Path]:
    """The output, its errors file (``errors``, else the output's sibling) and its config
    sidecar; an output that cannot be written, one whose suffix names no JSON lines, or an
    errors file that is the output, is refused."""
    out_path = Path(output)
    check_writable_output(out_path, names.output)
    output_format(None, out_path, ("jsonl",), "batch", names.output, names.command)
    if errors is not None:
        output_format(None, Path(errors), ("jsonl",), "batch", names.errors, names.command)
    err_path = Path(errors) if errors is not None else sibling_path(out_path, ".errors.jsonl")
    config_path = sibling_path(out_path, ".config.yaml")
    if err_path.resolve() == out_path.resolve():
        raise FactkitError(f"{err_path}: the errors file must differ from the output")
    return out_path, err_path, config_path


def _prepare_markdown_dir(
    md_path: Path, files: list[str], inputs: list[str], extensions: list[str], name: str
) -> None:
    """``--markdown-dir``: refused where its checklists could be read as inputs, else made."""
    if md_path.is_file():  # first: an input file itself was "a folder that holds input files"
        raise FactkitError(f"{name} {md_path}: is a file; give a folder")
    _check_markdown_dir(md_path, files, name)
    _check_markdown_dir_outside(md_path, inputs, extensions, name)
    try:
        md_path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # "cannot create it: File exists"
        raise FactkitError(f"{name} {md_path}: is a file; give a folder") from None
    except OSError as exc:
        raise FactkitError(f"{name} {md_path}: cannot create it: {exc.strerror or exc}") from None


def _check_markdown_dir(md_path: Path, files: list[str], name: str) -> None:
    """Checklists are named after document ids, so in a folder holding inputs one could replace
    an article (``a.md``), and a later run would read them all as articles: refuse it."""
    folder = md_path.resolve()
    for file in files:
        if file != STDIN and Path(file).resolve().is_relative_to(folder):
            raise FactkitError(
                f"{name}: {md_path} holds input files ({file}); its checklists could "
                "overwrite them and be read as articles next time; choose a folder outside "
                "the inputs"
            )


def _check_markdown_dir_outside(
    md_path: Path, inputs: list[str], extensions: list[str], name: str
) -> None:
    """A checklist folder inside a walked input folder is empty on the first run, but the next
    run (``--resume`` too) reads its checklists as articles, and refuses it: refuse it now."""
    if ".md" not in wanted_extensions(extensions):  # the suffix markdown_filename gives
        return
    folder = md_path.resolve()
    for walked in walked_folders(inputs):
        root = walked.resolve()
        if not folder.is_relative_to(root):
            continue
        # the walk skips hidden folders, so checklists under one are never read as inputs
        if not any(part.startswith(".") for part in folder.relative_to(root).parts):
            raise FactkitError(
                f"{name}: {md_path} is inside the input folder {walked}; the next run "
                "would read its checklists as articles; choose a folder outside the inputs"
            )


def _lock_paths(out_path: Path, err_path: Path) -> list[Path]:
    """The output's lock file, and the errors file's own when it is not the output's sibling."""
    paths = [sibling_path(out_path, ".lock")]
    if err_path.resolve() != sibling_path(out_path, ".errors.jsonl").resolve():
        own = sibling_path(err_path, ".lock")
        if own.resolve() != paths[0].resolve():
            paths.append(own)
    return paths


class _OutputPaths(NamedTuple):
    out: Path
    errors: Path
    config: Path  # the config sidecar
    checklists: Path | None  # --markdown-dir


def _run_locked(
    cfg: Config,
    files: list[str],
    paths: _OutputPaths,
    resume: bool,
    progress: bool | None,
    pipeline: str,
    names: ArgumentNames,
) -> BatchResult:
    skip_ids = _resumed_ids(cfg, paths.config, paths.out, names) if resume else set()
    show = progress is not False
    reporter = _Progress(live=show and sys.stderr.isatty())
    settings = WorkerSettings(
        worker_config(cfg),
        markdown=paths.checklists is not None,
        pipeline=pipeline,
        sources=worker_sources(cfg),
    )
    pool = _make_engine(cfg, settings, cfg.batch.workers or default_workers())
    sink, timing = _process(pool, cfg, files, paths, resume, skip_ids, reporter)
    result = _batch_result(
        cfg, pool.workers, sink, reporter.skipped, timing, (paths.out, paths.errors)
    )
    if show:
        print(result.summary(), file=sys.stderr, flush=True)
    return result


def _process(
    pool: Engine,
    cfg: Config,
    files: list[str],
    paths: _OutputPaths,
    resume: bool,
    skip_ids: set[str],
    reporter: _Progress,
) -> tuple[_Sink, _Timing]:
    """Start the engine, then the outputs, and feed it every document not in ``skip_ids``; the
    progress line, the outputs and the engine are closed however this ends."""
    t0 = time.monotonic()
    writers: list[JsonlWriter] = []
    try:
        # a pipeline that cannot be built (a model name that does not load) stops the run here,
        # before the last run's config sidecar, output and errors file are started afresh
        pool.start()
        startup = time.monotonic() - t0
        sink = _open_sink(cfg, paths, resume, reporter, writers)
        reporter.start(files, "factkit batch")
        t1 = time.monotonic()
        cpu_start = _tree_cpu_seconds()
        in_flight = cfg.batch.max_in_flight * pool.workers
        _drive(pool, sink, iter_inputs(files, cfg.ingest), skip_ids, reporter, in_flight)
        timing = _Timing(startup, time.monotonic() - t1, _tree_cpu_seconds() - cpu_start)
    finally:
        reporter.stop()
        for writer in writers:
            writer.close()
        pool.close()
    return sink, timing


def _open_sink(
    cfg: Config,
    paths: _OutputPaths,
    resume: bool,
    reporter: _Progress,
    writers: list[JsonlWriter],
) -> _Sink:
    """Where the results go: the outputs (their writers join ``writers``) and the checklists."""
    out, err = _open_outputs(cfg, paths.config, paths.out, paths.errors, resume, writers)
    md_path = paths.checklists
    checklists = ChecklistFolder(md_path, resume=resume) if md_path is not None else None
    return _Sink(out, err, checklists, cfg.batch.ordered, reporter)


def _resumed_ids(cfg: Config, config_path: Path, out_path: Path, names: ArgumentNames) -> set[str]:
    """``--resume``: the ids the output already holds (a torn last line repaired), once the
    config is the last run's."""
    _check_same_config(config_path, cfg, names)
    skip_ids, _ = repair_and_read_ids(out_path)
    return skip_ids


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


class _Timing(NamedTuple):
    startup: float  # seconds to start the engine
    elapsed: float  # seconds from the first document to the last
    cpu_seconds: float  # CPU time of this process and its children during ``elapsed``


def _batch_result(
    cfg: Config,
    workers: int,
    sink: _Sink,
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
    sink: _Sink,
    items: Iterator[InputItem | Failure],
    skip_ids: set[str],
    reporter: _Progress,
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
