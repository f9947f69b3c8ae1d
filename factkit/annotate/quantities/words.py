"""Numbers written in words: "twenty-one trillion and three hundred", "a dozen", "two-thirds",
"five and a half million", "two hundred point seventy-one", "three lakh crore".

The parsers work on lower-cased tokens (words and digit groups) of one number run; the word
tables come from ``factkit/lang/en/number_*.txt``, ``ordinal_*.txt`` and ``dozen_words.txt``.
"""

from __future__ import annotations

import math

from factkit.lang import entries

__all__ = [
    "AFTER_ARTICLE",
    "CARDINAL_WORDS",
    "DOZENS",
    "ORDINAL_WORDS",
    "SCALES",
    "TENS",
    "CardinalParser",
    "bare_fraction",
    "fraction_value",
    "ordinal",
    "ordinal_is_fraction",
    "scale_after_fraction",
]


def _number_table(name: str) -> dict[str, int | float]:
    """``word value`` lines of a language-data file; integral values stay ints ("seven 7")."""
    table: dict[str, int | float] = {}
    for entry in entries(name):
        word, value = entry.split()
        table[word] = int(value) if value.isdigit() else float(value)
    return table


UNITS = _number_table("number_units")
TEENS = _number_table("number_teens")
TENS = _number_table("number_tens")
SCALES = _number_table("number_scales")
DOZENS = set(entries("dozen_words"))
# Ordinal words usable as a fraction's denominator ("three fifths"). "first"/"second" only count
# inside a compound ("twenty-first"): "a first class seat" is not a fraction.
_ORD_UNITS = _number_table("ordinal_units")
_ORD_OTHER = _number_table("ordinal_others")
_AND = ("and", "&")
_ARTICLES = ("a", "an")


def ordinal(word: str) -> tuple[float, bool] | None:
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


ORDINAL_WORDS = sorted(
    {*_ORD_UNITS, *_ORD_OTHER}
    | {w + "s" for w in {*_ORD_UNITS, *_ORD_OTHER} if w != "half"}
    | {"halves"},
    key=len,
    reverse=True,
)
CARDINAL_WORDS = sorted(
    {*UNITS, *TEENS, *TENS, "hundred", "hundreds", *SCALES, *DOZENS, "point"},
    key=len,
    reverse=True,
)
# Words that "a"/"an" before them turns into a count of one: "a hundred", "a third".
AFTER_ARTICLE = frozenset({*entries("number_after_article"), *SCALES, *DOZENS})


def small_number(word: str) -> float | None:
    """Value of a single word or digit group below 100 ("seventy", "12"), or None."""
    if word in UNITS:
        return float(UNITS[word])
    if word in TEENS:
        return float(TEENS[word])
    if word in TENS:
        return float(TENS[word])
    if word.isdigit():
        return float(word)
    return None


class _Group:
    """The cardinal read so far: ``total`` of finished scale groups plus the open ``group``.

    Each ``add_*`` method takes one token; False means the token cannot continue this number.
    """

    __slots__ = ("group", "has_hundred", "last", "last_scale", "total", "used_scale")

    def __init__(self) -> None:
        self.total = 0.0
        self.group: float | None = None
        self.last = ""  # kind of the previous token in the group: unit/teen/tens/hundred/digits
        self.has_hundred = False
        self.last_scale: float = math.inf
        self.used_scale: float = 1.0

    def value(self) -> float:
        return self.total + (self.group or 0.0)

    def add_digits(self, token: str) -> bool:
        try:
            d = float(token.replace(",", "")) if token[0] != "." else float("0" + token)
        except ValueError:
            return False
        if self.group is None:
            self.group, self.last = d, "digits"
        elif self.last == "hundred" and d < 100 and d.is_integer():
            self.group += d
            self.last = "digits"
        else:
            return False
        return True

    def add_unit(self, token: str) -> bool:
        u = float(UNITS[token])
        if self.group is None:
            self.group, self.last = u, "unit"
        elif (self.last == "tens" or self.last == "hundred") and u > 0:
            self.group += u
            self.last = "unit"
        else:
            return False
        return True

    def add_teen_or_tens(self, token: str) -> bool:
        v = float(TEENS[token] if token in TEENS else TENS[token])
        kind = "teen" if token in TEENS else "tens"
        if self.group is None:
            self.group, self.last = v, kind
        elif self.last == "hundred":
            self.group += v
            self.last = kind
        else:
            return False
        return True

    def add_hundred(self, token: str) -> bool:
        group = self.group
        if group is None or self.has_hundred or (token == "hundreds" and self.last != "digits"):
            return False
        if self.last != "digits" and group >= 100:
            return False
        self.group = group * 100
        self.last, self.has_hundred = "hundred", True
        return True

    def add_scale(self, token: str, after_scale: bool) -> bool:
        """A scale word; ``after_scale``: the token before it is a scale word too."""
        s = SCALES[token]
        if self.group is not None and s < self.last_scale:
            self.total += self.group * s
            self.group, self.last, self.has_hundred = None, "", False
            self.last_scale = self.used_scale = s
        elif self.group is None and self.total > 0 and after_scale and s > self.last_scale:
            self.total *= s  # "three lakh crore"
            self.last_scale = self.used_scale = s
        else:
            return False
        return True

    def add_dozen(self) -> bool:
        group = self.group
        if group is None or self.last == "dozen":
            return False
        hundreds = (group // 100) * 100 if self.has_hundred and self.last != "hundred" else 0.0
        self.group = hundreds + (group - hundreds) * 12
        self.last = "dozen"
        return True


class CardinalParser:
    """Greedy cardinal parser over lower-cased tokens ("two hundred and two thousand")."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens

    def parse(self, i: int, stop: int) -> tuple[float, int, float] | None:
        """(value, next index, last scale used) for the longest valid cardinal at ``i``."""
        toks = self.tokens
        g = _Group()
        best: tuple[float, int, float] | None = None
        before_and: tuple[float, int, float] | None = None
        after_and = False
        k = i
        while k < stop:
            t = toks[k]
            if t in ("hundred", "hundreds") and g.has_hundred and after_and and toks[k - 2] in _AND:
                # "3 hundred and 2 hundred" is two numbers: back off to before the "and"
                return before_and
            if t in _ARTICLES:
                if not self._article_is_one(g, i, k, stop):
                    break
                g.group, g.last = 1.0, "unit"
                k += 1
                continue
            if t in _AND:
                if not self._and_continues(g, k, stop):
                    break
                before_and, after_and = best, True
                k += 1
                continue
            if t == "point":
                return self._decimal(g, k, stop) or best
            if not self._add(g, i, k, stop):
                break
            k += 1
            best = (g.value(), k, g.used_scale)
            if k - 2 < i or toks[k - 2] not in _AND:
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

    def _add(self, g: _Group, i: int, k: int, stop: int) -> bool:
        """Add the number token at ``k`` to ``g``; False when it cannot continue the number."""
        toks = self.tokens
        t = toks[k]
        if t[0].isdigit() or t[0] == ".":
            return g.add_digits(t)
        if t in UNITS:
            return g.add_unit(t)
        if t in TEENS or t in TENS:
            return g.add_teen_or_tens(t)
        if (
            t == "hundred" and g.group is None and k == i and k + 1 < stop and toks[k + 1] in SCALES
        ):  # "hundred thousand"
            g.group, g.last, g.has_hundred = 100.0, "hundred", True
            return True
        if t in ("hundred", "hundreds"):
            return g.add_hundred(t)
        if t in SCALES:
            return g.add_scale(t, g.group is None and g.total > 0 and toks[k - 1] in SCALES)
        if t in DOZENS:
            return g.add_dozen()
        return False

    def _article_is_one(self, g: _Group, i: int, k: int, stop: int) -> bool:
        """ "a"/"an" is one before "hundred", a scale or "dozen" ("a hundred and a million")."""
        toks = self.tokens
        nxt = toks[k + 1] if k + 1 < stop else ""
        return (
            g.group is None
            and (nxt == "hundred" or nxt in SCALES or nxt in DOZENS)
            and (k == i or toks[k - 1] in _AND)
        )

    def _and_continues(self, g: _Group, k: int, stop: int) -> bool:
        """ "and" joins "hundred and two" or "a million and three", not two separate numbers."""
        nxt = self.tokens[k + 1] if k + 1 < stop else ""
        small = small_number(nxt)
        return (
            small is not None
            and small > 0
            and (g.last == "hundred" or (g.group is None and g.total > 0))
        )

    def _decimal(self, g: _Group, k: int, stop: int) -> tuple[float, int, float] | None:
        """ "point" and its digits ("two hundred point seventy-one" = 200.71), or None."""
        if g.group is None and g.total == 0:
            return None
        toks = self.tokens
        digits, k2 = "", k + 1
        while k2 < stop:
            t2 = toks[k2]
            if t2 in TENS and k2 + 1 < stop and toks[k2 + 1] in UNITS and UNITS[toks[k2 + 1]]:
                digits += str(TENS[t2] + UNITS[toks[k2 + 1]])
                k2 += 2
                continue
            small = small_number(t2) if t2[0] != "." else None
            if small is None:
                break
            digits += t2 if t2[0].isdigit() else str(int(small))
            k2 += 1
        if not digits:
            return None
        return g.value() + float("0." + digits), k2, g.used_scale


# --------------------------------------------------------------------------- fractions

Fraction = tuple[float, float, float, int]  # integer part, fraction, integer's scale, start


def fraction_value(toks: list[str], i: int, d: int, parser: CardinalParser) -> Fraction | None:
    """tokens[i:d+1] read as "[integer and] numerator denominator".

    Returns (integer part, fraction, the integer part's last scale, index where it starts); the
    start may be after ``i`` (tokens before it are separate numbers).
    """
    found = ordinal(toks[d])
    if found is None:
        return None
    denom, unit_ord = found
    word = toks[d]
    for s in range(i, d):
        # 1. a tens word joins a unit ordinal: "one hundred thirty-fifths" = 100/35
        if unit_ord and d - 1 > s and toks[d - 1] in TENS and toks[d - 2] != "and":
            num = _numerator(toks, s, d - 1, parser)
            if num is not None:
                return 0.0, num / (TENS[toks[d - 1]] + denom), 1.0, s
        if word.rstrip("s") in ("first", "second") and not (d - 1 >= s and toks[d - 1] in TENS):
            return None
        # 2. the whole span before the ordinal is the numerator: "twenty-three fifths"
        whole = _numerator_with_and(toks, s, d, denom, parser)
        if whole is not None:
            return (*whole, s)
        # 3. "one one hundred fifth" = 1/105
        if (
            unit_ord
            and d - 2 > s
            and toks[d - 1] in ("hundred", "thousand")
            and toks[d - 2] in UNITS
        ):
            num = _numerator(toks, s, d - 2, parser)
            if num is not None:
                scale = 100 if toks[d - 1] == "hundred" else 1000
                return 0.0, num / (UNITS[toks[d - 2]] * scale + denom), 1.0, s
    return None


def _numerator(toks: list[str], s: int, e: int, parser: CardinalParser) -> float | None:
    if e - s == 1 and toks[s] in _ARTICLES:
        return 1.0
    return parser.parse_all(s, e)


def _numerator_with_and(
    toks: list[str], s: int, d: int, denom: float, parser: CardinalParser
) -> tuple[float, float, float] | None:
    """Numerator tokens[s:d] over ``denom``; "X and a half" adds a proper fraction to X."""
    for a in range(d - 1, s, -1):
        if toks[a] in _AND:
            frac_num = _numerator(toks, a + 1, d, parser)
            head = parser.parse(s, a)
            if frac_num is not None and head is not None and head[1] == a and frac_num < denom:
                return head[0], frac_num / denom, head[2]
            break
    num = _numerator(toks, s, d, parser)
    if num is None:
        return None
    return 0.0, num / denom, 1.0


def ordinal_is_fraction(toks: list[str], i: int, d: int, nxt: str) -> bool:
    """An ordinal word is a denominator only after a numerator in fraction-like context.

    ``nxt`` is the lower-cased word after the ordinal ("" at punctuation or the end).
    """
    prev = toks[d - 1]
    word = toks[d]
    plural = word.endswith("s") or word == "halves"
    if prev in _ARTICLES:
        if word in ("half", "quarter", "quarters"):
            return True
        # "a third of voters" is a fraction, "a third term" an ordinal
        return nxt in ("", "of", "and") or nxt in SCALES or plural
    if prev in TENS and word.rstrip("s") in _ORD_UNITS and d - 1 == i:
        return plural  # "twenty-first" alone is an ordinal; "twenty fifths" is 20/5
    return prev not in _AND


def bare_fraction(toks: list[str], i: int) -> tuple[float, int] | None:
    """ "half" / "quarter" without a numerator: "half million", "half a dozen", "half"."""
    base = 0.5 if toks[i] == "half" else 0.25
    j = i + 1
    if (
        j + 1 < len(toks)
        and toks[j] in _ARTICLES
        and (toks[j + 1] in SCALES or toks[j + 1] in DOZENS or toks[j + 1] == "hundred")
    ):
        t2 = toks[j + 1]
        mult = SCALES.get(t2) or (12.0 if t2 in DOZENS else 100.0)
        return base * mult, j + 2
    if j < len(toks) and toks[j] in SCALES:
        return base * SCALES[toks[j]], j + 1
    if toks[i] == "half":
        return 0.5, j
    return None


def scale_after_fraction(
    toks: list[str], j: int, int_part: float, frac: float, int_scale: float
) -> tuple[float, int]:
    """ "three quarters million", "five and a half million", "3 million and a half"."""
    k = j
    if k + 1 < len(toks) and toks[k] == "of" and toks[k + 1] in _ARTICLES:
        k += 2
    if k < len(toks) and toks[k] in SCALES:
        scale = SCALES[toks[k]]
        if int_part >= scale * 1000:
            # "one billion and three quarters million": the integer keeps its own scale
            return int_part + frac * scale, k + 1
        return (int_part + frac) * scale, k + 1
    return int_part + frac * (int_scale if int_scale >= 1000 else 1.0), j
