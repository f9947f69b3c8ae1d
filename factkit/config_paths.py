"""The local files and folders a config names, checked without loading anything.

``factkit config validate`` read only the settings' types, so it said "ok" of a config whose
``encoder.model_path`` named no folder, and the run then stopped at pipeline setup. It now names
the setting, as the run would, before any model is loaded.
"""

from __future__ import annotations

from functools import reduce
from pathlib import Path

from factkit.config import Config
from factkit.config_sources import source_of

__all__ = ["LOCAL_PATHS", "missing_path", "names_a_folder"]

# setting -> what it must name (relative paths are read from the current directory, as the run
# reads them); summarizer.seq2seq.model is checked apart: only a path-like name is a folder
LOCAL_PATHS: tuple[tuple[str, str], ...] = (
    ("encoder.model_path", "folder"),
    ("claims.attribution.cues_file", "file"),
    ("checkworthiness.model_path", "file"),
)


def missing_path(config: Config) -> str | None:
    """``configs/x.yaml: encoder.model_path: no folder at /x`` for the first path setting that
    names nothing of its kind, or None when every one given does."""
    for key, kind in LOCAL_PATHS:
        value = reduce(getattr, key.split("."), config)
        if not value:
            continue
        path = Path(str(value))
        if not (path.is_dir() if kind == "folder" else path.is_file()):
            return f"{source_of(config.sources or {}, key)}: {key}: no {kind} at {path}"
    return _missing_seq2seq_folder(config)


def names_a_folder(model: str) -> bool:
    """Whether ``summarizer.seq2seq.model`` names a local folder rather than a hub name
    ("org/name"): it starts with ".", "/" or "~", holds a backslash, or is there."""
    return model.startswith((".", "/", "~")) or "\\" in model or Path(model).expanduser().exists()


def _missing_seq2seq_folder(config: Config) -> str | None:
    """The seq2seq model setting naming a folder with no ``config.json``, as the run refuses it
    (``validate`` said "ok" of ``model: /nonexistent/model``), when the seq2seq summarizer runs."""
    model = config.summarizer.seq2seq.model
    if config.summarizer.kind != "seq2seq" or not model or not names_a_folder(model):
        return None
    folder = Path(model).expanduser()
    if (folder / "config.json").is_file():
        return None
    key = "summarizer.seq2seq.model"
    where = source_of(config.sources or {}, key)
    return f"{where}: {key}: no model folder at {folder} (expected config.json there)"
