"""Cardinals written in words and digits: "twenty-one trillion and three hundred", "a dozen",
"two hundred point seventy-one", "three lakh crore".

The parser works on lower-cased tokens (words and digit groups) of one number run; the word
tables are :mod:`.words`.
"""

from __future__ import annotations

import math

from factkit.annotate.quantities.words import (
    AND_WORDS,
    ARTICLES,
    DOZENS,
    SCALES,
    TEENS,
    TENS,
    UNITS,
    small_number,
)

__all__ = ["CardinalParser"]


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
            if (
                t in ("hundred", "hundreds")
                and g.has_hundred
                and after_and
                and toks[k - 2] in AND_WORDS
            ):
                # "3 hundred and 2 hundred" is two numbers: back off to before the "and"
                return before_and
            if t in ARTICLES:
                if not self._article_is_one(g, i, k, stop):
                    break
                g.group, g.last = 1.0, "unit"
                k += 1
                continue
            if t in AND_WORDS:
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
            if k - 2 < i or toks[k - 2] not in AND_WORDS:
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
            and (k == i or toks[k - 1] in AND_WORDS)
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
