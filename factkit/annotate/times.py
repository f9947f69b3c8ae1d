"""Relative and partial dates ("on Tuesday", "August 31", "last week") resolved to ISO dates.

Resolution against the article date (``resolved`` is ``None`` when the article has no date, but
the anchor is still reported):

* bare weekday / "on Tuesday": the most recent such day on or before the article date (news
  convention: the publication day itself when it matches); "last Tuesday": the most recent one
  strictly before; "next Tuesday": the first one strictly after; "this Tuesday": the one in the
  article's Monday-to-Sunday week.
* "today"/"tonight", "yesterday", "tomorrow": the article date, one day before, one day after.
* "last/this/next week|month|year": the *start* of that period (weeks start on Monday):
  "last week" on Tue 2021-08-10 -> 2021-08-02, "next month" -> 2021-09-01, "last year" ->
  2020-01-01.
* month-day without a year ("August 31", "Aug. 31", "31 August"): the year that puts the date
  nearest the article date (within about six months either way), so "August 31" in an article of
  2021-08-10 is 2021-08-31 and "December 28" in one of 2022-01-03 is 2021-12-28.
* full dates ("August 10, 2021", "10 August 2021", "2021-08-10") as written; month and year
  ("May 2021") as ``YYYY-MM``; a month after a preposition ("in April") as ``YYYY-MM`` with the
  nearest-year rule; a year after a preposition ("in 2020", "since 2019") as ``YYYY`` (ISO 8601
  reduced precision).

Not anchors: "may" the modal and "march" the verb (month names must be capitalised, and a bare
"May"/"March" needs a day, a year or a preposition), "Sun" (weekdays are only matched in full),
and named days such as "Black Friday" or "the Sunday Times".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from factkit.document import Sentence, TimeAnchor
from factkit.lang import alternation, entries, month_number
from factkit.text_markup import blanked_window, moved_back

__all__ = ["anchor_times", "find_times", "resolve_time"]

_WEEKDAYS = list(entries("weekdays"))
# Abbreviations that are month names only with their period: "Mar." not "Mar", "Jun." not "Jun".
_ABBREVIATIONS_NEEDING_PERIOD = frozenset({"mar", "jun", "jul"})


def _abbreviated_month() -> str:
    """Month abbreviations, capitalised, each with its optional (or required) period."""
    forms = []
    for abbreviation in sorted(entries("month_abbreviations"), key=len, reverse=True):
        period = r"\." if abbreviation in _ABBREVIATIONS_NEEDING_PERIOD else r"\.?"
        forms.append(re.escape(abbreviation.capitalize()) + period)
    return "|".join(forms)


_MONTH = f"(?:{alternation(entries('months'), capitalize=True)}|{_abbreviated_month()})"
_FULL_MONTH = f"(?:{alternation(entries('months'), capitalize=True)})"
_WEEKDAY = f"(?:{alternation(_WEEKDAYS, capitalize=True)})"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:1[89]|20)\d\d)"
_PREP = r"(?:in|since|by|until|till|from|during|before|after|through|early|late|mid-?|end of)"

# Every form starts a word (after no word character), so that is tested once at each character
# before the forms are tried one by one: a third of the time over a long article, same matches.
_TIME_RE = re.compile(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(
        [
            # 2021-08-10
            r"(?P<iso>(?<![\w.-])(?P<iy>(?:1[89]|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w-]))",
            # August 10, 2021 / Aug. 10 / August 10th
            rf"(?P<md>\b(?P<mdm>{_MONTH}) {_DAY.format('mdd')}\b(?:,? {_YEAR.format('mdy')}\b)?)"
            r"(?![.,]?\d)",
            # 10 August 2021 / 31st of August
            rf"(?P<dm>(?<![\w.,]){_DAY.format('dmd')} (?:of )?(?P<dmm>{_MONTH})(?![\w])"
            rf"(?:,? {_YEAR.format('dmy')}\b)?)",
            # May 2021
            rf"(?P<my>\b(?P<mym>{_FULL_MONTH}|{_MONTH}),? {_YEAR.format('myy')}\b)",
            # last/next/this Tuesday, on Tuesday, Tuesday
            r"(?P<wd>\b(?:(?P<wdrel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming) )?"
            rf"(?P<wdn>{_WEEKDAY})"
            r"(?:'s)?\b)",
            # today, yesterday, tomorrow, tonight
            r"(?P<rel>\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b)",
            # last week / this month / next year
            r"(?P<per>\b(?P<perrel>[Ll]ast|[Nn]ext|[Tt]his) (?P<pern>week|month|year)\b)",
            # in April, since March
            rf"(?P<mo>\b(?P<mon>{_FULL_MONTH})\b)",
            # in 2020, since 2019
            rf"(?P<yr>(?<![\w.,]){_YEAR.format('yry')}(?![\w-]|[.,]\d))",
        ]
    )
    + ")"
)
_PREP_BEFORE = re.compile(rf"\b{_PREP} $", re.IGNORECASE)
# A bare year is a time reference after a preposition or as a modifier ("the 2016 election"),
# or hyphened to a part of the year ("mid-2014", "early-2015"), which is no count either.
_YEAR_BEFORE = re.compile(
    rf"(?:\b(?:{_PREP[3:-1]}|the|a|an|at|of|on|for|its|their) |\(|\b(?:mid|early|late)-)$",
    re.IGNORECASE,
)
# ... or when an event it dates follows ("lost 2019 re-election bid", "vetoed 2016 budget bill");
# a plain noun after a year stays out ("2016 wildfires" may be a count).
_YEAR_EVENT_AFTER = re.compile(
    r" (?:re-?)?(?:elections?|polls?|votes?|referendums?|midterms?|primar(?:y|ies)|budgets?|census"
    r"|campaigns?|season|championships?|olympics|world cup|tournament|games|summit|protests?"
    r"|rall(?:y|ies)|riots?|uprising|coup|attacks?|earthquakes?|floods?|pandemic|crisis|report"
    r"|survey|study|law|act|bill|reform|deal|agreement|treaty|ruling|cycle|edition)\b",
    re.IGNORECASE,
)
# ... or when it is one end of a span of years ("between 1999 and 2010", "from 1800 to 2000"):
# both ends within a few centuries, so "between 1500 and 2000 people" stays a pair of counts.
_YEAR_SPAN = re.compile(
    r"\b(?:between|from) ((?:1[89]|20)\d\d) (?:and|to|until|till|through) ((?:1[89]|20)\d\d)\b"
    r"(?! [a-z]+s\b)",  # "... 1950 dollars", "... 2000 homes": counts
    re.IGNORECASE,
)
# ... but never when it counts something: a length of time after it ("married 10 men in 2002
# years", "for 1999 days") or an age's words before it ("over the age of 2014", "aged 2014").
_COUNT_UNIT_AFTER = re.compile(
    r"\s+(?:" + alternation(entries("year_count_units")) + r")\b", re.IGNORECASE
)
_AGE_BEFORE = re.compile(r"\b(?:" + alternation(entries("age_openers")) + r")\s+$", re.IGNORECASE)
_NOT_WEEKDAY_AFTER = re.compile(
    r" (?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Night Football|Night Live"
    r"|Morning|Mail|Star|People|Sport|World|Business)\b"
)
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Black|Good|Super|Ash|Holy|Cyber|Palm|Easter|Bloody|Mail on|Observer on) $"
)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The date with this month/day nearest to ``ref`` (previous, same or next year)."""
    best: dt.date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def _month_num(word: str) -> int:
    return month_number(word.lower().rstrip("."))


def resolve_time(m: re.Match[str], ref: dt.date | None) -> str | None:
    """ISO string for one match of the time regex (None when it needs a date and has none)."""
    g = m.groupdict()
    if g["iso"]:
        try:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat()
        except ValueError:
            return None
    if g["md"] or g["dm"]:
        return _month_day(g, ref)
    if g["my"]:
        return f"{int(g['myy']):04d}-{_month_num(g['mym']):02d}"
    if g["yr"]:
        return g["yry"]
    if ref is None:
        return None
    if g["wd"]:
        return _weekday(g, ref).isoformat()
    if g["rel"]:
        word = g["rel"].lower()
        delta = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return (ref + dt.timedelta(days=delta)).isoformat()
    if g["per"]:
        return _period_start(g, ref).isoformat()
    if g["mo"]:
        month = month_number(g["mon"].lower())
        near = _nearest_year(month, 15, ref) or ref
        return f"{near.year:04d}-{month:02d}"
    return None


def _month_day(g: dict[str, Any], ref: dt.date | None) -> str | None:
    """A month and day ("March 3", "3 March"), with its year or else the one nearest ``ref``."""
    month = _month_num(g["mdm"] or g["dmm"])
    day = int(g["mdd"] or g["dmd"])
    year = g["mdy"] or g["dmy"]
    if year:
        try:
            return dt.date(int(year), month, day).isoformat()
        except ValueError:
            return None
    if ref is None:
        return None
    near = _nearest_year(month, day, ref)
    return near.isoformat() if near else None


def _weekday(g: dict[str, Any], ref: dt.date) -> dt.date:
    """A weekday ("Tuesday", "last Tuesday", "next Tuesday", "this Tuesday") seen from ``ref``."""
    target = _WEEKDAYS.index(g["wdn"].lower())
    rel = (g["wdrel"] or "").lower()
    back = (ref.weekday() - target) % 7
    if rel in ("last", "past"):
        return ref - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    if rel == "this":
        return ref + dt.timedelta(days=target - ref.weekday())
    return ref - dt.timedelta(days=back)


def _period_start(g: dict[str, Any], ref: dt.date) -> dt.date:
    """The first day of "last week", "this month", "next year" as seen from ``ref``."""
    step = {"last": -1, "this": 0, "next": 1}[g["perrel"].lower()]
    unit = g["pern"]
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday())
        return monday + dt.timedelta(weeks=step)
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, step)
        return dt.date(y, mo, 1)
    return dt.date(ref.year + step, 1, 1)


def _keep(text: str, m: re.Match[str]) -> bool:
    """Drop named days ("Black Friday", "Sunday Times") and bare years that date nothing."""
    if m.group("wd"):
        if m.group("wdrel") is None and _NOT_WEEKDAY_AFTER.match(text, m.end()):
            return False
        return not (
            m.group("wdrel") is None
            and _NAMED_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        )
    if m.group("yr"):
        if _counted_year(text, m.start(), m.end()):
            return False
        return bool(
            _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _YEAR_EVENT_AFTER.match(text, m.end())
            or _in_year_span(text, m.start(), m.end())
        )
    if m.group("mo"):
        return bool(_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    return True


def _counted_year(text: str, start: int, end: int) -> bool:
    """Is the year-shaped number ``text[start:end]`` written as a count (:data:`_AGE_BEFORE`,
    :data:`_COUNT_UNIT_AFTER`)? It is then a number for the quantity finder, never a date."""
    if _COUNT_UNIT_AFTER.match(text, end):
        return True
    return _AGE_BEFORE.search(text, max(0, start - 16), start) is not None


def _in_year_span(text: str, start: int, end: int) -> bool:
    for span in _YEAR_SPAN.finditer(text, max(0, start - 20), min(len(text), end + 20)):
        first, last = int(span.group(1)), int(span.group(2))
        ends = {(span.start(1), span.end(1)), (span.start(2), span.end(2))}
        if (start, end) in ends and 0 < last - first <= 300:
            return True
    return False


# past the farthest a time rule reads beside its match (_in_year_span's 20 characters)
_MARKUP_MARGIN = 40


def find_times(
    text: str, article_date: dt.date | None, start: int = 0, end: int | None = None
) -> list[TimeAnchor]:
    """Time anchors in ``text[start:end]`` (offsets into ``text``), resolved against the date;
    none read from a terminal escape or markup (:mod:`factkit.text_markup`)."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    window = blanked_window(text, start, end, _MARKUP_MARGIN)
    if window is None:
        return _find_times(text, article_date, start, end)
    copy, lo = window
    return moved_back(_find_times(copy, article_date, start - lo, end - lo), text, lo)


def _find_times(text: str, article_date: dt.date | None, start: int, end: int) -> list[TimeAnchor]:
    out: list[TimeAnchor] = []
    for m in _TIME_RE.finditer(text, start, end):
        if not _keep(text, m):
            continue
        try:
            iso = resolve_time(m, article_date)
        except (OverflowError, ValueError):  # dates at the edges of the calendar
            iso = None
        out.append(TimeAnchor(m.group(), m.start(), m.end(), iso))
    return out


def anchor_times(
    text: str, sentences: list[Sentence], article_date: dt.date | None
) -> list[TimeAnchor]:
    """Time anchors of the body sentences, each tagged with its ``sentence_index``."""
    out: list[TimeAnchor] = []
    for s in sentences:
        if not s.is_body:
            continue
        for anchor in find_times(text, article_date, s.start, s.end):
            out.append(replace(anchor, sentence_index=s.index))
    return out
