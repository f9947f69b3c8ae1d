"""Tests for generated text: sentences cut from the model's output, and the length budgets
the kept sentences hold to (on the tiny random BART of conftest.py)."""

from __future__ import annotations

from pathlib import Path

from factkit.document import Article
from factkit.split import split_sentences
from factkit.summarization import build_summarizer
from factkit.summarization.select import count_words
from factkit.summarization.seq2seq_text import split_generated
from tests.summarization.conftest import long_article, seq2seq_config


def test_split_generated() -> None:
    assert split_generated('He said "No." Then he left. 3 people stayed!') == [
        'He said "No."',
        "Then he left.",
        "3 people stayed!",
    ]
    assert split_generated("  ") == []


def test_budgets_hold_for_generated_text(tiny_bart: Path) -> None:
    summarizer = build_summarizer(seq2seq_config(str(tiny_bart), min_length=10, max_length=30))
    text = long_article(2)
    sentences = split_sentences(text)
    article = Article(text=text)
    assert len(summarizer.summarize(article, sentences, max_chars=25).text) <= 25
    summary = summarizer.summarize(article, sentences, words=4)
    assert sum(count_words(s.text) for s in summary.sentences) <= 4
