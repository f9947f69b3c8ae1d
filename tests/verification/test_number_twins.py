"""factkit.verification.number_twins: a summary figure that takes the value of another figure of
its own sentence ("married 10 men over 10 years" where the article's only 10 is "10 men")."""

from __future__ import annotations

from tests.verification.conftest import number_mismatches

STORY = (
    "A Leeds landlord was charged on Monday with renting out 8 flats over the course of 5 years "
    "without a licence. Inspectors said the flats were cold and damp. "
    "The council said 30 tenants had complained since 2019. "
    "Firefighters carrying two 9ft ladders reached the roof, where 14 people were waiting. "
    "The landlord, who owns a shop in the city, denies the charges."
)


def _twins(summary: str, article: str = STORY) -> list[str]:
    """The article figures quoted by the twin mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "not this figure" in d]


def test_a_figure_that_takes_its_twins_value_is_a_mismatch() -> None:
    # the article's only 8 counts flats, and it writes no 8 years
    assert _twins("The landlord rented out 8 flats over 8 years without a licence.") == ["8"]
    # a bare count that takes the value of a measurement glued to its unit
    assert _twins("Firefighters reached the roof, 9 of them carrying two 9-foot ladders.") == [
        "9ft"
    ]


def test_the_true_figures_and_a_value_the_article_gives_both_kinds_are_left_alone() -> None:
    assert _twins("The landlord rented out 8 flats over 5 years without a licence.") == []
    assert _twins("Firefighters carrying two 9-foot ladders reached 14 people.") == []
    both = STORY + " He was banned for 8 years in 2009."
    assert _twins("The landlord rented out 8 flats over 8 years without a licence.", both) == []


def test_a_bare_count_beside_a_count_of_things_is_left_alone() -> None:
    # "30 of them" may count the 30 tenants: only a glued measurement is a twin of a bare count
    summary = "The council said 30 tenants had complained, 30 of them since 2019."
    assert _twins(summary) == []


def test_an_age_is_left_to_the_age_checks() -> None:
    # the age checks settle "85-year-old" against "Mr Reid, 85,"
    story = STORY + " Mr Reid, 85, was fined £85 for parking."
    assert _twins("The 85-year-old Mr Reid was fined £85 for parking.", story) == []


def test_a_value_the_article_also_writes_bare_is_left_alone() -> None:
    story = STORY + " The council sent 40 letters."
    assert _twins("The council sent 40 letters over 40 days.", story) == ["40"]
    # a 40 with no unit but a counted word after it is of that word's kind
    story += " He was warned 40 times."
    assert _twins("The council sent 40 letters over 40 days.", story) == ["40"]
    # a bare article 40 ("The 40 were") may be of any kind
    story += " The 40 were all sent home."
    assert _twins("The council sent 40 letters over 40 days.", story) == []
