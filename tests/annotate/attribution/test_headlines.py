"""factkit.annotate.attribution.headlines: "Name: C" headline lines name their source; labels,
headline phrases and line-ups do not."""

from __future__ import annotations

import pytest

from factkit.annotate.attribution import find_attributions


def test_a_headline_name_before_a_colon_is_the_speaker() -> None:
    text = (
        "Mayor Hart: Harbour Bridge Will Reopen in May.\n\n"
        "The bridge will reopen in May, Mayor Ellen Hart told a council meeting on Monday.\n"
    )
    first = find_attributions(text)[0]
    assert (first.speaker, first.cue, first.content) == (
        "Mayor Hart",
        ":",
        "Harbour Bridge Will Reopen in May",
    )
    assert text[first.content_start : first.content_end] == first.content
    assert text[first.cue_start : first.cue_end] == ":"


@pytest.mark.parametrize(
    "text",
    [
        # a label: its word recurs only as a line's opening
        "Correction: The Harbour Bridge Opens in June.\n\nCorrection appended.\n",
        # a label the article never names again
        "Update: Harbour Bridge Will Reopen in May.\n\nThe bridge opens in May.\n",
        # a headline phrase: a function word among the capitalised words
        "The Latest: Harbour Bridge Will Reopen.\n\nThe Latest on the harbour.\n",
        # a line-up: the team's name recurs, but the line is a list of names
        "Rovers: Hill, Clarke, Evans, Bridge, Currie.\n\nRovers lost the match 2-0 on Monday.\n",
    ],
)
def test_labels_phrases_and_line_ups_name_no_speaker(text: str) -> None:
    assert [a for a in find_attributions(text) if a.cue == ":"] == []


def test_a_title_case_headline_ending_in_a_cue_names_its_speaker() -> None:
    text = "Harbour Bridge To Reopen In May, Mayor Ellen Hart Says.\n\nThe bridge will reopen.\n"
    first = find_attributions(text)[0]
    assert (first.speaker, first.cue, first.content) == (
        "Mayor Ellen Hart",
        "Says",
        "Harbour Bridge To Reopen In May",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a noun-ambiguous cue word ends a name, not a report
        "Harbour Bridge To Reopen In May, The United States.\n\nThe bridge will reopen.\n",
        # no title-case line: a sentence, not a headline
        "The bridge will reopen in May, people here say.\n",
    ],
)
def test_no_report_from_a_name_or_a_sentence_line(text: str) -> None:
    assert [a for a in find_attributions(text) if a.cue[:1].isupper()] == []
