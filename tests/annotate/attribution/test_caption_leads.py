"""Photo captions glued before a quotation in a body sentence: found, and nothing else is."""

from __future__ import annotations

from factkit.annotate.attribution import AttributionFinder
from factkit.document import SegmentKind, Sentence


def _leads(sentences: list[str]) -> list[str]:
    """The caption leads the finder reads in an article of these body sentences, one space
    apart (the splitter's cut given, as the verifier's split leaves run-ons whole)."""
    text = " ".join(sentences)
    body: list[Sentence] = []
    start = 0
    for i, s in enumerate(sentences):
        body.append(Sentence(i, start, start + len(s), SegmentKind.BODY, s))
        start += len(s) + 1
    return [text[a:b] for a, b in AttributionFinder().read(text, body).caption_leads]


def test_a_caption_run_before_a_quotation_is_a_lead() -> None:
    caption = "Doyle (left) and his old friend Paul Kerr at Millwall Kerr (centre) "
    quote = "'This is the most important week in the history of this club,' he said."
    assert _leads(["Doyle named an unchanged side.", caption + quote]) == [caption]


def test_a_sentence_glued_before_a_quotation_is_no_caption() -> None:
    # a full stop ends the lead: a body sentence the splitter ran on, narrative
    glued = "Kerr watched from the stands.'This is the most important week of all,' he said."
    assert _leads(["Doyle named an unchanged side.", glued]) == []


def test_a_lead_introducing_the_quotation_is_no_caption() -> None:
    # a comma hands over to the quotation: a parenthetical report, narrative
    said = "Before the derby, says Paul Kerr, 'There were many nights we could not sleep.'"
    assert _leads(["Doyle named an unchanged side.", said]) == []


def test_a_quotation_opening_its_sentence_has_no_lead() -> None:
    # the second quotation's lead holds the first: it is speech, not a caption
    text = "'This is the week,' he said of Kerr (right) 'This is the most important one of all.'"
    assert _leads(["Doyle named an unchanged side.", text]) == []


def test_a_short_or_lower_case_quotation_does_not_make_a_lead() -> None:
    assert _leads(["Doyle named Paul Kerr (right) 'the best' in the league, he said."]) == []


def test_a_quoted_title_nobody_says_does_not_make_a_lead() -> None:
    # the quotation is a painting's title: no speaker follows it, so the lead is narrative
    text = "Thieves took 13 works including Rembrandt's 'Storm on the Sea of Galilee' in 1990."
    assert _leads(["Doyle named an unchanged side.", text]) == []


def test_a_quotation_its_speaker_introduces_has_no_caption_lead() -> None:
    # the speaker comes before the quotation: "told the Post" is narrative, not a caption
    text = "A neighbour, Paul Kerr, told the Evening Post 'She was arrested at home last night.'"
    assert _leads(["Doyle named an unchanged side.", text]) == []
