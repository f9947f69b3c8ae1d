"""Sentence subjects: the speaker a coordinated cue ("... and insisted") or a cue after a comma
falls back to."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


def _speakers(text: str) -> dict[str, str | None]:
    return {a.cue: a.speaker for a in find_attributions(text)}


def test_opening_conjunction_is_not_part_of_the_subject() -> None:
    text = (
        "The figures were seized on by Labour. But Tory benefits chief Iain Duncan Smith "
        "questioned the numbers, which he said were 'unverified', and insisted that the best "
        "way to help families was to get people into work."
    )
    speakers = _speakers(text)
    assert speakers["insisted"] is not None
    assert not speakers["insisted"].startswith("But")
    # "which he said" speaks too, and "insisted" chains to its "he"
    resolved = {a.cue: a.speaker_resolved for a in find_attributions(text)}
    assert resolved["insisted"] == resolved["said"] == "Iain Duncan Smith"


def test_opening_and_is_dropped_from_the_subject() -> None:
    speakers = _speakers("And the minister arrived late and said that the plan had failed.")
    assert speakers["said"] == "the minister"


def test_a_second_intro_word_set_off_by_commas_is_skipped() -> None:
    text = "Recently, however, it issued a paper welcoming the plan, and calling for a new stadium."
    assert _speakers(text)["calling for"] == "it"


def test_a_past_form_without_ed_ends_the_sentence_subject() -> None:
    # "Nina Cole gave a long speech, saying" made "Nina Cole gave a long speech" the speaker:
    # "gave", "found" ([irregular_pasts]) end the subject as "-ed" forms do
    for text, speaker in [
        ('Nina Cole gave a long speech, saying "the club will survive".', "Nina Cole"),
        (
            "Inspectors found long delays and said the ward was understaffed.",
            "Inspectors",
        ),
    ]:
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


def test_a_phrase_opening_the_sentence_is_no_subject() -> None:
    # a subject opening with a preposition is the phrase before it: the name or pronoun after
    # the phrase speaks ("During the hearing Nina Cole" -> "Nina Cole"), or the subject past
    # its comma ("In a note sent to members and seen by ..." gave "In a note"; "hit" is a past
    # form, [irregular_pasts], so the subject is "the club", not "the club hit back")
    cases = {
        "During the hearing Nina Cole spoke briefly and said she had been misled.": ["Nina Cole"],
        "On Tuesday they published the figures by announcing that the club was safe.": ["they"],
        "In a note sent to members and seen by the BBC, the club hit back and claimed that it "
        "was safe.": ["the club"],
    }
    for text, speakers in cases.items():
        cues = {"said", "announcing", "claimed"}
        assert [a.speaker for a in find_attributions(text) if a.cue in cues] == speakers, text


def test_a_long_prepositional_phrase_before_the_subject_is_skipped() -> None:
    # "During a long speech ... in the day, Nina Cole attacked ..., saying" found no subject:
    # the phrase's comma lay past the 7 tokens an opening phrase had; a phrase opened by a
    # preposition may now run to 16 tokens before its comma
    cases = {
        "During a long speech at the town hall earlier in the day, Nina Cole attacked the "
        'council, saying, "They have failed us."': "Nina Cole",
        "In a widely read letter to the paper before the vote, two local doctors backed the plan, "
        "arguing that the ward was safe.": "two local doctors",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


def test_an_adverb_after_the_subject_ends_it() -> None:
    # "Nina Cole previously visited the club, saying" gave "Nina Cole previously"; an -ly
    # noun or adjective goes on ("The family", "An elderly neighbour")
    cases = {
        "Nina Cole previously visited the club, saying it was safe.": "Nina Cole",
        "The family quietly visited the mayor, saying the club was safe.": "The family",
        "An elderly neighbour visited the mayor, saying the club was safe.": "An elderly neighbour",
    }
    for text, speaker in cases.items():
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


def test_a_plural_head_before_a_verb_stays_in_the_sentence_subject() -> None:
    # "Health inspectors visited ... and said" gave "Health": an -s word past the first one
    # is a plural head, not a verb, when a verb follows it; "Nina Cole says she" is a verb
    cases = {
        "Health inspectors visited the kitchen and said it was dirty.": ["Health inspectors"],
        "Motoring groups reacted in fury, accusing the judges of being out of touch.": [
            "Motoring groups"
        ],
        "Nina Cole says she visited the club and said it was safe.": ["Nina Cole", "Nina Cole"],
    }
    for text, speakers in cases.items():
        assert [a.speaker for a in find_attributions(text)] == speakers, text


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # lower-case time words closing the subject: "last night", "meanwhile", "also"
        (
            "Three parties vowed to act. Charities last night welcomed the move, saying it "
            "could prevent deaths.",
            "saying",
            "Charities",
        ),
        (
            "US Secretary of State John Kerry meanwhile accused Syrian leaders of a massacre.",
            "accused",
            "US Secretary of State John Kerry",
        ),
        (
            "The memo also expresses concern about an exit, saying that the costs were high.",
            "saying",
            "The memo",
        ),
    ],
)
def test_time_words_closing_the_subject_are_no_part_of_the_speaker(
    text: str, cue: str, speaker: str
) -> None:
    assert _speakers(text)[cue] == speaker
