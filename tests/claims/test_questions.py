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


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # "say that to leave the port open" did not parse: the cue's verb takes the infinitive
        (
            "Tom Hale urged councillors to leave the port open.",
            "Did Tom Hale urge councillors to leave the port open?",
        ),
        (
            "The mayor promised to rebuild the bridge by June.",
            "Did the mayor promise to rebuild the bridge by June?",
        ),
    ],
)
def test_an_infinitive_content_reads_after_the_cue_and_its_addressee(
    text: str, question: str
) -> None:
    assert _question(text) == question


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # an embedded question takes no "that" ("say that whether ..." did not parse)
        (
            "The councillors asked whether the bridge would reopen in June.",
            "Did the councillors ask whether the bridge would reopen in June?",
        ),
        # a comma after the clause makes "when" adverbial: the that-clause stays
        (
            "Tom Hale said when the river rises, the road floods.",
            "Did Tom Hale say that when the river rises, the road floods?",
        ),
    ],
)
def test_an_embedded_question_is_asked_without_that(text: str, question: str) -> None:
    assert _question(text) == question


def test_an_unresolved_relative_speaker_is_asked_as_no_speaker() -> None:
    # "Did who say that ...?" named nobody
    text = "The town hired a builder who said the bridge would reopen in June."
    atts = [a for a in find_attributions(text) if a.speaker == "who"]
    assert atts and atts[0].speaker_resolved in (None, "who")
    assert build_question(text, atts, None, 0) == (
        "Is it accurate that the town hired a builder who said the bridge would reopen in June?"
    )


def test_an_interrupted_quotation_asks_its_parts() -> None:
    # the speaker tag between the parts was asked as part of the quotation
    text = '"The bridge is safe," Nina Cole said. "We will reopen it in June."'
    assert _question(text) == (
        'Did Nina Cole say "The bridge is safe" and "We will reopen it in June."?'
    )
    text = '"The traffic," Nina Cole said, "will be light at first."'
    assert _question(text) == 'Did Nina Cole say "The traffic ... will be light at first."?'


def test_first_and_second_person_openers_are_lower_cased() -> None:
    text = "Nina Cole added that You should wash the fruit."
    assert _question(text) == "Did Nina Cole add that you should wash the fruit?"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a cue that takes an addressee: "ask that federal prosecutors to charge" did not parse
        (
            "The council asked the police to close the road.",
            "Did the council ask the police to close the road?",
        ),
        ("She urged her son to stay home.", "Did she urge her son to stay home?"),
    ],
)
def test_an_addressee_and_its_infinitive_read_after_the_cue(text: str, question: str) -> None:
    assert _question(text) == question
