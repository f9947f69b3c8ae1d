"""Loading a seq2seq checkpoint: where ``from_pretrained`` reads it from (a folder or the
hub cache), the device and dtype it runs with, and the one-line errors for what does not load.

Kept apart from the summarizer: this is everything that touches files, the hub cache and
torch's devices before a single token is generated, and every failure here is a setting the
user fixes (``ModelLoadError`` naming it), not a summary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factkit.config import Seq2SeqConfig
from factkit.config_paths import names_a_folder
from factkit.errors import ModelLoadError

MODEL_SETTING = "summarizer.seq2seq.model"  # the setting a model that does not load names


def _hub_cache_dir(cache_dir: str | None) -> str:
    if cache_dir:
        return cache_dir
    from huggingface_hub import constants

    return str(constants.HF_HUB_CACHE)


def pick_device(wanted: str) -> str:
    """The device to run on; a forced one torch cannot use is a ModelLoadError (moving the
    model there was a traceback: "Torch not compiled with CUDA enabled")."""
    import torch

    mps = getattr(torch.backends, "mps", None)
    usable = {
        "cuda": torch.cuda.is_available(),
        "mps": mps is not None and mps.is_available(),
        "cpu": True,
    }
    if wanted == "auto":
        return next(device for device, ok in usable.items() if ok)
    if not usable.get(wanted, True):
        raise ModelLoadError(
            f"{wanted}, but torch {torch.__version__} cannot use it here (no {wanted.upper()} "
            "device, or a build without it); use device: auto or cpu",
            setting="summarizer.seq2seq.device",
        )
    return wanted


def _pick_dtype(wanted: str, device: str) -> Any:
    import torch

    if wanted == "auto":
        # half precision only where it is fast and supported; CPU stays float32. bfloat16 on
        # CUDA when the GPU supports it (float16's range overflows in some checkpoints' layers)
        if device == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float16 if device == "mps" else torch.float32
    return getattr(torch, wanted)


def load_checkpoint(settings: Seq2SeqConfig) -> tuple[Any, Any]:
    """Tokenizer and model from a local folder or the hub/HF cache; ModelLoadError when missing."""
    import transformers
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    name = settings.model or ""
    is_hub = not names_a_folder(name)
    source, kwargs, where = _model_source(settings, name, is_hub)
    device = pick_device(settings.device)
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, **kwargs)
        model_kwargs = dict(kwargs)
        model_kwargs["dtype"] = _pick_dtype(settings.dtype, device)
        model = AutoModelForSeq2SeqLM.from_pretrained(source, **model_kwargs)
    except Exception as exc:  # any failure to read the user's checkpoint is theirs to fix
        # transformers raises OSError/ValueError for what it checks; a corrupt weights file
        # (SafetensorError) or a config.json that is a list (TypeError) escaped as a traceback
        raise _load_error(exc, name, where, is_hub and settings.local_files_only) from None
    _check_tokenizer(tokenizer, name, where)
    return tokenizer, model


def _model_source(
    settings: Seq2SeqConfig, name: str, is_hub: bool
) -> tuple[str, dict[str, Any], str]:
    """What ``from_pretrained`` reads the model ``name`` from (a hub name, or a folder), its
    keyword arguments, and where that is in words; ModelLoadError for a folder with no model."""
    kwargs: dict[str, Any] = {"trust_remote_code": False}
    if not is_hub:
        path = Path(name).expanduser()
        if not (path / "config.json").is_file():
            raise ModelLoadError(_no_model_folder(path), setting=MODEL_SETTING)
        kwargs["local_files_only"] = True
        if any(path.glob("*.safetensors")):
            kwargs["use_safetensors"] = True
        return str(path), kwargs, f"folder {path}"
    kwargs.update(
        revision=settings.revision,
        cache_dir=settings.cache_dir,
        local_files_only=settings.local_files_only,
    )
    return name, kwargs, f"Hugging Face cache {_hub_cache_dir(settings.cache_dir)}"


def _load_error(exc: Exception, name: str, where: str, hub_only: bool) -> ModelLoadError:
    """The one-line error for a checkpoint ``from_pretrained`` could not read (``hub_only``: a
    hub name that may only be read from the cache)."""
    hint = (
        # 'models/tiny-t5' from another directory reads as a hub name: say where folders are
        f"use a local folder (a relative path is read from the current directory, "
        f"{Path.cwd()}), or set summarizer.seq2seq.local_files_only: false on a machine "
        "with hub access to download it"
        if hub_only
        else "check the name/revision and that the folder holds a seq2seq checkpoint"
    )
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if not isinstance(exc, OSError | ValueError | KeyError):
        first_line = f"{type(exc).__name__}: {first_line}"
    return ModelLoadError(
        f"cannot load {name!r} from the {where} ({hint}); cause: {first_line}",
        setting=MODEL_SETTING,
    )


def _no_model_folder(path: Path) -> str:
    """Why ``path`` is no model folder, and for a Hugging Face cache entry
    (``hub/models--org--name``, which holds ``snapshots/<hash>/``) how to name it instead."""
    if path.name.startswith("models--") and (path / "snapshots").is_dir():
        hub_name = path.name.removeprefix("models--").replace("--", "/")
        return (
            f"{path} is a Hugging Face cache entry, not a model folder: set model: {hub_name} "
            f"and cache_dir: {path.parent}, or point model at a folder under "
            f"{path / 'snapshots'}"
        )
    return (
        f"no model folder at {path} (expected config.json and weights there; point it at a "
        "folder saved with save_pretrained)"
    )


def _check_tokenizer(tokenizer: Any, name: str, where: str) -> None:
    """A ModelLoadError when the tokenizer reads no words: from a folder without tokenizer
    files, transformers builds an empty one from config.json, and every summary came out ""."""
    ids = tokenizer("The council approved the budget.", add_special_tokens=False)["input_ids"]
    if not ids or all(i == tokenizer.unk_token_id for i in ids):
        raise ModelLoadError(
            f"the tokenizer of {name!r} in the {where} encodes no text (are its tokenizer files "
            "missing? save them beside the model with tokenizer.save_pretrained)",
            setting=MODEL_SETTING,
        )
