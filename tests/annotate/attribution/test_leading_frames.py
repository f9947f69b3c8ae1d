"""Speaker-first frames (factkit.annotate.attribution.leading_frames): the sentence subject after
"and" or a clause, and a chained report after a quoted comma."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import AttributionFinder, find_attributions
from factkit.split import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        # a that-cue after "and" with a bare object reports nothing
        "The striker trained on Monday and hopes to play against Leeds.",
        "Officers arrested the driver and charged him with theft.",
        "The coach signed two new faces and knows the job of rebuilding well.",
    ],
)
def test_a_that_cue_with_a_bare_object_after_and_is_no_report(text: str) -> None:
    assert AttributionFinder().find(text, split_sentences(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a clause opened by a subject pronoun, or a finding cue ("found 73 percent improved")
        (
            "The coach watched the game and believes he deserves a new deal.",
            "believes",
            "The coach",
        ),
        ("The study tracked 500 pupils and found 73 percent improved.", "found", "The study"),
    ],
)
def test_a_that_cue_after_and_with_a_clause_still_reports(
    text: str, cue: str, speaker: str
) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert [a.speaker for a in found if a.cue == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # "accused of" after "and" or a comma: the subject is accused, nobody reports
        ("Two men were arrested and accused of smuggling guns.", []),
        ("Police said they had arrested six men, accused of trying to join the group.", ["said"]),
        # a statement after the preposition keeps the report
        ("He praised the plan and said of the budget that it was fair.", ["said"]),
    ],
)
def test_a_prepositional_object_after_and_or_a_comma_is_no_report(
    text: str, cues: list[str]
) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert [a.cue for a in found] == cues


def test_a_two_word_participle_after_a_clause_takes_the_sentence_subject() -> None:
    # "pointing out" is a participle as "saying" is: "Judge Arnold Jones interjected, pointing
    # out that ..." gave the speaker "Judge Arnold Jones interjected"
    text = "Judge Arnold Jones interjected, pointing out that the maximum sentence is death."
    assert [a.speaker for a in find_attributions(text)] == ["Judge Arnold Jones"]
    # after "is", the -ing form is a progressive: the apposition keeps its title
    text = "Ms Edwards, a minister, is now calling on all vets to check the pads."
    (found,) = find_attributions(text)
    assert (found.speaker, found.speaker_title) == ("Ms Edwards", "a minister")


def test_a_participle_after_a_quoted_comma_chains_to_the_report_before() -> None:
    # 'Nina Cole said: "... safe," adding that B' was rejected: the comma sits inside the
    # quotation, so the closing mark was the word before "adding"
    text = (
        'Nina Cole said: "The club has never been in better shape," adding that the debts '
        "had been paid."
    )
    found = [(a.speaker, a.cue, a.content) for a in find_attributions(text)]
    assert found[1] == ("Nina Cole", "adding", "the debts had been paid")
    # with no report before it in the sentence the participle has no speaker
    assert find_attributions('"The club is safe," adding nothing more.') == []
