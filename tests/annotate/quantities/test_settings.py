"""The finder's search windows come from one QuantitySettings object."""

from __future__ import annotations

import dataclasses

import pytest

from factkit.annotate.quantities import QuantityFinder, QuantitySettings


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        QuantitySettings().pair_gap_max = 1  # type: ignore[misc]


def test_the_pair_gap_limit_decides_what_forms_a_range() -> None:
    text = "between 10 and 20 people"
    assert QuantityFinder().find_with_ranges(text)[1] == [(0, 1)]
    narrow = QuantityFinder(settings=QuantitySettings(pair_gap_max=4))  # " and " is 5 chars
    assert narrow.find_with_ranges(text)[1] == []


def test_the_currency_window_bounds_how_far_a_symbol_is_looked_for() -> None:
    assert QuantityFinder().find("US$ 5")[0].unit == "dollar"
    short = QuantityFinder(settings=QuantitySettings(currency_reach=1))
    assert short.find("US$ 5")[0].unit != "dollar"


def test_the_year_range_decides_what_is_a_bare_year() -> None:
    assert QuantityFinder().find("in 2019 there") == []
    later = QuantityFinder(settings=QuantitySettings(year_max=2000))
    assert [q.value for q in later.find("in 2019 there")] == [2019.0]
