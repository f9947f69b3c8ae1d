"""Where each setting of a loaded config came from: a config file, ``--set`` or the packaged
defaults (``Config.sources``), and the model-load message that names it
(``configs/x.yaml: encoder.model_path: ...``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from factkit.errors import ModelLoadError

DEFAULT_SOURCE = "<default config>"
SET_SOURCE = "--set"


def dotted_keys(data: Mapping[str, Any], prefix: str = "") -> list[str]:
    """The dotted key of every value a config file gives (a section's values, not the section)."""
    keys: list[str] = []
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        keys.extend(dotted_keys(value, dotted + ".") if isinstance(value, dict) else [dotted])
    return keys


def set_by_overrides(
    sources: Mapping[str, str] | None, set_keys: Sequence[tuple[str, ...]]
) -> dict[str, str] | None:
    """``sources`` with each ``--set`` key (and whatever it replaced beneath it) from --set;
    ``None`` stays ``None`` (a Config the loader did not make)."""
    if sources is None:
        return None
    out = dict(sources)
    for parts in set_keys:
        key = ".".join(parts)
        for old in [k for k in out if k == key or k.startswith(key + ".")]:
            del out[old]
        out[key] = SET_SOURCE
    return out


def source_of(sources: Mapping[str, str], key: str) -> str:
    """Where the dotted setting ``key`` came from: a config file, ``--set`` (a section given
    whole counts for its settings), else the packaged defaults."""
    parts = key.split(".")
    for n in range(len(parts), 0, -1):
        if (found := sources.get(".".join(parts[:n]))) is not None:
            return found
    return DEFAULT_SOURCE


def name_source(sources: Mapping[str, str] | None, error: ModelLoadError) -> str:
    """The one line of a model that did not load, with where the setting it names
    (``error.setting``) came from in front: ``configs/x.yaml: encoder.model_path: ...``,
    ``--set: ...`` or ``<default config>: ...``. Just the error's line without ``sources`` (a
    Config the loader did not make) or a setting (a packaged file)."""
    if sources is None or error.setting is None:
        return str(error)
    return f"{source_of(sources, error.setting)}: {error}"
