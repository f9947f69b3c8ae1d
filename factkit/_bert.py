"""A BERT encoder in plain torch, for fast start-up of the sentence encoder.

``transformers`` spends seconds importing its model machinery (``modeling_utils`` pulls in
``torch._dynamo``, ``torch.distributed.tensor``, sympy and more) before it builds a six-layer
MiniLM that takes milliseconds to run. This module builds the same network from ``torch.nn``
parts, loads the same ``model.safetensors`` into it, and tokenizes with the ``tokenizers``
library straight from ``tokenizer.json``. It reproduces ``transformers.BertModel`` in eval mode
(absolute positions, token type 0, exact GELU, scaled-dot-product attention with the padding
mask): ``tests/test_encoder.py`` checks its embeddings against the ``transformers`` path.

Only what this fast path can reproduce is taken (:func:`supports`); any other model folder goes
through ``transformers``' Auto classes as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

WEIGHTS = "model.safetensors"
TOKENIZER = "tokenizer.json"
# Modules are built on the meta device (no memory, no random init of weights that the file
# replaces at once) and get their tensors from the file in ``load_model``. Not through
# ``with torch.device("meta")``: that context, like random init on meta, imports torch._dynamo.
META = torch.device("meta")


def _embedding(rows: int, dim: int) -> nn.Embedding:
    # ``_weight`` skips reset_parameters, whose normal_() on meta would import torch._dynamo
    return nn.Embedding(rows, dim, _weight=torch.empty(rows, dim, device=META))


def _read_config(path: Path) -> dict[str, Any] | None:
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return config if isinstance(config, dict) else None


def supports(path: Path) -> bool:
    """True when ``path`` holds a plain BERT encoder this module reproduces exactly."""
    config = _read_config(path)
    if config is None or config.get("model_type") != "bert":
        return False
    if not (path / WEIGHTS).is_file() or not (path / TOKENIZER).is_file():
        return False
    return (
        config.get("hidden_act", "gelu") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and not config.get("is_decoder", False)
        and not config.get("add_cross_attention", False)
        and config.get("chunk_size_feed_forward", 0) == 0
        and config.get("torch_dtype", config.get("dtype", "float32")) in (None, "float32")
    )


class _Embeddings(nn.Module):
    def __init__(self, c: dict[str, Any]) -> None:
        super().__init__()
        hidden = c["hidden_size"]
        self.word_embeddings = _embedding(c["vocab_size"], hidden)
        self.position_embeddings = _embedding(c.get("max_position_embeddings", 512), hidden)
        self.token_type_embeddings = _embedding(c.get("type_vocab_size", 2), hidden)
        self.LayerNorm = nn.LayerNorm(hidden, eps=c.get("layer_norm_eps", 1e-12), device=META)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        width = input_ids.shape[1]
        positions = torch.arange(width, dtype=torch.long).unsqueeze(0)
        types = torch.zeros_like(positions)
        x = self.word_embeddings(input_ids) + self.token_type_embeddings(types)
        x = x + self.position_embeddings(positions)
        return self.LayerNorm(x)


class _SelfAttention(nn.Module):
    def __init__(self, hidden: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.head_size = hidden // heads
        self.query = nn.Linear(hidden, hidden, device=META)
        self.key = nn.Linear(hidden, hidden, device=META)
        self.value = nn.Linear(hidden, hidden, device=META)

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        shape = (*x.shape[:-1], -1, self.head_size)
        q = self.query(x).view(shape).transpose(1, 2)
        k = self.key(x).view(shape).transpose(1, 2)
        v = self.value(x).view(shape).transpose(1, 2)
        out = nn.functional.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, dropout_p=0.0, scale=self.head_size**-0.5, is_causal=False
        )
        return out.transpose(1, 2).reshape(*x.shape[:-1], -1).contiguous()


class _Output(nn.Module):
    """dense -> residual -> LayerNorm (BertSelfOutput and BertOutput)."""

    def __init__(self, inner: int, hidden: int, eps: float) -> None:
        super().__init__()
        self.dense = nn.Linear(inner, hidden, device=META)
        self.LayerNorm = nn.LayerNorm(hidden, eps=eps, device=META)

    def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dense(x) + residual)


class _Attention(nn.Module):
    def __init__(self, c: dict[str, Any]) -> None:
        super().__init__()
        hidden = c["hidden_size"]
        self.self = _SelfAttention(hidden, c["num_attention_heads"])
        self.output = _Output(hidden, hidden, c.get("layer_norm_eps", 1e-12))

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        return self.output(self.self(x, mask), x)


class _Intermediate(nn.Module):
    def __init__(self, c: dict[str, Any]) -> None:
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["intermediate_size"], device=META)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return nn.functional.gelu(self.dense(x))


class _Layer(nn.Module):
    def __init__(self, c: dict[str, Any]) -> None:
        super().__init__()
        self.attention = _Attention(c)
        self.intermediate = _Intermediate(c)
        eps = c.get("layer_norm_eps", 1e-12)
        self.output = _Output(c["intermediate_size"], c["hidden_size"], eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        attended = self.attention(x, mask)
        return self.output(self.intermediate(attended), attended)


class _Encoder(nn.Module):
    def __init__(self, c: dict[str, Any]) -> None:
        super().__init__()
        self.layer = nn.ModuleList(_Layer(c) for _ in range(c["num_hidden_layers"]))


class _HiddenStates:
    """What the encoder reads from a forward pass (``transformers``' output has the same name)."""

    def __init__(self, last_hidden_state: torch.Tensor) -> None:
        self.last_hidden_state = last_hidden_state


class BertEncoderModel(nn.Module):
    """``BertModel`` without its pooler: ``model(input_ids, attention_mask).last_hidden_state``."""

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__()
        self.config = config
        self.hidden_size = int(config["hidden_size"])
        self.embeddings = _Embeddings(config)
        self.encoder = _Encoder(config)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> _HiddenStates:
        x = self.embeddings(input_ids)
        # a mask over the keys, none when nothing is padded: 0 where attended, -inf at padding,
        # the float mask SDPA makes of transformers' boolean one in each layer, made once here
        mask = None
        if not bool(attention_mask.all()):
            mask = torch.zeros(attention_mask.shape, dtype=x.dtype)
            mask = mask.masked_fill_(attention_mask == 0, float("-inf"))[:, None, None, :]
        for layer in self.encoder.layer:
            x = layer(x, mask)
        return _HiddenStates(x)


def load_model(path: Path) -> BertEncoderModel:
    """The encoder weights of ``path`` (a folder :func:`supports` accepted), in eval mode."""
    from safetensors.torch import load_file

    config = _read_config(path)
    assert config is not None
    model = BertEncoderModel(config)
    state = load_file(str(path / WEIGHTS))
    prefix = "bert." if any(k.startswith("bert.") for k in state) else ""
    wanted = model.state_dict()
    missing = [k for k in wanted if prefix + k not in state]
    if missing:
        raise ValueError(f"{WEIGHTS} lacks {missing[0]} (and {len(missing) - 1} more)")
    for key, meta in wanted.items():
        if state[prefix + key].shape != meta.shape:
            raise ValueError(f"{WEIGHTS}: {key} has shape {tuple(state[prefix + key].shape)}")
    model.load_state_dict({k: state[prefix + k].float() for k in wanted}, assign=True)
    return model.eval()


class WordPieceTokenizer:
    """``tokenizer(texts, add_special_tokens=, truncation=, max_length=)["input_ids"]`` over the
    ``tokenizers`` library, with the padding and truncation ``tokenizer.json`` may carry turned off
    (``transformers`` overrides them per call in the same way)."""

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(path / TOKENIZER))
        self._tok.no_padding()
        self._tok.no_truncation()
        self._max_length: int | None = None
        pad = "[PAD]"
        try:
            special = json.loads((path / "special_tokens_map.json").read_text(encoding="utf-8"))
            value = special.get("pad_token", pad)
            pad = value.get("content", pad) if isinstance(value, dict) else str(value)
        except (OSError, ValueError, AttributeError):
            pass
        self.pad_token_id = self._tok.token_to_id(pad)

    def __call__(
        self,
        texts: list[str],
        add_special_tokens: bool = True,
        truncation: bool = False,
        max_length: int | None = None,
    ) -> dict[str, list[list[int]]]:
        limit = max_length if truncation else None
        if limit != self._max_length:
            if limit is None:
                self._tok.no_truncation()
            else:
                self._tok.enable_truncation(max_length=limit)
            self._max_length = limit
        encodings = self._tok.encode_batch(texts, add_special_tokens=add_special_tokens)
        return {"input_ids": [e.ids for e in encodings]}
