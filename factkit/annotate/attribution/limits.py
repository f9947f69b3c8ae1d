"""The attribution finder's search limits in one place: how far each rule looks, and the most
words or tokens it accepts, as a frozen settings object.

The defaults are the values the rules were tuned with on PolNeAR dev; a finder built with other
limits (``AttributionFinder(limits=AttributionLimits(...))``) reads the same frames with other
windows. Token counts are in the finder's word tokens (a comma or a quotation mark is a token).
"""

from __future__ import annotations

from dataclasses import dataclass

from factkit.annotate.attribution.cues import CueFamily


@dataclass(frozen=True, slots=True)
class AttributionLimits:
    """Windows and maximum lengths for the attribution rules (see each field's comment)."""

    # ---- the cue in its sentence
    cue_left_window_chars: int = 360  # tokens kept on a cue's left (its speaker phrase)
    # tokens kept on its right: the longest CNN/DM sentence is 1,040 characters; copying the rest
    # of a 400 KB run-on "sentence" for each of its cues was quadratic
    cue_right_window_chars: int = 10000
    markup_lookback_chars: int = 200  # an unclosed "<" this close before a cue: inside markup

    # ---- quotations
    quote_paragraph_gap: int = 2  # an open quotation continues this many paragraphs on at most
    enclosing_quote_lookback_chars: int = 20000  # how far back an enclosing quotation may open
    end_slack_chars: int = 2  # a quotation ending this close to a span's end ends it (”.)
    mark_peek_chars: int = 3  # characters read before a closing mark for its punctuation
    # content before a cue ("C, X said") starts at most this far back: the longest content in
    # the CNN/DM, PolNeAR dev and XSum articles has 1,641 characters; uncut, each report of a
    # run-on "sentence" ('"A," X said and "B," X said and ...') held all the ones before it
    # (quadratic memory: 240 MB of content for 120 KB)
    max_content_before_chars: int = 5000

    # ---- what follows the cue
    quote_after_cue_tokens: int = 12  # a quotation must open within these tokens of the cue
    that_clause_window_tokens: int = 11  # a "that" must come within these tokens of the cue
    shape_window_tokens: int = 14  # tokens read to tell an ending from content after the cue
    addressee_window_tokens: int = 10  # "told reporters (on Monday) that": the addressee's reach
    addressee_only_max_tokens: int = 4  # "..., X told one Twitter user.": an addressee alone
    adverbial_max_tokens: int = 10  # "said in a statement on Monday that": adverbials skipped
    that_max_index: int = 12  # a "that" opening the content is skipped this far in at most
    by_agent_window_tokens: int = 4  # "was reported by X": "by" within these tokens of the cue
    interruption_window_tokens: int = 30  # '“A,” X said, “B.”': where the second part may open
    quote_tail_min_words: int = 2  # fewer words after a quotation: the quotation is the content

    # ---- the speaker
    closing_quote_window_tokens: int = 45  # '“C,” X said': tokens between the mark and the cue
    run_on_quote_min_words: int = 4  # "caption 'C,' X said": a run-on's quotation is this long
    prepositional_speaker_max_tokens: int = 14  # "according to X": X stops after these tokens
    prepositional_comma_window_chars: int = 80  # "According to X, C": the comma after X
    inverted_speaker_max_words: int = 7  # "C, said X." without quotation marks: X's length
    inversion_min_clause_tokens: int = 6  # ... and the clause before the cue at least this long
    apposition_segments: int = 5  # comma segments checked for an apposition before an inversion
    max_comma_segments: int = 5  # comma segments read left of a cue ("X, a Y of Z, said")
    region_max_tokens: int = 3  # "from Leeds, West Yorkshire, said": the region's length
    title_max_tokens: int = 12  # "The UN human rights chief, X, said": the title's length
    speaker_max_tokens: int = 25  # a longer speaker phrase is a clause, not a speaker
    intro_phrase_tokens: int = 7  # "Meanwhile, it said": a comma within these opens the subject
    prepositional_intro_tokens: int = 16  # "During a speech earlier in the day, X": the same
    subject_max_tokens: int = 8  # a longer sentence subject is not taken as the speaker
    coordinated_subject_max_tokens: int = 6  # "..., but the mayor said B": the new speaker

    # ---- content and the article-level passes
    trailing_clause_min_words: int = 3  # "C, X said." needs this many words of C
    parenthetical_clause_min_words: int = 1  # "Back home, X said, he ...": words before X
    quote_share: int = 2  # a quotation this many times the words outside it is the content ...
    max_words_outside_quote: int = 8  # ... when at most this many words lie outside it
    noun_owner_window_chars: int = 80  # "Trump’s claim that": the owner's reach before the noun
    noun_speaker_max_words: int = 7  # "a warning from X that": X's length
    owner_name_max_words: int = 5  # "Donald J. Trump’s claim": the owner's length
    dash_name_max_chars: int = 61  # “C” ― X: X's length
    transcript_name_max_chars: int = 42  # SMITH: C: the name's length
    transcript_name_max_spaces: int = 3  # SMITH: C: the name's spaces
    opening_cue_name_max_tokens: int = 4  # "Said Ellis: C": the name after an opening cue
    headline_name_max_words: int = 3  # "Rush Limbaugh: C" at a line start: the name's words
    headline_list_min_items: int = 4  # "Warrington: Russell, Ormsby, Hill, ...": a line-up ...
    headline_list_item_max_words: int = 4  # ... of items this short, no statement
    headline_trailing_name_max_words: int = 4  # "C, Former White House Doctor Says.": the name
    coordinated_after_tokens: int = 2  # content runs this many tokens before a new report


DEFAULT_LIMITS = AttributionLimits()


@dataclass(frozen=True, slots=True)
class FrameRules:
    """What every rule reads besides the sentence: the cue table, the shortest quotation that
    counts, and the search limits."""

    cues: dict[str, CueFamily]
    min_quote_words: int
    limits: AttributionLimits = DEFAULT_LIMITS
