"""The quantity finder's search windows and limits, in one frozen settings object.

Every figure that bounds how far a rule looks (characters unless the name says words) lives here,
so the rules read ``settings.currency_reach`` instead of a bare ``12``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_SETTINGS", "QuantitySettings"]


@dataclass(frozen=True, slots=True)
class QuantitySettings:
    """Windows (in characters) and limits of the quantity rules."""

    # exclusions: how far to walk out to the number's whitespace-free chunk (URLs, dates, codes)
    chunk_reach: int = 300
    # exclusions: text on each side whose words hint at a date, time or phone number
    hint_chars: int = 14
    # exclusions: the window searched for dates, times and phone numbers once hinted
    near_window: int = 22
    # "a"/"an" right before a number word ("a hundred")
    article_reach: int = 4
    # the word after a run-final ordinal ("a third of"), read from the text
    next_word_reach: int = 30
    # "one" as a pronoun: the words before it ("the one")
    one_pronoun_reach: int = 20
    # a currency symbol or code before the number ("C$", "USD ")
    currency_reach: int = 12
    # sign, "minus", "percent of" and qualifier phrases before the number
    left_context_chars: int = 40
    qualifier_max_words: int = 4
    # a four-digit integer in this range without a unit is a year
    year_min: int = 1000
    year_max: int = 2100
    # "the 1990 ..." / "in 2019 ...": a determiner or preposition right before a year
    year_determiner_reach: int = 8
    # "Boeing 737": a capitalised word before the number
    name_reach: int = 30
    # "183 deaths", "34 provincial capitals": words read as the counted noun
    counted_noun_max_words: int = 3
    # two quantities further apart than this are neither a range nor a ratio
    pair_gap_max: int = 12
    # "rose from 5 to 7": the words before a from-to pair checked for a change verb
    from_to_reach: int = 40
    # reported values keep this many significant digits (hides binary noise from scaling)
    significant_digits: int = 12


DEFAULT_SETTINGS = QuantitySettings()
