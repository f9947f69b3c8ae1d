"""What runs inside a worker process (local pool or Dask): one pipeline per process, one job a call.

The pipeline (and any model it loads) is built once per process and config, then reused for every
document. A job's result is already serialised (the JSON line, and the Markdown checklist when
asked for), so the parent only writes bytes.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from factkit import json_text
from factkit.batching.inputs import Failure, Job
from factkit.config import Config
from factkit.config_sources import name_source
from factkit.enums import OutputFormat
from factkit.errors import ModelLoadError, StageError

DEFAULT_PIPELINE = "factkit.pipeline:Pipeline"


@dataclass(frozen=True)
class WorkerSettings:
    """Everything a worker needs, pickle-friendly: the config as a plain dict."""

    config: dict[str, Any]
    markdown: bool = False
    pipeline: str = DEFAULT_PIPELINE
    """``module:Class`` of the pipeline, called with the Config (custom pipelines plug in here)."""
    sources: tuple[tuple[str, str], ...] | None = None
    """:attr:`Config.sources`, which a model that does not load names (the dict loses them)."""

    @cached_property
    def key(self) -> str:
        blob = json.dumps([self.config, self.markdown, self.pipeline], sort_keys=True, default=str)
        return hashlib.sha1(blob.encode()).hexdigest()[:16]


def worker_config(cfg: Config) -> dict[str, Any]:
    """The config a worker builds its pipeline from, for ``factkit batch`` and the review desk's
    pool alike: one torch thread per worker unless the config says otherwise."""
    data = cfg.model_dump(mode="json")
    if not data["encoder"]["threads"]:
        # Parallelism comes from the worker processes. Intra-op threads gain little on small
        # sentence batches and, when cores are shared, spin-wait: 2 threads on a busy 2-core
        # machine cost 15x the CPU per document (1.5 s vs 0.1 s).
        data["encoder"]["threads"] = 1
    return data


def worker_sources(cfg: Config) -> tuple[tuple[str, str], ...] | None:
    """:attr:`Config.sources` as ``WorkerSettings.sources``."""
    sources = cfg.sources
    return None if sources is None else tuple(sorted(sources.items()))


@dataclass(frozen=True, slots=True)
class Done:
    """A finished document: its JSON line (no newline) and, if asked for, its Markdown checklist."""

    seq: int
    id: str
    json_line: str
    markdown: str | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    seq: int
    failure: Failure


@dataclass(frozen=True, slots=True)
class SetupFailed:
    """The pipeline could not be built in a worker (e.g. a model is missing): the run stops."""

    message: str
    exit_code: int = 2


Outcome = Done | Failed | SetupFailed

_PIPELINES: dict[str, Any] = {}
_SETUP_ERRORS: dict[str, SetupFailed] = {}


def pipeline_for(settings: WorkerSettings) -> Any:
    """This process's pipeline for these settings, built and warmed up on first use."""
    key = settings.key
    if key not in _PIPELINES:
        module_name, _, class_name = settings.pipeline.partition(":")
        pipeline_class = getattr(importlib.import_module(module_name), class_name)
        pipeline = pipeline_class(Config.model_validate(settings.config))
        pipeline.warm_up()
        if settings.markdown:
            from factkit.render import render_report  # noqa: F401 - fail at setup, not per document
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def prepare(settings: WorkerSettings) -> SetupFailed | None:
    """Build the pipeline now; a failure is remembered and returned for every later job."""
    key = settings.key
    if key in _SETUP_ERRORS:
        return _SETUP_ERRORS[key]
    try:
        pipeline_for(settings)
    except Exception as exc:
        exit_code = getattr(exc, "exit_code", 2)
        message = str(exc) if hasattr(exc, "exit_code") else f"{type(exc).__name__}: {exc}"
        if isinstance(exc, ModelLoadError):
            sources = None if settings.sources is None else dict(settings.sources)
            message = name_source(sources, exc)
        _SETUP_ERRORS[key] = SetupFailed(f"pipeline setup failed: {message}", exit_code)
        return _SETUP_ERRORS[key]
    return None


def stage_of(exc: BaseException) -> str:
    """The pipeline stage an exception came from: a :class:`StageError` (what
    ``Pipeline.analyze`` raises for any failure inside a stage) names it; otherwise ``analyze``."""
    return exc.stage if isinstance(exc, StageError) else "analyze"


def _error_message(exc: BaseException) -> str:
    text = exc.reason if isinstance(exc, StageError) else f"{type(exc).__name__}: {exc}"
    # the innermost frame of the original failure says where, which is what a bug report needs
    cause = exc.__cause__ if isinstance(exc, StageError) else exc
    frames = traceback.extract_tb(cause.__traceback__) if cause is not None else []
    if frames:
        last = frames[-1]
        text += f" (at {os.path.basename(last.filename)}:{last.lineno} in {last.name})"
    return text


def encode_line(record: dict[str, Any]) -> str:
    """One JSON line, UTF-8 kept readable; ASCII-only where it holds a character some readers
    split lines on (``str.splitlines``) or a DEL or C1 control, so the only line break is the
    one ending the record and none acts on a terminal (json_text)."""
    return json_text.dumps(record, separators=(",", ":"), unsafe=json_text.RAW_LINE_BREAK)


def analyze_job(job: Job, settings: WorkerSettings) -> Outcome:
    """Analyse one article; any exception becomes a :class:`Failed` naming the stage."""
    setup_error = prepare(settings)
    if setup_error is not None:
        return setup_error
    pipeline = pipeline_for(settings)
    try:
        report = pipeline.analyze(job.article)
    except Exception as exc:
        failure = Failure(job.id, job.path, job.line, stage_of(exc), _error_message(exc))
        return Failed(job.seq, failure)
    try:
        from factkit.render.to_json import report_to_dict

        record = {"input": {"id": job.id, "path": job.path, "line": job.line}}
        record.update(report_to_dict(report))
        markdown = None
        if settings.markdown:
            from factkit.render import render_report

            markdown = render_report(report, OutputFormat.MARKDOWN)
        return Done(job.seq, job.id, encode_line(record), markdown)
    except Exception as exc:
        return Failed(job.seq, Failure(job.id, job.path, job.line, "render", _error_message(exc)))


# --- local process pool: the settings live in the worker from its initializer ------------------

_LOCAL_SETTINGS: WorkerSettings | None = None


def init_local_worker(settings: WorkerSettings) -> None:
    """ProcessPoolExecutor initializer: build the pipeline once. Never raises (a raising
    initializer breaks the pool); a setup failure is reported by the first job instead.

    Ctrl-C is the runner's: it stops the run with one line and shuts the pool down. A terminal
    sends it to the whole process group, and a worker it interrupted printed a traceback, or,
    interrupted while holding the result queue's lock, left the others (and the runner's
    shutdown) waiting for it forever. The pool started this process with SIGINT blocked
    (``interrupts.sigint_blocked``), so a Ctrl-C during its imports waited; ignoring it drops
    that one, and unblocking restores the usual mask."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # not on Windows
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    global _LOCAL_SETTINGS
    _LOCAL_SETTINGS = settings
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    prepare(settings)


def _exit_with_parent(parent: int) -> None:
    """Leave when the runner is gone (killed -9, OOM): the pool's queues are shared by all its
    workers, so an orphan would otherwise wait on them forever, holding its memory."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def run_local_job(job: Job) -> Outcome:
    assert _LOCAL_SETTINGS is not None, "init_local_worker did not run"
    return analyze_job(job, _LOCAL_SETTINGS)


def local_worker_ready(_: int) -> tuple[int, SetupFailed | None]:
    """A no-op job: returns this worker's pid once its initializer has run (start-up check)."""
    assert _LOCAL_SETTINGS is not None
    return os.getpid(), prepare(_LOCAL_SETTINGS)
