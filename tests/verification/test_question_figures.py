"""factkit.verification.question_figures: a figure the article writes only as a question of
its own supports no figure a summary states."""

from __future__ import annotations

from factkit.verification import verify

ARTICLE = (
    "A driver who was fined £60 for parking outside a school has lost his appeal. "
    "Tom Reed, 52, said the £60 fine was unfair because the signs had been removed. "
    "Campaigners said the ruling gave councils a free hand. "
    "'If £60 is a fair fine, what is not? £90? £150? Drivers deserve better,' one said. "
    "The council said it would review its signs next month."
)


def _details(summary: str) -> list[str]:
    return [r.detail for s in verify(summary, ARTICLE).sentences for r in s.reasons]


def test_a_value_given_only_as_a_question_is_a_mismatch() -> None:
    summary = "Tom Reed said the £90 fine was unfair because the signs had been removed."
    assert _details(summary) == ["the article gives '£90' only as a question ('£90?')"]


def test_the_stated_value_stays_supported() -> None:
    assert _details("Tom Reed said the £60 fine was unfair because the signs were removed.") == []


def test_a_question_in_the_summary_is_not_judged() -> None:
    assert not any("question" in d for d in _details("Is the fair fine £90? Campaigners ask."))
