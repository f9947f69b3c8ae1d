"""factkit.verification.number_units: the key units are compared by."""

from __future__ import annotations

from factkit.verification.number_units import is_currency, unit_key


def test_a_plural_and_its_singular_have_one_key() -> None:
    # "-ies" and the "e" a plural adds after ch, sh, x, s, z or o were read as other units
    for plural, singular in (
        ("countries", "country"),
        ("matches", "match"),
        ("boxes", "box"),
        ("heroes", "hero"),
        ("days", "day"),
        ("headaches", "headache"),
        ("calories", "calorie"),
        ("classes", "class"),
    ):
        assert unit_key(plural) == unit_key(singular)
    assert unit_key("Percent") == "percent"
    assert unit_key("years") == "year"
    assert unit_key(None) == ""
    assert unit_key("day") != unit_key("dollar")


def test_a_currency_is_told_by_its_canonical_name_in_either_number() -> None:
    # the quantity finder's currency names, singular or plural, are money; a counted noun or no
    # unit is not
    assert is_currency("pound sterling")
    assert is_currency("euros")
    assert is_currency("penny")
    assert not is_currency("goals")
    assert not is_currency(None)
