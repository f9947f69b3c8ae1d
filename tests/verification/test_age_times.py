"""factkit.verification.age_times: an age that describes its person now ("the 4-year-old fled")
whose value the article gives only as an age at another time ("when he was 4 years old")."""

from __future__ import annotations

from factkit.verification.age_times import dated
from tests.verification.conftest import number_mismatches

TEACHER = (
    "Police in Ohio are searching for a 31-year-old swimming coach who fled the country. "
    "The coach, a native of Lisbon, left after police questioned him. His parents moved him "
    "to the US when he was 4 years old, a neighbour said."
)


def _past(summary: str, article: str) -> list[str]:
    """The article figures quoted by the age-at-another-time mismatches of ``summary``."""
    return [g for d, g in number_mismatches(summary, article) if "another time" in d]


def test_an_age_from_the_past_given_as_the_age_now_is_a_mismatch() -> None:
    assert _past("The 4-year-old, a native of Lisbon, fled the country.", TEACHER) == ["4 years"]
    assert _past("The 31-year-old, a native of Lisbon, fled the country.", TEACHER) == []


def test_every_phrase_that_dates_an_age_is_read() -> None:
    for dating, quoted in (
        ("at the age of 4", "4"),
        ("when he was just 4", "4"),
        ("since he turned 4", "4"),
        ("as a 4-year-old", "4-year"),
    ):
        article = TEACHER.replace("when he was 4 years old", dating)
        assert _past("The 4-year-old coach fled the country.", article) == [quoted]


def test_a_summary_that_dates_the_age_too_is_left_alone() -> None:
    assert _past("The coach moved to the US as a 4-year-old.", TEACHER) == []
    assert _past("The coach moved to the US aged 4.", TEACHER) == []


def test_a_value_the_article_also_gives_otherwise_is_left_alone() -> None:
    article = TEACHER.replace("a neighbour said", "a 4-year-old neighbour said")
    assert _past("The 4-year-old, a native of Lisbon, fled the country.", article) == []


def test_dated_reads_the_words_right_before_the_number() -> None:
    text = "She moved when she was 9 and is 12 now."
    assert dated(text, text.index("9"))
    assert not dated(text, text.index("12"))


def test_an_article_with_no_age_now_leaves_its_dated_age_to_the_story() -> None:
    # a child who "died when she was 5" is rightly "Ella Smith, 5" in a summary: with no other
    # age in the article, the dated age is the age at the story's own event
    article = (
        "Ella Smith died in hospital in Leeds on Tuesday after a short illness. She was taken "
        "ill at school and died when she was 5 years old, her family said."
    )
    assert _past("Ella Smith, 5, died in hospital in Leeds.", article) == []
    assert _past("The 5-year-old died in hospital in Leeds.", article) == []
    # an age now elsewhere in the article ("her 31-year-old mother") brings the rule back
    mother = article.replace("her family said", "her 31-year-old mother said")
    assert _past("The 5-year-old died in hospital in Leeds.", mother) == ["5 years"]


TEACHER_TRIAL = (
    "A 31-year-old swimming coach admitted abusing two pupils. Prosecutors said the coach, "
    "a native of Lisbon, could face up to 45 years in prison. He had contacted a girl under 16 "
    "online, police said."
)


def _nobody(summary: str, article: str) -> list[str]:
    """The article figures quoted by the mismatches of ``summary`` that say the article's
    number is a term or a limit, no age."""
    return [
        g for d, g in number_mismatches(summary, article) if "term" in d or "limit of ages" in d
    ]


def test_a_term_of_years_gives_nobody_an_age() -> None:
    summary = "The 45-year-old coach admitted abusing two pupils."
    assert _nobody(summary, TEACHER_TRIAL) == ["45 years"]
    article = TEACHER_TRIAL.replace("45 years in prison", "45 years behind bars")
    assert _nobody(summary, article) == ["45 years"]


def test_a_limit_of_ages_gives_nobody_an_age() -> None:
    assert _nobody("The 16-year-old coach admitted abusing two pupils.", TEACHER_TRIAL) == ["16"]


def test_a_span_that_is_no_term_or_an_age_given_too_is_left_alone() -> None:
    spent = TEACHER_TRIAL.replace("45 years in prison", "45 years of appeals")
    assert _nobody("The 45-year-old coach admitted abusing two pupils.", spent) == []
    also = TEACHER_TRIAL.replace("A 31-year-old", "A 45-year-old")
    assert _nobody("The 45-year-old coach admitted abusing two pupils.", also) == []
