"""factkit.verification.number_agreement: the digit 1 counting a plural noun is a figure moved
in from elsewhere."""

from __future__ import annotations

import pytest

from factkit.document import Quantity, ReasonType
from factkit.verification import verify
from factkit.verification.number_agreement import one_with_a_plural, plural

ARTICLE = (
    "A woman accused of running a marriage scheme pleaded not guilty on Friday. "
    "Prosecutors say Ana Reyes married 10 men over 11 years and charged each a fee. "
    "She has divorced at least four times, and only 1 of the men was ever deported. "
    "A senator said that if someone could remarry so often without the authorities noticing, "
    "a criminal could do the same. "
    "Her lawyer declined to comment on the case."
)


def _reasons(summary: str, article: str = ARTICLE) -> list[ReasonType]:
    return [r.type for s in verify(summary, article).sentences for r in s.reasons]


def _one(text: str) -> Quantity:
    start = text.index("1")
    return Quantity("1", start, start + 1, 1.0)


@pytest.mark.parametrize("word", ["years", "times", "men", "people", "days"])
def test_plurals_are_plural(word: str) -> None:
    assert plural(word)


@pytest.mark.parametrize("word", ["year", "series", "bonus", "glass", "crisis", "lbs", "mbps"])
def test_singulars_and_abbreviations_are_not(word: str) -> None:
    assert not plural(word)


def test_a_one_counting_a_plural_is_a_mismatch() -> None:
    # the article's 1 counts a deported man: the slot check alone finds it a fit
    summary = "A senator said someone could remarry {} without the authorities noticing."
    assert _reasons(summary.format("1 times")) == [ReasonType.NUMBER_MISMATCH]
    # a pair the article writes ("10 men over 11 years") excuses no plural one
    assert _reasons("Ana Reyes married 10 men in 1 years.") == [ReasonType.NUMBER_MISMATCH]
    assert _reasons(summary.format("so often")) == []
    assert (
        _reasons("Ana Reyes has divorced at least four times, and 1 of the men was deported.") == []
    )


@pytest.mark.parametrize(
    "summary",
    [
        "He earned 1 in 3 votes.",  # no plural right after it
        "They paid in $1 coins.",  # an amount's figure
        "Wait 1-2 days.",  # a range
        "Formula 1 drivers met in Monaco.",  # a name's number
        "The baby weighed 1 lbs more.",  # a unit's abbreviation
        "She won 1 games.",  # the article writes it so
    ],
)
def test_other_ones_are_left_alone(summary: str) -> None:
    article = "Reports say she won 1 games in the spring."
    assert one_with_a_plural(summary, _one(summary), article) is None


def test_a_one_with_a_plural_the_article_lacks_is_read() -> None:
    summary = "She won 1 matches."
    assert one_with_a_plural(summary, _one(summary), "She won 1 match and 2 games.") == "1 matches"
