"""Page furniture glued to a sentence's first word: "Share this with ... Copy this linkMr Schmidt
told", "Follow updates and other news from EssexA woman who lives nearby said", "... taken to the
SPCA.Mrs Nisbett said". The splitter keeps them in one sentence and the furniture runs into the
speaker phrase; the speaker starts at the glued start (factkit.annotate.glued)."""

from __future__ import annotations

from factkit.annotate.attribution.tokens import Tok
from factkit.annotate.glued import glued_offset


def drop_list_mark(toks: list[Tok]) -> list[Tok]:
    """A list item's number before a capitalised word is no part of the speaker ("2. Gary Cahill
    has responded" -> "Gary Cahill"); a count before a noun stays ("41 hospital trusts")."""
    if (
        len(toks) > 2
        and toks[0].text.isdigit()
        and len(toks[0].text) <= 2
        and toks[1].text in {".", ")"}
        and toks[2].text[:1].isupper()
    ):
        return toks[2:]
    return toks


def drop_lead_year(toks: list[Tok]) -> list[Tok]:
    """A date's year whose comma was lost before the speaker ("on March 30, 2013 Magistrate
    Rinaudo said", "before 2020 Ms Sturgeon has criticised") is no part of the speaker; a count
    stays ("41 hospital trusts", "22 Jump Street star Jillian Bell")."""
    if (
        len(toks) > 1
        and len(toks[0].text) == 4
        and toks[0].text.isdigit()
        and 1900 <= int(toks[0].text) <= 2100
        and toks[1].text[:1].isupper()
    ):
        return toks[1:]
    return toks


def drop_glued_lead(toks: list[Tok]) -> list[Tok]:
    """The speaker phrase from its last glued word on ("... Copy this linkMr Schmidt" -> "Mr
    Schmidt"); the phrase as it was when no word is glued."""
    for k in range(len(toks) - 1, -1, -1):
        if k + 1 < len(toks) and toks[k + 1].start == toks[k].end:
            continue  # a word going on past the token ("FranA" + a combining tilde: "Françoi...")
        cut = glued_offset(toks[k].text)
        if cut is not None:
            t = toks[k]
            head = Tok(t.text[cut:], t.start + cut, t.end, t.lower[cut:])
            return [head, *toks[k + 1 :]]
    return toks
