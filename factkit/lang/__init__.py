"""Language data: word lists kept as text files under ``factkit/lang/<code>/``, one loader.

Each file holds one entry per line (an entry may be several words); ``#`` starts a comment and
blank lines are skipped. Files are read once per process through ``importlib.resources``, so they
work from a wheel as well as from a checkout. factkit's rules are English (``en``); other
languages have stop words only, for guessing a text's language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType

__all__ = [
    "alias_table",
    "alternation",
    "entries",
    "given_name_sexes",
    "honorifics",
    "month_number",
    "stem_alternation",
    "text_entries",
    "word_set",
]


@functools.cache
def entries(name: str, lang: str = "en") -> tuple[str, ...]:
    """The entries of ``lang/<lang>/<name>.txt`` in file order (comments and blanks dropped)."""
    path = resources.files("factkit.lang").joinpath(lang).joinpath(f"{name}.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LookupError(f"factkit has no {lang!r} word list named {name!r}") from None
    return text_entries(text)


def text_entries(text: str) -> tuple[str, ...]:
    """The entries of a word list's text in order: each line up to its ``#`` comment, stripped,
    blank ones dropped. The one reading of the format, for factkit's own lists (:func:`entries`)
    and for a file in their format that a user names (a cues file, a function-word lexicon)."""
    found: list[str] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            found.append(entry)
    return tuple(found)


@functools.cache
def word_set(name: str, lang: str = "en") -> frozenset[str]:
    """The entries of a word list as a set (for membership tests)."""
    return frozenset(entries(name, lang))


@functools.cache
def alias_table(
    name: str, lang: str = "en", *, separator: str = "="
) -> Mapping[str, tuple[str, ...]]:
    """The entries of a word list written ``key = value | value | ...`` (``quant_currencies``,
    ``dimension_nouns``, ``clock_minute_words``): each key -> its values, stripped, in file
    order. The one reading of that line format; a value may itself start with "=" (an alias
    matched in its exact case). A list whose keys contain "=" (``quantity_qualifier_canon``:
    ``>= = at least``) passes ``separator=" = "``, the spaced sign, which no key contains."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in entries(name, lang):
        key, sep, values = entry.partition(separator)
        if not sep:
            raise ValueError(
                f"factkit's {lang!r} word list {name!r}: {entry!r} has no {separator.strip()!r}"
            )
        if key.strip() in table:  # a second line would drop the first one's values unseen
            raise ValueError(f"factkit's {lang!r} word list {name!r}: {key.strip()!r} twice")
        table[key.strip()] = tuple(value.strip() for value in values.split("|"))
    return MappingProxyType(table)  # cached for every caller: read-only


def alternation(words: Iterable[str], *, capitalize: bool = False) -> str:
    """A regex alternation (no group) matching any of ``words``, longest first.

    Longest first makes a word win over its own prefix ("September" before "Sept" before "Sep"),
    as a hand-written ``Sept?(?:ember)?`` would. ``capitalize`` writes each word capitalised
    (lists are stored in lower case).
    """
    forms = [w.capitalize() if capitalize else w for w in words]
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


def stem_alternation(words: Iterable[str]) -> str:
    """A regex alternation (no group) as :func:`alternation`, where a word ending in "*" is a
    stem matching the rest of any word it starts ("increas*": increase, increased,
    increasing), the word lists' one notation for it (``change_verbs.txt``). Put it between
    word boundaries: each alternative then matches a whole word."""
    return "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        for w in sorted(words, key=len, reverse=True)
    )


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes; spaces inside a word match
    any run of whitespace. Python's ``re`` does not factor alternations itself, so with hundreds
    of words (cues, unit aliases) the factored form is much faster than a flat list."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@functools.cache
def month_number(word: str) -> int:
    """1-12 for an English month name or abbreviation in lower case ("sept" -> 9)."""
    for number, month in enumerate(entries("months"), start=1):
        if word == month or (word in word_set("month_abbreviations") and month.startswith(word)):
            return number
    raise KeyError(word)


@functools.cache
def honorifics(lang: str = "en") -> Mapping[str, str | None]:
    """``attr_honorifics``: each title as written ("Mr", "Mr.", "Dame") -> the gender it implies
    ("m"/"f") or None ("Dr"). The one reading of the file's "title | gender" lines."""
    table: dict[str, str | None] = {}
    for line in entries("attr_honorifics", lang):
        title, _, gender = line.partition("|")
        table[title.strip()] = gender.strip() or None
    return MappingProxyType(table)  # cached for every caller: read-only


@functools.cache
def given_name_sexes(lang: str = "en") -> Mapping[str, str]:
    """``given_names_male`` and ``given_names_female``: each given name (lower case) -> the sex
    ("m"/"f") of the people who bear it. The one reading of the two lists; a name in both
    would tell nothing, so it is an error in the data."""
    table = {name: "m" for name in entries("given_names_male", lang)}
    for name in entries("given_names_female", lang):
        if name in table:
            raise ValueError(f"factkit's {lang!r} given name {name!r} is in both sexes' lists")
        table[name] = "f"
    return MappingProxyType(table)  # cached for every caller: read-only
