"""factkit.verification.planned_figures: a figure the article gives only as a plan ("we now
plan to ... raise the threshold to £12,500") is not a change the summary may report as done."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

PLEDGE = (
    "Millions of working households will receive a tax cut from today. "
    "Nick Clegg will say: 'In government, we secured a tax cut totalling £825 every year. "
    "We now plan to take this further, raising the [tax-free personal allowance] threshold "
    "to £12,500 and giving millions of people a further tax cut.'"
)


def _planned(summary: str, article: str = PLEDGE) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "is a plan" in d]


def test_a_planned_figure_given_as_a_change_that_happens() -> None:
    summary = "Personal allowance rising to £12,500 - putting extra cash in pockets."
    assert _planned(summary) == ["£12,500"]
    assert _planned("The allowance was raised to £12,500.") == ["£12,500"]


def test_a_summary_that_gives_it_as_a_plan_or_forecast_passes() -> None:
    assert _planned("Personal allowance to rise to £12,500.") == []
    assert _planned("Personal allowance will rise to £12,500.") == []
    assert _planned("Clegg plans to raise the allowance to £12,500.") == []
    assert _planned("Personal allowance rises to £12,500.") == ["£12,500"]


def test_a_figure_with_no_change_or_one_the_article_gives_as_fact_passes() -> None:
    # no verb of change before the figure: not given as something that happened
    assert _planned("The allowance threshold is £12,500.") == []
    # the article also gives the value outside a plan
    article = PLEDGE + " The threshold rose to £12,500 last year."
    assert _planned("The threshold rising to £12,500.", article) == []
    assert _planned("The threshold rising to £12,500.") == ["£12,500"]


def test_a_plan_word_far_back_in_the_sentence_does_not_reach_the_figure() -> None:
    article = PLEDGE.replace(
        "We now plan to take this further,",
        "We now plan to take this further, and after a long talk with our partners in "
        "government and our own members across the country and in parliament,",
    )
    assert _planned("Personal allowance rising to £12,500.", article) == []
    assert _planned("Personal allowance rising to £12,500.") == ["£12,500"]


def test_a_figure_of_another_unit_or_a_bound_is_not_judged() -> None:
    # "12,500p" is no "£12,500"; "up to" bounds a figure, it is no change
    assert _planned("The threshold rising to 12,500p.") == []
    assert _planned("Savings of up to £12,500 for households.") == []
    assert _planned("Savings went up to £12,500 for households.") == ["£12,500"]
