"""A second predicate of the speaker ("promised a veto and attempted ...") ends the content."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor has promised a veto and attempted to win over wavering members.",
            "a veto",
        ),
        ("The union announced a strike and closed the plant.", "a strike"),
    ],
)
def test_and_a_past_verb_after_an_object_content_ends_it(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a that-clause has verbs of its own: "and" goes on inside it
        (
            "The mayor said that the bridge failed and collapsed into the river.",
            "the bridge failed and collapsed into the river",
        ),
        # a subject pronoun opens a clause
        ("Smith said he went home and fixed the car.", "he went home and fixed the car"),
        # a participle before the "and" ("unsubstantiated") coordinates with the one after
        (
            "Aides described the claims as unsubstantiated and fabricated by rivals.",
            "the claims as unsubstantiated and fabricated by rivals",
        ),
    ],
)
def test_a_clause_or_passive_keeps_its_and(text: str, content: str) -> None:
    assert [a.content for a in find_attributions(text)] == [content]
