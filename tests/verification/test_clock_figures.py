"""factkit.verification.clock_figures: the hour or the minutes of a time of day ("09:15") are
not a count or an age the summary can take ("an 15-year-old boy")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

TRACTOR = (
    "Harry Whitlam died after Gary Green, 51, reversed a tractor into him at a farm near Leeds. "
    "Green had drunk the equivalent of 13 pints of beer. "
    "Inspectors found Green backed the tractor into him at about 09:15 on a Sunday."
)


def _only_a_time(summary: str, article: str = TRACTOR) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "time of day" in d]


def test_an_age_the_article_gives_only_as_a_time_of_day() -> None:
    summary = "A drunken tractor driver knocked down and killed a 15-year-old boy."
    assert _only_a_time(summary) == ["09:15"]
    summary = "A drunken tractor driver knocked down and killed a 9-year-old boy."
    assert _only_a_time(summary) == ["09:15"]


def test_the_summarys_own_time_of_day_passes() -> None:
    assert _only_a_time("The tractor hit the boy at about 09:15.") == []
    assert _only_a_time("The tractor hit the boy at 9.15am.") == []
    # the age is judged, the time beside it is not
    assert _only_a_time("The tractor hit a 15-year-old boy at 09:15.") == ["09:15"]


def test_a_value_the_article_also_gives_as_a_number_is_not_judged() -> None:
    article = TRACTOR + " The boy was 15 years old."
    summary = "A drunken tractor driver knocked down and killed a 15-year-old boy."
    assert _only_a_time(summary, article) == []
    assert _only_a_time(summary) == ["09:15"]


def test_the_summarys_time_in_words_passes() -> None:
    # "15" and "nine" were each "only the time of day '09:15'", and "a quarter" another number
    for summary in (
        "The tractor hit the boy at 15 minutes past nine on a Sunday.",
        "The tractor hit the boy at a quarter past nine on a Sunday.",
    ):
        assert number_mismatches(summary, TRACTOR) == []
    # a time the article does not give is still no support for its numbers
    summary = "The tractor hit the boy at a quarter past ten on a Sunday."
    assert number_mismatches(summary, TRACTOR) != []
