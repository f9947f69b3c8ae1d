"""factkit.verification.checks.speaker_content: which article attribution says what the
summary's statement says."""

from __future__ import annotations

from tests.verification.checks.conftest import reported


def test_the_same_statement_in_other_word_forms_is_matched_to_its_speaker() -> None:
    # "believed ... looked to be tiring" is "felt that ... looked tired": Wilmots's statement
    text = (
        "Eden Hazard was substituted after 62 minutes of Belgium's win over Israel. "
        "Belgium manager Marc Wilmots said he felt that Hazard looked tired after a long season."
    )
    rival = "Eden Hazard said he believed Hazard looked to be tiring."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Marc Wilmots said he believed Hazard looked to be tiring."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


_FAR_ATTRIBUTION_ARTICLE = (
    "The number of people using food banks passed a million last year, the Trussell Trust said. "
    "But Tory minister Iain Duncan Smith questioned the figures and insisted that the best way "
    "to help families was to get people into work. "
    "Union leader Frances O'Grady called the figures shameful. "
    "The trust runs more than 400 food banks across the country. "
    "Volunteers hand out parcels of tinned food, pasta and tea. "
    "Demand has risen sharply in cities in the north of England. "
    "The charity wants the government to review benefit sanctions. "
    "Ministers deny that welfare reforms have driven up demand. "
    "The row is likely to continue until the election in May. "
    "A leaflet handed to voters read: 'Getting people working is better than providing "
    "hand-outs.'"
)


def test_a_statement_attributed_outside_the_aligned_passage_is_matched_to_its_speaker() -> None:
    # the last sentence aligns best, but the article attributes the statement in its second
    rival = "Frances O'Grady said getting people working was better than providing hand-outs."
    assert "speaker_mismatch" in _speaker_reasons(rival, _FAR_ATTRIBUTION_ARTICLE)
    right = "Iain Duncan Smith said getting people working was better than providing hand-outs."
    assert "speaker_mismatch" not in _speaker_reasons(right, _FAR_ATTRIBUTION_ARTICLE)


def test_a_statement_the_summary_speaker_also_made_is_no_mismatch() -> None:
    # O'Grady says much the same as well: the summary may mean her statement
    text = _FAR_ATTRIBUTION_ARTICLE.replace(
        "called the figures shameful.",
        "said getting families into work would help people more than hand-outs.",
    )
    summary = "Frances O'Grady said getting people working was better than providing hand-outs."
    assert "speaker_mismatch" not in _speaker_reasons(summary, text)


def test_a_quotation_continuing_an_attributed_one_is_its_speakers_statement() -> None:
    # the statement is in the quotation after "Sherwood said: ‘...", which has no cue of its
    # own (British style: a quotation going on in a new sentence opens with a mark again)
    text = (
        "Aston Villa host Queens Park Rangers on Tuesday night. "
        "Tim Sherwood said: ‘I have never seen the players so focused in training. "
        "‘This is the biggest game of my managerial career. "
        "Rangers manager Chris Ramsey named an unchanged side for the trip."
    )
    rival = "Chris Ramsey says this is the biggest game of his managerial career."
    assert "speaker_mismatch" in _speaker_reasons(rival, text)
    right = "Tim Sherwood says this is the biggest game of his managerial career."
    assert "speaker_mismatch" not in _speaker_reasons(right, text)


def _speaker_reasons(summary: str, text: str) -> list[str]:
    return [r.type for r in reported(summary, text)]
