"""factkit.verification.age_bystanders: an age the article gives only to a named person whose
outcome it never tells, while it tells that outcome of a person of another age, is not the age
of the one with that outcome."""

from __future__ import annotations

from factkit.verification.age_bystanders import bystander_ages
from factkit.verification.number_ages import find_ages
from tests.verification.conftest import article_index, number_mismatches

ARTICLE = (
    "Named: Dean Marsh, 16, was shot dead by a gunman in Hartley on Friday night. "
    "Police say Marsh had been arguing with Connor Blake, 19, outside a shop. "
    "Blake told officers he ran when the shots were fired. "
    "Detectives are appealing for witnesses."
)


def _bystanders(summary: str, article: str = ARTICLE) -> list[str]:
    return [g for d, g in number_mismatches(summary, article) if "no such outcome" in d]


def test_the_age_of_a_bystander_is_not_the_age_of_the_dead() -> None:
    # the article's 19 is Blake's, of whom it tells no death; its dead boy is 16
    assert _bystanders("A 19-year-old boy was shot dead by a gunman in Hartley.") == ["16"]
    # the dead boy's own age passes
    assert _bystanders("A 16-year-old boy was shot dead by a gunman in Hartley.") == []


def test_no_outcome_in_the_summary_says_nothing() -> None:
    assert _bystanders("A 19-year-old man was questioned about the shooting in Hartley.") == []


def test_an_outcome_told_of_the_named_person_anywhere_clears_the_age() -> None:
    # a later sentence naming Blake tells his death: the 19-year-old may be dead too
    article = ARTICLE + " Blake died of his injuries in hospital on Sunday."
    assert _bystanders("A 19-year-old boy was shot dead by a gunman in Hartley.", article) == []


def test_an_age_of_no_name_in_the_article_is_left_alone() -> None:
    # "a 19-year-old" in the article could be anybody, the dead too
    article = ARTICLE.replace("Connor Blake, 19,", "a 19-year-old")
    assert _bystanders("A 19-year-old boy was shot dead by a gunman in Hartley.", article) == []


def test_a_named_summary_age_is_not_judged_here() -> None:
    text = "Connor Blake, 19, was shot dead by a gunman in Hartley."
    found = bystander_ages(text, find_ages(text, 0, len(text)), article_index(ARTICLE))
    assert found == {}
