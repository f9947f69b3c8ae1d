"""Evidence read around a cue: a closing quotation before the speaker, across a run-on caption."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions

_CAPTION = (
    "Sherwood underlined the magnitude of the game. "
    "Tim Sherwood (left) sits on the bench with Tottenham staff Ferdinand (centre) and "
    "Ramsey (right) 'I think this is the biggest game these players have ever played for "
    "this football club,' he said."
)


def test_a_quotation_after_a_run_on_caption_is_the_content() -> None:
    (said,) = [a for a in find_attributions(_CAPTION) if a.cue == "said"]
    assert said.speaker == "he"
    assert said.content.startswith("'I think this is the biggest game")
    assert "Ferdinand" not in said.content


def test_a_quotation_after_a_sentence_glued_to_it_is_the_content() -> None:
    # a scrape lost the space after "(SNP).": the splitter ran the two sentences together
    text = (
        "On Friday the author revealed she had blocked some abusive users of the Scottish "
        'National Party (SNP)."I feel no responsibility to hush that up," she told one Twitter '
        "user."
    )
    (told,) = [a for a in find_attributions(text) if a.cue == "told"]
    assert told.content == '"I feel no responsibility to hush that up,"'


def test_an_addressee_alone_after_a_tell_cue_is_no_content() -> None:
    # "..., an airline spokesman told the magazine.": a trailing report, the magazine told
    text = (
        "Many customers fly the airline only once a year, making it hard to collect miles, "
        "an airline spokesman told the magazine."
    )
    (told,) = [a for a in find_attributions(text) if a.cue == "told"]
    assert told.speaker == "an airline spokesman"
    assert told.content.startswith("Many customers fly the airline")
    # a clause after the addressee is still the content
    text = "An airline spokesman told the magazine the miles would never expire."
    (told,) = [a for a in find_attributions(text) if a.cue == "told"]
    assert told.content == "the miles would never expire"


def test_an_unquoted_inversion_names_a_speaker_described_in_lower_case() -> None:
    # XSum lower-cases words: the clause before "says" was read as the speaker, the name as
    # what was said
    for speaker in ["ex-scotland striker steven Thompson", "ex-Scotland striker Steven Thompson"]:
        text = (
            f"Derek McInnes deserves more praise for his achievements at Aberdeen, says {speaker}."
        )
        (says,) = find_attributions(text)
        assert (says.speaker, says.content) == (speaker, text[: text.index(",")])
    # a phrase with a function word after the cue is no speaker
    text = "The manager deserves more praise for his achievements, says much about Aberdeen."
    assert [a.speaker for a in find_attributions(text)] != ["much about Aberdeen"]


@pytest.mark.parametrize(
    "speaker", ["striker Steven Thompson", "Steven Thompson", "ex-scotland striker steven Thompson"]
)
def test_a_name_closing_the_sentence_speaks_after_a_short_clause(speaker: str) -> None:
    # "The plan failed" was too short a clause for an inversion: it was read as the speaker
    # and the name as what was said
    text = f"Celtic lost again. The plan failed, says {speaker}."
    (says,) = find_attributions(text)
    assert (says.speaker, says.content) == (speaker, "The plan failed")
    assert find_attributions("In 2012, said Tom Hale.") == []  # two words: still too short


@pytest.mark.parametrize("title", ["Del.", "Sen."])
def test_a_noun_cue_before_an_abbreviated_title_is_no_verb(title: str) -> None:
    # "state Del. Maria Lopez" read "state" as the cue verb, "his niece" as its speaker and the
    # delegate's name as the content
    text = (
        f'"We will win," his niece, state {title} Maria Lopez (D-Richmond), shouted to the crowd.'
    )
    assert not [a for a in find_attributions(text) if a.cue == "state"]
