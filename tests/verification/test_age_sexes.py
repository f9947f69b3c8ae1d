"""factkit.verification.age_sexes: an age the article gives only to people of the other sex
("a 22-year-old girl" where the article's 22 is "the man, 22,")."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify
from factkit.verification.age_sexes import other_sex_reasons
from factkit.verification.number_ages import find_ages

ARTICLE = (
    "A girl was attacked as she walked home through a park in Birmingham last month. "
    "British Transport Police said the man, 22, from Birmingham, was arrested on Wednesday "
    "and had now been bailed after being questioned by detectives."
)


def _ruled_out(summary: str, article: str = ARTICLE) -> list[str]:
    found = other_sex_reasons(summary, find_ages(summary, 0, len(summary)), article)
    return [summary[r.summary_span[0] : r.summary_span[1]] for r in found.values()]


def test_an_age_of_a_man_is_no_age_of_a_girl() -> None:
    assert _ruled_out("An attack on a 22-year-old girl in Birmingham.") == ["22"]
    assert _ruled_out("The woman, aged 22, was attacked.") == ["22"]
    # the same sex, or no noun that says it, is left to the other checks
    assert _ruled_out("A 22-year-old man was arrested.") == []
    assert _ruled_out("A 22-year-old was arrested.") == []
    assert _ruled_out("A 23-year-old girl was attacked.") == []


def test_an_age_the_article_also_gives_to_somebody_unsexed_stands() -> None:
    article = ARTICLE + " Jo Bell, 22, saw the attack."
    assert _ruled_out("An attack on a 22-year-old girl in Birmingham.", article) == []
    article = ARTICLE + " His sister, 22, was not there."
    assert _ruled_out("His 22-year-old sister was not there.", article) == []


def test_the_swapped_age_is_flagged_and_the_mans_is_not() -> None:
    swapped = verify("A man was arrested after an attack on a 22-year-old girl.", ARTICLE)
    found = [r for s in swapped.sentences for r in s.reasons]
    assert [r.type for r in found] == [ReasonType.NUMBER_MISMATCH]
    assert "girl" in found[0].detail
    kept = verify("A 22-year-old man was arrested over an attack on a girl.", ARTICLE)
    assert kept.all_supported
