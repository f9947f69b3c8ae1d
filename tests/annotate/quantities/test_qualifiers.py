"""factkit.annotate.quantities.qualifiers: qualifiers are reported under the canonical name that
``quantity_qualifier_canon`` gives, symbols included (read through ``lang.alias_table``)."""

from __future__ import annotations

import pytest

from factkit import find_quantities


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Organisers said ≥40 people marched.", "at least"),
        ("Organisers said ~12 buses came.", "about"),
        ("Some >5 people were hurt.", "more than"),
        ("The bridge cost upwards of 30 dollars.", "more than"),
        ("The plant made approx. 30 tonnes.", "approximately"),
    ],
)
def test_a_qualifier_is_reported_under_its_canonical_name(text: str, qualifier: str) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.qualifier == qualifier
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Parents can learn more about 529 plans online.", None),
        ("Pupils learned about 12 planets in class.", None),
        ("The council spent about 500 pounds on signs.", "about"),
        ("She said there were more than 500 guests.", "more than"),
    ],
)
def test_about_after_learn_or_more_is_a_preposition(text: str, qualifier: str | None) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.qualifier == qualifier
