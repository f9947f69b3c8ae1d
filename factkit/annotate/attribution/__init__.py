"""Attribution finder: who said what, in an article's body sentences.

Regex and light token heuristics only (no parser, no model): a few milliseconds per article.

1. Quotation marks are paired over the whole text ("straight", “curly”, ''doubled'', ‘single’),
   paragraph-continued quotes joined; a stray mark is dropped, never fatal.
2. Reporting cues come from a data file (``factkit/lang/en/cues.txt``: said, told, warned, according
   to, ...). Each cue in a body sentence, outside a quotation, is read in one of these frames:

   * prepositional:  "According to X, C."  /  "C, according to X."
   * trailing:       "C, X said."  /  "“C,” X said."  (C may span sentences of one quotation)
   * inverted:       "“C,” said X, a spokesman."
   * interrupted:    "“A,” X said, “B.”"  -> one attribution covering A..B
   * leading:        "X said (that) C."  /  "X told Y that C."  /  "X said: “C.”"
   * parenthetical:  "Back home, X said, he decided C."  -> the whole sentence
   * chained:        "X said A, adding that B."  -> second attribution, same speaker
   * passive:        "It was reported that C."  -> no speaker

   plus noun cues ("a warning from X that C", "X's claim that C"), quote-dash lines
   (“C” ― X) and transcript lines (SMITH: C). Speech cues are read first; belief cues
   ("a poll shows that") and stance cues ("X cited Y") only where no report already covers
   the words, and only in leading frames. A report nested in another's content is skipped; a
   coordinated one ("..., but she noted that B") ends the first content. A direct quotation
   right after an attribution (same paragraph, or a next paragraph that is only quotation)
   with no cue of its own continues it (PolNeAR convention).
3. Speakers are cut from the clause with appositions split ("The UN human rights chief,
   Michelle Bachelet," -> speaker "Michelle Bachelet", title "The UN human rights chief") and
   resolved by :class:`factkit.annotate.speakers.SpeakerResolver`.

Where things live:

* ``finder``   -- :class:`AttributionFinder`: cues per sentence, the passes, the output.
* ``frames``   -- ``FRAME_MATCHERS``, the frame matchers in order (their order is their
  precedence); the matchers: ``leading_frames``, ``trailing_frames``, ``passives``,
  ``non_reports``, ``missing_parts``, ``objects``.
* ``context``  -- ``CueContext``, the one object a matcher reads (cue, sentence tokens, article).
* ``limits``   -- :class:`AttributionLimits`: every search window and maximum length, frozen.
* ``evidence`` -- what the words around a cue show (a verb use, a that-clause, a quotation).
* ``phrases``  -- speaker phrases, appositions, the sentence subject.
* ``content``  -- content spans before and after a cue.
* ``lines``    -- quote-dash and transcript lines, noun cues, follow-on quotations.
* ``article``  -- quotation and sentence lookups over one article; the drafts.
* ``quotes``, ``cues``, ``tokens`` -- quotation pairing, the cue lexicon, word tokens.

The English word lists are sections of ``factkit/lang/en/attr_function_words.txt``; the cues
are ``factkit/lang/en/cues.txt``.
"""

from __future__ import annotations

from factkit.annotate.attribution.article import Draft, SpanCover, dedupe
from factkit.annotate.attribution.cues import CueFamily, load_cues
from factkit.annotate.attribution.finder import AttributionFinder, find_attributions
from factkit.annotate.attribution.limits import AttributionLimits
from factkit.annotate.attribution.quotes import Quote, find_quotes

# The names the single-module version had (tests and callers import them from here).
_Draft = Draft
_SpanCover = SpanCover
_dedupe = dedupe

__all__ = [
    "AttributionFinder",
    "AttributionLimits",
    "CueFamily",
    "Quote",
    "find_attributions",
    "find_quotes",
    "load_cues",
]
