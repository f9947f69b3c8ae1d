"""The splitter's characters, regexes and word lists, compiled once.

Word lists are English language data (``factkit/lang/en/*.txt``, read through ``factkit.lang``):
lower case, without a final period.
"""

from __future__ import annotations

import re

from factkit.lang import alternation, entries, word_set
from factkit.text_markup import CSI_ESCAPE, TAG

# --- word lists -------------------------------------------------------------------------------

# Titles written before a name: "Gen. Miller", "Sen. Warren". They never end a sentence.
TITLES = word_set("title_abbreviations")
# Abbreviations that may end a sentence ("... Co. It closed"), on top of Punkt's abbrev_types.
NEWS_ABBREVIATIONS = word_set("news_abbreviations")
# Words that open a sentence after an abbreviation: "Ltd. Mr McGurk", "D.C. Pictured is".
OPENERS_AFTER_ABBREVIATIONS = word_set("openers_after_abbreviations")
# Capitalised nouns that continue a dotted acronym's noun phrase: "the U.S. Ambassador to ...".
ACRONYM_TITLE_NOUNS = word_set("acronym_title_nouns")
# Before a digit these mark a number ("No. 10", "N°. 1026", "p. 55", "Vol. 3"), not a sentence end.
NUMBER_PREFIXES = word_set("number_prefixes")
# a.m. / p.m. end a clause, so a capitalised word after them starts a sentence, unless it is part of
# the time expression ("5 p.m. Friday", "9 a.m. ET").
TIME_ABBREVIATIONS = word_set("time_abbreviations")
TIME_FOLLOWERS = (
    word_set("weekday_abbreviations")
    | word_set("time_zones")
    | word_set("relative_days")
    | word_set("weekdays")
    | word_set("months")
    | word_set("month_abbreviations")
)
# "At 5 a.m. Mr. Smith left" - a time phrase opening the sentence cannot be a sentence itself.
INTRO_PREPOSITIONS = word_set("time_intro_words")
# Closed-class words that begin sentences; with Punkt's sent_starters they are the evidence that a
# capitalised word after an abbreviation or ellipsis starts a new sentence ("in the U.S. How ...").
NEWS_STARTERS = word_set("sentence_starters")
# Closed-class words that open a sentence a scrape glued to the text before it ("AbujaThe APC")
GLUED_STARTERS = word_set("glued_sentence_starters")
# Lines ending in one of these words are wrapped prose, not a heading: the next line continues them.
CONTINUATION_WORDS = word_set("continuation_words")

# --- characters and regexes -------------------------------------------------------------------

OPENERS = "\"'“‘«‹([{<*_¿¡•‣⁃◦▪●➤"
CLOSERS = "\"'”’»›)]}"
QUOTES = "\"'”’»›“‘«‹"
BULLETS = "•‣⁃◦▪●➤"
WRAPPERS = OPENERS + "\"'”’»›)]}"
TRAILING_PUNCT = ".,;:!?…\"'”’»›)]}"
TERMINALS = ".?!…‽"
# marks that never open a sentence: a line that starts with one continues the line before it
LINE_CONTINUING_MARKS = ",:;?!/)]}%"

# A possible sentence end: a run of terminal punctuation (spaced ". . ." included), optional closing
# quotes/brackets, then whitespace, the end or a glued word that may open a sentence (a capitalised
# word; after a number also an acronym or "A"/"I"; or terminal colour escapes and then whitespace,
# "died.ESC[0m The", which sentence_ends reads past: sentence_ends decides). The look-behind
# starts a match only at the first character of a run, which keeps the scan linear on long runs
# of dots.
CANDIDATE = re.compile(
    r"(?<![.?!…‽])[.?!…‽]+(?:[ ][.…]+)*([\"'”’»›)\]}]*)"
    rf"(?=\s|\Z|[A-Z][a-z]|[A-Z]{{2,}}\b|[AI]\s|(?:{CSI_ESCAPE})+(?:\s|\Z))"
)
# The word after a candidate: whitespace gap, opening quotes/brackets, then the token itself.
NEXT_WORD = re.compile(r"(\s*)[\"'“‘«‹(\[{<*_¿¡]*(\S{0,200})")
POSSESSIVE_S = re.compile(r"['’]s\b")  # "'s come up trumps": a clitic, no sentence start
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
NON_SPACE = re.compile(r"\S")
NUMERIC = re.compile(r"-?[.,]?\d[\d,.-]*")  # Punkt's "##number##" word type
# a figure a glued sentence may follow: "2010", "£35", "14,681", a race time "4:17.57"
GLUED_FIGURE = re.compile(r"[£$€]?\d[\d,]*(?:[.:]\d+)*")
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", "U.K", "D.C": capitals and periods
MULTI_PERIOD_ABBREVIATION = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # U.S, e.u, Ph.D
INITIAL_TOKEN = re.compile(r"[A-Z]\.")  # the second letter of a spaced initialism: "U. S."
NO_BREAK_SPACES = "\u00a0\u202f\u2007"  # no-break, narrow no-break and figure spaces
LIST_MARKER_WORD = re.compile(r"\d{1,2}|[^\W\d_]")  # "1." / "a." opening a list item
ATTRIBUTION = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2}\s+(?:"
    + alternation(entries("reporting_verbs"))
    + r")\b"
)
# List markers: "1.", "2)", "3.)", "a.", optionally glued to a bullet ("⁃9.").
LIST_MARKER = re.compile(r"(?<!\S)[•‣⁃◦▪●➤]?(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)")
# The same after whitespace: a leading \s lets the regex engine skip ahead fast.
LIST_MARKER_AFTER_SPACE = re.compile(r"\s([•‣⁃◦▪●➤]?(\d{1,2}|[a-z])(\.\)|\)|\.))(?=\s)")
BULLET = re.compile(r"[•‣⁃◦▪●➤](?=\s|\d)")
_MONTH = "(?:{})".format(
    alternation([*entries("months"), *entries("month_abbreviations")], capitalize=True)
)
# Twitter's embed byline: "— UN Human Rights (@UNHumanRights) August 10, 2021".
TWEET_BYLINE = re.compile(
    r"[—–]\s?[^\n—–()@]{1,80}?\s?\(@\w{1,15}\)(?:\s+" + _MONTH + r"\.?\s+\d{1,2},\s+\d{4})?"
    r"(?:\.(?!\S))?"
)
DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|"
    r"\b\d{1,2}\s+" + _MONTH + r"\.?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# A dateline's place: "WASHINGTON", "KABUL, Afghanistan", "NEWPORT NEWS, Va."
_DATELINE_PLACE = r"[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{1,30})?"
DATELINE_PLACE = re.compile(_DATELINE_PLACE)
# "WASHINGTON (AP) —", "KABUL, Afghanistan (Reuters)", "LONDON —" on a line of their own.
AGENCY_DATELINE = re.compile(_DATELINE_PLACE + r"\s*(?:\([\w .&/]{1,25}\)\s*[—–-]{0,2}|[—–-]{1,2})")
# A dateline's agency and its dash opening a line ("(AP) -- The Senate ..."), the place on the
# line before it
DATELINE_AGENCY_TAG = re.compile(r"\([\w .&/]{1,25}\)\s*[—–-]{1,2}")
# In file order, as the alternation was first written (credits are only ever matched whole).
_AGENCIES = "(?:" + "|".join(re.escape(a) for a in entries("news_agencies")) + ")"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# A photo credit: "Getty Images", "AFP via Getty Images", "John Smith/Reuters", "AP Photo/Jane Doe".
_CREDIT_BODY = (
    r"(?:" + _NAME + r"\s*/\s*)?" + _AGENCIES + r"(?:\s+(?:Photo|Photos|Images|Pictures|Pool))?"
    r"(?:\s+via\s+" + _NAME + r")?(?:\s*/\s*" + _NAME + r")?"
)
CREDIT_LINE = re.compile(r"\(?\s*" + _CREDIT_BODY + r"\s*\)?")
# A byline line: "By John Smith, CNN", "By Sam Webb for MailOnline", "Reporting by Jane Doe and
# Tom Lee"; no date ("By Friday"), and a final full stop makes a sentence of it (kinds).
BYLINE = re.compile(
    r"(?:" + alternation(entries("byline_openers"), capitalize=True) + r")\s+"
    r"(?!(?:"
    + alternation([*entries("weekdays"), *entries("months")], capitalize=True)
    + r")\b)"
    + _NAME
    + r"(?:(?:\s*,\s*|\s*&\s*|\s+(?:and|for)\s+)"
    + _NAME
    + r"){0,3}"
)
# A wire story's staff credit, a sentence of its own: "(Reporting by Valerie Volcovici; Additional
# reporting by Lawrence Hurley; Editing by Will Dunham.)", "--additional reporting from Darren
# Samuelsohn." Each part names people ("Reporting by the BBC found ..." is a sentence).
_STAFF_CREDIT_PART = (
    r"(?:"
    + alternation(entries("staff_credit_openers"), capitalize=True)
    + "|"
    + alternation(entries("staff_credit_openers"))
    + r")\s+"
    + _NAME
    + r"(?:(?:\s*,\s*|\s*&\s*|\s+and\s+)"
    + _NAME
    + r"){0,4}(?:\s+in\s+"
    + _NAME
    + r")?"
)
STAFF_CREDIT = re.compile(
    r"(?:--?|[—–])?\s*\(?\s*"
    + _STAFF_CREDIT_PART
    + r"(?:\s*;\s*"
    + _STAFF_CREDIT_PART
    + r")*\s*\.?\s*\)?\.?"
)
# A copyright notice: "©2015 The Hollywood Reporter.", "Copyright 2016 AP.", "All rights reserved."
RIGHTS_NOTICE = re.compile(
    r"(?:©|Copyright\s*©?)\s*\d{4}\b[^\n.]{0,60}\.?|(?:"
    + alternation(entries("rights_notices"), capitalize=True)
    + r")\.?"
)
# the first letters of BYLINE's openers: a quick test before the pattern runs on a line
BYLINE_FIRST_LETTERS = frozenset(opener[0].upper() for opener in entries("byline_openers"))
# A parenthesised credit after a caption: "(Susan Walsh / Reuters)", "(AP Photo/Evan Vucci)".
PAREN_CREDIT = re.compile(r"\((?:" + _CREDIT_BODY + r"|" + _NAME + r"\s+/\s+" + _NAME + r")\)")
TRAILING_PAREN_CREDIT = re.compile(r"(?<=\S)\s+(\([^()\n]{2,80}\))\s*\Z")
# Label words are followed by a colon, so no label can match as a prefix of another.
CREDIT_LABEL = re.compile(
    "(?:" + alternation(entries("credit_labels")) + r")\s*:|©",
    re.IGNORECASE,
)
# "Caption: ..." (the HTML reader writes a <figcaption> so): a caption however short or long
CAPTION_LABEL = re.compile(r"caption\s*:", re.IGNORECASE)
PHOTO_LABEL = re.compile(
    "(?:" + alternation(entries("photo_labels")) + r")\s*:\s*",
    re.IGNORECASE,
)
# An e-mail address is tried only where a token starts, and its domain runs to the next "@": from
# every position of a long token ("1" * 200_000) "\S+@" ran to the token's end, which was quadratic
# (35 s for one 200 KB line), and so was a token of many "@"s. A later start in the same token finds
# nothing the token's start would not have found first.
URL = re.compile(
    r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S*|(?<!\S)\S+@[^\s@]+\.\w+|[@#]\w+"
)
# BBC page furniture glued to the next sentence: "Media playback is not supported on this
# device", a share bar "Share this withEmailFacebook...Copy this link" (its network names glued).
GLUED_FURNITURE = re.compile(
    r"(?:Share this with[A-Za-z]{0,120}?)?(?:"
    + alternation(entries("glued_furniture"), capitalize=True)
    + ")"
)
_FURNITURE_LINES = entries("furniture_lines")
# Page furniture that stands as a segment of its own ("Sorry we are not currently accepting
# comments on this article."): a whole entry, or an opening one ("Follow us on Twitter ...")
FURNITURE_LINE = re.compile(
    "(?:"
    + alternation(e for e in _FURNITURE_LINES if not e.endswith(" ..."))
    + r")[.!]?|(?:"
    + alternation(e.removesuffix(" ...") for e in _FURNITURE_LINES if e.endswith(" ..."))
    + ").*",
    re.IGNORECASE | re.DOTALL,
)
# A sentence glued to the text before it on a scraped page ("Africa, AbujaThe APC has ..."): a
# closed-class word right after three lower-case letters, then a space.
GLUED_SENTENCE_START = re.compile(
    # tried with ``match`` where GLUED_CAPITAL (below) found a capital
    r"(?=[A-Z])(?<=[a-z]{3})(?:"
    + alternation(entries("glued_sentence_starters"), capitalize=True)
    + r")(?= )"
)
# A capital right after three lower-case letters: where the two patterns above and below may
# match (tried there with ``match``). A character class first lets the scan skip to capitals;
# each pattern's own look-ahead first was tried at every character (a thirtieth of the
# splitter's time for the two).
GLUED_CAPITAL = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])")
# Any capitalised word or acronym glued to a lower-case word of five letters or more, then a
# space or a mark ("... lost their livesSource: National ...", "victoryNigeria's 36 governors",
# "correspondentTheresa May's"); :func:`factkit.split.forced` also asks that the whole word
# before it be lower case, which names with a capital inside ("ParkingEye", "EastEnders") and
# the share bar ("withEmailFacebook...") are not.
GLUED_WORD_START = re.compile(r"(?<=[a-z]{5})(?:[A-Z][a-z]*|[A-Z]{2,})(?=[\s:;,'’])")
# The same word glued to a closing bracket or a quotation mark ("Referee: Pascal Gauzere
# (France)For the latest ...", 'every success in the future"The task now ...')
GLUED_START_AFTER_MARK = re.compile(
    r"(?<=[a-z0-9])[)\"”](?="
    + alternation(entries("glued_sentence_starters"), capitalize=True)
    + r" )"
)
# Any capitalised word glued to a quotation mark after a word ('it was amazing"Alison even
# tweeted', '#MichaelJackson"Producer and DJ ...', 'the magic x"Temperton, whose ...', 'RIP"Follow
# us'): a sentence when the mark closes a quotation
GLUED_WORD_AFTER_QUOTE = re.compile(r"(?<=[A-Za-z0-9#])[\"”](?=[A-Z][a-z]+[\s,;:'’])")
# A list's short label ("Out:", "Loan ended:", "He said:"): a capitalised word and at most one
# lower-case word, then a colon
_SHORT_LABEL = r"[A-Z][a-z]+(?: [a-z]+)?:"
# A short label glued to the full stop of the sentence before it on a scraped page ("(Rotherham
# United).Out: Paul Quinn", "(RFL).Attendance: 7,158", "2019-20.He said: ...")
LABEL_AFTER_FULL_STOP = re.compile(r"(?<=[a-z0-9)]\.)" + _SHORT_LABEL)
# A short label alone after a sentence at the end of a line ("... (Waalwijk). Loan:"). Longer
# text before a colon at a line end ("here are five ways to enjoy Christmas online:") lost the
# list the scrape dropped, and the next line is a paragraph of its own.
LIST_LABEL_AT_END = re.compile(r"(?:^|[.!?][)\]\"'”’]?\s*)" + _SHORT_LABEL + "$")
# Markdown's own lines: an ATX heading ("## What next"; "#tag" is no heading) and an image
# ("![alt](src)", the photo's description)
MD_HEADING = re.compile(r"#{1,6}[ \t]+[^\n]*\S")
MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# A setext heading's underline ("Title" over "=====" or "-----") and a thematic break ("---",
# "***", "___", "* * *"): markup, no words of the article
MD_UNDERLINE = re.compile(r"=+|-+")
MD_RULE = re.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")
# A whole line in italics ("*Photo: Jane Doe/AP*", "_Rescuers at the dam_"); "* item *" is none
MD_ITALIC_LINE = re.compile(r"\*(?=[^\s*])([^*\n]*[^\s*])\*|_(?=[^\s_])([^_\n]*[^\s_])_")
MARKUP = re.compile(TAG)  # one tag (text_markup.TAG): a link line's markup
EMBED_TAG = re.compile(r"</?(?:tweet|blockquote|iframe|embed|script|video)\b", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]{2,}")

MAX_WORD = 200  # longer "words" (URLs, garbage) are not looked at whole: keeps the scan linear
TWEET_MAX_CHARS = 320  # a tweet is at most 280 characters; some slack for emoji and links
DATELINE_MAX_WORDS = 12
DATELINE_TOP_UNITS = 3
LINE_KIND_MAX_CHARS = 200  # a dateline, credit or caption line is shorter than this


def is_emoji(ch: str) -> bool:
    return ch >= "\U0001f000" or "\u2600" <= ch <= "\u27bf" or "\u2b00" <= ch <= "\u2bff"


def last_non_space(text: str, lo: int, pos: int) -> int:
    """Index of the last non-space character in ``text[lo:pos]``, or -1."""
    k = pos - 1
    while k >= lo and text[k].isspace():
        k -= 1
    return k if k >= lo else -1
