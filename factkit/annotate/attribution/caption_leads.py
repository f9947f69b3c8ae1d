"""Photo captions glued before a quotation: names there are no pronoun's antecedent.

When the splitter leaves run-ons whole (the verifier's setting), a scraped page's photo
captions, which carry no full stop, stay glued to the quotation after them in one body sentence
("... Ferdinand (centre) and Ramsey (left) 'I think this is the biggest game ...,' he said").
The people there are the photos', not the story's: the "he" after the quotation is the manager
named in the sentences before, not the last man in the caption. :func:`caption_leads` finds
those leads, once per article; the speaker resolver takes a name in one only when no name of
the narrative fits, and the annotations carry them on for the verifier's speaker check.
"""

from __future__ import annotations

from collections.abc import Sequence

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.evidence import run_on_lead
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.quotes import Quote
from factkit.annotate.attribution.tokens import Span
from factkit.document import Sentence
from factkit.split.caption_runs import is_caption_text

__all__ = ["caption_leads"]


def caption_leads(
    article: Article, body: Sequence[Sentence], limits: AttributionLimits
) -> list[Span]:
    """The spans, in text order, from a body sentence's start to a quotation inside it, where
    that lead is a run-on caption: it ends in a word or a parenthesis, not a full stop, holds no
    double quotation mark, and the quotation opens a clause of its own (``run_on_lead``). A
    lead ending in a full stop is a body sentence the splitter ran on: narrative, kept."""
    leads: list[Span] = []
    starts = {s.start for s in body}
    read: set[int] = set()  # the sentences whose first quotation was read: it ends the lead
    for q in article.quotes:
        lead_start = article.sentence_start_for(q.start)
        if lead_start not in starts or lead_start in read:
            continue
        read.add(lead_start)
        if _is_caption_lead(article, q, lead_start, limits):
            leads.append((lead_start, q.start))
    return leads


def _is_caption_lead(
    article: Article, q: Quote, lead_start: int, limits: AttributionLimits
) -> bool:
    """Is the text from ``lead_start`` to quotation ``q`` a caption run glued before it?"""
    if lead_start >= q.start or article.starts_quote(lead_start):
        return False
    return is_caption_text(article.text, lead_start, q.start) and run_on_lead(
        article, q, lead_start, limits
    )
