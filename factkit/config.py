"""Config files: YAML validated by pydantic models (unknown keys are errors).

Precedence: the packaged ``default.yaml`` < the user's ``--config`` file < ``--set a.b=v``
overrides. ``load_config`` returns a fully filled, validated :class:`Config`; every error is one
line ``<file>: <dotted.field>: <reason>``.

The models live apart: :mod:`config_sections` and :mod:`config_verify` (a section a stage),
:mod:`config_schema` (the whole :class:`Config`), :mod:`config_requests` (what a desk request may
set), :mod:`config_yaml` (YAML text to data). Their public names stay importable from here.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from factkit.config_requests import REQUEST_SETTINGS, request_setting_problem
from factkit.config_schema import Config, field_at, render_default_yaml
from factkit.config_sections import (
    AttributionConfig,
    BatchConfig,
    CheckworthinessConfig,
    ClaimsConfig,
    EncoderConfig,
    ExtractiveConfig,
    IngestConfig,
    QuantitiesConfig,
    RenderConfig,
    ScoringConfig,
    Seq2SeqConfig,
    SplitterConfig,
    SummarizerConfig,
    TimesConfig,
)
from factkit.config_sources import DEFAULT_SOURCE, dotted_keys, set_by_overrides
from factkit.config_verify import VerifyConfig
from factkit.config_yaml import DuplicateKey, load_yaml, read_yaml, unreadable_value
from factkit.errors import ConfigError, input_name

# what config offered before its models moved out: importers keep importing it from here
__all__ = [
    "PACKAGED_DEFAULT",
    "REQUEST_SETTINGS",
    "AttributionConfig",
    "BatchConfig",
    "CheckworthinessConfig",
    "ClaimsConfig",
    "Config",
    "EncoderConfig",
    "ExtractiveConfig",
    "IngestConfig",
    "QuantitiesConfig",
    "RenderConfig",
    "ScoringConfig",
    "Seq2SeqConfig",
    "SplitterConfig",
    "SummarizerConfig",
    "TimesConfig",
    "VerifyConfig",
    "coerce_config",
    "load_config",
    "packaged_default_text",
    "parse_override",
    "render_default_yaml",
    "request_setting_problem",
    "with_overrides",
]


PACKAGED_DEFAULT = "default.yaml"


def packaged_default_text() -> str:
    return resources.files("factkit").joinpath(PACKAGED_DEFAULT).read_text(encoding="utf-8")


@cache
def _packaged_defaults() -> dict[str, Any]:
    """The packaged defaults as data, parsed once per process: the API's ``config=None`` loads
    them on every call (the YAML parse was a fifth of ``factkit.verify``'s time). Callers get a
    deep copy, never this dict."""
    data: dict[str, Any] = yaml.safe_load(packaged_default_text()) or {}
    return data


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def with_overrides(config: Config, overrides: Sequence[str]) -> Config:
    """``config`` with ``--set``-style overrides on top: what ``load_config`` would give with
    them after its own, without reading the file again (the desk keeps the config it started
    with, even if the file is edited while it runs)."""
    if not overrides:
        return config
    data = config.model_dump()
    set_keys = _apply_overrides(data, overrides)
    try:
        changed = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error("--set", exc)) from None
    changed.record_sources(set_by_overrides(config.sources, set_keys))
    return changed


def _apply_overrides(data: dict[str, Any], overrides: Sequence[str]) -> list[tuple[str, ...]]:
    """Set each ``KEY=VALUE`` in ``data``; the dotted keys set."""
    set_keys: list[tuple[str, ...]] = []
    for item in overrides:
        parts, value = parse_override(item)
        if isinstance(value, int | float) and not isinstance(value, bool) and _is_text(parts):
            # YAML reads '--set summarizer.seq2seq.revision=0123' as the number 83; a text
            # setting takes the text as typed
            value = item.partition("=")[2].strip()
        _apply_override(data, parts, value)
        set_keys.append(tuple(parts))
    return set_keys


def parse_override(item: str) -> tuple[list[str], Any]:
    """``"splitter.max_len=400"`` -> (["splitter", "max_len"], 400). Values are parsed as YAML."""
    if "=" not in item:
        raise ConfigError(f"--set {item}: expected KEY=VALUE, e.g. splitter.max_len=400")
    key, _, raw = item.partition("=")
    parts = [p for p in key.strip().split(".") if p]
    if not parts:
        raise ConfigError(f"--set {item}: empty key")
    try:
        value = load_yaml(raw) if raw.strip() else None
    except DuplicateKey as exc:  # a mapping, mistyped: not to be read as a plain string
        raise ConfigError(f"--set {key.strip()}: invalid YAML value: {exc.problem}") from None
    except yaml.YAMLError:
        value = raw
    except RecursionError:
        raise ConfigError(f"--set {key.strip()}: invalid YAML value: nested too deeply") from None
    except ValueError as exc:
        why = unreadable_value(exc)
        raise ConfigError(f"--set {key.strip()}: invalid YAML value: {why}") from None
    return parts, value


def _apply_override(data: dict[str, Any], parts: list[str], value: Any) -> None:
    node = data
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value


def _format_validation_error(label: str, exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]) or "<root>"
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return f"{label}: {loc}: {msg}"


def _is_text(parts: list[str]) -> bool:
    """Whether the dotted setting is a text field (``str`` or ``str | None``)."""
    field = field_at(parts)
    return field is not None and field.annotation in (str, str | None)


def load_config(
    path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()
) -> Config:
    """Fill and validate a config: packaged defaults < ``path`` < ``overrides``."""
    data = copy.deepcopy(_packaged_defaults())
    label = DEFAULT_SOURCE
    sources: dict[str, str] = {}
    if path is not None:
        label = input_name(str(path))
        from_file = read_yaml(Path(path), label)
        data, sources = _deep_merge(data, from_file), dict.fromkeys(dotted_keys(from_file), label)
    set_keys = _apply_overrides(data, overrides)
    try:
        config = Config.model_validate(data)
        config.record_sources(set_by_overrides(sources, set_keys))
        return config
    except ValidationError as exc:
        # blame --set when the failing setting is (in) one it gave, not the file it overrode
        loc = tuple(str(p) for p in exc.errors()[0]["loc"])
        if (path is None and overrides) or any(
            loc[: len(k)] == k or k[: len(loc)] == loc for k in set_keys
        ):
            label = "--set"
        raise ConfigError(_format_validation_error(label, exc)) from None


def coerce_config(config: Config | str | Path | None) -> Config:
    """Accept a Config, a path to a YAML file, or None (defaults) -- for the Python API."""
    if config is None:
        return load_config()
    if isinstance(config, Config):
        return config
    return load_config(config)
