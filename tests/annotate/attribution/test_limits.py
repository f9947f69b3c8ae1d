"""AttributionLimits: one frozen settings object, and the finder's rules read it."""

from __future__ import annotations

import dataclasses

import pytest

from factkit.annotate.attribution import AttributionFinder
from factkit.annotate.attribution.limits import DEFAULT_LIMITS, AttributionLimits
from factkit.annotate.attribution.lines import line_patterns
from factkit.split import split_sentences


def spans(finder: AttributionFinder, text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in finder.find(text, split_sentences(text))]


def test_limits_are_frozen_and_the_finder_defaults_to_them() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_LIMITS.speaker_max_tokens = 3  # type: ignore[misc]
    finder = AttributionFinder()
    assert finder.limits is DEFAULT_LIMITS
    assert finder.rules.limits is DEFAULT_LIMITS


def test_a_trailing_clause_shorter_than_its_limit_is_not_attributed() -> None:
    text = "The economy is growing quickly this year, Smith said."
    assert spans(AttributionFinder(), text) == [
        ("Smith", "The economy is growing quickly this year")
    ]
    strict = AttributionFinder(limits=AttributionLimits(trailing_clause_min_words=10))
    assert spans(strict, text) == []


def test_the_left_window_bounds_the_speaker_phrase() -> None:
    text = "The chief executive of the largest bank in the region said the plan would fail."
    assert spans(AttributionFinder(), text) == [
        ("The chief executive of the largest bank in the region", "the plan would fail")
    ]
    # 20 characters to the left of the cue hold only "bank in the region".
    narrow = AttributionFinder(limits=AttributionLimits(cue_left_window_chars=20))
    assert spans(narrow, text) == [("bank in the region", "the plan would fail")]


def test_line_patterns_follow_the_limits() -> None:
    text = "“We will not back down from this fight.” ― Senator Elizabeth Warren"
    assert [s for s, _ in spans(AttributionFinder(), text)] == ["Senator Elizabeth Warren"]
    short = AttributionLimits(dash_name_max_chars=8)
    assert line_patterns(short).dash.search(text) is None
    assert spans(AttributionFinder(limits=short), text) == []
    assert line_patterns(DEFAULT_LIMITS) is line_patterns(AttributionLimits())  # compiled once
