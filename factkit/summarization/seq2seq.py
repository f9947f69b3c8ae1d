"""Abstractive summary with any Hugging Face ``AutoModelForSeq2SeqLM`` checkpoint.

Long articles are never cut: body sentences are packed into chunks that fit the model's input
(``single`` when one chunk holds everything), each chunk is summarized (batched), and the joined
chunk summaries are the result (``chunked``) unless they are longer than the requested length;
then they are summarized again, chunking again if needed, until one pass fits (``map-reduce``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factkit.annotations import Annotations
from factkit.config import Config, Seq2SeqConfig
from factkit.config_paths import names_a_folder
from factkit.document import Article, Claim, Sentence, Summary, SummarySentence
from factkit.errors import ModelLoadError
from factkit.summarization.select import (
    Length,
    body_sentences,
    count_words,
    resolve_length,
    trim_end,
)

# Sentence ends in generated text: punctuation (and closing quotes) then space and a capital,
# digit or quote. Generated text has no datelines or abbreviations lists to worry about.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(A-Z0-9])")
MODEL_SETTING = "summarizer.seq2seq.model"  # the setting a model that does not load names
_MAX_ROUNDS = 8  # map-reduce rounds; each round shrinks the text a lot, so 8 is never reached


@dataclass(frozen=True, slots=True)
class Chunk:
    """Token ids of consecutive sentences (no special tokens, no prefix)."""

    ids: list[int]
    n_sentences: int


def split_generated(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text.strip())]
    return [p for p in parts if p]


def _hub_cache_dir(cache_dir: str | None) -> str:
    if cache_dir:
        return cache_dir
    from huggingface_hub import constants

    return str(constants.HF_HUB_CACHE)


def _pick_device(wanted: str) -> str:
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


class Seq2SeqSummarizer:
    """Generates a summary; ``Summary.strategy`` says whether chunking was needed."""

    name = "seq2seq"

    def __init__(self, config: Config) -> None:
        self.config = config.summarizer
        self.settings = config.summarizer.seq2seq
        if not self.settings.model:
            raise ModelLoadError("not set (a hub name or a local folder)", setting=MODEL_SETTING)
        self.model_name = self.settings.model
        self.tokenizer, self.model = _load(self.settings)
        self.device = _pick_device(self.settings.device)
        self.model.to(self.device)
        self.model.eval()
        self.prefix = self.settings.prefix
        if self.prefix is None:
            self.prefix = "summarize: " if self.model.config.model_type in ("t5", "mt5") else ""
        self.prefix_ids: list[int] = (
            self.tokenizer(self.prefix, add_special_tokens=False)["input_ids"]
            if self.prefix
            else []
        )
        self.max_input = self._max_input_tokens()
        self.max_output = min(self.settings.max_length, self._max_positions() or 10**9)
        self.head_ids, self.tail_ids = _special_token_frame(self.tokenizer)
        budget = self.max_input - len(self.head_ids) - len(self.tail_ids) - len(self.prefix_ids)
        if budget < 8:
            raise ModelLoadError(
                f"{self.max_input} leaves {budget} tokens for text after the prefix and special "
                "tokens; raise it",
                setting="summarizer.seq2seq.max_input_tokens",
            )
        self.chunk_tokens = budget

    # ---------------------------------------------------------------- sizes
    def _max_positions(self) -> int | None:
        cfg = self.model.config
        for attr in ("max_position_embeddings", "n_positions"):
            value = getattr(cfg, attr, None)
            if isinstance(value, int) and value > 0:
                return value
        return None

    def _max_input_tokens(self) -> int:
        if self.settings.max_input_tokens:
            limits = [self.settings.max_input_tokens]
        else:
            limits = [512]  # models with relative positions (T5) and no stated limit
            tok_max = getattr(self.tokenizer, "model_max_length", None)
            if isinstance(tok_max, int) and 0 < tok_max < 1_000_000:
                limits = [tok_max]
        positions = self._max_positions()
        if positions:
            limits.append(positions)
        return min(limits)

    # ---------------------------------------------------------------- chunking
    def chunk(self, texts: list[str]) -> list[Chunk]:
        """Pack consecutive texts into chunks of at most ``chunk_tokens`` tokens.

        A text longer than a chunk on its own is split into token windows rather than cut.
        """
        encoded = self.tokenizer(texts, add_special_tokens=False)["input_ids"] if texts else []
        chunks: list[Chunk] = []
        ids: list[int] = []
        count = 0
        for sentence_ids in encoded:
            if ids and len(ids) + len(sentence_ids) > self.chunk_tokens:
                chunks.append(Chunk(ids, count))
                ids, count = [], 0
            if len(sentence_ids) > self.chunk_tokens:
                for start in range(0, len(sentence_ids), self.chunk_tokens):
                    window = sentence_ids[start : start + self.chunk_tokens]
                    if len(window) == self.chunk_tokens:
                        chunks.append(Chunk(window, 1))
                    else:
                        ids, count = list(window), 1
                continue
            ids.extend(sentence_ids)
            count += 1
        if ids:
            chunks.append(Chunk(ids, count))
        return chunks

    def model_inputs(self, chunk: Chunk) -> list[int]:
        return self.head_ids + self.prefix_ids + chunk.ids + self.tail_ids

    # ---------------------------------------------------------------- generation
    def generate(self, chunks: list[Chunk]) -> list[str]:
        """One summary per chunk, ``batch_size`` chunks per generate() call."""
        import torch

        s = self.settings
        pad_id = self.tokenizer.pad_token_id
        if pad_id is None:
            pad_id = self.tokenizer.eos_token_id or 0
        # length-bucketed: chunks sorted by length share a batch with chunks of about their size,
        # so little of each batch is padding; the summaries come back in chunk order
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].ids))
        out: list[str] = [""] * len(chunks)
        for b in range(0, len(order), s.batch_size):
            batch = order[b : b + s.batch_size]
            rows = [self.model_inputs(chunks[i]) for i in batch]
            width = max(len(r) for r in rows)
            ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(rows), width), dtype=torch.long)
            for i, row in enumerate(rows):
                ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
                mask[i, : len(row)] = 1
            with torch.inference_mode():
                generated = self.model.generate(
                    input_ids=ids.to(self.device),
                    attention_mask=mask.to(self.device),
                    num_beams=s.num_beams,
                    min_length=min(s.min_length, self.max_output),
                    max_length=self.max_output,
                    no_repeat_ngram_size=s.no_repeat_ngram_size,
                    early_stopping=s.num_beams > 1,
                )
            decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
            for i, t in zip(batch, decoded, strict=True):
                out[i] = " ".join(t.split())
        return out

    def summarize(
        self,
        article: Article,
        sentences: list[Sentence],
        *,
        n_sentences: int | None = None,
        words: int | None = None,
        ratio: float | None = None,
        max_chars: int | None = None,
        claims: Sequence[Claim] | None = None,
        annotations: Annotations | None = None,
    ) -> Summary:
        """Generated summary (``claims`` and ``annotations`` are accepted for the common
        interface: the model reads raw text, and generated sentences have no article offsets,
        so they carry no claim ids)."""
        body = body_sentences(sentences)
        length = resolve_length(
            self.config, len(body), n_sentences=n_sentences, words=words, ratio=ratio
        )
        texts = [" ".join(s.text.split()) for s in body]
        if not texts:
            return Summary(
                text="", method="seq2seq", model=self.model_name, sentences=(), strategy="single"
            )
        chunks = self.chunk(texts)
        summaries = self.generate(chunks)
        strategy = "single" if len(chunks) == 1 else "chunked"
        rounds = 0
        while len(summaries) > 1 and _too_long(summaries, length) and rounds < _MAX_ROUNDS:
            strategy = "map-reduce"
            rounds += 1
            pieces = [p for s in summaries for p in split_generated(s)]
            summaries = self.generate(self.chunk(pieces))
        generated = [p for s in summaries for p in split_generated(s)]
        kept = _trim(
            generated, length, max_chars if max_chars is not None else self.config.max_chars
        )
        out = tuple(
            SummarySentence(index=None, start=None, end=None, score=0.0, text=t) for t in kept
        )
        return Summary(
            text=" ".join(kept),
            method="seq2seq",
            model=self.model_name,
            sentences=out,
            strategy=strategy,
        )


def _special_token_frame(tokenizer: Any) -> tuple[list[int], list[int]]:
    """The special tokens the tokenizer puts before and after a text (BART: <s> … </s>)."""
    probe = "summary"
    bare: list[int] = tokenizer(probe, add_special_tokens=False)["input_ids"]
    full: list[int] = tokenizer(probe, add_special_tokens=True)["input_ids"]
    for at in range(len(full) - len(bare) + 1):
        if full[at : at + len(bare)] == bare:
            return full[:at], full[at + len(bare) :]
    return [], []


def _too_long(summaries: list[str], length: Length) -> bool:
    pieces = [p for s in summaries for p in split_generated(s)]
    if length.words is not None:
        return sum(count_words(p) for p in pieces) > length.words
    return len(pieces) > (length.sentences or 1)


def _trim(pieces: list[str], length: Length, max_chars: int | None = None) -> list[str]:
    """Keep generated sentences up to the requested length (the model may write more); a word
    budget or ``max_chars`` is kept within the last sentence too (cut at a clause or word)."""
    kept: list[str] = []
    n_words = 0
    for p in pieces:
        if not length.fits(len(kept), n_words, count_words(p)):
            break
        kept.append(p)
        n_words += count_words(p)
    kept = kept or pieces[:1]
    if length.words is None and max_chars is None:
        return kept
    out: list[str] = []
    words_left, chars_left = length.words, max_chars
    for p in kept:
        piece = p[: trim_end(p, words_left, chars_left)]
        if not piece or (out and len(piece) < min(20, len(p))):
            break
        out.append(piece)
        if words_left is not None:
            words_left -= count_words(piece)
        if chars_left is not None:
            chars_left -= len(piece) + 1
        if len(piece) < len(p):
            break
    return out or kept[:1]


def _load(settings: Seq2SeqConfig) -> tuple[Any, Any]:
    """Tokenizer and model from a local folder or the hub/HF cache; ModelLoadError when missing."""
    import transformers
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    name = settings.model or ""
    is_hub = not names_a_folder(name)
    source, kwargs, where = _model_source(settings, name, is_hub)
    device = _pick_device(settings.device)
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
