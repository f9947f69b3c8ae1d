"""Tests for the seq2seq summarizer on a tiny random BART built here (no hub, no download).

The model's output is noise; what is tested is loading, chunking within the token limit,
batched generation, the map-reduce path, length handling and the load error messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factkit.config import Config, load_config
from factkit.document import Article
from factkit.errors import ModelLoadError
from factkit.split import split_sentences
from factkit.summarization import build_summarizer
from factkit.summarization.select import count_words
from factkit.summarization.seq2seq import Seq2SeqSummarizer, split_generated

MAX_POSITIONS = 64

TRAIN_TEXT = [
    "The council approved the budget for schools on Monday after a long debate.",
    "Police said the fire started in a warehouse near the river late on Sunday.",
    "The minister told reporters that talks would resume next week in Geneva.",
    "Prices rose by 3 percent in March, the statistics office said.",
    "Thousands of people marched through the capital to demand new elections.",
]


def _long_article(n_paragraphs: int) -> str:
    return "\n\n".join(
        " ".join(TRAIN_TEXT[(p + i) % len(TRAIN_TEXT)] for i in range(3))
        for p in range(n_paragraphs)
    )


@pytest.fixture(scope="session")
def tiny_bart(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-bart")
    raw = ByteLevelBPETokenizer()
    raw.train_from_iterator(
        TRAIN_TEXT * 20,
        vocab_size=1000,
        min_frequency=1,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
    )
    raw.save(str(folder / "raw-tokenizer.json"))
    tokenizer = BartTokenizerFast(
        tokenizer_file=str(folder / "raw-tokenizer.json"), model_max_length=MAX_POSITIONS
    )
    tokenizer.save_pretrained(str(folder))
    config = BartConfig(
        vocab_size=len(tokenizer),
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=MAX_POSITIONS,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        forced_bos_token_id=None,
        forced_eos_token_id=None,
    )
    torch.manual_seed(0)
    BartForConditionalGeneration(config).save_pretrained(str(folder))
    return folder


def _config(model: str, **seq2seq: Any) -> Config:
    overrides = ["summarizer.kind=seq2seq", f"summarizer.seq2seq.model={model}"]
    defaults = {"num_beams": 1, "min_length": 2, "max_length": 12, "batch_size": 3}
    overrides += [f"summarizer.seq2seq.{k}={v}" for k, v in {**defaults, **seq2seq}.items()]
    return load_config(overrides=overrides)


def test_short_article_is_one_pass(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart)))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    assert summarizer.max_input == MAX_POSITIONS
    text = TRAIN_TEXT[0]
    summary = summarizer.summarize(Article(text=text), split_sentences(text), n_sentences=3)
    assert summary.method == "seq2seq"
    assert summary.model == str(tiny_bart)
    assert summary.strategy == "single"
    for s in summary.sentences:
        assert s.index is None and s.start is None and s.text


def test_long_article_is_chunked_within_the_limit(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart)))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    text = _long_article(8)
    body = [s.text for s in split_sentences(text) if s.kind == "body"]
    chunks = summarizer.chunk(body)
    assert len(chunks) > 2
    # every sentence lands in exactly one chunk, in order, and every model input fits
    assert sum(c.n_sentences for c in chunks) == len(body)
    all_ids = [i for c in chunks for i in c.ids]
    assert all_ids == summarizer.tokenizer(body, add_special_tokens=False)["input_ids"][0] + [
        i
        for ids in summarizer.tokenizer(body[1:], add_special_tokens=False)["input_ids"]
        for i in ids
    ]
    assert all(len(summarizer.model_inputs(c)) <= MAX_POSITIONS for c in chunks)
    summary = summarizer.summarize(Article(text=text), split_sentences(text), n_sentences=1)
    # many chunk summaries are more than one sentence: they were summarized again
    assert summary.strategy == "map-reduce"
    assert len(summary.sentences) == 1


def test_chunk_summaries_kept_when_short_enough(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart)))
    text = _long_article(3)
    summary = summarizer.summarize(Article(text=text), split_sentences(text), words=10_000)
    assert summary.strategy == "chunked"


def test_sentence_longer_than_the_limit_is_split_not_cut(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart)))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    giant = " and ".join(t.rstrip(".") for t in TRAIN_TEXT * 4) + "."
    ids = summarizer.tokenizer(giant, add_special_tokens=False)["input_ids"]
    chunks = summarizer.chunk([giant, TRAIN_TEXT[0]])
    assert len(ids) > MAX_POSITIONS
    assert [i for c in chunks for i in c.ids][: len(ids)] == ids
    assert all(len(summarizer.model_inputs(c)) <= MAX_POSITIONS for c in chunks)
    summary = summarizer.summarize(Article(text=giant), split_sentences(giant))
    assert summary.strategy in ("chunked", "map-reduce")


def test_max_input_tokens_setting_shrinks_chunks(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart), max_input_tokens=24))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    chunks = summarizer.chunk([s for s in TRAIN_TEXT])
    assert len(chunks) >= len(TRAIN_TEXT) - 1
    assert all(len(summarizer.model_inputs(c)) <= 24 for c in chunks)


def test_prefix_is_added_to_every_chunk(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart), prefix="'summarize: '"))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    chunk = summarizer.chunk([TRAIN_TEXT[1]])[0]
    decoded = summarizer.tokenizer.decode(summarizer.model_inputs(chunk), skip_special_tokens=True)
    assert decoded.startswith("summarize: ")


def test_missing_folder_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(_config(str(missing)))
    message = str(err.value)
    assert str(missing) in message and "\n" not in message


def test_unknown_hub_name_says_where_it_looked_and_how_to_fix(tmp_path: Path) -> None:
    cache = tmp_path / "hf-cache"
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(_config("factkit-tests/no-such-model", cache_dir=str(cache)))
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
        build_summarizer(_config("models/tiny-t5", cache_dir=str(tmp_path / "hf-cache")))
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
        build_summarizer(_config(str(tmp_path)))
    message = str(err.value)
    assert "\n" not in message and str(tmp_path) in message and f"cause: {cause}" in message


def test_a_folder_without_tokenizer_files_is_one_line(tiny_bart: Path, tmp_path: Path) -> None:
    # a model saved without its tokenizer: transformers built an empty tokenizer from
    # config.json, every sentence encoded to nothing, and the summary was "" with exit 0
    import shutil

    for name in ("config.json", "model.safetensors"):
        shutil.copy(tiny_bart / name, tmp_path / name)
    with pytest.raises(ModelLoadError) as err:
        build_summarizer(_config(str(tmp_path)))
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
        build_summarizer(_config(str(entry)))
    message = str(err.value)
    assert "\n" not in message and "a Hugging Face cache entry" in message
    assert f"model: acme/tiny-bart and cache_dir: {tmp_path / 'hub'}" in message
    summarizer = build_summarizer(_config("acme/tiny-bart", cache_dir=str(tmp_path / "hub")))
    assert summarizer.summarize(Article(text=TRAIN_TEXT[0]), split_sentences(TRAIN_TEXT[0])).text


def test_split_generated() -> None:
    assert split_generated('He said "No." Then he left. 3 people stayed!') == [
        'He said "No."',
        "Then he left.",
        "3 people stayed!",
    ]
    assert split_generated("  ") == []


def test_length_bucketed_batches_keep_chunk_order(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart), batch_size=2))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    texts = [TRAIN_TEXT[0], " ".join(TRAIN_TEXT[:3]), TRAIN_TEXT[3], " ".join(TRAIN_TEXT[1:3])]
    chunks = [summarizer.chunk([t])[0] for t in texts]
    # each chunk's summary is the one it gets alone, whatever batch its length put it in
    assert summarizer.generate(chunks) == [summarizer.generate([c])[0] for c in chunks]


def test_budgets_hold_for_generated_text(tiny_bart: Path) -> None:
    summarizer = build_summarizer(_config(str(tiny_bart), min_length=10, max_length=30))
    text = _long_article(2)
    sentences = split_sentences(text)
    article = Article(text=text)
    assert len(summarizer.summarize(article, sentences, max_chars=25).text) <= 25
    summary = summarizer.summarize(article, sentences, words=4)
    assert sum(count_words(s.text) for s in summary.sentences) <= 4


def test_device_and_dtype_defaults_on_cpu() -> None:
    import torch

    from factkit.summarization.seq2seq import _pick_device, _pick_dtype

    assert _pick_device("cpu") == "cpu"
    assert _pick_dtype("auto", "cpu") == torch.float32
    assert _pick_dtype("bfloat16", "cpu") == torch.bfloat16
    if torch.cuda.is_available():
        assert _pick_device("auto") == "cuda"
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
        build_summarizer(_config(str(tiny_bart), device=device))
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"summarizer.seq2seq.device: {device}, but torch ")
    assert "device: auto or cpu" in message
