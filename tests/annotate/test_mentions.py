"""The article's name tables: mentions and the apposition links around names."""

from __future__ import annotations

from factkit.annotate.mentions import ArticleNames


def names(text: str) -> ArticleNames:
    return ArticleNames(text, [(0, len(text))])


def test_a_description_before_a_name_starts_after_a_question_mark() -> None:
    text = (
        "He tagged a number of other guards asking 'Who is next boys?' "
        "Another guard, Beau James, commented on the photo."
    )
    tables = names(text)
    assert all("?" not in description for description, _name in tables.descriptions)
    assert "number" not in tables.links


def test_a_description_after_a_name_ends_at_a_question_mark() -> None:
    text = "In Tulsa, an unarmed man with his hands in the air? I mean, it was wrong."
    tables = names(text)
    assert "man" not in tables.links
    assert tables.descriptions == []


def test_a_past_form_before_a_name_is_no_title() -> None:
    # "found" and "won" end in no -ed; they were read as the titles of the names after them
    tables = names("Police then found John Smith in the garage. The club won Real Madrid fans.")
    assert tables.links == {}
    assert tables.descriptions == []
