"""Tests for loading a seq2seq checkpoint (the tiny random BART of conftest.py): the one-line
errors for what does not load, and the device and dtype it runs with."""

from __future__ import annotations

from pathlib import Path

import pytest

from factkit.document import Article
from factkit.errors import ModelLoadError
from factkit.split import split_sentences
from factkit.summarization import build_summarizer
from tests.summarization.conftest import TRAIN_TEXT, seq2seq_config


def test_missing_folder_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config(str(missing)))
    message = str(err.value)
    assert str(missing) in message and "\n" not in message


def test_unknown_hub_name_says_where_it_looked_and_how_to_fix(tmp_path: Path) -> None:
    cache = tmp_path / "hf-cache"
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config("factkit-tests/no-such-model", cache_dir=str(cache)))
    message = str(err.value)
    assert "\n" not in message
    assert str(cache) in message
    assert "local_files_only: false" in message and "local folder" in message


def test_a_relative_folder_missing_here_says_where_it_was_read_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a config with model: models/tiny-t5, run from another directory, got "cannot load
    # 'models/tiny-t5' from the Hugging Face cache (use a local folder, ...)": it is one
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config("models/tiny-t5", cache_dir=str(tmp_path / "hf-cache")))
    message = str(err.value)
    assert "\n" not in message
    assert f"a relative path is read from the current directory, {tmp_path}" in message


@pytest.mark.parametrize(
    ("config_json", "weights", "cause"),
    [
        # a weights file that is no safetensors file raised SafetensorError, a traceback
        ('{"model_type": "bart"}', b"\x00" * 7 + b"not a safetensors header", "SafetensorError"),
        # a config.json that is a JSON list raised TypeError from the config class
        ("[]", None, "TypeError"),
    ],
)
def test_a_broken_checkpoint_folder_is_one_line(
    tmp_path: Path, config_json: str, weights: bytes | None, cause: str
) -> None:
    (tmp_path / "config.json").write_text(config_json, encoding="utf-8")
    if weights is not None:
        (tmp_path / "model.safetensors").write_bytes(weights)
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config(str(tmp_path)))
    message = str(err.value)
    assert "\n" not in message and str(tmp_path) in message and f"cause: {cause}" in message


def test_a_folder_without_tokenizer_files_is_one_line(tiny_bart: Path, tmp_path: Path) -> None:
    # a model saved without its tokenizer: transformers built an empty tokenizer from
    # config.json, every sentence encoded to nothing, and the summary was "" with exit 0
    import shutil

    for name in ("config.json", "model.safetensors"):
        shutil.copy(tiny_bart / name, tmp_path / name)
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config(str(tmp_path)))
    message = str(err.value)
    assert "\n" not in message and str(tmp_path) in message
    assert "encodes no text" in message and "tokenizer.save_pretrained" in message


def test_a_hub_cache_entry_named_as_a_folder_says_how_to_name_it(
    tiny_bart: Path, tmp_path: Path
) -> None:
    # model: ~/.cache/huggingface/hub/models--acme--tiny-bart said only "expected config.json"
    import shutil

    entry = tmp_path / "hub" / "models--acme--tiny-bart"
    shutil.copytree(tiny_bart, entry / "snapshots" / "0123abc")
    (entry / "refs").mkdir()
    (entry / "refs" / "main").write_text("0123abc", encoding="utf-8")  # the cache's layout
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config(str(entry)))
    message = str(err.value)
    assert "\n" not in message and "a Hugging Face cache entry" in message
    assert f"model: acme/tiny-bart and cache_dir: {tmp_path / 'hub'}" in message
    summarizer = build_summarizer(seq2seq_config("acme/tiny-bart", cache_dir=str(tmp_path / "hub")))
    assert summarizer.summarize(Article(text=TRAIN_TEXT[0]), split_sentences(TRAIN_TEXT[0])).text


def test_device_and_dtype_defaults_on_cpu() -> None:
    import torch

    from factkit.summarization.seq2seq_checkpoint import _pick_dtype, pick_device

    assert pick_device("cpu") == "cpu"
    assert _pick_dtype("auto", "cpu") == torch.float32
    assert _pick_dtype("bfloat16", "cpu") == torch.bfloat16
    if torch.cuda.is_available():
        assert pick_device("auto") == "cuda"
        assert _pick_dtype("auto", "cuda") in (torch.bfloat16, torch.float16)


@pytest.mark.parametrize("device", ["cuda", "mps"])
def test_a_device_torch_cannot_use_is_one_line(tiny_bart: Path, device: str) -> None:
    # device: cuda on a machine without CUDA was a traceback ("Torch not compiled with CUDA
    # enabled", exit 1) from moving the model
    import torch

    mps = getattr(torch.backends, "mps", None)
    usable = torch.cuda.is_available() if device == "cuda" else bool(mps and mps.is_available())
    if usable:
        pytest.skip(f"this machine has {device}")
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(seq2seq_config(str(tiny_bart), device=device))
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"summarizer.seq2seq.device: {device}, but torch ")
    assert "device: auto or cpu" in message
