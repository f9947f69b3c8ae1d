"""Dash appositions: "Kall -- co-editor of a book on the debates -- said the candidate ...".

News copy (NYT and USA Today style) sets a speaker's description between two dashes where
others use commas. Read as commas, the pair makes the apposition chain the speaker phrases
already split ("Kall, co-editor of ..., said" -> speaker "Kall", title "co-editor of ...");
left as dashes, the closing dash was a clause boundary and the cue found no speaker. A dash is
"--" (two hyphen tokens), "—" or "–" set off by a space, so a hyphenated word never counts.
"""

from __future__ import annotations

from factkit.annotate.attribution.tokens import Tok

_DASHES = frozenset({"—", "–"})


def _dash_start(toks: list[Tok], end: int) -> int | None:
    """Where a dash ending at token ``end`` (exclusive) starts, or None where none does."""
    if end >= 1 and toks[end - 1].text in _DASHES:
        return end - 1
    if end >= 2 and toks[end - 1].text == toks[end - 2].text == "-":
        first, second = toks[end - 2], toks[end - 1]
        return end - 2 if first.end == second.start else None
    return None


def _as_comma(toks: list[Tok], start: int, end: int) -> Tok:
    return Tok(",", toks[start].start, toks[end - 1].end, ",")


def dash_apposition_as_commas(toks: list[Tok]) -> list[Tok]:
    """``toks`` (the words before a cue) with a dash pair closing right before the cue read as
    commas; unchanged where the last tokens close no such pair."""
    close = _dash_start(toks, len(toks))
    if close is None:
        return toks
    k = close
    while k > 0:
        opening = _dash_start(toks, k)
        if opening is not None:
            if opening == 0 or k == close:
                return toks  # no name before the pair, or nothing between its dashes
            return [
                *toks[:opening],
                _as_comma(toks, opening, k),
                *toks[k:close],
                _as_comma(toks, close, len(toks)),
            ]
        k -= 1
    return toks


def closes_dash_apposition(toks: list[Tok]) -> bool:
    """Whether the words before a cue end with a dash pair's closing dash."""
    return dash_apposition_as_commas(toks) is not toks
