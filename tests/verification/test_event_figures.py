"""factkit.verification.event_figures: a summary's "more than 80" where the article's only 80 is
a rough figure ("about 80") of an event it dates to another year is that event's figure."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

RAID = (
    "Gunmen stormed the city's main hospital on Wednesday, officials said. "
    "More than 50 people were wounded in the attack. "
    "The group has carried out several attacks in the city. "
    "In July 2016, a bomb attack on a rally in the city killed about 80 people. "
    "In November 2016 an attack at a mosque killed more than 30."
)


def _other_event(summary: str, article: str = RAID) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "another event's" in d]


def test_a_bound_on_another_years_rough_figure() -> None:
    summary = "More than 80 people have been killed after gunmen stormed the hospital."
    assert _other_event(summary) == ["80"]
    # "nearly 80" is no more than 80 either
    assert _other_event(summary, RAID.replace("about 80", "nearly 80")) == ["80"]


def test_the_same_bound_in_another_years_sentence_passes() -> None:
    # the article's own "more than 30": a year alone is no evidence
    assert _other_event("More than 30 people have been killed at the hospital.") == []
    assert _other_event("More than 80 people have been killed at the hospital.") == ["80"]


def test_a_summary_that_names_the_year_passes() -> None:
    assert _other_event("More than 80 people were killed at a rally in 2016.") == []
    assert _other_event("More than 80 people were killed at a rally in 2015.") == ["80"]


def test_a_rough_figure_with_no_year_or_given_plainly_too_passes() -> None:
    undated = RAID.replace("In July 2016, a", "A")
    assert _other_event("More than 80 people have been killed.", undated) == []
    plain = RAID + " Last year 80 people died on the roads."
    assert _other_event("More than 80 people have been killed.", plain) == []
    assert _other_event("More than 80 people have been killed.") == ["80"]


def test_an_upper_bound_or_no_bound_is_not_judged() -> None:
    # "under 80" may hold of a rough 80 ("nearly 80"); a bare "80" is no claim above it
    assert _other_event("Up to 80 people have been killed at the hospital.") == []
    assert _other_event("Eighty people have been killed at the hospital.") == []
    assert _other_event("Over 80 people have been killed at the hospital.") == ["80"]
