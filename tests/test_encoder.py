"""The shared MiniLM encoder: offline load, normalised vectors that depend only on the call."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from factkit.config import EncoderConfig
from factkit.encoder import SentenceEncoder, get_encoder, model_folder
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


def test_vectors_depend_only_on_the_call_not_on_what_came_before() -> None:
    # int8 quantization scales activations per batch, so a vector depends on its batch-mates;
    # without a memo across calls, the same call gives the same vectors whatever ran before
    enc = get_encoder()
    first = enc.encode(SENTENCES)
    enc.encode([SENTENCES[0]])  # the same sentence in another batch: a different vector
    enc.encode(["An unrelated sentence about weather in the mountains.", *SENTENCES[1:]])
    assert np.array_equal(enc.encode(SENTENCES), first)


def test_a_sentence_repeated_in_one_call_gets_one_vector() -> None:
    vecs = get_encoder().encode([*SENTENCES, SENTENCES[0]])
    assert np.array_equal(vecs[4], vecs[0])


def test_batching_moves_vectors_only_within_quantization_noise() -> None:
    enc = get_encoder()
    together = enc.encode(SENTENCES)
    one_by_one = np.stack([enc.encode([s])[0] for s in SENTENCES])
    assert np.all((together * one_by_one).sum(axis=1) > 0.9)


def test_empty_input() -> None:
    assert get_encoder().encode([]).shape == (0, 384)


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match=r"encoder\.model_path: no model folder"):
        SentenceEncoder(EncoderConfig(model_path=str(tmp_path / "nope")))


def test_a_folder_without_a_model_is_no_model_folder(tmp_path: Path) -> None:
    # `--set encoder.model_path=articles/` was reported by the check-worthiness weights as an
    # encoder mismatch, naming neither the setting nor the missing config.json
    (tmp_path / "notes.txt").write_text("not a model", encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"encoder\.model_path: no model folder at "):
        model_folder(EncoderConfig(model_path=str(tmp_path)))


# --- the plain-torch BERT path (factkit._bert) against transformers' ---------------------------

ODD_SENTENCES = [
    *SENTENCES,
    "",
    "Café naïve résumé: “quoted” — 2,024 people (95%) said so.",
    "中文句子测试。",
    "An emoji 😀 and a URL https://example.com/a?b=c.",
    "word " * 300,  # truncated at max_tokens
]


@pytest.mark.parametrize("quantize", [False, True])
def test_plain_torch_bert_matches_transformers(
    quantize: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factkit import _bert

    fast = SentenceEncoder(EncoderConfig(quantize=quantize))
    assert isinstance(fast.tokenizer, _bert.WordPieceTokenizer)
    monkeypatch.setattr(_bert, "supports", lambda path: False)
    slow = SentenceEncoder(EncoderConfig(quantize=quantize))
    assert not isinstance(slow.tokenizer, _bert.WordPieceTokenizer)

    def ids(enc: SentenceEncoder) -> list[list[int]]:
        out = enc.tokenizer(ODD_SENTENCES, add_special_tokens=True, truncation=True, max_length=128)
        return [list(x) for x in out["input_ids"]]

    assert ids(fast) == ids(slow)
    assert fast.tokenizer.pad_token_id == slow.tokenizer.pad_token_id
    assert fast.dim == slow.dim == 384
    for batch_size in (1, 4, 16):
        np.testing.assert_allclose(
            fast._encode_batches(ODD_SENTENCES, batch_size),
            slow._encode_batches(ODD_SENTENCES, batch_size),
            atol=1e-5,
            rtol=0,
        )


def test_plain_torch_bert_takes_only_plain_bert_folders(tmp_path: Path) -> None:
    import json

    from factkit import _bert
    from factkit.encoder import packaged_model_path

    assert _bert.supports(packaged_model_path())
    (tmp_path / "model.safetensors").write_bytes(b"")
    (tmp_path / "tokenizer.json").write_text("{}")
    for config, ok in [
        ({"model_type": "bert"}, True),
        ({"model_type": "t5"}, False),
        ({"model_type": "bert", "position_embedding_type": "relative_key"}, False),
        ({"model_type": "bert", "hidden_act": "gelu_new"}, False),
        ({"model_type": "bert", "is_decoder": True}, False),
    ]:
        (tmp_path / "config.json").write_text(json.dumps(config))
        assert _bert.supports(tmp_path) is ok, config
    (tmp_path / "tokenizer.json").unlink()
    assert not _bert.supports(tmp_path)  # no tokenizer.json: transformers' Auto classes load it


def test_broken_bert_folder_is_a_model_load_error(tmp_path: Path) -> None:
    import json

    (tmp_path / "config.json").write_text(
        json.dumps(
            {
                "model_type": "bert",
                "hidden_size": 8,
                "num_attention_heads": 2,
                "num_hidden_layers": 1,
                "intermediate_size": 16,
                "vocab_size": 10,
            }
        )
    )
    (tmp_path / "model.safetensors").write_bytes(b"not safetensors")
    (tmp_path / "tokenizer.json").write_text("not json")
    with pytest.raises(ModelLoadError, match=r"encoder\.model_path: cannot load a model"):
        SentenceEncoder(EncoderConfig(model_path=str(tmp_path)))


def test_encoder_threads_setting_is_applied_and_zero_leaves_torch_alone() -> None:
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    try:
        torch.set_num_threads(2)
        SentenceEncoder(EncoderConfig())  # threads: 0, the default
        assert torch.get_num_threads() == 2
        SentenceEncoder(EncoderConfig(threads=1))
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
