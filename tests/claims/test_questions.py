"""Verification questions worded for their cue: quotations, stances, objects, that-clauses."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions
from factkit.claims.questions import build_question


def _question(text: str) -> str:
    """The question of a one-sentence claim, its attributions found in the sentence."""
    return build_question(text, find_attributions(text), None, 0)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # the content right after the cue is its object: "say that the plan ..." did not parse
        ('Tom Hale called the plan "a disgrace".', 'Did Tom Hale call the plan "a disgrace"?'),
        ("The club described the claims as untrue.", "Did the club describe the claims as untrue?"),
        ("The region has denied this history.", "Did the region deny this history?"),
        (
            "The coach blamed the loss on the weather.",
            "Did the coach blame the loss on the weather?",
        ),
        # a that-clause keeps its "that"
        (
            "The club denied that it had fixed the match.",
            "Did the club deny that it had fixed the match?",
        ),
        # "say" keeps "that" before a bare clause
        ("Tom Hale said the plan had failed.", "Did Tom Hale say that the plan had failed?"),
    ],
)
def test_a_content_right_after_the_cue_is_asked_as_its_object(text: str, question: str) -> None:
    assert _question(text) == question


def test_without_the_sentence_offset_no_object_is_read() -> None:
    text = 'Tom Hale called the plan "a disgrace".'
    assert build_question(text, find_attributions(text), None) == (
        'Did Tom Hale say that the plan "a disgrace"?'
    )


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # "tell" needs an addressee: "Did Nina Cole tell that ..." did not parse
        (
            "Nina Cole told reporters that the club was safe.",
            "Did Nina Cole say that the club was safe?",
        ),
        ('Nina Cole told reporters: "The club is safe."', 'Did Nina Cole say "The club is safe."?'),
    ],
)
def test_a_tell_cue_asks_with_say(text: str, question: str) -> None:
    assert _question(text) == question
