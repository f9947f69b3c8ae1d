"""What a phrase's own words say of it: head nouns, names against descriptions, organisations."""

from __future__ import annotations

import pytest

from factkit.annotate.name_shapes import (
    head_noun,
    is_organisation,
    looks_like_name,
    split_apposition,
)


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("the US envoy", "envoy"),
        ("A US peace envoy", "envoy"),
        ("The office of the UN human rights chief", "office"),
        ("the architect of the peace deal", "architect"),
        ("Connecticut’s tax commissioner", "commissioner"),
        ("the firm", "firm"),
    ],
)
def test_head_noun(phrase: str, head: str) -> None:
    assert head_noun(phrase) == head


def test_names_descriptions_and_organisations() -> None:
    assert looks_like_name("Michelle Bachelet")
    assert looks_like_name("Mr. King")
    assert not looks_like_name("the US envoy")
    assert not looks_like_name("The UN human rights chief")
    assert split_apposition("Zalmay Khalilzad", "the US envoy") == (
        "Zalmay Khalilzad",
        "the US envoy",
    )
    assert split_apposition("The US envoy", "Zalmay Khalilzad") == (
        "Zalmay Khalilzad",
        "The US envoy",
    )
    assert split_apposition("the envoy", "the diplomat") is None
    assert is_organisation("State Department") and is_organisation("NATO")
    assert not is_organisation("Michelle Bachelet")


def test_an_acronym_opening_a_name_makes_it_an_organisation() -> None:
    # "told KTV Wales", "NBC Sports reports": a person's name opens with no three-letter acronym
    assert is_organisation("KTV Wales") and is_organisation("NBC Sports")
    assert not is_organisation("JK Rowling")  # two letters: initials
    # a lower-case role word inside: a person named after the body's name
    assert not is_organisation("KTV Wales reporter Ann Lee")
