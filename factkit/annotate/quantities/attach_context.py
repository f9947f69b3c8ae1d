"""What the attach rules (:mod:`.attach`) share: one number with what was found around it so far
(:class:`AttachContext`), and the quantity it becomes (:class:`FoundQuantity`).

The two records live apart from the rules so that every rule module, and the pair rules
(:mod:`.pairs`) after them, read one definition without importing the rule list.
"""

from __future__ import annotations

from dataclasses import dataclass

from factkit.annotate.quantities.lexicon import UnitPatterns
from factkit.annotate.quantities.numbers import NumberSpan
from factkit.annotate.quantities.settings import QuantitySettings

__all__ = ["AttachContext", "FoundQuantity"]


@dataclass(slots=True)
class FoundQuantity:
    """A quantity being assembled: span, value, unit and qualifier, plus what the pair rules
    (:mod:`.pairs`) need to know about how it was written."""

    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    measured: bool  # unit is a measurement unit (not a counted noun)
    scaled: bool  # a scale word/suffix was applied
    raw: float  # the value before scale


@dataclass(slots=True)
class AttachContext:
    """One number and what the rules have found around it so far."""

    text: str
    num: NumberSpan
    lo: int  # where the previous quantity ended: context never reaches behind it
    hi: int  # the end of the text being searched
    patterns: UnitPatterns
    settings: QuantitySettings
    count_nouns: bool  # a counted noun becomes the unit when no measurement unit is written
    digits_only: bool  # written in digits only, ending in a digit
    start: int
    end: int
    value: float
    raw: float = 0.0
    unit: str | None = None
    measured: bool = False
    scaled: bool = False
    has_currency: bool = False
    qualifier: str | None = None
