"""The words before a number: a sign ("-5", "minus 5"), "percent of", and a qualifier ("at
least", "about", "~", "≥") under its canonical name (``quantity_qualifier_canon``).

Reading the left context is its own job: it looks back over a window of words, not at the
characters glued to the number (:mod:`.measures`), and it moves the span's start.
"""

from __future__ import annotations

from factkit.annotate.quantities.attach_context import AttachContext
from factkit.lang import alias_table, entries

__all__ = ["left_context"]

_QUALIFIERS = list(entries("quantity_qualifiers"))
_QUALIFIER_CANON = {
    surface: canonical
    for surface, (canonical,) in alias_table("quantity_qualifier_canon", separator=" = ").items()
}
_QUALIFIER_SET = frozenset(q for q in _QUALIFIERS if q[0].isalpha())
# "more about 529 plans": the word before makes the qualifier a preposition
_PREPOSITION_HEADS = frozenset(entries("qualifier_preposition_heads"))
_QUALIFIER_SYMBOLS = {sym: _QUALIFIER_CANON[sym] for sym in ("~", "<", ">", "≥", "≤", "±")}


def left_context(ctx: AttachContext) -> bool:
    """Sign, "minus", "percent of" and the qualifier from the words before the number."""
    negative, ctx.start, ctx.qualifier, percent_of = _read_left(ctx)
    if negative:
        ctx.value, ctx.raw = -ctx.value, -ctx.raw
    if percent_of and ctx.unit is None:
        ctx.unit, ctx.measured = "percent", True
    return False


def _read_left(ctx: AttachContext) -> tuple[bool, int, str | None, bool]:
    """(negative, new span start, qualifier, "percent of" before) from the words before."""
    text, lo, s, num = ctx.text, ctx.lo, ctx.start, ctx.num
    seg_lo = max(lo, s - ctx.settings.left_context_chars)
    seg = text[seg_lo:s]
    negative = False
    if (
        seg[-1:] in ("-", "−")
        and not num.words
        and (s < 2 or text[s - 2] in " \t\n([$€£¥:=" or ctx.has_currency)
    ):
        negative = True
        if not ctx.has_currency:
            s -= 1
        seg = seg[:-1]
    elif seg[-2:] in ("- ", "− ") and seg_lo == 0 and not seg[:-2].strip():
        negative, s, seg = True, s - 2, seg[:-2]  # "- 1 4/5" at the very start
    qualifier = _QUALIFIER_SYMBOLS.get(seg[-1:]) if seg else None
    words = seg.split()
    if words and seg_lo > 0 and not text[seg_lo - 1].isspace() and seg_lo > lo:
        words = words[1:]  # the window cut the first word
    max_words = ctx.settings.qualifier_max_words
    clean = [w.strip('("“‘[').lower() for w in words[-max_words:]]
    if not negative and clean and clean[-1] in ("minus", "negative"):
        negative = True
        s = seg_lo + seg.rfind(words[-1])
        clean.pop()
    percent_of = (
        clean[-2:] in (["percent", "of"], ["percents", "of"]) or clean[-3:] == ["per", "cent", "of"]
    ) and not any(ch.isdigit() for ch in " ".join(words[-4:-2]))
    if percent_of:
        s = seg_lo + seg.rfind(words[-3] if clean[-3:] == ["per", "cent", "of"] else words[-2])
    if qualifier is None:
        for k in range(max_words, 0, -1):
            if len(clean) >= k:
                phrase = " ".join(clean[-k:])
                if phrase in _QUALIFIER_SET:
                    headed = " ".join(clean[-k - 1 :]) if len(clean) > k else ""
                    if headed not in _PREPOSITION_HEADS:
                        qualifier = _QUALIFIER_CANON.get(phrase, phrase)
                    break
    return negative, s, qualifier, percent_of
