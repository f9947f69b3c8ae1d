"""factkit.verification.age_owners: an age the summary gives to a name's relative ("Carter's
16-year-old son") where the article gives that value only to the name itself."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

STORY = (
    "A teenage sailor has crossed the Atlantic alone. "
    "Setting off from Lisbon in March, 16-year-old Tom Carter reached Antigua after 41 days. "
    "He was met on the quay by his family, including Carter's 9-year-old sister Ella."
)


def test_the_owners_own_age_given_to_a_relative_is_a_mismatch() -> None:
    for summary in (
        "Carter's 16-year-old sister met him on the quay.",
        "Carter's 16-year-old brother was waiting in Antigua.",
    ):
        details = number_mismatches(summary, STORY)
        assert [g for d, g in details if "gives it to Carter" in d] == ["16"], (summary, details)


def test_the_relatives_own_age_and_the_owners_age_are_supported() -> None:
    for summary in (
        "Carter's 9-year-old sister met him on the quay.",  # the article's own sister's age
        "16-year-old Tom Carter sailed alone.",  # the owner's age, given to him
    ):
        assert not any("gives it to" in d for d, _ in number_mismatches(summary, STORY)), summary
