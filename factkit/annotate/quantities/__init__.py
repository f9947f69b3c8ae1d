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

The package is a chain of small rules: :mod:`.numbers` finds every number (digits:
:mod:`.digits`; words: :mod:`.cardinals` and :mod:`.word_fractions`, which look them up in
:mod:`.words`) and drops those :mod:`.exclusions` rules out;
:mod:`.attach` runs its ordered rules around each (currency, scale and unit: :mod:`.measures`;
names, model numbers and years: :mod:`.not_quantities`; sign and qualifier: :mod:`.qualifiers`;
counted noun: :mod:`.counted_nouns`); :mod:`.pairs` merges compounds and links ranges;
:mod:`.finder` composes them.
Units and currencies come from :mod:`.lexicon`; every search window is a field of
:class:`~.settings.QuantitySettings`.
"""

from __future__ import annotations

from functools import lru_cache

from factkit.annotate.quantities.finder import QuantityFinder
from factkit.annotate.quantities.lexicon import UnitLexicon, unit_lexicon
from factkit.annotate.quantities.settings import QuantitySettings
from factkit.document import Quantity

__all__ = [
    "QuantityFinder",
    "QuantitySettings",
    "UnitLexicon",
    "find_quantities",
    "unit_lexicon",
]


@lru_cache(maxsize=1)
def _default_finder() -> QuantityFinder:
    return QuantityFinder()


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in ``text`` with the default configuration."""
    return _default_finder().find(text)
