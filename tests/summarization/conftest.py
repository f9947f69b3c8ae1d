"""What the summarization tests share: a tiny random BART built here (no hub, no download)
for the seq2seq summarizer's tests, and the config that runs it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factkit.config import Config, load_config

MAX_POSITIONS = 64

TRAIN_TEXT = [
    "The council approved the budget for schools on Monday after a long debate.",
    "Police said the fire started in a warehouse near the river late on Sunday.",
    "The minister told reporters that talks would resume next week in Geneva.",
    "Prices rose by 3 percent in March, the statistics office said.",
    "Thousands of people marched through the capital to demand new elections.",
]


def long_article(n_paragraphs: int) -> str:
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


def seq2seq_config(model: str, **seq2seq: Any) -> Config:
    overrides = ["summarizer.kind=seq2seq", f"summarizer.seq2seq.model={model}"]
    defaults = {"num_beams": 1, "min_length": 2, "max_length": 12, "batch_size": 3}
    overrides += [f"summarizer.seq2seq.{k}={v}" for k, v in {**defaults, **seq2seq}.items()]
    return load_config(overrides=overrides)
