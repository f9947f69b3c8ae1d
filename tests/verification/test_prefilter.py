"""factkit.verification.prefilter: which article sentences a summary needs encoded."""

from __future__ import annotations

import numpy as np

from factkit.annotate import Annotator
from factkit.config import Config
from factkit.document import Article
from factkit.split import split_sentences
from factkit.verification.index import ArticleIndex, build_index
from factkit.verification.prefilter import (
    _sentence_lengths,
    candidate_positions,
    fill_unknown,
    lexical_scores,
)
from factkit.verification.text import content_tokens

ARTICLE = (
    "The city council met on Monday to discuss the new budget. "
    "Mayor Linda Okafor said the plan would cut spending on roads by 12 percent. "
    "Residents packed the hall for three hours. "
    "Several speakers asked about the future of the public library. "
    "The council voted 7-2 to approve the budget late in the evening. "
    "Okafor thanked the residents who came to the meeting. "
    "Road repairs in the north of the city will be delayed until next spring. "
    "The library will keep its weekend opening hours, officials said. "
    "A local business group welcomed the lower taxes in the plan. "
    "The next council meeting is scheduled for March."
)


def _index(text: str = ARTICLE) -> ArticleIndex:
    article = Article(text=text)
    annotations = Annotator(Config()).annotate(article, split_sentences(text))
    return build_index(annotations, Config().verify.number_context_words)


def _stems(sentence: str) -> list[str]:
    return [t[0] for t in content_tokens(sentence, 0, len(sentence))]


def _position(src: ArticleIndex, words: str) -> int:
    return next(p for p, s in enumerate(src.body) if words in s.text)


def test_a_copied_sentence_ranks_its_source_first() -> None:
    src = _index()
    copied = "Okafor thanked the residents who came to the meeting."
    scores = lexical_scores(src, _stems(copied))
    assert int(np.argmax(scores)) == _position(src, "Okafor thanked")
    # even with one candidate per summary sentence
    assert candidate_positions(src, [_stems(copied)], 1) == {_position(src, "Okafor thanked")}


def test_a_paraphrase_sharing_names_and_numbers_keeps_its_source() -> None:
    src = _index()
    paraphrase = "Okafor's plan trims road spending by 12 percent, the mayor said."
    chosen = candidate_positions(src, [_stems(paraphrase)], 2)
    assert _position(src, "Mayor Linda Okafor") in chosen
    assert len(chosen) == 2


def test_candidates_are_the_union_over_the_summary_sentences() -> None:
    src = _index()
    first = "The council approved the budget by 7 votes to 2."
    second = "The library keeps its weekend hours."
    chosen = candidate_positions(src, [_stems(first), _stems(second)], 1)
    assert chosen == {_position(src, "voted 7-2"), _position(src, "weekend opening")}


def test_no_shared_word_falls_back_to_the_first_sentences() -> None:
    src = _index()
    assert candidate_positions(src, [_stems("Nobody knows.")], 3) == {0, 1, 2}


def test_zero_or_more_than_half_the_article_means_every_sentence() -> None:
    src = _index()
    n = len(src.body)
    everything = set(range(n))
    assert candidate_positions(src, [_stems("The budget.")], 0) == everything
    assert candidate_positions(src, [_stems("The budget.")], n // 2 + 1) == everything
    assert len(candidate_positions(src, [_stems("The budget.")], n // 2)) == n // 2


def test_unknown_rows_stand_behind_every_known_one() -> None:
    sims = np.array([[0.9, 0.0, 0.3, 0.0], [0.2, 0.0, 0.6, 0.0]], np.float32)
    known = np.array([True, False, True, False])
    filled = fill_unknown(sims, known)
    expected = [[0.9, 0.3, 0.3, 0.3], [0.2, 0.2, 0.6, 0.2]]
    np.testing.assert_allclose(filled, np.array(expected, np.float32))
    assert fill_unknown(sims, np.ones(4, dtype=bool)) is sims


def test_the_length_damping_counts_each_sentences_distinct_stems() -> None:
    src = _index()
    distinct = [len(set(_stems(s.text))) for s in src.body]
    assert _sentence_lengths(src).tolist() == distinct
    assert _sentence_lengths(src).dtype == np.float64
