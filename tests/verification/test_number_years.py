"""factkit.verification.number_years: a figure the article ties to one year ("40 per cent of
new homes by 2030") is not the figure of another year the article gives another figure ("55 per
cent by 2045")."""

from __future__ import annotations

from factkit.verification.number_years import years_after
from tests.verification.conftest import article_index, number_mismatches

PLAN = (
    "The city council has published its housing plan. "
    "Flats will make up 40 per cent of new homes between 2020 and 2030 and 55 per cent of new "
    "homes between 2020 and 2045. "
    "The council said the plan would be reviewed every five years."
)


def _other_year(summary: str, article: str = PLAN) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "of the year" in d]


def test_a_figure_of_one_year_given_to_another() -> None:
    assert _other_year("By 2045, flats will make up 40 per cent of new homes.") == ["40 per cent"]
    assert _other_year("By 2030, flats will make up 55 per cent of new homes.") == ["55 per cent"]


def test_the_figure_of_the_year_or_a_sentence_with_no_year_passes() -> None:
    assert _other_year("By 2045, flats will make up 55 per cent of new homes.") == []
    assert _other_year("Flats will make up 40 per cent of new homes by 2030.") == []
    assert _other_year("Flats will make up 40 per cent of new homes.") == []
    # the summary writes the other figure too: its year may be that figure's
    summary = "Flats will make up 40 per cent of new homes, and 55 per cent by 2045."
    assert _other_year(summary) == []


def test_a_year_the_article_gives_no_other_figure_is_not_judged() -> None:
    article = PLAN.replace("and 55 per cent of new homes between 2020 and 2045", "at the latest")
    assert _other_year("By 2045, flats will make up 40 per cent of new homes.", article) == []


def test_years_after_a_figure_stop_at_the_next_figure() -> None:
    src = article_index(PLAN)
    years = {n.quantity.text: years_after(src, n) for n in src.numbers if n.quantity.unit}
    assert years["40 per cent"] == {"2020", "2030"}
    assert years["55 per cent"] == {"2020", "2045"}
