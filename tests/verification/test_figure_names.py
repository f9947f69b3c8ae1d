"""factkit.verification.figure_names: a count the article gives away from the summary's names
("6,500 fighters ... active in the country" of Afghanistan) while it gives those names another
count ("Syria and Iraq ... over 20,000 fighters")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

REPORT = (
    "A United Nations report found that foreign fighters are spreading across the world. "
    "Syria and Iraq were the biggest destinations, with over 20,000 foreign fighters arriving. "
    "The report warned the fighters could scatter if the militants were defeated. "
    "Afghan officials estimated in March that about 6,500 foreign fighters were active in the "
    "country. "
    "Hundreds more are fighting in Yemen and Libya."
)


def _away(summary: str, article: str = REPORT) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "never gives" in d]


def test_a_count_moved_among_other_names_is_a_mismatch() -> None:
    assert _away("More than 6,500 foreign fighters have fled to Syria and Iraq.") == ["6,500"]


def test_a_count_given_near_its_names_stays_supported() -> None:
    assert _away("More than 20,000 foreign fighters have fled to Syria and Iraq.") == []
    # the sentence before the figure's names the place: "the country" is Afghanistan
    assert _away("About 6,500 foreign fighters are active in Afghanistan.") == []


def test_a_pronoun_near_the_figure_may_stand_for_the_name() -> None:
    article = REPORT.replace("Afghan officials estimated", "They estimated")
    assert _away("More than 6,500 foreign fighters have fled to Syria and Iraq.", article) == []


def test_no_rival_count_among_the_names_leaves_it_alone() -> None:
    article = REPORT.replace("with over 20,000 foreign fighters arriving", "with most arriving")
    assert _away("More than 6,500 foreign fighters have fled to Syria and Iraq.", article) == []


def test_a_sum_is_not_judged() -> None:
    # a sum is written of what a common noun stands for ("the museum" is the Halden museum)
    article = (
        "Thieves stole 13 works worth $500million from the Halden Museum in Boston. "
        "The theft remains unsolved after 25 years. "
        "The museum is offering a $5million reward for their return."
    )
    assert _away("Halden museum offers $5million reward for the works.", article) == []


def test_a_month_is_no_name() -> None:
    article = (
        "Over 20,000 foreign fighters had reached the region by March, the report said. "
        "The report warned the fighters could scatter if the militants were defeated. "
        "About 6,500 foreign fighters are active in the mountains, officials said."
    )
    assert _away("About 6,500 foreign fighters were counted in March.", article) == []
