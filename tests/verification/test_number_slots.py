"""factkit.verification.number_slots: rules that tell a summary number sits in another article
number's slot (its very neighbours, or a count the article gives only as an age)."""

from __future__ import annotations

from factkit.annotate.quantities import find_quantities
from factkit.document import Quantity
from factkit.verification.number_slots import (
    amount_noun_moved,
    bare_count_moved,
    bound_on_exact,
    only_a_count,
    only_an_age,
    took_a_whole_slot,
    took_anothers_words,
)


def test_a_number_in_another_numbers_words() -> None:
    assert took_anothers_words({"adj_own": 0.0, "adj_other": 4.0})
    assert took_anothers_words({"adj_own": 1.0, "adj_other": 3.0})
    # its own value stands among two of those words too, or the rival shares only one side
    assert not took_anothers_words({"adj_own": 2.0, "adj_other": 4.0})
    assert not took_anothers_words({"adj_own": 0.0, "adj_other": 2.0})


def test_a_number_in_all_four_of_another_numbers_words() -> None:
    # all four neighbours are another value's and the slot check ranks that value first
    assert took_a_whole_slot({"adj_own": 3.0, "adj_other": 4.0, "rule": 1.0})
    assert took_anothers_words({"adj_own": 2.0, "adj_other": 4.0, "rule": 1.0})
    # the slot check puts a number of its value first, or its value has all four words too,
    # or the rival has only three
    assert not took_a_whole_slot({"adj_own": 3.0, "adj_other": 4.0, "rule": 0.0})
    assert not took_a_whole_slot({"adj_own": 4.0, "adj_other": 4.0, "rule": 1.0})
    assert not took_a_whole_slot({"adj_own": 0.0, "adj_other": 3.0, "rule": 1.0})


def test_a_value_the_article_gives_only_as_an_age() -> None:
    article = "Tom Hart, 37, posted a photo. The 37-year-old said it drew 100 replies."
    ages = [q for q in find_quantities(article) if q.value == 37]
    [uploads] = find_quantities("He posted 37 uploads.")
    [cost] = find_quantities("It cost £37.")
    assert len(ages) == 2 and only_an_age(article, uploads, ages)
    assert only_an_age(article, cost, ages)  # an amount is no age either
    counted = "Tom Hart, 37, posted a photo that drew 37 replies."
    thirty_sevens = [q for q in find_quantities(counted) if q.value == 37]
    assert not only_an_age(counted, uploads, thirty_sevens)
    [replies] = find_quantities("It drew 100 replies.")
    assert not only_an_age(
        article, replies, [q for q in find_quantities(article) if q.value == 100]
    )
    assert not only_an_age(article, uploads, [])
    # a bare number, or a number of years (an age told otherwise), is not judged here
    [bare] = find_quantities("He posted 37.")
    assert not only_an_age(article, bare, ages)
    [years] = find_quantities("He had waited 37 years.")
    assert not only_an_age(article, years, ages)


def test_a_larger_count_whose_value_the_article_leaves_bare() -> None:
    article = "The 311 helpline logged 133 complaints. Of those, 97 came from Brooklyn."
    numbers = find_quantities(article)
    [helpline] = [q for q in numbers if q.value == 311]
    swapped = find_quantities("It logged 311 complaints.")[0]

    def counted(q: Quantity) -> str | None:
        return q.unit

    assert bare_count_moved(swapped, counted(swapped), [helpline], lambda: numbers, counted)
    # a smaller count is a part the article may leave bare; a value it counts is judged elsewhere
    part = find_quantities("97 complaints came from Brooklyn.")[0]
    ninety_sevens = [q for q in numbers if q.value == 97]
    assert not bare_count_moved(part, counted(part), ninety_sevens, lambda: numbers, counted)
    right = find_quantities("It logged 133 complaints.")[0]
    own = [q for q in numbers if q.value == 133]
    assert not bare_count_moved(right, counted(right), own, lambda: numbers, counted)
    assert not bare_count_moved(swapped, counted(swapped), [], lambda: numbers, counted)


def test_the_noun_after_an_amount_goes_with_another_amount() -> None:
    article = "He lost his case against an £85 fine. The judges earn more than £200,000 a year."
    amounts = find_quantities(article)
    own = [q for q in amounts if q.value == 200_000]
    summary = "He lost his case against a £200,000 fine."
    [claimed] = find_quantities(summary)
    assert amount_noun_moved(summary, claimed, article, own, amounts)
    # the article's amount of that value has that noun too, or no amount of the window has it
    both = article + " A £200,000 fine was once given."
    theirs = [q for q in find_quantities(both) if q.value == 200_000]
    assert not amount_noun_moved(summary, claimed, both, theirs, find_quantities(both))
    salary = "They earn a £200,000 salary."
    [paid] = find_quantities(salary)
    assert not amount_noun_moved(salary, paid, article, own, amounts)


def test_an_age_the_article_gives_only_as_a_count() -> None:
    article = "Ray Dunn is wanted for 22 crimes. The 52-year-old wore £159 shoes to court."
    for value in (22, 159):
        found = [q for q in find_quantities(article) if q.value == value]
        assert found and only_a_count(article, value, found)
    # the value is an age too, a number of years (maybe the age told otherwise), or not given
    aged = article + " His son, 22, was there."
    assert not only_a_count(aged, 22, [q for q in find_quantities(aged) if q.value == 22])
    served = "Ray Dunn served 22 years for the crimes."
    assert not only_a_count(served, 22, [q for q in find_quantities(served) if q.value == 22])
    assert not only_a_count(article, 52, [])


def test_the_end_of_a_season_is_no_age() -> None:
    from factkit.verification.numbers import slot_numbers

    article = "Rivas joined Leeds in the 2010-11 season. AGE: 27."
    found = [q for q in slot_numbers(article, 0, len(article), [], []) if q.value == 11]
    assert found and only_a_count(article, 11, found)
    assert not only_a_count(article, 27, [q for q in find_quantities(article) if q.value == 27])


def test_a_bound_on_a_figure_the_article_gives_exactly() -> None:
    article = "He was charged with stealing £572,206 from the firm, which employs 1,500 staff."
    numbers = find_quantities(article)

    def judged(summary: str) -> bool:
        [claimed] = find_quantities(summary)
        return bound_on_exact(claimed, [q for q in numbers if q.value == claimed.value])

    assert judged("He stole more than £572,206.")
    # no bound, a round figure, or an article that bounds it too
    assert not judged("He stole £572,206.")
    assert not judged("The firm employs more than 1,500 staff.")
    bounded = "He stole more than £572,206."
    [claimed] = find_quantities(bounded)
    assert not bound_on_exact(claimed, find_quantities("Police say more than £572,206 went."))


def test_a_bound_on_a_two_digit_count_the_article_gives_exactly() -> None:
    article = "A bomb at the rally killed 22 people. Another attack killed more than 30 people."
    numbers = find_quantities(article)

    def judged(summary: str) -> bool:
        [claimed] = find_quantities(summary)
        return bound_on_exact(claimed, [q for q in numbers if q.value == claimed.value])

    assert judged("More than 22 people were killed at the rally.")
    # the bound the article gives, no bound, or a figure off the fives' roundness: no finding
    assert not judged("More than 30 people were killed.")
    assert not judged("The rally bomb killed 22 people.")
    article = "The blaze destroyed 15 homes."
    [claimed] = find_quantities("The blaze destroyed more than 15 homes.")
    assert not bound_on_exact(claimed, find_quantities(article))
