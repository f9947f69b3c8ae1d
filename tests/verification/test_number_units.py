"""factkit.verification.number_units: the key units are compared by."""

from __future__ import annotations

from factkit.verification.number_units import unit_key


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
