"""factkit.verification.age_pronouns: an age a pronoun holds ("She was 27 years old") is the
age of the person the pronoun stands for, not of whoever the article gives that value."""

from __future__ import annotations

from factkit.document import ReasonType
from factkit.verification import verify

ARTICLE = (
    "Rescuers found 34-year-old Anna Kowalski and 27-year-old Maria Lopez on the mountain "
    "late on Sunday. Kowalski had slipped on the ice and broken her leg, police said. Lopez "
    "stayed with her through the night and kept her warm with a foil blanket."
)
SOMEBODY_ELSES = "to somebody else, not to this person"


def _details(summary: str, article: str = ARTICLE) -> list[str]:
    found = verify(summary, article)
    return [r.detail for s in found.sentences for r in s.reasons]


def test_a_pronouns_age_given_to_somebody_else_is_a_mismatch() -> None:
    summary = "Anna Kowalski broke her leg on the mountain. She was 27 years old."
    found = verify(summary, ARTICLE)
    reasons = [r for s in found.sentences for r in s.reasons]
    assert [r.type for r in reasons] == [ReasonType.NUMBER_MISMATCH]
    assert SOMEBODY_ELSES in reasons[0].detail
    start, end = reasons[0].summary_span
    assert summary[start:end] == "27"


def test_the_persons_own_age_stands() -> None:
    assert _details("Anna Kowalski broke her leg on the mountain. She was 34 years old.") == []
    assert _details("Maria Lopez stayed with her friend. She was 27 years old.") == []


def test_a_pronoun_that_cannot_be_told_is_left_to_the_other_checks() -> None:
    # two people before "she": either may be meant
    summary = "Anna Kowalski and Maria Lopez were found. She was 27 years old."
    assert not any(SOMEBODY_ELSES in d for d in _details(summary))
    # a person the article gives no age: nothing says the value is not theirs
    article = ARTICLE + " Their friend Jane Booth raised the alarm."
    summary = "Jane Booth raised the alarm. She was 27 years old."
    assert not any(SOMEBODY_ELSES in d for d in _details(summary, article))


def test_an_age_tied_to_a_name_after_the_pronoun_is_that_names() -> None:
    # "27-year-old Maria Lopez" is Lopez's age, though "she" (Kowalski) comes before it
    summary = "Anna Kowalski fell on the ice. She was found with 27-year-old Maria Lopez."
    assert not any(SOMEBODY_ELSES in d for d in _details(summary))
