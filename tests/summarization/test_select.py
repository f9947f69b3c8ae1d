"""Tests for factkit.summarization.select: length resolution, body filter, MMR picking."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factkit.config import SummarizerConfig
from factkit.document import Sentence
from factkit.summarization.select import (
    Length,
    Wait,
    body_sentences,
    count_words,
    pick_mmr,
    pick_trigram_blocked,
    resolve_length,
    spend,
    trigrams,
    trim_end,
)


def test_explicit_arguments_override_config() -> None:
    cfg = SummarizerConfig(sentences=3, words=None, ratio=None)
    assert resolve_length(cfg, 20) == Length(sentences=3)
    assert resolve_length(cfg, 20, n_sentences=5) == Length(sentences=5)
    assert resolve_length(cfg, 20, words=40) == Length(words=40)
    # ratio is a share of body sentences, at least one
    assert resolve_length(cfg, 20, ratio=0.25) == Length(sentences=5)
    assert resolve_length(cfg, 3, ratio=0.1) == Length(sentences=1)


def test_config_ratio_beats_words_beats_sentences() -> None:
    assert resolve_length(SummarizerConfig(sentences=2, words=50), 10) == Length(words=50)
    assert resolve_length(SummarizerConfig(sentences=2, words=50, ratio=0.5), 10) == Length(
        sentences=5
    )
    # an explicit n_sentences wins over any config setting
    assert resolve_length(SummarizerConfig(words=50, ratio=0.5), 10, n_sentences=1) == Length(
        sentences=1
    )


@pytest.mark.parametrize(
    "kwargs", [{"ratio": 0.0}, {"ratio": 1.5}, {"words": 0}, {"n_sentences": 0}]
)
def test_bad_lengths_are_rejected(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        resolve_length(SummarizerConfig(), 10, **kwargs)  # type: ignore[arg-type]


def test_body_sentences_drops_non_body() -> None:
    sents = [
        Sentence(0, 0, 5, "dateline", "x"),
        Sentence(1, 6, 10, "body", "y"),
        Sentence(2, 11, 15, "caption", "z"),
        Sentence(3, 16, 20, "body", "w"),
    ]
    assert [s.index for s in body_sentences(sents)] == [1, 3]


def test_count_words() -> None:
    assert count_words("The U.S. envoy's 95-percent plan, 2.5 bn.") == 7


def test_mmr_prefers_relevance_then_diversity() -> None:
    sim = [[1.0, 0.99, 0.1], [0.99, 1.0, 0.1], [0.1, 0.1, 1.0]]
    # relevance only: the two near-duplicates
    assert pick_mmr(
        [1.0, 0.9, 0.5], lambda a, b: sim[a][b], [10] * 3, Length(sentences=2), 1.0
    ) == [0, 1]
    # with diversity the duplicate loses to the distinct sentence
    assert pick_mmr(
        [1.0, 0.9, 0.5], lambda a, b: sim[a][b], [10] * 3, Length(sentences=2), 0.5
    ) == [0, 2]


def test_word_budget_skips_overshooting_sentences() -> None:
    rel = [1.0, 0.9, 0.8]
    words = [10, 40, 8]
    picked = pick_mmr(rel, lambda a, b: 0.0, words, Length(words=20), 1.0)
    # the 40-word sentence would end far past the budget; the 8-word one fills it
    assert picked == [0, 2]
    # one sentence is always picked, even when it alone exceeds the budget
    assert pick_mmr([1.0], lambda a, b: 0.0, [100], Length(words=5), 1.0) == [0]


@given(
    rel=st.lists(st.floats(-5, 5), min_size=0, max_size=30),
    k=st.integers(1, 10),
    lam=st.floats(0, 1),
)
def test_mmr_picks_distinct_and_the_right_count(rel: list[float], k: int, lam: float) -> None:
    picked = pick_mmr(
        rel, lambda a, b: 1.0 if a == b else 0.3, [7] * len(rel), Length(sentences=k), lam
    )
    assert len(picked) == min(k, len(rel))
    assert len(set(picked)) == len(picked)
    assert all(0 <= i < len(rel) for i in picked)


@given(words=st.lists(st.integers(1, 60), min_size=1, max_size=30), budget=st.integers(1, 200))
def test_word_budget_never_ends_far_past(words: list[int], budget: int) -> None:
    picked = pick_mmr([1.0] * len(words), lambda a, b: 0.0, words, Length(words=budget), 1.0)
    total = sum(words[i] for i in picked)
    assert picked
    # past the budget by at most what was still missing before the last sentence (or one sentence)
    assert total <= 2 * budget or len(picked) == 1


def test_trigram_blocking_skips_repeats_until_nothing_else_is_left() -> None:
    texts = [
        "The mayor will sign the budget on Friday.",
        "Officials said the mayor will sign the budget soon.",
        "Teachers welcomed the extra money.",
    ]
    assert ("mayor", "will", "sign") in trigrams(texts[0])
    rel = [3.0, 2.0, 1.0]
    counts = [count_words(t) for t in texts]
    assert pick_trigram_blocked(rel, texts, counts, Length(sentences=2)) == [0, 2]
    # a blocked sentence is still taken when the summary needs it
    assert pick_trigram_blocked(rel, texts, counts, Length(sentences=3)) == [0, 2, 1]


# candidate 1 opens on "He" and candidate 0, before it, names him: 1 is ready only after 0
_PRONOUN_TEXTS = [
    "Tom Reed, the coach, joined the club in May.",
    "He plans to sign three new players this summer.",
    "The club sold its stadium to the city council.",
]


def _after_reed(i: int, picked: Sequence[int]) -> bool:
    return i != 1 or 0 in picked


def _pick_with_wait(rel: list[float], k: int, wait: Wait) -> list[int]:
    counts = [count_words(t) for t in _PRONOUN_TEXTS]
    return pick_trigram_blocked(rel, _PRONOUN_TEXTS, counts, Length(sentences=k), wait=wait)


def test_a_pronoun_sentence_gives_way_to_an_equally_good_one() -> None:
    wait = Wait(_after_reed, margin=0.5, antecedent_margin=0.5)
    # the stadium sentence scores within the margin: it comes first, the "He" one is not picked
    assert _pick_with_wait([1.0, 3.0, 2.6], 1, wait) == [2]
    # far better than anything ready: taken anyway (the ROUGE cost of always holding it back)
    assert _pick_with_wait([1.0, 3.0, 2.0], 1, wait) == [1]
    # without a wait the best sentence is picked, as before
    counts = [count_words(t) for t in _PRONOUN_TEXTS]
    assert pick_trigram_blocked([1.0, 3.0, 2.6], _PRONOUN_TEXTS, counts, Length(sentences=1)) == [1]


def test_the_sentence_naming_the_person_wins_by_the_wider_margin() -> None:
    wait = Wait(_after_reed, margin=0.5, antecedent_margin=2.5)
    # the best ready sentence names Reed, 1.5 behind: within the wider margin
    assert _pick_with_wait([1.5, 3.0, 1.0], 1, wait) == [0]
    # the best ready one is the stadium, 1.5 behind: it names nobody, so the tie margin holds
    assert _pick_with_wait([1.0, 3.0, 1.5], 1, wait) == [1]


def test_a_pronoun_sentence_waits_until_its_person_is_picked() -> None:
    wait = Wait(_after_reed, margin=float("inf"), antecedent_margin=float("inf"))
    # best is "He ...": the best ready sentences fill the summary before it
    assert _pick_with_wait([1.0, 3.0, 2.0], 2, wait) == [2, 0]
    # once Reed's sentence is picked, "He" reads after it and comes next
    assert _pick_with_wait([2.0, 3.0, 1.0], 2, wait) == [0, 1]
    # nothing else left to fill the summary: the "He" sentence is still taken
    assert sorted(_pick_with_wait([1.0, 3.0, 2.0], 3, wait)) == [0, 1, 2]


@given(
    st.lists(st.floats(-5, 5), min_size=1, max_size=10),
    st.lists(st.sampled_from(["a b c", "b c d", "x y z", "q r s t"]), min_size=10, max_size=10),
    st.integers(1, 6),
)
def test_trigram_blocking_picks_distinct_and_the_right_count(
    rel: list[float], pool: list[str], k: int
) -> None:
    texts = pool[: len(rel)]
    picked = pick_trigram_blocked(rel, texts, [3] * len(rel), Length(sentences=k))
    assert len(picked) == min(k, len(rel)) == len(set(picked))
    assert picked[0] == max(range(len(rel)), key=lambda i: (rel[i], -i))


@pytest.mark.parametrize(
    ("words", "chars", "expected"),
    [
        (None, None, "The rebels took five capitals, officials said, in a week."),
        (5, None, "The rebels took five capitals"),  # at the clause boundary
        (3, None, "The rebels took"),  # too short for the clause: at a word
        (None, 33, "The rebels took five capitals"),
        (None, 3, "The"),
    ],
)
def test_trim_end_cuts_at_a_clause_or_word(
    words: int | None, chars: int | None, expected: str
) -> None:
    text = "The rebels took five capitals, officials said, in a week."
    assert text[: trim_end(text, words, chars)] == expected


@given(st.text(alphabet="ab ,.", max_size=60), st.integers(1, 12), st.integers(1, 70))
def test_trim_end_respects_both_budgets(text: str, words: int, chars: int) -> None:
    end = trim_end(text, words, chars)
    assert 0 <= end <= len(text)
    assert end <= chars
    assert count_words(text[:end]) <= words


def test_trim_end_never_ends_on_a_dangling_word() -> None:
    text = "A US peace envoy has warned the Taliban that any government that comes to power"
    assert (
        text[: trim_end(text, 11)] == "A US peace envoy has warned the Taliban that any government"
    )
    assert text[: trim_end(text, 2)] == "A US"


def test_spend_takes_a_pieces_words_and_characters_with_the_joining_space() -> None:
    assert spend(10, 50, "Three short words") == (7, 32)
    assert spend(None, 50, "Two words") == (None, 40)  # no word limit stays none
    assert spend(4, None, "Two words") == (2, None)
