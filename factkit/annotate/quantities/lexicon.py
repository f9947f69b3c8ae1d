"""Unit and currency lexicons (``factkit/lang/en/units.txt``, ``quant_currencies.txt``) and the
regexes that find their aliases next to a number.

The patterns are prefix-factored alternations (:func:`factkit.lang.trie_alternation`): with
hundreds of aliases they are much faster in ``re`` than a flat word list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factkit.lang import alias_table, trie_alternation

__all__ = ["SP", "UnitLexicon", "UnitPatterns", "unit_lexicon"]

# Horizontal space between a number and its words (no line breaks).
SP = r"[ \t\u00a0\u202f]"


@dataclass(frozen=True, slots=True)
class UnitLexicon:
    """Aliases -> canonical names, with the regex alternation that matches them."""

    exact: dict[str, str]
    folded: dict[str, str]
    pattern: str  # prefix-factored alternation of the lower-cased aliases (compile with re.I)

    def lookup(self, surface: str) -> str | None:
        key = " ".join(surface.split())
        return self.exact.get(key) or self.folded.get(key.lower())


def unit_lexicon(name: str) -> UnitLexicon:
    """The lexicon of the word list ``name`` (``units``, ``quant_currencies``), read by the one
    loader of ``canonical = alias | =ExactAlias | ...`` lines, :func:`factkit.lang.alias_table`.
    An alias written with a leading "=" matches in its exact case ("=m" is metre, "M" is not)."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for canonical, aliases in alias_table(name).items():
        for alias in aliases:
            if alias.startswith("=") and len(alias) > 1:
                exact[" ".join(alias[1:].split())] = canonical
            elif alias:  # "a | | b" leaves an empty value: no alias
                folded[" ".join(alias.lower().split())] = canonical
    # Exact-case aliases are matched case-insensitively too; lookup() rejects a wrong case.
    pattern = trie_alternation({a.lower() for a in (*exact, *folded)})
    return UnitLexicon(exact, folded, pattern)


class UnitPatterns:
    """The English unit and currency lexicons with the regexes that find them by a number."""

    def __init__(self) -> None:
        self.units = unit_lexicon("units")
        self.currencies = unit_lexicon("quant_currencies")
        self.measurement_units = frozenset(
            {
                *self.units.exact.values(),
                *self.units.folded.values(),
                *self.currencies.exact.values(),
                *self.currencies.folded.values(),
            }
        )
        self.currency_names = frozenset(
            {*self.currencies.exact.values(), *self.currencies.folded.values()}
        )
        boundary = r"(?![\w°%$€£¥])"
        both = trie_alternation(
            {a.lower() for lex in (self.units, self.currencies) for a in (*lex.exact, *lex.folded)}
        )
        # After a number: "5 km", "5-km", "5 (km)", "$5 USD", "95%".
        self.unit_after = re.compile(
            rf"(?:{SP}?-?{SP}?|{SP}?)(?P<open>[(\[{{<])?(?P<u>{both})(?(open)[)\]}}>]){boundary}",
            re.IGNORECASE,
        )
        # Before a number: symbols ("$", "C$") and three-letter codes ("USD"), not names.
        prefix_aliases = {
            a.lower()
            for a in (*self.currencies.exact, *self.currencies.folded)
            if not a.replace(" ", "").isalpha() or len(a) == 3
        } | {"dollar"}
        self.currency_before = re.compile(
            rf"(?<![A-Za-z])(?P<c>{trie_alternation(prefix_aliases)}){SP}?$", re.IGNORECASE
        )
