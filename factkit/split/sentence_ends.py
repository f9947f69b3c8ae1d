"""Where sentences end inside a unit: Punkt's English model decides at every candidate (terminal
punctuation before whitespace), with its abbreviation / initial / number / ellipsis rules and the
orthographic heuristic, and the news word lists (titles, number prefixes, time abbreviations).

A candidate is read once (:func:`.mark_candidates.read_candidate`: the word before the mark and
the word after it; a mark glued to the next word is :mod:`.glued_breaks`'); the rules for the
mark then run in order (:attr:`PunktRules._mark_rules`), the first that knows deciding, and a
plain period gets Punkt's word rules (:meth:`PunktRules._period`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factkit.split.attribution_tails import opens_own_clause
from factkit.split.mark_candidates import NO_END, Candidate, read_candidate
from factkit.split.patterns import (
    ACRONYM_TITLE_NOUNS,
    AGENCY_DATELINE,
    ATTRIBUTION,
    BULLETS,
    CANDIDATE,
    INITIAL_TOKEN,
    INTRO_PREPOSITIONS,
    LIST_MARKER_WORD,
    MAX_WORD,
    MULTI_PERIOD_ABBREVIATION,
    NEWS_ABBREVIATIONS,
    NEWS_STARTERS,
    NO_BREAK_SPACES,
    NON_SPACE,
    NUMBER_PREFIXES,
    NUMERIC,
    OPENERS_AFTER_ABBREVIATIONS,
    QUOTES,
    TIME_ABBREVIATIONS,
    TIME_FOLLOWERS,
    TITLES,
    is_emoji,
)
from factkit.split.place_dates import date_goes_on
from factkit.split.punkt_model import ORTHO_LC, ORTHO_MID_UC, PunktEnglish

__all__ = ["PunktRules"]

QUOTE_LOOKBACK = 2000  # quote marks are counted this far back on a line: bounded work per mark


class PunktRules:
    """Punkt's English parameters with the news word lists, and the rules that read them."""

    def __init__(self, params: PunktEnglish, extra_abbreviations: frozenset[str]) -> None:
        self._abbreviations = frozenset(params.abbrev_types) | NEWS_ABBREVIATIONS
        self._abbreviations |= extra_abbreviations
        self._titles = TITLES
        self.ortho: dict[str, int] = dict(params.ortho_context)
        self._collocations = frozenset(params.collocations)
        self._starters = frozenset(params.sent_starters) | NEWS_STARTERS
        # what decides at a candidate, in order; the first rule that answers wins
        self._mark_rules: tuple[Callable[[Candidate], int | None], ...] = (
            self._quote_attribution,
            self._glued_opening_quote,
            _question_or_exclamation,
            self._ellipsis,
            _period_then_ellipsis,
        )

    def boundaries(
        self, text: str, us: int, ue: int, forced: list[int], protected: list[tuple[int, int]]
    ) -> list[int]:
        """Where sentences end in the unit ``text[us:ue]`` by its punctuation; ``forced``
        breaks (sorted) start segments, ``protected`` spans are never cut."""
        bounds: list[int] = []
        seg_start = us
        fi = 0  # next forced boundary not yet passed
        n_forced = len(forced)
        pi = 0  # next protected span (spans and candidates both come in text order)
        for m in CANDIDATE.finditer(text, us, ue):
            pstart, mend = m.span()
            if mend >= ue:
                break  # the unit ends here anyway
            if protected:
                while pi < len(protected) and protected[pi][1] <= mend:
                    pi += 1
                if pi < len(protected) and protected[pi][0] < mend:
                    continue
            while fi < n_forced and forced[fi] <= pstart:
                seg_start = max(seg_start, forced[fi])
                fi += 1
            cut = self._decide(text, m, ue, seg_start)
            if cut >= 0:
                bounds.append(cut)
                seg_start = cut
        return bounds

    def _decide(self, text: str, m: re.Match[str], ue: int, seg_start: int) -> int:
        """Where the sentence ends at this candidate (-1: it does not)."""
        at = read_candidate(text, m, ue, seg_start)
        if isinstance(at, int):
            return at
        for rule in self._mark_rules:
            cut = rule(at)
            if cut is not None:
                return cut
        return self._period(at)

    # --- the rules for the mark, in order ---------------------------------------------------

    def _quote_attribution(self, at: Candidate) -> int | None:
        """'"Why?" Smith asked.' is one sentence; after a full stop only when the attribution
        closes it ("'It is over.' Smith said."): "'... by 2017.' Mr Cameron also argued that
        ..." and "'... crash.' Vettel responded: ..." are new sentences."""
        if not (
            at.closers
            and any(c in QUOTES for c in at.closers)
            and at.next_type not in self._starters
        ):
            return None
        attribution = ATTRIBUTION.match(at.text, at.mend, at.ue)
        if attribution is None:
            return None
        if at.punct.endswith(".") and not _closes_clause(at.text, attribution.end(), at.ue):
            return None
        if opens_own_clause(at.text, attribution.end(), at.ue):
            return None  # '"... objects?" Loeb said he filed a complaint': a new sentence
        return NO_END

    def _glued_opening_quote(self, at: Candidate) -> int | None:
        """A straight quote mark glued between a sentence end and the next word opens the next
        sentence's quotation when its line has an even number of them before it ('across the
        UK."We are focussing ...," she said.'): it goes with that sentence, also after the
        quotation's own closing mark ('(to 9 September).""I think'). With an odd number it
        closes this one ('I can't do it!"Mr Medvedev says'), which the later rules give."""
        if not at.closers.endswith('"') or at.next_start != at.mend:
            return None
        if at.punct not in (".", "?", "!"):
            return None
        floor = max(at.pstart - QUOTE_LOOKBACK, 0)
        line_start = at.text.rfind("\n", floor, at.pstart) + 1 or floor
        if at.text.count('"', line_start, at.mend - 1) % 2:
            return None  # the last mark closes ('over!"Mr'); a closing mark before it may too
        cut = at.mend if at.punct != "." else self._period(at)
        return cut - 1 if cut == at.mend else cut

    def _ellipsis(self, at: Candidate) -> int | None:
        """An ellipsis (three dots, detached or attached): Punkt treats it like an abbreviation;
        ". . . ." detached is the sentence's own period plus an ellipsis."""
        if not (at.dots == 3 or (at.dots > 3 and not at.word)):
            return None
        if at.dots >= 4 or is_emoji(at.first) or at.text.find("\n", at.mend, at.next_start) >= 0:
            return at.mend
        return at.mend if self._starts_sentence(at) else NO_END

    # --- a period after a word: Punkt's abbreviation, initial and number rules ---------------

    def _period(self, at: Candidate) -> int:
        """Where the sentence ends at a period after a word: Punkt's abbreviation, initial and
        number rules with the news word lists (-1: it does not end)."""
        core, first = at.core, at.first
        low = core.lower()
        if "@" in core or "://" in core or low.startswith("www."):
            return at.mend  # e-mail, URL or @handle: its final period is the sentence's
        if (
            LIST_MARKER_WORD.fullmatch(core)
            and at.ws - at.seg_start < MAX_WORD
            and not at.text[at.seg_start : at.ws].strip().strip(BULLETS).strip()
        ):
            return NO_END  # "1. The first item": a list marker opens the segment
        if low in self._titles or _hyphenated_title(core, self._titles):
            return NO_END
        if first.isdigit() and low in NUMBER_PREFIXES:
            return NO_END
        if (low, at.next_type) in self._collocations:
            return NO_END
        if len(core) == 1 and core.isalpha():
            return self._initial(at, low)
        typ = low.rsplit("-", 1)[-1] if "-" in low else low
        if (
            typ in self._abbreviations
            or low in self._abbreviations
            or MULTI_PERIOD_ABBREVIATION.fullmatch(low)
        ):
            return self._abbreviation(at, low)
        if NUMERIC.fullmatch(low) and ("##number##", at.next_type) in self._collocations:
            return NO_END
        return at.mend

    def _abbreviation(self, at: Candidate, low: str) -> int:
        """An abbreviation ends a sentence only before a word that starts one."""
        first, mend = at.first, at.mend
        if first.isdigit():
            return NO_END  # "Sept. 11", "U.S. 1"
        if is_emoji(first) or at.text.find("\n", mend, at.next_start) >= 0:
            return mend
        if low in TIME_ABBREVIATIONS:
            if at.next_type in TIME_FOLLOWERS or _opens_with_time(at.text, at.seg_start, at.ws):
                return NO_END
            return mend if first.isupper() else NO_END
        if _in_dateline(at):
            return NO_END  # "DOVER, Del. (AP) — Police said ...": the state of a dateline
        if first.isupper() and _after_comma(at.text, at.seg_start, at.ws):
            if date_goes_on(at.text, at.next_start, at.ue):
                return NO_END  # "hit Boulder, Colo. Friday, closing roads": the day goes on
            return mend  # "in Scranton, Pa. Sure, ...": a place abbreviation closes a phrase
        if at.next_type in ACRONYM_TITLE_NOUNS and MULTI_PERIOD_ABBREVIATION.fullmatch(low):
            return NO_END  # "the U.S. Ambassador to Armenia": the title goes on the phrase
        if at.next_type in OPENERS_AFTER_ABBREVIATIONS and first.isupper():
            return mend  # "Patrick Bradley Ltd. Mr McGurk was ...": no name follows a "Ltd."
        return mend if self._starts_sentence(at) else NO_END

    def _initial(self, at: Candidate, low: str) -> int:
        """A single letter and a period: Punkt's rules for initials."""
        first, next_type = at.first, at.next_type
        if first.isdigit():
            return NO_END  # "p. 55"
        if is_emoji(first):
            return at.mend
        if _joined_initial(at):
            return NO_END  # "U.\u00a0S.": a no-break space joins the letters of one word
        if low in self._abbreviations:
            # Punkt learned this letter as an abbreviation ("E. Smith", "Laurence H. Tribe"): only a
            # word that starts sentences ends it ("vitamin C. The ...")
            if next_type in self._starters and self.ortho.get(next_type, 0) & ORTHO_LC:
                return at.mend if first.isupper() else NO_END
            return NO_END
        ctx = self.ortho.get(next_type, 0)
        if first.isupper() and not ctx & ORTHO_LC:
            return NO_END  # the next word is never seen in lower case: a name ("Albert I. Jones")
        return at.mend

    def _starts_sentence(self, at: Candidate) -> bool:
        """Punkt's orthographic heuristic plus starter words, for a capitalised next word."""
        if not at.first.isupper():
            return False
        ctx = self.ortho.get(at.next_type, 0)
        if not ctx & ORTHO_LC:
            return False  # always capitalised ("I", names): capitals prove nothing
        if ctx & ORTHO_MID_UC and at.next_type not in self._starters:
            return False
        return not _title_case(at.text, at.seg_start, at.ws)


def _hyphenated_title(core: str, titles: frozenset[str]) -> bool:
    """A title after a hyphen, capitalised: "then-Sen. Obama", "ex-Gov. Perry"."""
    head, dash, title = core.rpartition("-")
    return bool(head and dash) and title[:1].isupper() and title.lower() in titles


def _joined_initial(at: Candidate) -> bool:
    """A no-break space, and only that, between this initial and the next ("U.\u00a0S.",
    "J.\u00a0R. Smith"): a typesetter kept them together. After a plain space a letter may be
    a name's initial opening a sentence ("vitamin C. A. Smith found it")."""
    gap = at.text[at.mend : at.next_start]
    return (
        bool(gap)
        and all(c in NO_BREAK_SPACES for c in gap)
        and INITIAL_TOKEN.fullmatch(at.text, at.next_start, at.next_start + 2) is not None
    )


def _question_or_exclamation(at: Candidate) -> int | None:
    return at.mend if "?" in at.punct or "!" in at.punct or "‽" in at.punct else None


def _period_then_ellipsis(at: Candidate) -> int | None:
    """A period, then an ellipsis ("that.... She left" / "compounds. . . . The practice"); a
    spaced ellipsis after the period opens the next sentence (an omission at its start)."""
    if at.dots < 4:
        return None
    return at.pstart + 1 if at.punct[1] == " " else at.mend


def _closes_clause(text: str, pos: int, ue: int) -> bool:
    """Punctuation (or the unit's end) right after ``pos``: "said." / "said, adding"."""
    rest = text[pos:ue].lstrip()
    return not rest or rest[0] in ".,;"


def _opens_with_time(text: str, seg_start: int, word_start: int) -> bool:
    words = text[seg_start : min(word_start, seg_start + MAX_WORD)].split()
    return len(words) <= 3 and bool(words) and words[0].lower() in INTRO_PREPOSITIONS


def _in_dateline(at: Candidate) -> bool:
    """The abbreviation lies inside a wire dateline that opens the segment ("DOVER, Del. (AP)
    —", "NEWPORT NEWS, Va. -"): the dateline runs on to its agency and dash."""
    start = NON_SPACE.search(at.text, at.seg_start, at.ws)
    if start is None or not at.text[start.start()].isupper():
        return False
    dateline = AGENCY_DATELINE.match(at.text, start.start(), at.ue)
    return dateline is not None and dateline.end() > at.mend


def _after_comma(text: str, seg_start: int, ws: int) -> bool:
    k = ws - 1
    while k > seg_start and text[k].isspace():
        k -= 1
    return k > seg_start and text[k] == ","


def _title_case(text: str, seg_start: int, ws: int) -> bool:
    """The sentence so far is a headline in Title Case, where capitals say nothing."""
    start = max(seg_start, ws - MAX_WORD)  # the last words are enough; bounded work per call
    words = [w for w in text[start:ws].split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)
