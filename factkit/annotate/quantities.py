"""Find checkable numbers in news text and normalise them.

``QuantityFinder.find`` returns :class:`~factkit.document.Quantity` objects whose span covers the
number with its currency, scale and measurement unit ("$1.13bn", "95 percent", "2.5-mile"); a
qualifier in front ("at least", "nearly") and a counted noun after ("183 deaths") are reported as
data but stay outside the span.

Values: scale words and suffixes are applied ("$1.13bn" -> 1.13e9, "3 million" -> 3e6, "10k" ->
1e4); number words are evaluated ("twenty-one trillion and three hundred", "a dozen", "two-thirds",
"five and a half million"); percentages keep the written number ("95 percent" -> 95). A range
("between 10 and 20", "10-20", "from 7 to 10") and a ratio ("five out of 34", "one in five") give
two quantities; :meth:`QuantityFinder.find_with_ranges` also says which pairs form a range.

Units (one canonical scheme, the one the benchmark scorer's ``normalize_unit`` uses): singular,
lower-case, American spelling names from ``factkit/lang/en/units.txt`` and
``factkit/lang/en/quant_currencies.txt``:
``"percent"``, ``"percentage point"``, ``"dollar"`` (US dollar; others are qualified:
``"canadian dollar"``), ``"euro"``, ``"pound sterling"``, ``"yen"``, ``"penny"``, ``"cent"``,
``"kilometer"``, ``"square mile"``, ``"celsius"``, ``"degree"``, ``"mile per hour"``, ``"year"``...
When no measurement unit is written and ``count_nouns_as_units`` is on, the unit is the counted
noun phrase as written ("183 deaths" -> ``"deaths"``, "34 provincial capitals" ->
``"provincial capitals"``); :meth:`QuantityFinder.is_measurement_unit` tells the two kinds apart.

Qualifiers are normalised lower-case phrases: "at least", "more than", "nearly", "about",
"up to", "between", ... Vague plurals ("hundreds of injuries") are not quantities.

Not quantities: years and dates used as time references ("in 2019", "August 10, 2021",
"2021-08-10", "the 1960s"), times of day ("9 a.m.", "10:30"), ordinals ("21st", "fourth
quarter"), numbers inside names ("Boeing 737", "Windows 11", "COVID-19", "F-35", "Route 66"),
URLs, @handles, #hashtags, phone numbers and list numbering at the start of a line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factkit.config import QuantitiesConfig
from factkit.document import Quantity
from factkit.lang import alternation, entries, word_set

__all__ = ["QuantityFinder", "find_quantities", "load_unit_lexicon"]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# --------------------------------------------------------------------------- number words


def _number_table(name: str) -> dict[str, int | float]:
    """``word value`` lines of a language-data file; integral values stay ints ("seven 7")."""
    table: dict[str, int | float] = {}
    for entry in entries(name):
        word, value = entry.split()
        table[word] = int(value) if value.isdigit() else float(value)
    return table


_UNITS = _number_table("number_units")
_TEENS = _number_table("number_teens")
_TENS = _number_table("number_tens")
_SCALES = _number_table("number_scales")
_DOZENS = set(entries("dozen_words"))
# Ordinal words usable as a fraction's denominator ("three fifths"). "first"/"second" only count
# inside a compound ("twenty-first"): "a first class seat" is not a fraction.
_ORD_UNITS = _number_table("ordinal_units")
_ORD_OTHER = _number_table("ordinal_others")


def _ordinal(word: str) -> tuple[float, bool] | None:
    """(denominator, is_unit_ordinal) for an ordinal/fraction word or its plural."""
    for w in (word, word[:-1] if word.endswith("s") else None):
        if w is None:
            continue
        if w in _ORD_UNITS:
            return float(_ORD_UNITS[w]), True
        if w in _ORD_OTHER:
            return float(_ORD_OTHER[w]), False
    if word == "halves":
        return 2.0, False
    return None


_ORDINAL_WORDS = sorted(
    {*_ORD_UNITS, *_ORD_OTHER} | {w + "s" for w in {*_ORD_UNITS, *_ORD_OTHER} if w != "half"}
    | {"halves"},
    key=len, reverse=True,
)
_CARDINAL_WORDS = sorted(
    {*_UNITS, *_TEENS, *_TENS, "hundred", "hundreds", *_SCALES, *_DOZENS, "point"},
    key=len, reverse=True,
)

def _trie_regex(words: Iterable[str]) -> str:
    """An alternation factored by common prefixes: much faster than a flat word list in ``re``."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class UnitLexicon:
    """Aliases -> canonical names, with the regex alternation that matches them."""

    exact: dict[str, str]
    folded: dict[str, str]
    pattern: str  # prefix-factored alternation of the lower-cased aliases (compile with re.I)

    def lookup(self, surface: str) -> str | None:
        key = " ".join(surface.split())
        return self.exact.get(key) or self.folded.get(key.lower())


def load_unit_lexicon(lines: Iterable[str]) -> UnitLexicon:
    """Parse ``canonical = alias | =ExactAlias | ...`` lines (see factkit/lang/en/units.txt)."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        canonical, _, aliases = line.partition(" = ")
        for alias in aliases.split("|"):
            alias = alias.strip()
            if not alias:
                continue
            if alias.startswith("=") and len(alias) > 1:
                exact[" ".join(alias[1:].split())] = canonical.strip()
            else:
                folded[" ".join(alias.lower().split())] = canonical.strip()
    # Exact-case aliases are matched case-insensitively too; lookup() rejects a wrong case.
    pattern = _trie_regex({a.lower() for a in (*exact, *folded)})
    return UnitLexicon(exact, folded, pattern)


# --------------------------------------------------------------------------- regexes

_SP = r"[ \t\u00a0\u202f]"
_NUM_WORD = _trie_regex([*_CARDINAL_WORDS, *_ORDINAL_WORDS])
_WORD_TOKEN = rf"(?i:(?:{_NUM_WORD}))\b"
# A digit number: grouped thousands (comma, dot, thin space), decimals, a leading dot.
_DIGITS = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)"
    r"|\d+(?:[.,]\d+)*|\.\d+)"
)
_DIGIT_TOKEN = rf"(?:(?<![A-Za-z]-)(?<![\w.])|(?<=\b[A-Za-z]{{3}})){_DIGITS}"
_FIRST_TOKEN = rf"(?:(?=[\d.]){_DIGIT_TOKEN}|(?<![\w-])(?i:({_NUM_WORD}))\b)"
_TOKEN = rf"(?:{_DIGITS}(?!\w)|{_WORD_TOKEN})"
_JOIN = (
    rf"(?:{_SP}*[-–]{_SP}*|{_SP}+(?:(?i:and)|&){_SP}+|{_SP}*&{_SP}*|{_SP}+"
    rf"|,{_SP}*(?=(?i:(?:{_NUM_WORD}))\b)"
    rf"|{_SP}+(?i:(?:and{_SP}+|&{_SP}*)?an?|of{_SP}+an?){_SP}+(?=(?i:(?:{_NUM_WORD}))\b))"
)
_RUN = re.compile(
    rf"{_FIRST_TOKEN}(?:{_JOIN}{_TOKEN})*"
)
_TOKENIZE = re.compile(rf"{_DIGITS}|[^\W\d_]+|&")
_VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
_VULGAR_CHARS = re.compile(f"[{''.join(_VULGAR)}]")
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?i:an?){_SP}+$")
_AFTER_ARTICLE = frozenset(
    {"hundred", "half", "quarter", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
     "ninth", "tenth", "twentieth", "thirtieth", "hundredth", "thousandth", "millionth",
     "billionth", "trillionth", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
     "eighty", "ninety", *_SCALES, *_DOZENS}
)
_VULGAR_RE = re.compile(rf"(?<![\w.])(\d+{_SP}?)?([{''.join(_VULGAR)}])")

_MONTH_NAMES = [*entries("months"), *entries("month_abbreviations")]
_MONTHS = f"(?:{alternation(_MONTH_NAMES, capitalize=True)})\\.?"
# Spans that never hold a quantity; a number inside one is skipped.
# Spans that never hold a quantity; a number overlapping one is skipped. Checked per number:
# the first set inside the number's whitespace-free chunk, the second in a small window.
_EXCLUDED_IN_CHUNK = re.compile(
    "|".join([
        r"(?:https?://|www\.)\S+",  # URLs
        r"[\w.-]+\.(?:com|org|net|gov|edu|co|io|ly|uk|ru|de|fr|info|tv|me)/\S*",
        r"[\w.+-]+@[\w-]+\.[\w.]+",  # e-mail
        r"(?<![\w@])[@#][A-Za-z_]\w*",  # handles, hashtags
        r"(?<![\w.])\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2})?)?",  # ISO date
        r"(?<![\w./])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\w/])",  # 8/10/2021, 10.08.21
        r"(?<![\w.])\d{1,2}(?::\d{2}){1,2}(?:(?i:[ap]\.?m\.?))?(?!\w)",  # 10:30
        r"(?<![\w.])\d{1,2}(?:\.\d{2})?(?i:[ap]\.m\.|[ap]m\b)",  # 2.17pm
        r"(?<![\w.])\d+(?:st|nd|rd|th)\b",  # ordinals
        r"(?<![\w.])(?:1[5-9]|20)\d0s\b|['’]\d0s\b|(?<!\w)['’]\d\d\b",  # decades, '57
        r"(?<![\w.])(?:1[5-9]|20)\d\d[-–/](?:\d\d|(?:1[5-9]|20)\d\d)(?![\d.,]\d)",  # 2013-14
        r"(?<![\w.])(?:24/7|9/11|7/7)(?![\w/])",  # fixed expressions
        r"\+?\d{1,3}-\d{3}-\d{3,4}(?:[-/]\d{3,4})?",  # phone numbers with dashes
    ])
)
_MONTH_WORDS = word_set("months") | word_set("month_abbreviations")
_AM_PM = frozenset({"am", "pm", "a.m", "p.m", "am.", "pm.", "am,", "pm,"} | {"am ", "pm "})
_EXCLUDED_NEAR = re.compile(
    "|".join([
        r"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)",
        r"(?<![\w.])\d{1,2}(?:[.:]\d{2})?\s+(?i:[ap]\.m\.|[ap]m\b)",  # 9 a.m., 2 pm
        rf"\b{_MONTHS}{_SP}+\d{{1,2}}(?:st|nd|rd|th)?(?:,?{_SP}+\d{{4}})?(?![\d,.]\d)",  # Aug 10
        rf"(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?{_MONTHS}"
        rf"(?:,?{_SP}+\d{{4}})?\b",  # 10 August 2021
        rf"\b{_MONTHS},?{_SP}+\d{{4}}\b",  # August 2021
        r"(?:^|(?<=\n))[ \t]*\(?\d{1,2}[.)](?=[ \t])",  # list numbering
    ])
)
_CAP_NAME_WORD = re.compile(r"([A-Z][A-Za-z]*)[ \u00a0]$")

_QUALIFIERS = list(entries("quantity_qualifiers"))
_QUALIFIER_CANON = dict(
    (surface.strip(), canonical.strip())
    for surface, _, canonical in (e.partition(" = ") for e in entries("quantity_qualifier_canon"))
)
_QUALIFIER_SET = frozenset(q for q in _QUALIFIERS if q[0].isalpha())
_QUALIFIER_SYMBOLS = {
    sym: _QUALIFIER_CANON[sym] for sym in ("~", "<", ">", "≥", "≤", "±")
}

# Scale suffixes after digits: word scales are case-insensitive, abbreviations are exact.
_SCALE_ABBR = {
    "k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "m": 1e6,
    "G": 1e9, "B": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9, "T": 1e12, "tn": 1e12, "tln": 1e12,
    "trn": 1e12,
}
_SCALE_AFTER_RE = re.compile(
    rf"(?:{_SP}?(?P<abbr>MM|mln|mil|mn|bln|bn|tln|trn|tn|[kKMGBT])"
    rf"|(?P<attached>[bm]))(?![\w°])"
)
_OVER_RE = re.compile(rf"{_SP}+(?i:over){_SP}+")
_END_RE = re.compile(r"[ \t]*(?:[.,;:!?)]|$)")
_FRACTION_AFTER_RE = re.compile(r"/(\d+)(?![\d/.,])")
_MIXED_FRACTION_RE = re.compile(rf"{_SP}+(\d+)/(\d+)(?![\d/])")
_POWER_RE = re.compile(r"\^([-+−]*)(\d+)(?![\d.])")
_SCI_RE = re.compile(rf"(?:[eE]([-+]?\d+)|{_SP}?[x×]{_SP}?10\^?([-+−]*)(\d+))(?![\w.])")
_RANGE_GAP_RE = re.compile(rf"^{_SP}*(?:[-–—]|[-–]?{_SP}*(?i:to|and|or|through|until)){_SP}*$")
_CHANGE_VERBS = re.compile(
    r"\b(?:ris\w*|rose|fell|fall\w*|drop\w*|jump\w*|increas\w*|decreas\w*|grow\w*|grew|"
    r"climb\w*|declin\w*|cut\w*|reduc\w*|rais\w*|lower\w*|slash\w*|boost\w*|surg\w*|soar\w*|"
    r"plung\w*|sank|sink\w*|slid\w*|went|gone|up|down|chang\w*|mov\w*|shrank|shrunk|swell\w*)\b",
    re.IGNORECASE,
)

_STOP = _words(
    """
    a an the and or but nor of in on at to for from by with as than that which who whom whose
    this these those there here is are was were be been being am has have had do does did will
    would shall should can could may might must not no so if then per via into onto over under
    about above below after before between during since until while through across against
    among around out up down off again its his her their our my your it he she they we you
    them him us me percent per cent each every more most less least few fewer many much some
    any all both such only just also even still yet already almost nearly later earlier ago
    times time year years said says say told according reportedly including include includes
    included
    """
)
_IRREGULAR_PLURALS = _words(
    """
    people children men women police staff personnel cattle sheep fish deer feet teeth mice
    geese data media criteria phenomena alumni
    """
)
_FUNCTION_CAPS = _words(
    """
    The A An About Around Over Under Nearly Almost Some Only Just All Another Roughly
    Approximately More Less Fewer Up At By In On Of For From To With Than And But Or Since
    After Before During Until Those These Its His Her Their Our My Your Says Said Exactly
    Estimated Each Every Both Still Also While When Where Why How What Who Which If As Because
    Although Though So Yet Then Now Today Yesterday Tomorrow Last Next First Many Most Least
    Another Like Nearly Below Above Between Among Within Without Through Per Plus Minus Total
    Average Age Aged Just Top Page Pages Kills Killed Injures Over Adds Add Has Have Had Was
    Were Is Are Be Been Will Would Could Should May Might Must Can Including Includes Than
    Versus Vs Vs. No Number Nos Nr Nrs Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday
    """
)
_INCH_CONTEXT = re.compile(
    r"(?:[ \t]*$|[ \t]*[.,;:)!?]|[ \t]+(?:thick|long|wide|tall|high|deep|across|in diameter|"
    r"diameter|screen|display|gap|pipe)\b)"
)
_YEAR_MIN, _YEAR_MAX = 1000, 2100
_YEAR_DETERMINER = re.compile(r"\b(?i:the|its|their|his|her|in|of|since|by|from|until|during) $")


@dataclass(frozen=True, slots=True)
class _Num:
    """One number found in the text (before units and context are attached)."""

    start: int
    end: int
    value: float
    words: bool  # written (at least partly) in words
    integer_digits: bool  # a plain digit integer without separators


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    measured: bool  # unit is a measurement unit (not a counted noun)
    scaled: bool  # a scale word/suffix was applied
    raw: float  # the value before scale


# --------------------------------------------------------------------------- parsing helpers


def _parse_digits(s: str) -> list[tuple[int, int, float]]:
    """Value(s) of a digit token; a token with inconsistent separators splits into several.

    Returns (offset_start, offset_end, value) triples relative to the token.
    """
    s_clean = s.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s_clean:
        head, _, dec = s_clean.partition(".")
        val = float(head.replace(" ", "") + ("." + dec if dec else ""))
        return [(0, len(s), val)]
    if s.startswith("."):
        return [(0, len(s), float("0" + s))]
    has_comma, has_dot = "," in s, "." in s
    if has_comma and has_dot:
        last = max(s.rfind(","), s.rfind("."))
        dec_sep = s[last]
        int_part, frac = s[:last], s[last + 1 :]
        thou = "," if dec_sep == "." else "."
        if dec_sep in int_part or not re.fullmatch(rf"\d{{1,3}}(?:\{thou}\d{{2,3}})*", int_part):
            return _split_token(s)
        return [(0, len(s), float(int_part.replace(thou, "") + "." + frac))]
    if has_comma:
        groups = s.split(",")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return [(0, len(s), float(s.replace(",", "")))]
        # Indian grouping 12,34,567
        if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", s):
            return [(0, len(s), float(s.replace(",", "")))]
        if len(groups) == 2 and len(groups[1]) != 3:
            return [(0, len(s), float(groups[0] + "." + groups[1]))]  # decimal comma
        return _split_token(s)
    if has_dot:
        groups = s.split(".")
        if len(groups) == 2:
            return [(0, len(s), float(s))]
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return [(0, len(s), float(s.replace(".", "")))]
        return _split_token(s)
    return [(0, len(s), float(s))]


def _split_token(s: str) -> list[tuple[int, int, float]]:
    return [(m.start(), m.end(), float(m.group())) for m in re.finditer(r"\d+", s)]


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z]+)")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos, pos + 30)
    return m.group(1).lower() if m else ""


def _small(words: list[str]) -> float | None:
    """Value of a word number below 100 ("seventy-one"), or None."""
    if len(words) == 1:
        w = words[0]
        if w in _UNITS:
            return float(_UNITS[w])
        if w in _TEENS:
            return float(_TEENS[w])
        if w in _TENS:
            return float(_TENS[w])
        if w.isdigit():
            return float(w)
        return None
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and _UNITS[words[1]] > 0:
        return float(_TENS[words[0]] + _UNITS[words[1]])
    return None


class _IntParser:
    """Greedy cardinal parser over lower-cased tokens ("two hundred and two thousand")."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens

    def parse(self, i: int, stop: int) -> tuple[float, int, float] | None:
        """(value, next index, last scale used) for the longest valid cardinal at ``i``."""
        toks = self.tokens
        total = 0.0
        group: float | None = None
        last = ""  # kind of the previous token in the group: unit/teen/tens/hundred/digits
        has_hundred = False
        last_scale = math.inf
        used_scale = 1.0
        best: tuple[float, int, float] | None = None
        before_and: tuple[float, int, float] | None = None
        after_and = False
        k = i
        while k < stop:
            t = toks[k]
            if (t in ("hundred", "hundreds") and has_hundred and after_and
                    and toks[k - 2] in ("and", "&")):
                # "3 hundred and 2 hundred" is two numbers: back off to before the "and"
                return before_and
            if t in ("a", "an"):
                nxt = toks[k + 1] if k + 1 < stop else ""
                if group is None and (nxt == "hundred" or nxt in _SCALES or nxt in _DOZENS) and (
                    k == i or toks[k - 1] in ("and", "&")
                ):
                    group, last = 1.0, "unit"
                    k += 1
                    continue
                break
            if t in ("and", "&"):
                nxt = toks[k + 1] if k + 1 < stop else ""
                small = _small([nxt])
                ok = small is not None and small > 0 and (
                    last == "hundred" or (group is None and total > 0)
                )
                if not ok:
                    break
                before_and, after_and = best, True
                k += 1
                continue
            if t[0].isdigit() or t[0] == ".":
                try:
                    d = float(t.replace(",", "")) if t[0] != "." else float("0" + t)
                except ValueError:
                    break
                if group is None:
                    group, last = d, "digits"
                elif last == "hundred" and d < 100 and d.is_integer():
                    group += d
                    last = "digits"
                else:
                    break
            elif t in _UNITS:
                u = float(_UNITS[t])
                if group is None:
                    group, last = u, "unit"
                elif (last == "tens" or last == "hundred") and u > 0:
                    group += u
                    last = "unit"
                else:
                    break
            elif t in _TEENS or t in _TENS:
                v = float(_TEENS[t] if t in _TEENS else _TENS[t])
                kind = "teen" if t in _TEENS else "tens"
                if group is None:
                    group, last = v, kind
                elif last == "hundred":
                    group += v
                    last = kind
                else:
                    break
            elif t == "point":
                if group is None and total == 0:
                    break
                digits, k2 = "", k + 1
                while k2 < stop:
                    t2 = toks[k2]
                    if t2 in _TENS and k2 + 1 < stop and toks[k2 + 1] in _UNITS and _UNITS[
                        toks[k2 + 1]
                    ]:
                        digits += str(_TENS[t2] + _UNITS[toks[k2 + 1]])
                        k2 += 2
                        continue
                    small = _small([t2]) if t2[0] != "." else None
                    if small is None:
                        break
                    digits += t2 if t2[0].isdigit() else str(int(small))
                    k2 += 1
                if not digits:
                    break
                return total + (group or 0.0) + float("0." + digits), k2, used_scale
            elif t == "hundred" and group is None and k == i and k + 1 < stop and toks[
                k + 1
            ] in _SCALES:  # "hundred thousand"
                group, last, has_hundred = 100.0, "hundred", True
            elif t in ("hundred", "hundreds"):
                if group is None or has_hundred or (t == "hundreds" and last != "digits"):
                    break
                if last != "digits" and group >= 100:
                    break
                group *= 100
                last, has_hundred = "hundred", True
            elif t in _SCALES:
                s = _SCALES[t]
                if group is not None and s < last_scale:
                    total += group * s
                    group, last, has_hundred = None, "", False
                    last_scale = used_scale = s
                elif group is None and total > 0 and toks[k - 1] in _SCALES and s > last_scale:
                    total *= s  # "three lakh crore"
                    last_scale = used_scale = s
                else:
                    break
            elif t in _DOZENS:
                if group is None or last == "dozen":
                    break
                hundreds = (group // 100) * 100 if has_hundred and last != "hundred" else 0.0
                group = hundreds + (group - hundreds) * 12
                last = "dozen"
            else:
                break
            k += 1
            best = (total + (group or 0.0), k, used_scale)
            if k - 2 < i or toks[k - 2] not in ("and", "&"):
                after_and = False
        return best

    def parse_all(self, i: int, stop: int) -> float | None:
        """Value when tokens[i:stop] form exactly one cardinal."""
        if i >= stop:
            return None
        res = self.parse(i, stop)
        if res is None or res[1] != stop:
            return None
        return res[0]


_Fraction = tuple[float, float, float, int]  # integer part, fraction, integer's scale, start


def _fraction_value(toks: list[str], i: int, d: int, parser: _IntParser) -> _Fraction | None:
    """tokens[i:d+1] read as "[integer and] numerator denominator".

    Returns (integer part, fraction, the integer part's last scale, index where it starts); the
    start may be after ``i`` (tokens before it are separate numbers).
    """
    ordinal = _ordinal(toks[d])
    if ordinal is None:
        return None
    denom, unit_ord = ordinal
    word = toks[d]
    for s in range(i, d):
        # 1. a tens word joins a unit ordinal: "one hundred thirty-fifths" = 100/35
        if unit_ord and d - 1 > s and toks[d - 1] in _TENS and toks[d - 2] != "and":
            num = _numerator(toks, s, d - 1, parser)
            if num is not None:
                return 0.0, num / (_TENS[toks[d - 1]] + denom), 1.0, s
        if word.rstrip("s") in ("first", "second") and not (d - 1 >= s and toks[d - 1] in _TENS):
            return None
        # 2. the whole span before the ordinal is the numerator: "twenty-three fifths"
        whole = _numerator_with_and(toks, s, d, denom, parser)
        if whole is not None:
            return (*whole, s)
        # 3. "one one hundred fifth" = 1/105
        if (unit_ord and d - 2 > s and toks[d - 1] in ("hundred", "thousand")
                and toks[d - 2] in _UNITS):
            num = _numerator(toks, s, d - 2, parser)
            if num is not None:
                scale = 100 if toks[d - 1] == "hundred" else 1000
                return 0.0, num / (_UNITS[toks[d - 2]] * scale + denom), 1.0, s
    return None


def _numerator(toks: list[str], s: int, e: int, parser: _IntParser) -> float | None:
    if e - s == 1 and toks[s] in ("a", "an"):
        return 1.0
    return parser.parse_all(s, e)


def _numerator_with_and(
    toks: list[str], s: int, d: int, denom: float, parser: _IntParser
) -> tuple[float, float, float] | None:
    """Numerator tokens[s:d] over ``denom``; "X and a half" adds a proper fraction to X."""
    for a in range(d - 1, s, -1):
        if toks[a] in ("and", "&"):
            frac_num = _numerator(toks, a + 1, d, parser)
            head = parser.parse(s, a)
            if frac_num is not None and head is not None and head[1] == a and frac_num < denom:
                return head[0], frac_num / denom, head[2]
            break
    num = _numerator(toks, s, d, parser)
    if num is None:
        return None
    return 0.0, num / denom, 1.0


# --------------------------------------------------------------------------- the finder


class QuantityFinder:
    """Regex-driven quantity finder; compile once, call :meth:`find` per text or sentence."""

    def __init__(self, config: QuantitiesConfig | None = None) -> None:
        self.config = config or QuantitiesConfig.model_validate({})
        self.units = load_unit_lexicon(entries("units"))
        self.currencies = load_unit_lexicon(entries("quant_currencies"))
        self._measurement_units = frozenset(
            {*self.units.exact.values(), *self.units.folded.values(),
             *self.currencies.exact.values(), *self.currencies.folded.values()}
        )
        self._currency_names = frozenset(
            {*self.currencies.exact.values(), *self.currencies.folded.values()}
        )
        boundary = r"(?![\w°%$€£¥])"
        both = _trie_regex(
            {a.lower() for lex in (self.units, self.currencies) for a in (*lex.exact, *lex.folded)}
        )
        self._unit_after = re.compile(
            rf"(?:{_SP}?-?{_SP}?|{_SP}?)(?P<open>[(\[{{<])?(?P<u>{both})(?(open)[)\]}}>]){boundary}",
            re.IGNORECASE,
        )
        # Before a number: symbols ("$", "C$") and three-letter codes ("USD"), not names.
        prefix_aliases = {
            a.lower() for a in (*self.currencies.exact, *self.currencies.folded)
            if not a.replace(" ", "").isalpha() or len(a) == 3
        } | {"dollar"}
        self._currency_before = re.compile(
            rf"(?<![A-Za-z])(?P<c>{_trie_regex(prefix_aliases)}){_SP}?$", re.IGNORECASE
        )

    # -- public API ------------------------------------------------------------------------

    def is_measurement_unit(self, unit: str | None) -> bool:
        """True for lexicon units/currencies/percent; False for counted nouns and None."""
        return unit is not None and unit in self._measurement_units

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
        """Quantities in ``text[start:end]`` with offsets into ``text``."""
        return self.find_with_ranges(text, start, end)[0]

    def find_with_ranges(
        self, text: str, start: int = 0, end: int | None = None
    ) -> tuple[list[Quantity], list[tuple[int, int]]]:
        """Quantities plus index pairs (low, high) of those that form a range ("10-20")."""
        end = len(text) if end is None else min(end, len(text))
        start = max(0, start)
        if start >= end:
            return [], []
        found: list[_Found] = []
        consumed = start
        for num in self._numbers(text, start, end):
            if num.start < consumed:
                continue  # already part of a quantity ("1.1^23", "2 1/2", "4km^3")
            got, consumed = self._attach(text, num, consumed, end)
            if got is not None:
                found.append(got)
        found = self._merge_compounds(text, found)
        ranges = self._link_pairs(text, found)
        out = [
            # 12 significant digits hide binary noise from scaling (16.4 * 1e6 = 16399999.99...)
            Quantity(text[f.start : f.end], f.start, f.end, float(f"{f.value:.12g}"), f.unit,
                     f.qualifier)
            for f in found
        ]
        return out, ranges

    # -- stage 1: numbers ------------------------------------------------------------------

    @staticmethod
    def _blocked(text: str, a: int, b: int) -> bool:
        """Whether text[a:b] overlaps a URL, handle, date, time, phone number, ordinal, ..."""
        lo, hi = a, b
        floor, ceil = max(0, a - 300), min(len(text), b + 300)
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        while hi < ceil and not text[hi].isspace():
            hi += 1
        if hi - lo > b - a:
            for m in _EXCLUDED_IN_CHUNK.finditer(text, lo, hi):
                if m.start() < b and a < m.end():
                    return True
        before, after = text[max(0, a - 14) : a], text[b : b + 14]
        near_words = before.split()[-1:] + after.split()[:2]
        if (
            any(w.strip(".,").lower() in _MONTH_WORDS for w in near_words)
            or after.lstrip()[:3].lower() in _AM_PM
            or (after[:1] in (" ", ".", "-", ")") and after[1:4].isdigit())
            or before[-1:] in ("(", "+", "\n", "", "-", ".") or before.endswith(") ")
        ):
            for m in _EXCLUDED_NEAR.finditer(text, max(0, a - 22), min(len(text), b + 22)):
                if m.start() < b and a < m.end():
                    return True
        return False

    def _numbers(self, text: str, start: int, end: int) -> list[_Num]:
        nums: list[_Num] = []
        for m in _RUN.finditer(text, start, end):
            run_start = m.start()
            a = _ARTICLE_BEFORE.search(text, max(start, run_start - 4), run_start)
            if a and m.group(1) and m.group(1).lower() in _AFTER_ARTICLE:
                run_start = a.start()
            for n in self._parse_run(text, run_start, text[run_start : m.end()]):
                if not self._blocked(text, n.start, n.end):
                    nums.append(n)
        if _VULGAR_CHARS.search(text, start, end):
            nums = self._vulgar(text, start, end, nums)
        nums.sort(key=lambda n: n.start)
        merged: list[_Num] = []
        for n in nums:
            prev = merged[-1] if merged else None
            if (prev is not None and n.value and _OVER_RE.fullmatch(text, prev.end, n.start)
                    and float(prev.value).is_integer() and _END_RE.match(text, n.end)):
                # "one over three", "2000 over 3" (but "over 3 years" is a qualifier)
                merged[-1] = _Num(prev.start, n.end, prev.value / n.value, True, False)
                continue
            merged.append(n)
        return merged

    def _vulgar(self, text: str, start: int, end: int, nums: list[_Num]) -> list[_Num]:
        """ "½", "2½": unicode vulgar fractions."""
        for m in _VULGAR_RE.finditer(text, start, end):
            whole = float(m.group(1)) if m.group(1) else 0.0
            s = m.start()
            nums = [n for n in nums if not (n.start >= s and n.end <= m.end())]
            nums.append(_Num(s, m.end(), whole + _VULGAR[m.group(2)], False, False))
        return nums

    def _parse_run(self, text: str, offset: int, run: str) -> list[_Num]:
        spans = [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKENIZE.finditer(run)]
        toks = [s[2].lower() for s in spans]
        parser = _IntParser(toks)
        out: list[_Num] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if t[0].isdigit() or t[0] == ".":
                pieces = _parse_digits(spans[i][2])
                if len(pieces) > 1:  # "192.168.1.2", "22,24,26": separate numbers
                    for a, b, v in pieces:
                        out.append(_Num(spans[i][0] + a, spans[i][0] + b, v, False, False))
                    i += 1
                    continue
                if i + 1 >= n or (toks[i + 1] not in _SCALES and toks[i + 1] not in _DOZENS
                                  and toks[i + 1] not in ("hundred", "hundreds")):
                    v = pieces[0][2]
                    plain = t.isdigit()
                    out.append(_Num(spans[i][0], spans[i][1], v, False, plain))
                    i += 1
                    continue
            d = next((k for k in range(i, n) if _ordinal(toks[k]) is not None), None)
            if d == i and t in ("half", "quarter"):
                res = self._bare_fraction(toks, i)
                if res is not None:
                    value, j = res
                    out.append(_Num(spans[i][0], spans[j - 1][1], value, True, False))
                    i = j
                    continue
            if d is not None and d > i and self._ordinal_is_fraction(
                toks, i, d, _next_word(text, spans[d][1]) if d + 1 == n else toks[d + 1]
            ):
                fv = _fraction_value(toks, i, d, parser)
                if fv is not None:
                    int_part, frac, int_scale, s = fv
                    k = i
                    while k < s:
                        num, k = self._cardinal(text, spans, toks, parser, k, s)
                        if num is not None:
                            out.append(num)
                    value, j = self._scale_after_fraction(toks, d + 1, int_part, frac, int_scale)
                    out.append(_Num(spans[s][0], spans[j - 1][1], value, True, False))
                    i = j
                    continue
            stop = d if d is not None else n
            if stop == i:
                i += 1  # an ordinal on its own: "third", "fourth quarter"
                continue
            if d is not None and d == stop and stop - 1 >= i and toks[stop - 1] in _TENS and (
                _ordinal(toks[stop]) or (0.0, False)
            )[1]:
                stop -= 1  # "twenty-first": the tens word belongs to the ordinal
                if stop == i:
                    i = d + 1
                    continue
            num, j = self._cardinal(text, spans, toks, parser, i, stop)
            if num is not None:
                out.append(num)
            i = j
        return out

    def _cardinal(
        self,
        text: str,
        spans: list[tuple[int, int, str]],
        toks: list[str],
        parser: _IntParser,
        i: int,
        stop: int,
    ) -> tuple[_Num | None, int]:
        """The cardinal starting at token ``i`` (or None) and the index after it."""
        res = parser.parse(i, stop)
        if res is None:
            return None, i + 1
        value, j, _ = res
        if toks[i] in ("one",) and j - i == 1 and not self._one_is_number(text, spans[i]):
            return None, j
        words = any(not tok[0].isdigit() and tok[0] != "." for tok in toks[i:j])
        plain = not words and j - i == 1 and toks[i].isdigit()
        return _Num(spans[i][0], spans[j - 1][1], value, words, plain), j

    _ONE_BEFORE = re.compile(
        r"\b(?i:the|this|that|which|any|every|no|each|another|someone|anyone|last|next|little|"
        r"big|new|right|wrong|favou?rite|same|other|such|what|whichever|as|into|like|at)"
        rf"{_SP}+$"
    )
    _ONE_AFTER = re.compile(
        rf"{_SP}+(?i:of{_SP}+(?:the|his|her|its|their|our|my|your|these|those|them|us|whom|which)"
        r"|another|by one|or another|day|time|way|thing|side|hand|would|could|should|can|must|"
        r"might|may|who|whose)\b"
    )

    def _one_is_number(self, text: str, span: tuple[int, int, str]) -> bool:
        """"one" the pronoun ("the one you mentioned", "one of the") is not a count."""
        s, e, _ = span
        if self._ONE_BEFORE.search(text, max(0, s - 20), s):
            return False
        return not self._ONE_AFTER.match(text, e)

    @staticmethod
    def _ordinal_is_fraction(toks: list[str], i: int, d: int, nxt: str) -> bool:
        """An ordinal word is a denominator only after a numerator in fraction-like context.

        ``nxt`` is the lower-cased word after the ordinal ("" at punctuation or the end).
        """
        prev = toks[d - 1]
        word = toks[d]
        plural = word.endswith("s") or word == "halves"
        if prev in ("a", "an"):
            if word in ("half", "quarter", "quarters"):
                return True
            # "a third of voters" is a fraction, "a third term" an ordinal
            return nxt in ("", "of", "and") or nxt in _SCALES or plural
        if prev in _TENS and word.rstrip("s") in _ORD_UNITS and d - 1 == i:
            return plural  # "twenty-first" alone is an ordinal; "twenty fifths" is 20/5
        return prev not in ("and", "&")

    @staticmethod
    def _bare_fraction(toks: list[str], i: int) -> tuple[float, int] | None:
        """ "half" / "quarter" without a numerator: "half million", "half a dozen", "half"."""
        base = 0.5 if toks[i] == "half" else 0.25
        j = i + 1
        if j + 1 < len(toks) and toks[j] in ("a", "an") and (
            toks[j + 1] in _SCALES or toks[j + 1] in _DOZENS or toks[j + 1] == "hundred"
        ):
            t2 = toks[j + 1]
            mult = _SCALES.get(t2) or (12.0 if t2 in _DOZENS else 100.0)
            return base * mult, j + 2
        if j < len(toks) and toks[j] in _SCALES:
            return base * _SCALES[toks[j]], j + 1
        if toks[i] == "half":
            return 0.5, j
        return None

    @staticmethod
    def _scale_after_fraction(
        toks: list[str], j: int, int_part: float, frac: float, int_scale: float
    ) -> tuple[float, int]:
        """ "three quarters million", "five and a half million", "3 million and a half"."""
        k = j
        if k + 1 < len(toks) and toks[k] == "of" and toks[k + 1] in ("a", "an"):
            k += 2
        if k < len(toks) and toks[k] in _SCALES:
            scale = _SCALES[toks[k]]
            if int_part >= scale * 1000:
                # "one billion and three quarters million": the integer keeps its own scale
                return int_part + frac * scale, k + 1
            return (int_part + frac) * scale, k + 1
        return int_part + frac * (int_scale if int_scale >= 1000 else 1.0), j

    # -- stage 2: context -------------------------------------------------------------------

    def _attach(self, text: str, num: _Num, lo: int, hi: int) -> tuple[_Found | None, int]:
        """Currency, sign, scale, unit, qualifier and counted noun around one number.

        ``lo`` is where the previous quantity ended (context never reaches behind it). Returns
        the quantity (None when the number is not one) and where the consumed text ends.
        """
        s, e, value = num.start, num.end, num.value
        digit_end = text[e - 1].isdigit()
        if digit_end and not num.words:
            m = _MIXED_FRACTION_RE.match(text, e, hi)
            if m and num.integer_digits and 0 < int(m.group(1)) < int(m.group(2)):
                value += int(m.group(1)) / int(m.group(2))
                e = m.end()
            else:
                m = _FRACTION_AFTER_RE.match(text, e, hi)
                if m:
                    den = int(m.group(1))
                    if den == 0:
                        return None, m.end()
                    value /= den
                    e = m.end()
            m = _SCI_RE.match(text, e, hi)
            if m:
                if m.group(1) is not None:
                    value *= 10.0 ** int(m.group(1))
                else:
                    neg = m.group(2).count("-") + m.group(2).count("−")
                    value *= 10.0 ** (-int(m.group(3)) if neg % 2 else int(m.group(3)))
                e = m.end()
            else:
                m = _POWER_RE.match(text, e, hi)
                if m:
                    neg = m.group(1).count("-") + m.group(1).count("−")
                    exp = int(m.group(2))
                    try:
                        value = value ** (-exp if neg % 2 else exp)
                    except (OverflowError, ZeroDivisionError):
                        return None, m.end()
                    e = m.end()
        raw = value
        # currency in front
        cur_m = None
        unit: str | None = None
        measured = False
        if s > lo and (text[s - 1] not in " \t\n" or (s - 2 >= lo and text[s - 2] not in " \t\n")):
            cur_m = self._currency_before.search(text, max(lo, s - 12), s)
            unit = self.currencies.lookup(cur_m.group("c")) if cur_m else None
            if cur_m and unit is not None:
                measured = True
                s = cur_m.start("c")
            else:
                cur_m = None
        scaled = False
        if digit_end and not num.words:
            m = _SCALE_AFTER_RE.match(text, e, hi)
            if m:
                abbr = m.group("abbr") or m.group("attached")
                if abbr == "m" and unit is None:
                    pass  # "1.8m" is metres unless money is being counted
                else:
                    value *= _SCALE_ABBR[abbr]
                    scaled = True
                    e = m.end()
        if num.words:
            last_word = text[num.start : num.end].split()[-1].lower()
            if last_word in _SCALES:
                scaled = True
                raw = value / _SCALES[last_word]
        # unit / currency / percent after
        m = self._unit_after.match(text, e, hi)
        if m:
            surface = m.group("u")
            canonical = self.units.lookup(surface) or self.currencies.lookup(surface)
            if canonical is not None and not (
                unit is not None and canonical not in ("percent",) and canonical in
                self._currency_names
            ):
                accept = True
                if surface == "in":
                    accept = num.integer_digits and bool(_INCH_CONTEXT.match(text, m.end(), hi))
                if surface in ("p",) and num.words:
                    accept = False
                if accept:
                    if canonical == "pound" and (scaled or unit is not None):
                        canonical = "pound sterling"
                    if unit is None or canonical in ("percent",):
                        unit = canonical
                    measured = True
                    e = m.end()
        # glued to letters: model numbers and codes ("860BOX", "LGA1156", "06F6")
        if (e < len(text) and text[e].isalpha()) or (
            cur_m is None and num.start > 0 and text[num.start - 1].isalpha()
        ):
            return None, e
        # sign, minus words, "percent of", qualifier (left context)
        negative, s, qualifier, percent_of = self._left_context(text, lo, s, num, cur_m is not None)
        if negative:
            value, raw = -value, -raw
        if percent_of and unit is None:
            unit, measured = "percent", True
        # years, names: not quantities
        if num.integer_digits and not measured and not scaled:
            year_like = _YEAR_MIN <= value <= _YEAR_MAX and len(text[num.start : num.end]) == 4
            counted = self._counted_noun(text, e, hi)
            if year_like and (counted is None or _YEAR_DETERMINER.search(
                text, max(lo, num.start - 8), num.start
            )) and qualifier in (
                None, "over", "under", "below", "above", "between", "only", "just", "some",
            ):
                return None, e
            if counted is None and qualifier is None and self._in_name(text, num.start, lo):
                return None, e
        if unit is None and self.config.count_nouns_as_units:
            unit = self._counted_noun(text, e, hi)
        return _Found(s, e, value, unit, qualifier, measured, scaled, raw), e

    @staticmethod
    def _left_context(
        text: str, lo: int, s: int, num: _Num, has_currency: bool
    ) -> tuple[bool, int, str | None, bool]:
        """(negative, new span start, qualifier, "percent of" before) from the words before."""
        seg_lo = max(lo, s - 40)
        seg = text[seg_lo:s]
        negative = False
        if seg[-1:] in ("-", "−") and not num.words and (
            s < 2 or text[s - 2] in " \t\n([$€£¥:=" or has_currency
        ):
            negative = True
            if not has_currency:
                s -= 1
            seg = seg[:-1]
        elif seg[-2:] in ("- ", "− ") and seg_lo == 0 and not seg[:-2].strip():
            negative, s, seg = True, s - 2, seg[:-2]  # "- 1 4/5" at the very start
        qualifier = _QUALIFIER_SYMBOLS.get(seg[-1:]) if seg else None
        words = seg.split()
        if words and seg_lo > 0 and not text[seg_lo - 1].isspace() and seg_lo > lo:
            words = words[1:]  # the window cut the first word
        clean = [w.strip("(\"“‘[").lower() for w in words[-4:]]
        if not negative and clean and clean[-1] in ("minus", "negative"):
            negative = True
            s = seg_lo + seg.rfind(words[-1])
            clean.pop()
        percent_of = (
            clean[-2:] in (["percent", "of"], ["percents", "of"])
            or clean[-3:] == ["per", "cent", "of"]
        ) and not any(ch.isdigit() for ch in " ".join(words[-4:-2]))
        if percent_of:
            s = seg_lo + seg.rfind(words[-3] if clean[-3:] == ["per", "cent", "of"] else words[-2])
        if qualifier is None:
            for k in (4, 3, 2, 1):
                if len(clean) >= k:
                    phrase = " ".join(clean[-k:])
                    if phrase in _QUALIFIER_SET:
                        qualifier = _QUALIFIER_CANON.get(phrase, phrase)
                        break
        return negative, s, qualifier, percent_of

    @staticmethod
    def _in_name(text: str, s: int, lo: int) -> bool:
        """ "Boeing 737", "Windows 11", "Route 66": a capitalised word right before the number."""
        m = _CAP_NAME_WORD.search(text, max(lo, s - 30), s)
        if not m:
            return False
        word = m.group(1)
        if word in _FUNCTION_CAPS or re.fullmatch(_MONTHS, word):
            return False
        return not (m.start() > 0 and text[m.start() - 1].isalnum())

    _NOUN_RE = re.compile(rf"(?:{_SP}+[A-Za-z][A-Za-z'’-]*){{1,3}}")

    def _counted_noun(self, text: str, e: int, hi: int) -> str | None:
        """ "183 deaths" -> "deaths", "34 provincial capitals" -> "provincial capitals"."""
        m = self._NOUN_RE.match(text, e, hi)
        if not m:
            return None
        words = m.group().split()
        for k, w in enumerate(words):
            lw = w.lower()
            if lw in _STOP or lw.endswith("ly") or "'" in w or "’" in w:
                return None
            if lw in _IRREGULAR_PLURALS or (
                lw.endswith("s") and len(lw) > 3 and not lw.endswith(("ss", "us", "is", "ous"))
            ):
                return " ".join(words[: k + 1])
        return None

    # -- stage 3: pairs ---------------------------------------------------------------------

    _CENTS = frozenset({"cent", "penny"})

    def _merge_compounds(self, text: str, found: list[_Found]) -> list[_Found]:
        """ "3 dollars 50 cents" -> 3.5 dollar; "5 ft 2 in" -> 5.1667 foot."""
        out: list[_Found] = []
        k = 0
        while k < len(found):
            f = found[k]
            if k + 1 < len(found):
                g = found[k + 1]
                gap = text[f.end : g.start]
                joinable = re.fullmatch(rf"{_SP}*(?:(?i:and){_SP}+)?", gap) is not None
                if joinable and f.unit in self._currency_names and f.unit not in self._CENTS \
                        and g.raw.is_integer() and 0 < g.raw < 100 and not g.scaled and (
                            g.unit in self._CENTS or (not g.measured and re.match(
                                r"\s*(?:[.,;!?]|$)", text[g.end : g.end + 2]))):
                    f.value += g.raw / 100
                    f.end = g.end
                    out.append(f)
                    k += 2
                    continue
                if joinable and f.unit == "foot" and 0 <= g.raw < 12 and g.unit in (None, "inch"):
                    end = g.end
                    if g.unit is None:
                        m = re.match(rf"{_SP}+in\b", text[g.end : g.end + 4])
                        if not m:
                            out.append(f)
                            k += 1
                            continue
                        end = g.end + m.end()
                    f.value += g.raw / 12
                    f.end = end
                    out.append(f)
                    k += 2
                    continue
            out.append(f)
            k += 1
        return out

    def _link_pairs(self, text: str, found: list[_Found]) -> list[tuple[int, int]]:
        """Share units/scales across "10-20 million", "45 and 50 mg"; report ranges."""
        ranges: list[tuple[int, int]] = []
        for k in range(len(found) - 1):
            f, g = found[k], found[k + 1]
            gap = text[f.end : g.start]
            if len(gap) > 12:
                continue
            gap_l = gap.strip().lower()
            is_dash = gap_l in ("-", "–", "—")
            joined = _RANGE_GAP_RE.match(gap) is not None
            ratio = gap_l in ("out of", "of", "in", "/")
            if not (joined or ratio) or (f.measured and g.measured and f.unit != g.unit):
                continue
            if (g.scaled and not f.scaled and f.raw and f.unit in (None, g.unit)
                    and abs(f.raw) < abs(g.raw) * 1000 and abs(f.value) < 1000
                    and (is_dash or gap_l in ("to", "and", "or", "-to"))):
                factor = g.value / g.raw if g.raw else 1.0
                f.value *= factor
                f.scaled = True
            if g.measured and not f.measured and (f.unit is None or joined):
                f.unit, f.measured = g.unit, True
            elif f.measured and not g.measured and g.unit is None and (is_dash or gap_l == "to"):
                g.unit, g.measured = f.unit, True
            elif not f.measured and f.unit is None and g.unit is not None:
                f.unit = g.unit
            if ratio:
                continue
            between = f.qualifier == "between" and gap_l == "and"
            before = text[max(0, f.start - 40) : f.start]
            from_to = gap_l in ("to", "-to", "- to") and re.search(r"\bfrom\s+\S*$", before)
            if from_to and _CHANGE_VERBS.search(before):
                continue  # "rose from 5 to 7" is a change, not a range
            if between or is_dash or gap_l.endswith("to") or gap_l in ("through", "until"):
                if between:
                    g.qualifier = g.qualifier or "between"
                ranges.append((k, k + 1))
        return ranges


@lru_cache(maxsize=1)
def _default_finder() -> QuantityFinder:
    return QuantityFinder()


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` with the default configuration."""
    return _default_finder().find(text)
