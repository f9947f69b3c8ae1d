"""Porter's suffix-stripping stemmer, written from M.F. Porter's description (1980, "An algorithm
for suffix stripping", Program 14(3)), with the variations of NLTK's default ``PorterStemmer``
mode, so that stems are NLTK's (tests/summarization/test_porter.py checks every word of the
evaluation samples against NLTK) without ``import nltk``, whose package import pulls in scipy and
scikit-learn and takes as long as importing torch.

Those variations: a few irregular forms are looked up (``factkit/lang/en/porter_irregular.txt``);
words of one or two letters are left alone; a four-letter ``-ies``/``-ied`` word keeps its ``ie``
("ties" -> "tie"); ``-y`` becomes ``-i`` only after a consonant that is not the first letter;
step 2 has ``bli -> ble`` (not ``abli -> able``), ``fulli -> ful`` and ``logi -> log`` (measured
with the ``l``), and applies ``alli -> al`` first and then step 2 again; a two-letter stem of
vowel + consonant counts as ending consonant-vowel-consonant.

Input is one lower-case word; the caller decides which words to stem.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import pairwise

from factkit.lang import entries

__all__ = ["measure", "stem"]

_VOWELS = frozenset("aeiou")

# (suffix, replacement) in the order Porter lists them; the first suffix the word ends with is the
# only one tried (no suffix in a list ends with a later one's suffix, so first = longest match).
_STEP2 = (
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
    ("izer", "ize"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
    ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"),
    ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
    ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"), ("logi", "log"),
)  # fmt: skip
_STEP3 = (
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
    ("ful", ""), ("ness", ""),
)  # fmt: skip
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
)  # fmt: skip


@cache
def _irregular() -> dict[str, str]:
    pairs = (entry.split() for entry in entries("porter_irregular"))
    return {form: base for form, base in pairs}


def _consonant_flags(word: str) -> list[bool]:
    """Per letter: is it a consonant? ``y`` is one at the start or after a vowel."""
    flags: list[bool] = []
    for i, letter in enumerate(word):
        if letter in _VOWELS:
            flags.append(False)
        elif letter == "y":
            flags.append(i == 0 or not flags[i - 1])
        else:
            flags.append(True)
    return flags


def measure(word: str) -> int:
    """Porter's m: how many vowel-run + consonant-run pairs ``word`` has ([C](VC)^m[V])."""
    flags = _consonant_flags(word)
    return sum(1 for before, after in pairwise(flags) if not before and after)


def _has_vowel(word: str) -> bool:
    return not all(_consonant_flags(word))


def _ends_double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _consonant_flags(word)[-1]


def _ends_cvc(word: str) -> bool:
    """Porter's *o: consonant-vowel-consonant, the last not w, x or y (or NLTK's vowel-consonant
    two-letter word)."""
    flags = _consonant_flags(word)
    if len(word) >= 3:
        return flags[-3:] == [True, False, True] and word[-1] not in "wxy"
    return flags == [False, True]


def _step1a(word: str) -> str:
    if word.endswith("ies"):
        return word[:-1] if len(word) == 4 else word[:-2]
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _step1b(word: str) -> str:
    if word.endswith("ied"):
        return word[:-1] if len(word) == 4 else word[:-2]
    if word.endswith("eed"):
        return word[:-1] if measure(word[:-3]) > 0 else word
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
            return _after_ed_ing(word[: -len(suffix)])
    return word


def _after_ed_ing(stem: str) -> str:
    """Tidy a stem left by removing -ed/-ing: restore an e, or undouble a final consonant."""
    if stem.endswith(("at", "bl", "iz")):
        return stem + "e"
    if _ends_double_consonant(stem):
        return stem if stem[-1] in "lsz" else stem[:-1]
    if measure(stem) == 1 and _ends_cvc(stem):
        return stem + "e"
    return stem


def _step1c(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and _consonant_flags(word)[-2]:
        return word[:-1] + "i"
    return word


def _step2(word: str) -> str:
    if word.endswith("alli") and measure(word[:-4]) > 0:
        return _step2(word[:-2])
    for suffix, replacement in _STEP2:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            # "logi" is measured with its "l", so that short stems (geo-, theo-) count
            measured = word[:-3] if suffix == "logi" else stem
            return stem + replacement if measure(measured) > 0 else word
    return word


def _step3(word: str) -> str:
    for suffix, replacement in _STEP3:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + replacement if measure(stem) > 0 else word
    return word


def _step4(word: str) -> str:
    for suffix in _STEP4:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            keep = measure(stem) <= 1 or (suffix == "ion" and stem[-1] not in "st")
            return word if keep else stem
    return word


def _step5(word: str) -> str:
    if word.endswith("e"):
        stem = word[:-1]
        m = measure(stem)
        if m > 1 or (m == 1 and not _ends_cvc(stem)):
            word = stem
    if word.endswith("ll") and measure(word[:-1]) > 1:
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter stem of one lower-case word (as NLTK's ``PorterStemmer().stem``)."""
    irregular = _irregular().get(word)
    if irregular is not None:
        return irregular
    if len(word) <= 2:
        return word
    for step in (_step1a, _step1b, _step1c, _step2, _step3, _step4, _step5):
        word = step(word)
    return word
