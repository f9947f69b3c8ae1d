"""The season check: a summary sentence that dates something by a season ("this summer",
"last winter", "during the spring") needs an article that says that season, or names one of
its months ("in July" for "this summer"); otherwise the summarizer supplied the time itself
-> ``date_mismatch`` with the span of the time phrase. The date check (``dates.py``) reads
weekdays, months and years; seasons are not dates it can resolve, so they are judged here by
the words alone. Seasons and their months: ``factkit/lang/en/seasons.txt``; the words before a
season that make it a time phrase: ``season_leads.txt``."""

from __future__ import annotations

import re
from functools import cache

from factkit.document import ReasonType, VerifyReason
from factkit.lang import alternation, entries
from factkit.verification.checks.context import SentenceContext


@cache
def _season_months() -> dict[str, frozenset[str]]:
    """season -> its months (``seasons.txt``)."""
    out = {}
    for line in entries("seasons"):
        season, *months = line.split()
        out[season] = frozenset(months)
    return out


@cache
def _season_phrase() -> re.Pattern[str]:
    # the words that make a season a time phrase (``season_leads.txt``)
    leads = alternation(entries("season_leads")).replace(r"\ ", r"\s+")
    seasons = alternation(_season_months())
    return re.compile(rf"\b(?:{leads})\s+(?P<season>{seasons})\b", re.IGNORECASE)


def check_seasons(ctx: SentenceContext) -> list[VerifyReason]:
    """``date_mismatch`` for each season phrase of the sentence that the article never gives."""
    found = list(_season_phrase().finditer(ctx.text, ctx.part.start, ctx.part.end))
    if not found:
        return []  # most sentences name no season: the article's words are not read for them
    article_words = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.src.text)}
    reasons = []
    for m in found:
        season = m.group("season").lower()
        if season in article_words or _season_months()[season] & article_words:
            continue
        reasons.append(
            VerifyReason(
                ReasonType.DATE_MISMATCH,
                f"the article never says {m.group()!r}: it names neither the {season} nor one "
                "of its months",
                (m.start(), m.end()),
                None,
                None,
            )
        )
    return reasons
