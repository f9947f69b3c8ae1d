"""A cue inside a fronted subordinate clause: the clause's closing comma ends the content."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the main clause after the comma is the writer's, not the speaker's
        (
            "When residents ask for help, too many of their calls go unanswered at the office.",
            "for help",
        ),
        (
            "While the mayor said the bridge was safe, engineers closed it on Monday.",
            "the bridge was safe",
        ),
        (
            "Although the coach insisted that the team was ready, it lost every game in May.",
            "the team was ready",
        ),
        # a comma opening a relative clause stays inside the fronted clause
        (
            "While aides insisted that the senator would win farmers, whose support looked "
            "weak, the polls showed a tie.",
            "the senator would win farmers, whose support looked weak",
        ),
    ],
)
def test_a_fronted_clause_comma_ends_the_content(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no subordinator opens the sentence: the content runs to its end
        (
            "The mayor said the bridge was safe, and engineers reopened it on Monday.",
            "the bridge was safe, and engineers reopened it on Monday",
        ),
        # "after" opens a phrase as often as a clause: the comma here is a list's
        (
            "After the vote the mayor said the city, its workers and its residents would recover.",
            "the city, its workers and its residents would recover",
        ),
        # commas of a relative clause in a sentence with no opener
        (
            "Officials said the storm, which hit on Monday, was the worst in years.",
            "the storm, which hit on Monday, was the worst in years",
        ),
    ],
)
def test_no_fronted_clause_keeps_the_whole_content(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


def test_the_comma_inside_a_quotation_does_not_end_the_content() -> None:
    text = 'When the mayor said "we are safe, for now" the crowd cheered.'
    contents = [a.content for a in find_attributions(text)]
    assert contents and all("for now" in c for c in contents)
