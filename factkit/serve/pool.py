"""Analysis off the event loop: a bounded pool of worker processes, each building its pipeline
(and loading its models) once, as ``factkit batch`` workers do -- the same initializer and the same
per-process pipeline cache (:mod:`factkit.batching.worker`).

``workers=0`` runs analysis in one thread of the server process instead (tests, debugging).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import signal
import tempfile
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from factkit.batching.interrupts import sigint_blocked
from factkit.batching.worker import (
    SetupFailed,
    WorkerSettings,
    init_local_worker,
    local_worker_ready,
    pipeline_for,
    prepare,
    stage_of,
    worker_config,
    worker_sources,
)
from factkit.config import Config, request_setting_problem, with_overrides
from factkit.errors import FactkitError, InputError, located

UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json")
MAX_OVERRIDE_SETS = 4
"""Distinct ``config_overrides`` a server accepts: each builds (and keeps) its own pipeline in
every worker, so memory is bounded by this many pipelines beside the default one."""


class AnalysisError(Exception):
    """An analysis the server answers with an error status (422 bad input, 500 failure, 503
    busy)."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field


# --- in the worker --------------------------------------------------------------------------------
def _article(payload: dict[str, Any], cfg: Config) -> Any:
    from factkit.ingest import article_from_text, is_blank, read_article

    filename = payload.get("filename")
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix and suffix not in (".txt", ""):
        # an uploaded file: the project's reader, by extension (HTML main text, Markdown title,
        # the first record of a JSON file); no URL is ever fetched
        if suffix not in UPLOAD_SUFFIXES:
            raise AnalysisError(422, f"filename: {suffix} files are not supported", "filename")
        fd, path = tempfile.mkstemp(suffix=suffix)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload["text"])
            article = read_article(path, cfg.ingest)
        except InputError as exc:  # named after the upload, not the temp file it was read from
            where = located(str(filename), exc.line, exc.column)
            why = exc.reason.replace(path, str(filename))  # a hint may name the file too
            raise AnalysisError(422, f"text: {where}: {why}", "text") from None
        finally:
            os.unlink(path)
        # a JSON record's own id is kept, as batch (and so `batch --db`) gives it (the reader
        # refuses one no URL could name); the reader's default, the temp file's name, is not
        own_id = article.id if article.id != Path(path).stem else ""
        article = dataclasses.replace(article, source_path=None, id=own_id)
    else:
        try:
            article = article_from_text(payload["text"], config=cfg.ingest)
        except InputError as exc:  # past ingest.max_chars: it read "-: ..." with no field
            where = f"{filename}: " if filename else ""
            raise AnalysisError(422, f"text: {where}{exc.reason}", "text") from None
    if is_blank(article.text):  # the command line's test: invisible marks only is empty too
        raise AnalysisError(422, f"text: {filename or 'text'}: the article is empty", "text")
    changes: dict[str, Any] = {}
    if payload.get("title"):
        changes["title"] = payload["title"]
    if payload.get("date"):
        changes["date"] = dt.date.fromisoformat(payload["date"])
    if payload.get("id"):
        changes["id"] = payload["id"]
    elif not article.id:
        from factkit.serve.storage import article_id_for

        changes["id"] = article_id_for(article.text)
    return dataclasses.replace(article, **changes)


def analyze_payload(settings: WorkerSettings, payload: dict[str, Any]) -> dict[str, Any]:
    """Analyse one request in this worker: ``{"report": <JSON contract>, "text": <article>}``
    or ``{"error": ..., "status": ...}``."""
    from factkit.render.to_json import report_to_dict

    failed = prepare(settings)
    if failed is not None:
        return {"status": 500, "error": failed.message}
    pipeline = pipeline_for(settings)
    try:
        article = _article(payload, pipeline.config)
    except AnalysisError as exc:
        return {"status": exc.status, "error": exc.message, "field": exc.field}
    except FactkitError as exc:
        return {"status": 422, "error": str(exc), "field": payload.get("filename") and "text"}
    try:
        report = pipeline.analyze(article)
    except Exception as exc:
        return {"status": 500, "error": f"{stage_of(exc)}: {type(exc).__name__}: {exc}"}
    return {"report": report_to_dict(report), "text": article.text}


def _summary_prose(summary: str, filename: str | None) -> str:
    """The summary to check: an uploaded file's prose, read by its name's suffix as `factkit
    verify` reads the file (Markdown markup blanked, an HTML page's main text, a JSON
    summary's ``text``), else the text as sent. Nothing to check -> InputError."""
    from factkit.ingest import summary_problem
    from factkit.summary_file import summary_text

    prose = summary_text(summary, filename) if filename else summary
    if filename and (why := summary_problem(prose)):
        raise InputError(why, path=filename)
    return prose


def verify_payload(
    settings: WorkerSettings, source: str, summary: str, summary_filename: str | None = None
) -> dict[str, Any]:
    from factkit.ingest import article_from_text, check_size
    from factkit.render.to_json import verification_to_dict

    failed = prepare(settings)
    if failed is not None:
        return {"status": 500, "error": failed.message}
    pipeline = pipeline_for(settings)
    try:  # past ingest.max_chars: a 422, as /api/analyze (it escaped as a 500 and a traceback)
        article = article_from_text(source, config=pipeline.config.ingest)
    except InputError as exc:
        return {"status": 422, "error": f"source: {exc.reason}", "field": "source"}
    try:
        check_size(summary, None, None, pipeline.config.ingest, "summary")
        summary = _summary_prose(summary, summary_filename)
    except InputError as exc:
        where = f"{summary_filename}: " if summary_filename else ""
        return {"status": 422, "error": f"summary: {where}{exc.reason}", "field": "summary"}
    try:
        result = pipeline.verifier.verify(summary, article, pipeline.split(article))
    except Exception as exc:
        return {"status": 500, "error": f"{stage_of(exc)}: {type(exc).__name__}: {exc}"}
    data = verification_to_dict(result, article)
    data["all_supported"] = result.all_supported
    return data


WARM_UP_TEXT = (
    "LONDON (Reuters) - The city council said on Tuesday that 1,200 homes had been built in 2023, "
    'up 12% from a year earlier.\n\n"We expect more next year," Mayor Jane Smith told '
    "reporters. Officials said the plan would cost $3.5 million.\n"
)


def _warm(settings: WorkerSettings) -> SetupFailed | None:
    """Build the pipeline and run it once on a short text: the first analysis in a process pays
    one-off costs (tokenizer and torch start-up) that no request should see."""
    failed = prepare(settings)
    if failed is None:
        from factkit.ingest import article_from_text

        with contextlib.suppress(Exception):
            pipeline_for(settings).analyze(article_from_text(WARM_UP_TEXT))
    return failed


def init_serve_worker(settings: WorkerSettings) -> None:
    """Pool initializer: the batch worker's (pipeline built once, exit with the parent), then one
    warm-up analysis. Never raises; a setup failure is reported by the start-up probe.

    SIGINT is ignored: a terminal's Ctrl-C reaches the whole process group, and each worker
    printed a KeyboardInterrupt traceback; the server stops them when it shuts down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init_local_worker(settings)
    _warm(settings)


def _warm_thread(settings: WorkerSettings) -> None:
    failed = _warm(settings)
    if failed is not None:
        raise FactkitError(failed.message)


# --- in the server --------------------------------------------------------------------------------
class AnalysisPool:
    def __init__(
        self,
        config: Config,
        *,
        workers: int,
        max_queue: int = 64,
    ) -> None:
        self.config = config  # a request's config_overrides apply on top of it, not the file
        self.workers = workers
        self.max_queue = max_queue
        self.settings = WorkerSettings(config=worker_config(config), sources=worker_sources(config))
        self._executor: Executor | None = None
        self._waiting = 0
        self._override_keys: set[str] = set()

    def _new_executor(self) -> Executor:
        if self.workers == 0:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="factkit-analyze")
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_serve_worker,
            initargs=(self.settings,),
        )

    def start(self) -> None:
        """Start the workers and wait until each has built its pipeline, so the first request is
        already warm and a missing model stops the server before it listens."""
        self._executor = self._new_executor()
        if self.workers == 0:
            self._executor.submit(_warm_thread, self.settings).result()
            return
        pids: set[int] = set()
        while len(pids) < self.workers:
            with sigint_blocked():  # workers are spawned here (batching/interrupts.py)
                probes = [self._executor.submit(local_worker_ready, i) for i in range(self.workers)]
            for probe in probes:
                pid, failed = probe.result()
                if failed is not None:
                    raise FactkitError(failed.message)
                pids.add(pid)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def stop(self) -> None:
        """At server shutdown: end the workers now, even one deep in a long analysis (uvicorn has
        already given up on its request), and wait for them. Python's exit joins the pool's
        manager thread, which would otherwise wait for that analysis to finish."""
        executor, self._executor = self._executor, None
        if isinstance(executor, ProcessPoolExecutor):
            # first: a shutdown(wait=False) forgets the workers, so a later wait joins nothing
            for child in multiprocessing.active_children():  # the server's only children
                child.terminate()
            executor.shutdown(wait=True, cancel_futures=True)
        elif executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)  # in-process: cannot be stopped

    def settings_for(self, overrides: dict[str, Any] | None) -> WorkerSettings:
        """The worker settings for a request's ``config_overrides`` (``{"summarizer.enabled":
        false}``); a bad key or value, or a setting only the server's config may set
        (:data:`factkit.config.REQUEST_SETTINGS`), is a 422 naming it."""
        if not overrides:
            return self.settings
        for key in overrides:  # before anything is built or loaded from what the request names
            if why := request_setting_problem(key):
                shown = " ".join(str(key).split())[:100]  # one line, however the key is made
                raise AnalysisError(422, f"config_overrides: {shown}: {why}", "config_overrides")
        items = [f"{key}={json.dumps(value)}" for key, value in overrides.items()]
        try:
            cfg = with_overrides(self.config, items)
        except FactkitError as exc:  # with_overrides names the command line's --set; here it is
            why = str(exc).removeprefix("--set: ")  # the request's config_overrides
            raise AnalysisError(422, f"config_overrides: {why}", "config_overrides") from None
        settings = WorkerSettings(config=worker_config(cfg), sources=worker_sources(cfg))
        if settings.key != self.settings.key and settings.key not in self._override_keys:
            if len(self._override_keys) >= MAX_OVERRIDE_SETS:
                raise AnalysisError(
                    422,
                    f"config_overrides: this server already runs {MAX_OVERRIDE_SETS} other "
                    "configs; start one with --config for this setting",
                    "config_overrides",
                )
            self._override_keys.add(settings.key)
        return settings

    async def _run(self, fn: Any, *args: Any) -> dict[str, Any]:
        if self._executor is None:
            raise AnalysisError(503, "the analysis workers are not running")
        if self._waiting >= self.max_queue:
            raise AnalysisError(503, "the desk is busy: too many analyses waiting; retry shortly")
        self._waiting += 1
        try:
            with sigint_blocked():  # a new pool spawns its workers here
                future = self._executor.submit(fn, *args)
            result: dict[str, Any] = await asyncio.wrap_future(future)
        except BrokenProcessPool:
            # a worker died (crash, out of memory): start a fresh pool for the next requests
            with contextlib.suppress(Exception):
                self.close()
            self._executor = self._new_executor()
            raise AnalysisError(500, "an analysis worker died (crash or out of memory)") from None
        finally:
            self._waiting -= 1
        if "error" in result:
            raise AnalysisError(int(result["status"]), result["error"], result.get("field"))
        return result

    async def analyze(
        self, payload: dict[str, Any], overrides: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        settings = self.settings_for(overrides)
        try:
            return await self._run(analyze_payload, settings, payload)
        except AnalysisError as exc:
            # a pipeline the request's overrides asked for (a model that is not there) is the
            # request's mistake, not the server's
            prefix = "pipeline setup failed: "
            if settings is self.settings or not exc.message.startswith(prefix):
                raise
            why = exc.message.removeprefix(prefix)
            raise AnalysisError(422, f"config_overrides: {why}", "config_overrides") from None

    async def verify(
        self, source: str, summary: str, summary_filename: str | None = None
    ) -> dict[str, Any]:
        return await self._run(verify_payload, self.settings, source, summary, summary_filename)
