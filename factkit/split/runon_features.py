"""The run-on model's features: the names that fire at one :class:`~.runon_gaps.Gap` (the words
either side, their shapes and word classes, the word after a name on the right, a quote opening
the right side, what the piece before holds, Punkt's orthographic context of the right word).

The feature names are the model's vocabulary: the weights in ``factkit/models/runon_splitter.json``
and the training script (``scripts/train_runon_splitter.py``) use them, so they are read in one
place.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from factkit.lang import entries, word_set
from factkit.split.punkt_model import ORTHO_LC, ORTHO_MID_UC
from factkit.split.runon_gaps import Gap
from factkit.split.runon_words import (
    AUX,
    OPENING_QUOTES,
    POSSESSIVE,
    REPORTING,
    STARTERS,
    WORD_EDGE,
    shape,
)

__all__ = ["PIECE_FLAGS", "PIECE_SIZES", "gap_features"]

_ORTHO_BEG_UC = 1 << 1
_STOP = word_set("stop_words")
_PRONOUNS = word_set("subject_pronouns")
_ANY_POSSESSIVE = POSSESSIVE + entries("plural_possessive_endings")
NAME_RUN = 4  # capitalised words skipped to reach the word after a name on the right
# the features read from the piece before a gap, not from the words at it
# (:meth:`.runons.RunonModel.score_bound`)
PIECE_FLAGS = ("left_verb", "open_quote", "r_seen_left")
PIECE_SIZES = ("3", "5", "8", "12", "20", "more")  # what :func:`_bucket` returns


def _bucket(n: int) -> str:
    for top in (3, 5, 8, 12, 20):
        if n <= top:
            return str(top)
    return "more"


@functools.lru_cache(maxsize=8192)
def _word_classes(prefix: str, low: str) -> tuple[str, ...]:
    found = [prefix + "=" + low]
    for name, words in (
        ("stop", _STOP),
        ("report", REPORTING),
        ("pron", _PRONOUNS),
        ("starter", STARTERS),
        ("aux", AUX),
    ):
        if low in words:
            found.append(prefix + "_" + name)
    return tuple(found)


def _after_name(right: list[str]) -> list[str]:
    """The word after the run of capitalised words opening the right side: a verb there ("Hazard
    was substituted") makes the run a subject, a clause's start."""
    k = 0
    while k < len(right) and k < NAME_RUN and shape(right[k]) in ("cap", "upper"):
        if right[k][-1] in ",:;" or right[k].endswith(POSSESSIVE):
            return ["an_punct", "an_run=" + str(k + 1)]
        k += 1
    if k >= len(right):
        return ["an_none", "an_run=" + str(k)]
    low = right[k].strip(WORD_EDGE).lower()
    return [*_word_classes("an", low), "an_run=" + str(k), "ans=" + shape(right[k])]


def _quote_features(l_low: str, right: list[str]) -> list[str]:
    """A quote opening the right side: speech after a caption, or a title ('Boutique')."""
    feats = ["r_quote_open"]
    if len(right) > 1 and shape(right[1]) != "lower":
        feats.append("r_quoted_title")  # 'Every Teardrop Is A Waterfall': a title, not speech
    if l_low in REPORTING:
        feats.append("quote_after_verb")
    if any(w.rstrip(".,;:!?")[-1:] in "'’\"”" for w in right[:6]):
        feats.append("r_quote_short")  # 'Boutique', 'Who is next boys?': a name or a caption
    return feats


def gap_features(gap: Gap, ortho: Mapping[str, int]) -> list[str]:
    """The names of the features that fire at ``gap`` (``ortho``: Punkt's orthographic
    context of each word type)."""
    left, right = gap.left, gap.right
    lw, rw = left[-1], right[0]
    l_low = lw.strip(WORD_EDGE).lower()
    r_low = rw.strip(WORD_EDGE).lower()
    ctx = ortho.get(r_low, 0)
    feats = ["bias", *_word_classes("l", l_low), *_word_classes("r", r_low)]
    feats += ["ls=" + shape(lw), "rs=" + shape(rw), "lsuf=" + l_low[-2:]]
    feats.append("ls2=" + (shape(left[-2]) if len(left) > 1 else "none"))
    feats.append("rs2=" + (shape(right[1]) if len(right) > 1 else "none"))
    feats += _after_name(right)
    if rw[0] in OPENING_QUOTES:
        feats += _quote_features(l_low, right)
    for name, fires in (
        ("left_verb", gap.left_verb),
        ("open_quote", gap.open_quote),
        ("r_seen_left", gap.seen),  # "Jafar Adeli ... for sex Adeli had been duped"
        ("l_quote_end", lw[-1] in "\"'”’"),
        ("l_paren_end", lw[-1] == ")"),
        ("l_possessive", lw.endswith(_ANY_POSSESSIVE)),
        ("r_possessive", rw.endswith(POSSESSIVE)),
        ("r_comma", rw[-1] in ",:"),
        ("r_mid_uc", bool(ctx & ORTHO_MID_UC)),
        ("r_beg_uc", bool(ctx & _ORTHO_BEG_UC)),
    ):
        if fires:
            feats.append(name)
    feats.append("r_lc" if ctx & ORTHO_LC else "r_never_lc")
    feats.append("lw=" + _bucket(gap.n_left))
    starter = "starter" if r_low in STARTERS else "-"
    if starter != "-" and len(right) > 1:
        # "The afternoon" opens a sentence where "The Sun" names a paper
        feats.append("starter_next=" + r_low + "|" + shape(right[1]))
    feats.append("lr=" + shape(lw) + "|" + shape(rw) + "|" + starter)
    return feats
