"""factkit.verification.checks.number_slot_check: the number of a name ("a Nexus 5 phone") is
no count, a sum reads the same whatever scale word writes it, and a quantity the same whether its
unit is hyphened to it or plural ("a 90-minute crossing" took "90 minutes"), or rounded off under
a hedge ("almost £50,000" for £48,350); an age stays no length of time."""

from __future__ import annotations

from factkit.config import Config
from factkit.document import Quantity
from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier
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


def test_a_unit_hyphened_or_in_the_plural_is_written_the_same() -> None:
    assert written_form("90-minute") == written_form("90 minutes") == "90 minute"
    assert written_form("40-metre") == written_form("40 metres") == written_form("40 metre")
    assert written_form("ninety minutes") != written_form("90 minutes")  # words, not digits
    assert written_form("2-0") == "2-0"  # a hyphen between numbers joins no unit


FERRY = (
    "The ferry left Dover on Saturday morning with 412 passengers on board. "
    "The 90-minute crossing ended when the ship docked at Calais. "
    "Passengers raised £48,350 for the lifeboat charity during the voyage. "
    "Captain Ellis, who led the 12-year-old charity, has sailed the route for 30 years."
)


def _same_text(summary: str, article_text: str = FERRY) -> dict[str, float]:
    """The ``same_text`` evidence of each of ``summary``'s number slots against the article,
    by the number's words."""
    verifier = Verifier(Config())
    verifier.trace = []
    article = article_from_text(article_text)
    verifier.verify(summary, article, split_sentences(article.text))
    return {
        summary[int(ev["span_start"]) : int(ev["span_end"])]: ev["same_text"]
        for ev in verifier.trace
        if ev["check"] == "number"
    }


def test_a_quantity_written_another_way_is_the_same_text() -> None:
    assert _same_text("The ferry crossing to Calais took 90 minutes.") == {"90 minutes": 1.0}
    raised = _same_text("Passengers raised almost £50,000 for the lifeboat charity.")
    assert raised == {"£50,000": 1.0}
    assert _same_text("Passengers raised £48,350 for the lifeboat charity.") == {"£48,350": 1.0}


def test_an_age_is_no_length_of_time_written_another_way() -> None:
    article = FERRY.replace(
        "Captain Ellis, who led the 12-year-old charity, has sailed the route for 30 years.",
        "The lifeboat charity has saved sailors for 12 years.",
    )
    # "12-year-old" is an age, the article's "for 12 years" a length of time
    aged = "The 12-year-old lifeboat charity has saved sailors."
    assert _same_text(aged, article) == {"12-year": 0.0}
    assert _same_text("The lifeboat charity, 12 years old, has saved sailors.", article) == {
        "12 years": 1.0
    }
