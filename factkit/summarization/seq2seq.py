"""Abstractive summary with any Hugging Face ``AutoModelForSeq2SeqLM`` checkpoint.

Long articles are never cut: body sentences are packed into chunks that fit the model's input
(``single`` when one chunk holds everything), each chunk is summarized (batched), and the joined
chunk summaries are the result (``chunked``) unless they are longer than the requested length;
then they are summarized again, chunking again if needed, until one pass fits (``map-reduce``).

Loading the checkpoint (folder or hub cache, device, dtype, its errors) is in
``seq2seq_checkpoint.py``; cutting generated text into sentences and to the requested length
in ``seq2seq_text.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factkit.annotations import Annotations
from factkit.config import Config
from factkit.document import Article, Claim, Sentence, Summary, SummarySentence
from factkit.errors import ModelLoadError
from factkit.summarization.select import body_sentences, resolve_length
from factkit.summarization.seq2seq_checkpoint import MODEL_SETTING, load_checkpoint, pick_device
from factkit.summarization.seq2seq_text import split_generated, too_long, trim_generated

_MAX_ROUNDS = 8  # map-reduce rounds; each round shrinks the text a lot, so 8 is never reached


@dataclass(frozen=True, slots=True)
class Chunk:
    """Token ids of consecutive sentences (no special tokens, no prefix)."""

    ids: list[int]
    n_sentences: int


class Seq2SeqSummarizer:
    """Generates a summary; ``Summary.strategy`` says whether chunking was needed."""

    name = "seq2seq"

    def __init__(self, config: Config) -> None:
        self.config = config.summarizer
        self.settings = config.summarizer.seq2seq
        if not self.settings.model:
            raise ModelLoadError("not set (a hub name or a local folder)", setting=MODEL_SETTING)
        self.model_name = self.settings.model
        self.tokenizer, self.model = load_checkpoint(self.settings)
        self.device = pick_device(self.settings.device)
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
        while len(summaries) > 1 and too_long(summaries, length) and rounds < _MAX_ROUNDS:
            strategy = "map-reduce"
            rounds += 1
            pieces = [p for s in summaries for p in split_generated(s)]
            summaries = self.generate(self.chunk(pieces))
        generated = [p for s in summaries for p in split_generated(s)]
        kept = trim_generated(
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
