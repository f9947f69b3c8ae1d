"""The run's config: ``config.batch`` with the caller's overrides (workers, engine, scheduler,
order) checked as the caller named them, the check that a resumed run keeps the config its output
was started with, and the engine that config asks for. Apart from ``runner.py`` so that the run
itself reads as its steps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from factkit.batching.arguments import CLI_ARGUMENTS, ArgumentNames
from factkit.batching.local import Engine, LocalEngine, SerialEngine
from factkit.batching.worker import WorkerSettings
from factkit.config import Config, coerce_config
from factkit.enums import BatchEngine
from factkit.errors import ConfigError

ENGINES: tuple[str, ...] = tuple(engine.value for engine in BatchEngine)


def effective_config(
    config: Config | str | Path | None,
    *,
    workers: int | None,
    engine: BatchEngine | str | None,
    scheduler: str | None,
    ordered: bool | None,
    names: ArgumentNames = CLI_ARGUMENTS,
) -> Config:
    """The config of the run: ``config.batch`` with the overrides given, each checked and named
    as ``names`` says (a ConfigError for a bad one)."""
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


def check_same_config(saved: Path, cfg: Config, names: ArgumentNames, *, required: bool) -> None:
    """A resumed run appends to OUT, so it must analyse with the config OUT was started with,
    which ``saved`` (its sidecar) holds. ``required``: OUT holds reports, so without a readable
    sidecar a changed config could not be seen; the run is refused rather than mixing reports of
    two configs in one output."""
    before = _saved_config(saved, names, required)
    if before is None:
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


def _saved_config(saved: Path, names: ArgumentNames, required: bool) -> dict[str, Any] | None:
    """The config in the sidecar ``saved``. One that is missing, unreadable or no mapping is
    refused when ``required``, else None (an output with no report has nothing to mix)."""
    try:
        before = yaml.safe_load(saved.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problem = "is missing"
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problem = f"cannot be read ({getattr(exc, 'strerror', None) or type(exc).__name__})"
    else:
        if isinstance(before, dict):
            return before
        problem = "holds no config"
    if not required:
        return None
    raise ConfigError(
        f"{names.resume}: {saved} (the config the output was started with) {problem}, so a "
        f"changed config could not be seen; start a new output without {names.resume}, or, if "
        f"the config is the same, put it back: factkit config show (with the run's --config and "
        f"--set) > {saved}"
    )


def _first_difference(a: Any, b: Any, where: str) -> str | None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            found = _first_difference(a.get(key), b.get(key), f"{where}.{key}")
            if found:
                return found
        return None
    return None if a == b else where


def make_engine(cfg: Config, settings: WorkerSettings, workers: int) -> Engine:
    if cfg.batch.engine == BatchEngine.SERIAL:
        return SerialEngine(settings)
    if cfg.batch.engine == BatchEngine.DASK:
        from factkit.batching.dask_engine import DaskEngine

        return DaskEngine(workers, settings, cfg.batch.scheduler, cfg.batch.chunk_size)
    return LocalEngine(workers, settings)
