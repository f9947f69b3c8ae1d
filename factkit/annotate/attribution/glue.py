"""Page furniture glued to a sentence's first word: "Share this with ... Copy this linkMr Schmidt
told", "Follow updates and other news from EssexA woman who lives nearby said". Scraped pages
lose the break between a link or heading and the next sentence, so the splitter keeps them in
one sentence and the furniture runs into the speaker phrase. The speaker starts at the capital
inside the glued word."""

from __future__ import annotations

import re
from functools import lru_cache

from factkit.annotate.attribution.tokens import ARTICLES, Tok
from factkit.lang import entries, word_set

# a lower-case letter pair, then the capital that starts the glued word ("linkMr", "EssexA")
_GLUE = re.compile(r"(?<=[a-z]{2})[A-Z]")


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Words that, glued after a capitalised word, start a sentence rather than finish a
    camel-case name ("YorkshireThe", "CountrySir", "SuffolkJonathan"; not "WhatsApp",
    "FaceTime", "FourFourTwo"): articles, subject pronouns, honorifics, given names, roles."""
    honorifics = {line.split("|", 1)[0].strip().rstrip(".") for line in entries("attr_honorifics")}
    return (
        ARTICLES
        | word_set("subject_pronouns")
        | word_set("given_names")
        | word_set("speaker_role_words")
        | frozenset(h.lower() for h in honorifics)
    )


def glued_start(tok: Tok) -> int | None:
    """Where the sentence glued into ``tok`` starts (an offset into its text), or None."""
    cuts = [m.start() for m in _GLUE.finditer(tok.text)]
    if not cuts:
        return None
    cut = cuts[-1]
    word = re.split(r"['’]", tok.text[cut:], maxsplit=1)[0].lower()
    if tok.text[:1].islower() or word in _sentence_openers():
        return cut  # "linkCuadrilla", "newsShe"; "EssexA", "TalibanPresident"
    return None


def drop_glued_lead(toks: list[Tok]) -> list[Tok]:
    """The speaker phrase from its last glued word on ("... Copy this linkMr Schmidt" -> "Mr
    Schmidt"); the phrase as it was when no word is glued."""
    for k in range(len(toks) - 1, -1, -1):
        if k + 1 < len(toks) and toks[k + 1].start == toks[k].end:
            continue  # a word going on past the token ("FranA" + a combining tilde: "Françoi...")
        cut = glued_start(toks[k])
        if cut is not None:
            t = toks[k]
            head = Tok(t.text[cut:], t.start + cut, t.end, t.lower[cut:])
            return [head, *toks[k + 1 :]]
    return toks
