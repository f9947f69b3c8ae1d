"""Content-first frames (factkit.annotate.attribution.trailing_frames): a name ending the sentence
after "said" is an inverted speaker; a phrase that is no name stays the cue's object."""

from __future__ import annotations

from factkit.annotate.attribution import find_attributions


def test_a_name_ending_the_sentence_after_said_is_the_speaker() -> None:
    # "..., Newtown West, said Kent Police." made the place before the cue the speaker: "said"
    # takes no bare name as its object, so a name ending the sentence after it is inverted
    text = "Tom Price, 40, was hurt at a flat in Mill Lane, Newtown West, said Kent Police."
    (found,) = find_attributions(text)
    assert found.speaker == "Kent Police"
    assert found.content == "Tom Price, 40, was hurt at a flat in Mill Lane, Newtown West"


def test_a_phrase_that_is_no_name_after_the_cue_stays_its_object() -> None:
    # the inversion above needs a name: these sentence-final phrases are the cue's object
    for text, speaker in [
        (
            "Ann Cole, 62, of Leeds, who ran a shop for years, denied three counts of theft.",
            "Ann Cole",
        ),
        ("Ann Cole, a lecturer at Hull, described Smith's plan in terms of its cost.", "Ann Cole"),
    ]:
        assert [a.speaker for a in find_attributions(text)] == [speaker], text
