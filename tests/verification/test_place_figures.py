"""factkit.verification.place_figures: a figure the article gives for one of the places it
compares ("homes in Didsbury ... £91,096 more", "homes in Clifton, Bristol ... £153,488 more")
is no figure of another place, nor of all of them."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

HOMES = (
    "Homes with a Waitrose nearby cost 12 per cent more than those in surrounding areas. "
    "Researchers found that homes in Clifton, Bristol cost £392,961 on average. "
    "This is 64 per cent (£153,488) more than in nearby areas. "
    "And homes in Didsbury, a suburb in Manchester that boasts an Aldi, typically cost "
    "£239,595, which is 61 per cent or £91,096 more than houses in the surrounding area."
)


def test_a_figure_of_one_compared_place_is_no_figure_of_another_or_of_all() -> None:
    for summary in (
        "Study found houses cost £91,096 more than homes without the shop.",
        "Homes in Clifton cost £91,096 more than houses in the surrounding area.",
    ):
        details = number_mismatches(summary, HOMES)
        assert [g for d, g in details if "places it compares" in d] == ["£91,096"], summary
    # naming the figure's own place keeps it
    kept = "Homes in Didsbury cost £91,096 more than houses in the surrounding area."
    assert not any("places it compares" in d for d, _ in number_mismatches(kept, HOMES))


def test_a_place_needs_a_rival_of_the_same_noun_with_a_figure_of_its_unit() -> None:
    # "the home in Essex" is the same place as "a home in Rayne, Essex": no rival
    article = (
        "The couple lived in a home in Rayne, Essex, where £33,000 was spent on the garden. "
        "When the home in Essex was raided in 2011, detectives found £1,000 in the kitchen."
    )
    summary = "The couple spent £33,000 on landscaping."
    assert number_mismatches(summary, article) == []
    rival = article + " A home in Kent cost the couple £40,000 to rebuild."
    assert [g for _, g in number_mismatches(summary, rival)] == ["£33,000"]
    # a month is no place ("her home in December 2000"), a year no place's figure
    dated = (
        "Berman was shot at her home in California in 2000. "
        "She was found in her home in December 2000 by a friend."
    )
    assert number_mismatches("She was killed at her home in 2000.", dated) == []
