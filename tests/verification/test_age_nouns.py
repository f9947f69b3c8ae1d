"""factkit.verification.age_nouns: ages a person noun rules out ("an 51-year-old boy")."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify
from factkit.verification.age_nouns import ages_the_noun_rules_out
from factkit.verification.number_ages import find_ages

ARTICLE = (
    "Tom Hale died after Gary Green, 51, of Park Road, reversed his tractor into him at a farm "
    "near Leeds in August. The boy had been walking across a closed-off field. Green admitted "
    "causing death by careless driving and was jailed for 16 months."
)


def _ruled_out(text: str) -> list[tuple[float, str]]:
    return [
        (age.value, noun) for age, noun in ages_the_noun_rules_out(text, find_ages(text), len(text))
    ]


def test_an_age_outside_its_nouns_range_is_ruled_out() -> None:
    assert _ruled_out("A driver killed an 51-year-old boy.") == [(51.0, "boy")]
    assert _ruled_out("Two 45-year-old children suffered burns.") == [(45.0, "child")]
    assert _ruled_out("A 4-year-old woman and a 15-year-old teenager.") == [(4.0, "woman")]
    # generous bounds: news calls a woman of 25 a girl
    assert _ruled_out("He raped the 25-year-old girl at the station.") == []


def test_a_noun_that_modifies_another_is_no_persons_age() -> None:
    assert _ruled_out("The 30-year-old child star said it.") == []
    assert _ruled_out("A 51-year-old baby boomer retired.") == []
    assert _ruled_out("An 51-year-old boy suffered head injuries.") == [(51.0, "boy")]


def test_an_age_given_to_somebody_else_cannot_be_the_boys() -> None:
    swapped = verify("A tractor driver who killed a 51-year-old boy has been jailed.", ARTICLE)
    found = [r for s in swapped.sentences for r in s.reasons]
    assert [r.type for r in found] == [ReasonType.NUMBER_MISMATCH]
    assert "boy" in found[0].detail
    # the same age for the man the article gives it to is still supported
    kept = verify("A 51-year-old tractor driver who killed a boy has been jailed.", ARTICLE)
    kept_types = [r.type for s in kept.sentences for r in s.reasons]
    assert ReasonType.NUMBER_MISMATCH not in kept_types


def test_irregular_plurals_are_read_as_their_singular() -> None:
    # the plurals come from lang/en/age_noun_plurals.txt; each is ruled out as its singular
    assert _ruled_out("Two 3-year-old women were hurt.") == [(3.0, "woman")]
    assert _ruled_out("Two 5-year-old men were hurt.") == [(5.0, "man")]
    assert _ruled_out("Two 9-year-old babies were hurt.") == [(9.0, "baby")]
    # a regular plural just drops its "s"
    assert _ruled_out("Two 45-year-old boys were hurt.") == [(45.0, "boy")]
