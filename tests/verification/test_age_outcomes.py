"""factkit.verification.age_outcomes: an age the article gives only to somebody of the rival
outcome (injured, not killed) is somebody else's."""

from __future__ import annotations

from factkit.document import ReasonType, SegmentKind, Sentence
from factkit.split import split_sentences
from factkit.verification import verify
from factkit.verification.age_outcomes import rival_outcome_ages
from factkit.verification.number_ages import find_ages

ARTICLE = (
    "A man has died after being shot outside a house in Leeds. "
    "Officers found him with a gunshot wound to his chest and he died in hospital. "
    "There have been several shootings in the city in recent weeks. "
    "On Monday, a 31-year-old man was seriously injured when he was shot in the street."
)


def _body(article: str) -> list[Sentence]:
    return [s for s in split_sentences(article) if s.kind == SegmentKind.BODY]


def _judged(text: str) -> dict[int, tuple[int, int] | None]:
    found = rival_outcome_ages(text, find_ages(text, 0, len(text)), ARTICLE, _body(ARTICLE))
    return {start: reason.summary_span for start, reason in found.items()}


def test_an_age_of_the_injured_is_no_age_of_the_dead() -> None:
    text = "A 31-year-old man has died after being shot in Leeds."
    assert _judged(text) == {2: (2, 4)}  # the digits of "31-year-old"
    # the injured man's own age, and an age the article does not give, say nothing here
    assert _judged("A 31-year-old man was injured after being shot in Leeds.") == {}
    assert _judged("A 40-year-old man has died after being shot in Leeds.") == {}


def test_an_age_whose_person_has_both_outcomes_is_not_judged() -> None:
    # injured, then dead: the article's 31-year-old may be the summary's
    article = ARTICLE + " He later died in hospital. Police are appealing for witnesses."
    text = "A 31-year-old man has died after being shot in Leeds."
    assert rival_outcome_ages(text, find_ages(text, 0, len(text)), article, _body(article)) == {}


def test_only_an_age_that_names_nobody_else_is_judged() -> None:
    # after a name the age is that person's (``judge_ages``), not one of a description
    assert _judged("John Smith, 31, has died after being shot in Leeds.") == {}


def test_the_swapped_age_is_flagged_and_the_right_outcome_is_not() -> None:
    swapped = verify("A 31-year-old man has died after being shot in Leeds.", ARTICLE)
    assert ReasonType.NUMBER_MISMATCH in [r.type for s in swapped.sentences for r in s.reasons]
    kept = verify("A 31-year-old man was injured after being shot in the street.", ARTICLE)
    assert ReasonType.NUMBER_MISMATCH not in [r.type for s in kept.sentences for r in s.reasons]
