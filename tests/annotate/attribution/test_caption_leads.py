"""Photo captions glued before a quotation in a body sentence: found, and nothing else is."""

from __future__ import annotations

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.caption_leads import caption_leads
from factkit.annotate.attribution.limits import DEFAULT_LIMITS
from factkit.annotate.attribution.quotes import find_quotes
from factkit.document import SegmentKind, Sentence


def _leads(sentences: list[str]) -> list[str]:
    """The caption leads of an article of these body sentences, one space apart."""
    text = " ".join(sentences)
    body: list[Sentence] = []
    start = 0
    for i, s in enumerate(sentences):
        body.append(Sentence(i, start, start + len(s), SegmentKind.BODY, s))
        start += len(s) + 1
    article = Article(text, find_quotes(text), body, DEFAULT_LIMITS)
    return [text[a:b] for a, b in caption_leads(article, body, DEFAULT_LIMITS)]


def test_a_caption_run_before_a_quotation_is_a_lead() -> None:
    caption = "Doyle (left) and his old friend Paul Kerr at Millwall Kerr (centre) "
    quote = "'This is the most important week in the history of this club,' he said."
    assert _leads(["Doyle named an unchanged side.", caption + quote]) == [caption]


def test_a_sentence_glued_before_a_quotation_is_no_caption() -> None:
    # a full stop ends the lead: a body sentence the splitter ran on, narrative
    glued = "Kerr watched from the stands.'This is the most important week of all,' he said."
    assert _leads(["Doyle named an unchanged side.", glued]) == []


def test_a_quotation_opening_its_sentence_has_no_lead() -> None:
    # the second quotation's lead holds the first: it is speech, not a caption
    text = "'This is the week,' he said of Kerr (right) 'This is the most important one of all.'"
    assert _leads(["Doyle named an unchanged side.", text]) == []


def test_a_short_or_lower_case_quotation_does_not_make_a_lead() -> None:
    assert _leads(["Doyle named Paul Kerr (right) 'the best' in the league."]) == []
