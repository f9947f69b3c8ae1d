"""A sentence glued to the word before it: "Copy this linkMr Schmidt", "from EssexA woman",
"TalibanPresident Ashraf Ghani", "the SPCA.Mrs Nisbett". Scraped pages lose the break between a
link, heading or sentence and the next sentence. Both the attribution finder (its speaker
phrase) and the speaker resolver (its own name scan) cut at the glued start, so the module sits
below both and reads only the language data."""

from __future__ import annotations

import re
from functools import lru_cache

from factkit.annotate.function_words import WORD_LISTS
from factkit.lang import honorifics, word_set

__all__ = ["glued_offset", "may_hold_glue"]

# a lower-case letter pair, then the capital that starts the glued word ("linkMr", "EssexA")
_GLUE = re.compile(r"(?<=[a-z]{2})[A-Z]")
# a full stop with no space after it, then a capitalised word ("the BBC.The", "SPCA.Mrs")
_STOP_GLUE = re.compile(r"(?<=\w)\.(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Words that, glued after a capitalised word, start a sentence rather than finish a
    camel-case name ("YorkshireThe", "CountrySir", "SuffolkJonathan"; not "WhatsApp",
    "FaceTime", "FourFourTwo"): articles, subject pronouns, honorifics, given names, roles."""
    return (
        WORD_LISTS["articles"]
        | word_set("subject_pronouns")
        | word_set("given_names")
        | word_set("speaker_role_words")
        | frozenset(title.rstrip(".").lower() for title in honorifics())
    )


def may_hold_glue(text: str) -> bool:
    """Whether any word of ``text`` can hold a glued sentence: neither mark reads across
    whitespace, so where ``text`` has neither, ``glued_offset`` is None for each of its words
    (the name scan asks this once per name instead of once per word)."""
    return _GLUE.search(text) is not None or _STOP_GLUE.search(text) is not None


def glued_offset(word: str) -> int | None:
    """Where the sentence glued into ``word`` starts (an offset into it), or None."""
    stop = _stop_glued(word)
    cuts = [m.start() for m in _GLUE.finditer(word)]
    if not cuts or (stop is not None and stop > cuts[-1]):
        return stop
    cut = cuts[-1]
    head = re.split(r"['’]", word[cut:], maxsplit=1)[0].lower()
    if word[:1].islower() or head in _sentence_openers():
        return cut  # "linkCuadrilla", "newsShe"; "EssexA", "TalibanPresident"
    return None


def _stop_glued(text: str) -> int | None:
    """After a full stop glued to the next sentence ("the AP.An attorney", "UK.Retail analyst"),
    not after a title written without its space ("Dr.Smith")."""
    found = list(_STOP_GLUE.finditer(text))
    if not found:
        return None
    before = re.split(r"\W", text[: found[-1].start()])[-1].lower()
    return None if before in word_set("title_abbreviations") else found[-1].end()
