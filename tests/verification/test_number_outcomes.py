"""factkit.verification.number_outcomes: a count of one outcome (killed) whose value the article
gives only as a count of its rival (wounded)."""

from __future__ import annotations

from factkit.document import Quantity, ReasonType
from factkit.verification import verify
from factkit.verification.number_outcomes import outcomes, rival_outcome

ARTICLE = (
    "Attackers dressed as doctors stormed the largest military hospital in Kabul on Wednesday. "
    "At least 30 people were killed, officials said. More than 50 people were also wounded, "
    "the defence ministry said."
)


def _q(text: str, number: str, value: float | None = None) -> Quantity:
    start = text.index(number)
    return Quantity(number, start, start + len(number), float(number) if value is None else value)


def _article_numbers(value: str) -> list[Quantity]:
    return [_q(ARTICLE, value)]


def test_the_outcome_is_read_from_the_numbers_clause() -> None:
    text = "More than 50 people have been killed in Kabul"
    assert outcomes(text, _q(text, "50")) == {0: {0}}
    assert outcomes(ARTICLE, _q(ARTICLE, "50")) == {0: {1}}
    # a comma ends the clause; both outcomes around a number say nothing
    assert outcomes("In Kabul, 50 people", _q("In Kabul, 50 people", "50")) == {}
    text = "3 dead and 12 hurt"
    assert outcomes(text, _q(text, "12")) == {0: {0, 1}}
    # every form of the verb: "killing eight and wounding more" counts the dead and the wounded
    text = "a bombing that targeted him, killing eight and wounding more"
    assert outcomes(text, _q(text, "eight", 8.0)) == {0: {0, 1}}


def test_a_count_of_the_dead_is_no_count_of_the_wounded() -> None:
    text = "More than 50 people have been killed."
    assert rival_outcome(text, _q(text, "50"), ARTICLE, _article_numbers("50"))
    text = "More than 50 people were wounded."
    assert not rival_outcome(text, _q(text, "50"), ARTICLE, _article_numbers("50"))
    text = "At least 30 people were killed."
    assert not rival_outcome(text, _q(text, "30"), ARTICLE, _article_numbers("30"))
    text = "3 dead and 50 hurt."
    assert not rival_outcome(text, _q(text, "50"), ARTICLE, _article_numbers("50"))


def test_the_swapped_count_is_flagged_and_the_right_one_is_not() -> None:
    swapped = verify(
        "More than 50 people have been killed in an attack on a Kabul hospital.", ARTICLE
    )
    assert [r.type for s in swapped.sentences for r in s.reasons] == [ReasonType.NUMBER_MISMATCH]
    kept = verify("At least 30 people have been killed in an attack on a Kabul hospital.", ARTICLE)
    assert kept.all_supported
    wounded = verify("More than 50 people were wounded in an attack on a Kabul hospital.", ARTICLE)
    assert wounded.all_supported
