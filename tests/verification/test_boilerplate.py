"""factkit.verification.boilerplate: page furniture ("CLICK HERE ...") and a summary's own section
labels ("# Summary") are told apart from lines that state something about the article."""

from __future__ import annotations

from factkit.verification.boilerplate import boilerplate_phrase, furniture, summary_heading


def test_words_that_open_like_boilerplate_are_not() -> None:
    assert boilerplate_phrase("Readers said the Taliban advanced.") is None
    assert boilerplate_phrase("Clicking through the report, officials found errors.") is None
    assert boilerplate_phrase("CLICK HERE for all the latest news") == "click here"


def test_a_headline_that_states_something_is_no_label() -> None:
    assert summary_heading("# Taliban seize Kunduz") is None
    assert summary_heading("Summary of the talks in Doha") is None
    assert summary_heading("## In brief") == "in brief"
    assert summary_heading("TL;DR:") == "tl;dr"


def test_furniture_names_the_boilerplate_phrase_or_the_heading() -> None:
    assert furniture("Scroll down for video of the rescue.") == (
        "boilerplate line ('scroll down for video')",
        False,
    )
    assert furniture("**Key points:**") == ("a heading of the summary ('key points')", True)
    assert furniture("The mayor of Leeds opened the bridge on Monday.") is None


def test_a_line_without_words_is_furniture_that_states_nothing() -> None:
    # "=====" under a summary's title was scored as a sentence of its own
    assert furniture("=====") == ("a line without words ('=====')", True)
    assert furniture(" * * * ") == ("a line without words ('* * *')", True)
    assert furniture("—") == ("a line without words ('—')", True)
    assert furniture("3.") is None  # a digit is a word: a numbered line is read
