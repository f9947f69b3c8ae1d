"""Tests for the sentence shape and paragraph features of the summary ranker."""

from __future__ import annotations

import numpy as np
import pytest

from factkit.config import load_config
from factkit.document import Sentence
from factkit.enums import SegmentKind
from factkit.split import split_sentences
from factkit.summarization.features import FEATURE_NAMES, sentence_features
from factkit.summarization.shape import (
    SHAPE_FEATURES,
    body_paragraph_starts,
    is_first_person,
    paragraph_starts,
    shape_features,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We won the vote, and our families are grateful.", True),
        ("I have never seen anything like it.", True),
        ("That is what they told me.", True),
        ("The US army said the strike hit a depot.", False),  # "US" is not "us"
        ("Officials said the bridge would reopen on Monday.", False),
    ],
)
def test_first_person(text: str, expected: bool) -> None:
    assert is_first_person(text) is expected


def test_paragraph_starts_follow_line_breaks() -> None:
    text = "First point here. It goes on.\n\nSecond point here.\n  Indented line."
    starts = [0, text.index("It"), text.index("Second"), text.index("Indented")]
    assert paragraph_starts(text, starts) == [True, False, True, True]


def test_paragraph_starts_after_any_line_end() -> None:
    # a lone "\r" (old Mac line ends) was stripped as a space, so no sentence opened a paragraph
    # and the summary scores of such a file differed from the same file with "\n"
    for end in ("\n", "\r\n", "\r"):
        text = f"The vote was close. It passed.{end}{end}The mayor will sign it.{end}  He said so."
        starts = [0, text.index("It"), text.index("The mayor"), text.index("He")]
        assert paragraph_starts(text, starts) == [True, False, True, True], repr(end)


def test_lede_after_a_cut_off_caption_opens_its_paragraph() -> None:
    # a Daily Mail label caption runs into the lede on one line; the split cuts it off, and the
    # lede counted as inside a paragraph (its start has text, not a line break, before it); a
    # caption between two body sentences of one line still leaves the second inside it
    text = (
        "Accused: Dr John Reed, 38, of Barnston, Wirral, has denied four counts of assault"
        " A senior doctor is accused of groping a nurse at a hospital in Wirral."
        " He denies the charges.\nThe trial at Liverpool Crown Court continues."
        " Pictured: the court building in Liverpool on Monday It may last a week."
    )
    segments = split_sentences(text, load_config().splitter)
    kinds = [SegmentKind.CAPTION] + [SegmentKind.BODY] * 3 + [SegmentKind.CAPTION, SegmentKind.BODY]
    assert [s.kind for s in segments] == kinds
    assert body_paragraph_starts(text, segments) == [True, False, True, False]


def test_line_break_inside_a_non_body_segment_counts() -> None:
    text = "Rain fell. Pictured: the flooded\nhigh street Shops closed early. They reopen today."
    spans = [
        (0, 10, SegmentKind.BODY),
        (11, text.index(" Shops"), SegmentKind.CAPTION),
        (text.index("Shops"), text.index(" They"), SegmentKind.BODY),
        (text.index("They"), len(text), SegmentKind.BODY),
    ]
    segments = [
        Sentence(index=i, start=a, end=b, kind=kind, text=text[a:b])
        for i, (a, b, kind) in enumerate(spans)
    ]
    assert body_paragraph_starts(text, segments) == [True, True, False]


def test_shape_features_per_sentence() -> None:
    texts = [
        "The council approved the budget.",
        "Will the mayor sign it?",
        '"We will fight this," a parent said.',
        "The tax rises in May.",
        "Shops may close.",
        "A new paragraph begins.",
    ]
    rows = shape_features(texts, [True, False, False, False, False, True])
    col = {name: i for i, name in enumerate(SHAPE_FEATURES)}
    assert rows[:, col["question"]].tolist() == [0, 1, 0, 0, 0, 0]
    assert rows[:, col["first_person"]].tolist() == [0, 0, 1, 0, 0, 0]
    assert rows[:, col["opens_with_quote"]].tolist() == [0, 0, 1, 0, 0, 0]
    assert rows[:, col["paragraph_start"]].tolist() == [1, 0, 0, 0, 0, 1]
    # depth in the paragraph, capped at the fourth sentence, back to 0 at a new paragraph
    assert rows[:, col["paragraph_position"]] == pytest.approx([0, 1 / 3, 2 / 3, 1, 1, 0])
    # no paragraph evidence: every sentence its own paragraph
    flat = shape_features(texts, None)
    assert flat[:, col["paragraph_start"]].tolist() == [1] * 6
    assert flat[:, col["paragraph_position"]].tolist() == [0] * 6


def test_ranker_features_carry_shape_novelty_and_tfidf_z() -> None:
    texts = ["Budget talks resumed.", "Budget talks resumed again?", "Rain fell all day."]
    emb = np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]], dtype=np.float32)
    x = sentence_features(texts, emb, n_body=3, opens_paragraph=[True, False, True])
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    # the highest cosine with an earlier sentence: 0 for the first, 0.8 for the near-repeat
    assert x[:, col["prev_max_similarity"]] == pytest.approx([0.0, 0.8, 0.6])
    assert x[:, col["question"]].tolist() == [0, 1, 0]
    assert x[:, col["paragraph_start"]].tolist() == [1, 0, 1]
    assert abs(x[:, col["tfidf_z"]].mean()) < 1e-9 and x[:, col["tfidf_z"]].std() > 0.5
