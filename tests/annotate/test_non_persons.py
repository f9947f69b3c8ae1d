"""factkit.annotate.non_persons: the names of an article no "he" or "she" stands for."""

from __future__ import annotations

import pytest

from factkit.annotate.full_names import FullNames
from factkit.annotate.non_persons import NonPersons
from factkit.annotate.people import ArticlePeople


def non_persons(text: str) -> NonPersons:
    people = ArticlePeople(text, [(0, len(text))])
    return NonPersons(text, people, FullNames(people))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eric Pickles spoke about the Prime Minister today.", "Prime Minister"),  # a title
        (
            "Ann Reed met Tom Hale, Safer Roads Development Officer.",
            "Safer Roads Development Officer",
        ),
        ('Ann Reed named "Black Panther" Tom Hale.', "Black Panther"),  # a quoted nickname
        ("Doctors operated at once, and doctors warned Sam.", "Doctors"),  # also in lower case
    ],
)
def test_titles_roles_nicknames_and_common_words_are_no_names(text: str, name: str) -> None:
    assert non_persons(text).no_name(name, text.index(name))


def test_a_surname_written_in_lower_case_is_a_name_after_its_full_name() -> None:
    text = "Tom Hope spoke at length. Hope said hope was high."
    assert not non_persons(text).no_name("Hope", text.index("Hope said"))
    text = "Hope said hope was high."
    assert non_persons(text).no_name("Hope", 0)
    assert not non_persons(text).no_name("Tom Hale", 0)


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        ("Wales lost the 2011 World Cup final.", "World Cup", "World Cup"),  # an event
        ("He spoke at Lings Primary School.", "Lings Primary School", "Lings Primary School"),
        ("It happened in New York. She left New York.", "New York", "New York"),  # placed
        ("Albert Museum will reopen.", "Albert Museum", "Albert Museum"),  # a place head
    ],
)
def test_events_organisations_and_places_are_no_persons(text: str, name: str, full: str) -> None:
    assert non_persons(text).no_person(name, full)


@pytest.mark.parametrize(
    ("name", "full"),
    [("David Villa", "David Villa"), ("Ruth Day", "Ruth Day"), ("Dr Street", "Street")],
)
def test_a_given_name_or_a_title_makes_a_person(name: str, full: str) -> None:
    text = f"{name} was in the team."
    assert not non_persons(text).no_person(name, full)
