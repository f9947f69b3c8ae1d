"""Tests for the seq2seq summarizer on a tiny random BART built here (no hub, no download).

The model's output is noise; what is tested is chunking within the token limit, batched
generation and the map-reduce path.
"""

from __future__ import annotations

from pathlib import Path

from factkit.document import Article
from factkit.split import split_sentences
from factkit.summarization import build_summarizer
from factkit.summarization.seq2seq import Seq2SeqSummarizer
from tests.summarization.conftest import MAX_POSITIONS, TRAIN_TEXT, long_article, seq2seq_config


def test_short_article_is_one_pass(tiny_bart: Path) -> None:
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart)))
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
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart)))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    text = long_article(8)
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
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart)))
    text = long_article(3)
    summary = summarizer.summarize(Article(text=text), split_sentences(text), words=10_000)
    assert summary.strategy == "chunked"


def test_sentence_longer_than_the_limit_is_split_not_cut(tiny_bart: Path) -> None:
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart)))
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
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart), max_input_tokens=24))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    chunks = summarizer.chunk([s for s in TRAIN_TEXT])
    assert len(chunks) >= len(TRAIN_TEXT) - 1
    assert all(len(summarizer.model_inputs(c)) <= 24 for c in chunks)


def test_prefix_is_added_to_every_chunk(tiny_bart: Path) -> None:
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart), prefix="'summarize: '"))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    chunk = summarizer.chunk([TRAIN_TEXT[1]])[0]
    decoded = summarizer.tokenizer.decode(summarizer.model_inputs(chunk), skip_special_tokens=True)
    assert decoded.startswith("summarize: ")


def test_length_bucketed_batches_keep_chunk_order(tiny_bart: Path) -> None:
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart), batch_size=2))
    assert isinstance(summarizer, Seq2SeqSummarizer)
    texts = [TRAIN_TEXT[0], " ".join(TRAIN_TEXT[:3]), TRAIN_TEXT[3], " ".join(TRAIN_TEXT[1:3])]
    chunks = [summarizer.chunk([t])[0] for t in texts]
    # each chunk's summary is the one it gets alone, whatever batch its length put it in
    assert summarizer.generate(chunks) == [summarizer.generate([c])[0] for c in chunks]
