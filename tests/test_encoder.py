"""The shared MiniLM encoder: offline load, normalised vectors, memo that never changes results."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from factkit.config import EncoderConfig
from factkit.encoder import MEMO_SIZE, SentenceEncoder, get_encoder
from factkit.errors import ModelLoadError

SENTENCES = [
    "The council approved the budget on Monday.",
    "Officials said the vote was close.",
    "A dog barked at the mail carrier.",
    "The budget was approved by the council on Monday.",
]


def test_vectors_are_normalised_and_semantic() -> None:
    vecs = get_encoder().encode(SENTENCES)
    assert vecs.shape == (4, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    sims = vecs @ vecs.T
    assert sims[0, 3] > 0.8 > sims[0, 2]  # paraphrase close, unrelated far


def test_memo_returns_the_same_vectors_in_any_order_and_batch() -> None:
    enc = get_encoder()
    first = enc.encode(SENTENCES)
    again = enc.encode([*reversed(SENTENCES), SENTENCES[0]], batch_size=1)
    assert np.array_equal(again[:4], first[::-1]) and np.array_equal(again[4], first[0])
    assert len(enc._memo) <= MEMO_SIZE


def test_uncached_vectors_match_memo_within_quantization_noise() -> None:
    # int8 dynamic quantization scales activations per batch, so a sentence's vector moves a
    # little with its batch-mates (cosine ~0.95-0.98); the memo pins the first one it saw.
    enc = get_encoder()
    cached = enc.encode(SENTENCES)
    direct = enc._encode_batches(SENTENCES, batch_size=3)
    assert np.all((cached * direct).sum(axis=1) > 0.9)


def test_empty_input() -> None:
    assert get_encoder().encode([]).shape == (0, 384)


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"encoder\.model_path: no model folder"):
        SentenceEncoder(EncoderConfig(model_path=str(tmp_path / "nope")))
