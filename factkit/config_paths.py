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
    return _missing_seq2seq_folder(config) or _uncached_seq2seq_model(config)


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


def _uncached_seq2seq_model(config: Config) -> str | None:
    """The seq2seq hub name the run may read only from the Hugging Face cache
    (``local_files_only``, the default) when the cache lacks its ``config.json``: ``validate``
    said "ok" of ``model: org/not-downloaded`` and the run stopped at pipeline setup."""
    settings = config.summarizer.seq2seq
    model = settings.model
    if config.summarizer.kind != "seq2seq" or not model or names_a_folder(model):
        return None
    if not settings.local_files_only:
        return None  # the run downloads it
    # imported here: the command line starts without the hub client
    from huggingface_hub import constants, try_to_load_from_cache
    from huggingface_hub.errors import HFValidationError

    try:
        found = try_to_load_from_cache(
            model, "config.json", cache_dir=settings.cache_dir, revision=settings.revision
        )
    except HFValidationError:  # no hub name at all ("a b"): nothing of it can be cached
        found = None
    if isinstance(found, str):
        return None
    key = "summarizer.seq2seq.model"
    cache = settings.cache_dir or constants.HF_HUB_CACHE
    return (
        f"{source_of(config.sources or {}, key)}: {key}: {model!r} is not in the Hugging Face "
        f"cache {cache} (name a local folder, or set summarizer.seq2seq.local_files_only: false "
        "to download it)"
    )
