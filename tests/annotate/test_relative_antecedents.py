"""factkit.annotate.relative_antecedents: the name a "who" or "which" after a comma stands for."""

from __future__ import annotations

from factkit.annotate.relative_antecedents import relative_antecedent


def test_who_takes_the_name_before_its_comma() -> None:
    text = "It was Trump, who said the plan failed."
    assert relative_antecedent(text, text.index("who")) == "Trump"


def test_who_after_an_apposition_takes_the_person_it_describes() -> None:
    # "David Coleman, professor of demography at Oxford University, who said": not the university
    text = "It echoes David Coleman, professor of demography at Oxford University, who said no."
    assert relative_antecedent(text, text.index("who")) == "David Coleman"
    # a name right after the comma is the apposition itself: "the BBC boss, Tony Hall, who"
    text = "It echoes the BBC boss, Tony Hall, who said no."
    assert relative_antecedent(text, text.index("who")) == "Tony Hall"
    # a description holding a comma of its own is no single apposition: the last name
    text = "It echoes David Coleman, a professor, at Oxford University, who said no."
    assert relative_antecedent(text, text.index("who")) == "Oxford University"


def test_which_takes_the_body_named_last() -> None:
    text = "A bomb hit Erbil, the capital of a region at war with Islamic State, which claimed it."
    assert relative_antecedent(text, text.index("which")) == "Islamic State"


def test_no_comma_or_no_name_before_it_gives_none() -> None:
    text = "It was the man who said the plan failed."
    assert relative_antecedent(text, text.index("who")) is None
    text = "It was the man, who said the plan failed."
    assert relative_antecedent(text, text.index("who")) is None
