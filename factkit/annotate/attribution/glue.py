"""Page furniture glued to a sentence's first word: "Share this with ... Copy this linkMr Schmidt
told", "Follow updates and other news from EssexA woman who lives nearby said", "... taken to the
SPCA.Mrs Nisbett said". Scraped pages lose the break between a link, heading or sentence and the
next sentence, so the splitter keeps them in one sentence and the furniture runs into the speaker
phrase. The speaker starts at the capital inside the glued word."""

from __future__ import annotations

import re
from functools import lru_cache

from factkit.annotate.attribution.tokens import ARTICLES, Tok
from factkit.lang import entries, word_set

# a lower-case letter pair, then the capital that starts the glued word ("linkMr", "EssexA")
_GLUE = re.compile(r"(?<=[a-z]{2})[A-Z]")
# a full stop with no space after it, then a capitalised word ("the BBC.The", "SPCA.Mrs")
_STOP_GLUE = re.compile(r"(?<=\w)\.(?=[A-Z][a-z])")


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
    stop = _stop_glued(tok.text)
    cuts = [m.start() for m in _GLUE.finditer(tok.text)]
    if not cuts or (stop is not None and stop > cuts[-1]):
        return stop
    cut = cuts[-1]
    word = re.split(r"['’]", tok.text[cut:], maxsplit=1)[0].lower()
    if tok.text[:1].islower() or word in _sentence_openers():
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
