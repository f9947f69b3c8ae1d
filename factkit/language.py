"""A small, dependency-free language guess: writing system first, then stop words.

factkit is tuned for English news; the guess only serves to say so (a warning on stderr and
``document.language`` in the report). It reads at most the first ``SAMPLE_CHARS`` characters, so
it costs the same on any article length. Codes are ISO 639-1; ``"und"`` (undetermined) when the
text is too short or gives no clear signal.
"""

from __future__ import annotations

import re
from collections import Counter

from factkit.lang import word_set

SAMPLE_CHARS = 4_000
UNDETERMINED = "und"

NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Russian",
    "uk": "Ukrainian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "fa": "Persian",
    "he": "Hebrew",
    "el": "Greek",
    "hi": "Hindi",
    "th": "Thai",
    UNDETERMINED: "undetermined",
}


_LATIN = ("en", "de", "fr", "es", "it", "pt", "nl")
_CYRILLIC = ("ru", "uk")
_WORD = re.compile(r"[^\W\d_]+")

# Letters of each writing system (counted with one C-level regex scan each).
_SCRIPTS: dict[str, re.Pattern[str]] = {
    name: re.compile(f"[{chars}]")
    for name, chars in {
        "latin": "A-Za-z\u00c0-\u024f",
        "greek": "\u0370-\u03ff",
        "cyrillic": "\u0400-\u04ff",
        "hebrew": "\u0590-\u05ff",
        "arabic": "\u0600-\u06ff",
        "devanagari": "\u0900-\u097f",
        "thai": "\u0e00-\u0e7f",
        "hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
        "kana": "\u3040-\u30ff",
        "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    }.items()
}
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPT_LANGUAGE = {
    "greek": "el",
    "hebrew": "he",
    "arabic": "ar",
    "devanagari": "hi",
    "thai": "th",
    "hangul": "ko",
}
_PERSIAN_LETTERS = frozenset("پچژگ")
# Above this share of letters in other scripts, a Latin-majority text names no Latin language.
_MIXED_SHARE = 0.2
_MIN_DISTINCT = 2


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"und"``."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return UNDETERMINED
    counts = {name: len(rx.findall(sample)) for name, rx in _SCRIPTS.items()}
    counts["other"] = letters - sum(counts.values())
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if script in ("han", "kana") or counts.get("kana", 0) + counts.get("han", 0) > letters / 2:
        # Japanese mixes kana into its kanji; Chinese has none
        return "ja" if counts.get("kana", 0) > 0.1 * (counts.get("han", 0) + 1) else "zh"
    if n <= letters / 2:
        return UNDETERMINED
    if script in _SCRIPT_LANGUAGE:
        if script == "arabic" and any(ch in _PERSIAN_LETTERS for ch in sample):
            return "fa"
        return _SCRIPT_LANGUAGE[script]
    if script == "latin":
        if letters - counts["latin"] > _MIXED_SHARE * letters:
            # Hebrew, Arabic, ... beside a few Latin words: no Latin-script language to name
            return UNDETERMINED
        return _by_stop_words(sample, _LATIN)
    if script == "cyrillic":
        return _by_stop_words(sample, _CYRILLIC)
    return UNDETERMINED


def _by_stop_words(sample: str, languages: tuple[str, ...]) -> str:
    """The language whose stop words the sample holds most of, when the evidence is enough:
    a share of the words, at least ``_MIN_DISTINCT`` different stop words (one 'di' or 'a a a'
    in a line of emoji or names is no Italian), and more different ones than any other
    language (English 'on ... is' against Portuguese 'do ... a' is undecided)."""
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 5:
        return UNDETERMINED
    # each distinct word looked up once per language, not each of its occurrences
    counts = Counter(words)
    stop_sets = {lang: word_set("stop_words", lang) for lang in languages}
    hits = {lang: sum(n for w, n in counts.items() if w in stop_sets[lang]) for lang in languages}
    distinct = {lang: len(stop_sets[lang].intersection(counts)) for lang in languages}
    best, second = sorted(languages, key=lambda lang: distinct[lang], reverse=True)[:2]
    if distinct[best] < _MIN_DISTINCT or distinct[best] == distinct[second]:
        return UNDETERMINED
    return best if hits[best] >= 0.08 * len(words) else UNDETERMINED


def language_name(code: str) -> str:
    return NAMES.get(code, code)
