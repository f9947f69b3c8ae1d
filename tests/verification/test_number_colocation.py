"""factkit.verification.number_colocation: a figure in digits whose article occurrences share
none of its words or its unit is in another number's place."""

from __future__ import annotations

from factkit.document import Quantity, ReasonType
from factkit.verification import verify
from factkit.verification.index import IndexedNumber
from factkit.verification.neighbours import Neighbours
from factkit.verification.number_colocation import shares_no_word, written_year, year_like

ARTICLE = (
    "Conditions are expected to worsen in the afternoon, with gale-force winds on the way. "
    "The ship has been sitting at Pier 7 of the harbour since it was damaged. Around 300 "
    "passengers are still on board."
)


def _at(text: str, value: float, words: set[str], unit: str | None = None) -> IndexedNumber:
    q = Quantity(text=text, start=0, end=len(text), value=value, unit=unit)
    return IndexedNumber(q, 0, frozenset(words), Neighbours((), ()))


def _reasons(summary: str) -> list[ReasonType]:
    return [r.type for s in verify(summary, ARTICLE).sentences for r in s.reasons]


def test_a_figure_whose_occurrences_share_no_word_is_elsewhere() -> None:
    seven = Quantity(text="7", start=0, end=1, value=7.0)
    pier = _at("7", 7.0, {"pier", "harbou"})
    assert shares_no_word("7", seven, frozenset({"gale", "way"}), [pier])
    # one shared word, or the unit, is enough to stay in its slot
    assert not shares_no_word("7", seven, frozenset({"gale", "pier"}), [pier])


def test_words_and_years_are_not_judged() -> None:
    pier = [_at("7", 7.0, {"pier"})]
    mine = frozenset({"gale"})
    # "seven" written as a word is too common to say where it came from
    assert not shares_no_word("seven", Quantity("seven", 0, 5, 7.0), mine, pier)
    year = Quantity("2016", 0, 4, 2016.0)
    assert year_like(year)
    assert not shares_no_word("2016", year, mine, [_at("2016", 2016.0, {"pier"})])
    assert not year_like(Quantity("2016", 0, 4, 2016.0, unit="people"))
    assert not shares_no_word("7", Quantity("7", 0, 1, 7.0), frozenset(), pier)


def test_a_figure_in_a_name_is_left_to_the_name_checks() -> None:
    pier = [_at("4", 4.0, {"pier"})]
    mine = frozenset({"busine"})
    for text, start in (("the Valu-4-U shop", 9), ("the G4S guards", 5)):
        q = Quantity("4", start, start + 1, 4.0)
        assert not shares_no_word(text, q, mine, pier)
    assert shares_no_word("the 4 shops", Quantity("4", 4, 5, 4.0), mine, pier)


def test_a_pier_number_is_no_count_of_gales() -> None:
    assert _reasons("Conditions will worsen in the afternoon with 7 gales on the way.") == [
        ReasonType.NUMBER_MISMATCH
    ]
    # the article's figures in their own words stay supported
    assert _reasons("Around 300 passengers are still on board.") == []
    assert _reasons("The damaged ship has been at Pier 7 of the harbour.") == []


def test_a_year_is_written_as_four_bare_digits() -> None:
    assert written_year(Quantity(text="2016", start=0, end=4, value=2016.0))
    # a count with a thousands comma, or one with a unit, is no year
    assert not written_year(Quantity(text="2,000", start=0, end=5, value=2000.0))
    assert not written_year(Quantity(text="2,000m", start=0, end=6, value=2000.0, unit="metre"))
    assert not written_year(Quantity(text="2013", start=0, end=4, value=2013.0, unit="people"))
