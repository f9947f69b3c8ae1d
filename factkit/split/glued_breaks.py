"""A terminal mark with no space after it ("(£34,000).Equatorial", 'unanswered."They', "in
2010.He"): whether it ends a sentence, between plain words, after an acronym or after a figure,
and never inside URLs, e-mails, abbreviations or dotted names ("U.S.A", "Ph.D", "ASP.NET").
"""

from __future__ import annotations

from factkit.split.patterns import DOTTED_ACRONYM, GLUED_FIGURE, GLUED_STARTERS, TRAILING_PUNCT

__all__ = ["glued_break"]


def glued_break(core: str, token: str, before: str) -> bool:
    """A terminal mark with no space after it ("(£34,000).Equatorial", 'unanswered."They')
    ends a sentence only between plain words, never inside URLs, e-mails or abbreviations.
    After capitals only when they are a whole acronym and a word follows ("across the
    UK.Its aim", "told the BBC.On the other side"), never inside "U.S.A" or "Ph.D". The word
    after it is capitalised or "A"/"I" ('back up]."I know'); after a figure, see
    :func:`_figure_then_sentence`."""
    word = token.rstrip(TRAILING_PUNCT)
    if before.isdigit() and GLUED_FIGURE.fullmatch(core):
        return _figure_then_sentence(core, word)
    if len(core) < 2 or not (word[1:2].islower() or word in ("A", "I")):
        return False  # an acronym after a word: "ASP.NET" (after a number: above)
    plain = before.islower() or before.isdigit() or before in "%)]\"'”’"
    if not plain and not (before.isupper() and _acronym_then_word(core, token)):
        return False
    glued = core + token
    return not any(c in glued for c in "@/\\:") and "." not in token.rstrip(TRAILING_PUNCT)


def _figure_then_sentence(figure: str, word: str) -> bool:
    """A sentence glued to a figure's full stop ("in 2010.He", "meant to be £35.NHS
    Improvement", "Budd's 4:17.57.The", "Colchester United 1.Second Half"): a capitalised word,
    an acronym or, after a longer figure, "A" or "I" ("in 2000.A search"). A one-digit figure
    takes only a capitalised word: "2.A" may be a clause's number."""
    if any(c in word for c in "@/\\:."):
        return False  # an address or a name with periods, as after a word
    if len(word) > 1 and word[1:].islower():
        return word[0].isupper()
    if len(figure) < 2:
        return False
    return word in ("A", "I") or word[1:2].islower() or (word.isalpha() and word.isupper())


def _acronym_then_word(core: str, token: str) -> bool:
    """``core`` is capitals (and digits: "2GB") and ``token`` a capitalised word: "UK" + "Its";
    after a dotted acronym only a word that opens glued sentences: "U.S" + "The" ("U.S.Army"
    may be a name)."""
    word = token.rstrip(TRAILING_PUNCT)
    if not (len(word) > 1 and word[1:].islower()):
        return False
    if core.isalnum():
        return core.isupper()
    return bool(DOTTED_ACRONYM.fullmatch(core)) and word.lower() in GLUED_STARTERS
