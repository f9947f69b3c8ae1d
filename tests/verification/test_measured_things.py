"""factkit.verification.measured_things: a figure the article gives for one thing ("the 10p
savings tax band") is not the figure of another thing the article measures otherwise ("the
threshold to £12,500")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

BUDGET = (
    "Millions of working households will receive a tax cut from today. "
    "The Chancellor said the personal allowance rises from £10,000 to £10,600. "
    "Other measures to encourage saving will also begin, with the Isa limit increasing to "
    "£15,240 and the 10p savings tax band abolished. "
    "We now plan to take this further, raising the threshold to £12,500 next year. "
    "The Marriage Tax allowance is worth £1,060 to couples."
)


def _other_thing(summary: str, article: str = BUDGET) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "another thing" in d]


def test_a_bands_figure_given_to_a_threshold() -> None:
    summary = "The first increase in the 10p higher threshold for five years."
    assert _other_thing(summary) == ["10p"]


def test_the_things_own_figure_or_a_reworded_thing_passes() -> None:
    assert _other_thing("The 10p savings band is abolished.") == []
    assert _other_thing("The 10p threshold is abolished.") == ["10p"]
    # the summary names the article's thing too
    assert _other_thing("The 10p threshold goes, with the savings tax band.") == []
    # a thing the article measures with no other figure: a rewording
    assert _other_thing("The 10p levy is abolished.") == []


def test_a_figure_the_article_also_gives_for_the_summarys_thing_is_not_judged() -> None:
    article = BUDGET.replace("next year.", "next year, and the 10p higher threshold stays.")
    summary = "The first increase in the 10p higher threshold for five years."
    assert _other_thing(summary, article) == []
    assert _other_thing(summary) == ["10p"]


def test_a_figure_with_no_determiner_before_it_is_no_things() -> None:
    # "spent £30,000 holidaying": the words after a figure are its thing's only where a
    # determiner opens its noun phrase
    assert _other_thing("He raised 10p threshold.") == []
    assert _other_thing("He raised the 10p threshold.") == ["10p"]
