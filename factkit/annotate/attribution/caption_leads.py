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

import bisect
from collections.abc import Sequence

from factkit.annotate.attribution.article import Article, Draft
from factkit.annotate.attribution.evidence import run_on_lead
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.quotes import Quote
from factkit.annotate.attribution.tokens import Span
from factkit.document import Sentence
from factkit.split.caption_runs import is_caption_text

__all__ = ["caption_leads"]


def caption_leads(
    article: Article, body: Sequence[Sentence], drafts: Sequence[Draft], limits: AttributionLimits
) -> list[Span]:
    """The spans, in text order, from a body sentence's start to a quotation a speaker after it
    says ("'C,' he said", a draft of ``drafts``), where that lead is a run-on caption: it holds
    no quotation, ends in a word or a parenthesis (not a full stop, a comma or a colon), and the
    quotation opens a clause of its own (``run_on_lead``). A lead ending in a full stop is a
    body sentence the splitter ran on: narrative, kept; so is a quoted title ("13 artworks
    including Rembrandt's 'Storm on the Sea of Galilee'"), which nobody says."""
    starts = {s.start for s in body}
    quote_starts = [q.start for q in article.quotes]
    leads: set[Span] = set()
    for d in drafts:
        q = article.quote_at(d.content[0])
        if q is None or q.start != d.content[0] or d.cue[0] < q.end:
            continue  # not a quotation its speaker follows
        lead_start = article.sentence_start_for(q.start)
        if lead_start not in starts or _any_between(quote_starts, lead_start, q.start):
            continue
        if _is_caption_lead(article, q, lead_start, limits):
            leads.add((lead_start, q.start))
    return sorted(leads)


def _any_between(sorted_positions: list[int], a: int, b: int) -> bool:
    """Does any of ``sorted_positions`` lie in ``[a, b)``?"""
    i = bisect.bisect_left(sorted_positions, a)
    return i < len(sorted_positions) and sorted_positions[i] < b


def _is_caption_lead(
    article: Article, q: Quote, lead_start: int, limits: AttributionLimits
) -> bool:
    """Is the text from ``lead_start`` to quotation ``q`` a caption run glued before it?"""
    if lead_start >= q.start or article.starts_quote(lead_start):
        return False
    # a caption ends in a word or a parenthesis; a comma or a colon introduces the quotation
    # ("..., says Bethan, 'There were ...'")
    last = article.text[lead_start : q.start].rstrip()[-1:]
    if not (last.isalnum() or last == ")"):
        return False
    return is_caption_text(article.text, lead_start, q.start) and run_on_lead(
        article, q, lead_start, limits
    )
