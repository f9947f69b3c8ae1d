"""The quantity finder: numbers (:mod:`.numbers`), then their context (:mod:`.attach`), then
neighbouring pairs (:mod:`.pairs`), over one text or a slice of it."""

from __future__ import annotations

import math

from factkit.annotate.quantities.attach import attach
from factkit.annotate.quantities.attach_context import FoundQuantity
from factkit.annotate.quantities.lexicon import UnitPatterns
from factkit.annotate.quantities.numbers import find_numbers
from factkit.annotate.quantities.pairs import link_pairs, merge_compounds
from factkit.annotate.quantities.settings import DEFAULT_SETTINGS, QuantitySettings
from factkit.config import QuantitiesConfig
from factkit.document import Quantity
from factkit.text_markup import blanked_window, moved_back

__all__ = ["QuantityFinder"]


class QuantityFinder:
    """Regex-driven quantity finder; compile once, call :meth:`find` per text or sentence."""

    def __init__(
        self, config: QuantitiesConfig | None = None, settings: QuantitySettings | None = None
    ) -> None:
        self.config = config or QuantitiesConfig.model_validate({})
        self.settings = settings or DEFAULT_SETTINGS
        self.patterns = UnitPatterns()
        self.units = self.patterns.units
        self.currencies = self.patterns.currencies

    def is_measurement_unit(self, unit: str | None) -> bool:
        """True for lexicon units/currencies/percent; False for counted nouns and None."""
        return unit is not None and unit in self.patterns.measurement_units

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
        # past the farthest any rule reads from a number (the chunk walk), so a copy with its
        # escapes and markup blanked reads as the whole text would
        margin = self.settings.chunk_reach + self.settings.left_context_chars
        window = blanked_window(text, start, end, margin)
        if window is None:
            return self._find(text, start, end)
        copy, lo = window
        found, ranges = self._find(copy, start - lo, end - lo)
        return moved_back(found, text, lo), ranges

    def _find(
        self, text: str, start: int, end: int
    ) -> tuple[list[Quantity], list[tuple[int, int]]]:
        settings = self.settings
        count_nouns = self.config.count_nouns_as_units
        found: list[FoundQuantity] = []
        consumed = start
        for num in find_numbers(text, start, end, settings):
            if num.start < consumed:
                continue  # already part of a quantity ("1.1^23", "2 1/2", "4km^3")
            got, consumed = attach(text, num, consumed, end, self.patterns, settings, count_nouns)
            if got is not None:
                found.append(got)
        found = merge_compounds(text, found, self.patterns.currency_names)
        # a value past float range ("9" * 400, scaled) checks nothing, and JSON has no Infinity
        found = [f for f in found if math.isfinite(f.value)]
        ranges = link_pairs(text, found, settings)
        digits = settings.significant_digits
        out = [
            # significant digits hide binary noise from scaling (16.4 * 1e6 = 16399999.99...)
            Quantity(
                text[f.start : f.end],
                f.start,
                f.end,
                float(f"{f.value:.{digits}g}"),
                f.unit,
                f.qualifier,
            )
            for f in found
        ]
        return out, ranges
