"""factkit.verification.checks.number_slot_check: the number of a name ("a Nexus 5 phone") is
no count, and a sum reads the same whatever scale word writes it."""

from __future__ import annotations

from factkit.document import Quantity
from factkit.ingest import article_from_text
from factkit.verification.checks.number_slot_check import designator, written_form

PHONES = (
    "A homeless woman found a flat using a Nexus 5 phone from a charity in San Jose. "
    "The charity has given out 100 phones to homeless people so far this year."
)


def test_a_number_that_is_part_of_a_name_is_no_rival_for_a_count() -> None:
    article = article_from_text(PHONES)
    five = PHONES.index("5 phone")
    assert designator(article.text, Quantity("5", five, five + 1, 5.0, "phone"))
    hundred = PHONES.index("100")
    assert not designator(article.text, Quantity("100", hundred, hundred + 3, 100.0))
    for rank in ("World No 3 Davis", "the Top 10 list", "on April 12 she", "Only 5 people"):
        digits = next(i for i, c in enumerate(rank) if c.isdigit())
        number = rank[digits:].split()[0]
        quantity = Quantity(number, digits, digits + len(number), float(number))
        assert not designator(rank, quantity), rank


def test_a_sum_written_with_another_scale_word_is_the_same_text() -> None:
    assert (
        written_form("£17m")
        == written_form("£17million")
        == written_form("£17 million")
        == "17million"
    )
    assert written_form("£17m") != written_form("£17bn")
