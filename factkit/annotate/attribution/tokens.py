"""Word tokens of a sentence and the function-word sets the frame matchers test them against."""

from __future__ import annotations

import re
from typing import NamedTuple

from factkit.annotate.speakers import WORD_LISTS

WORDS = WORD_LISTS

TOKEN_RE = re.compile(r"\w+(?:[’'.&\-]\w+)*(?:n[’']t)?[’']?|''|``|[^\w\s]")
AUX = WORDS["aux"]
BE = frozenset({"is", "are", "was", "were", "been", "being", "be", "am", "’s", "'s"})
CLAUSE_WORDS = WORDS["clause_words"]
RELATIVES = frozenset({"who", "which", "that", "whom"})
NON_SUBJECT = WORDS["non_subject"]
PREPOSITIONS = WORDS["prepositions"]
TEMPORAL = WORDS["adverbials"]
TRAILING_TIME = WORDS["trailing_time"]
OBJECT_WORDS = WORDS["object_words"]
SPEAKER_LEAD = WORDS["speaker_lead"]
APPOSITIVE_LEAD = WORDS["appositive_lead"]
VERBISH = WORDS["verbish"]
ING_OK_BEFORE = WORDS["ing_ok_before"]
ING_PREPOSITIONS = frozenset({"by", "after", "before", "without", "while", "when", "from", "in"})
INTRO_WORDS = frozenset({"however", "meanwhile", "instead", "still", "yet", "so", "but", "and"})
PHONE_PARTICLES = frozenset({"in", "into", "off", "up", "back"})
SUBORDINATORS = WORDS["subordinators"]
COORDINATORS = frozenset({"and", "but", "while", "although", "though", "whereas", "yet"})
CHAIN_BEFORE = frozenset({",", "and", "but", "while", "then", "also", "later", "before", "after"})
HARD_BOUNDARY = frozenset({";", ":", "(", ")", "—", "–", "--", "!", "?", "[", "]"})
# Words that can open what follows a verb (not a noun): "claims that", "states the", "report to".
VERB_OBJECT_STARTS = frozenset(
    {
        "that",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "to",
        "this",
        "these",
        "in",
        "on",
        "at",
        "for",
        "him",
        "them",
        "me",
        "us",
        "you",
        "there",
        "about",
    }
)


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    lower: str


def tokens(text: str, start: int, end: int) -> list[Tok]:
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        out.append(Tok(word, m.start(), m.end(), word.lower()))
    return out


QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»", "‘", "’"})


def is_quote_tok(tok: Tok) -> bool:
    return tok.text in QUOTE_TOKENS


def is_cap(tok: Tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


ABBREVIATIONS = WORDS["abbreviations"]


def is_abbreviation(tok: Tok) -> bool:
    """A token a period after it does not end: an initial ("R") or a title ("Mr")."""
    return (len(tok.text) == 1 and tok.text.isupper()) or tok.lower in ABBREVIATIONS


def is_verbish(tok: Tok) -> bool:
    lower = tok.lower
    return lower in VERBISH or lower.endswith(("n't", "n’t"))


Span = tuple[int, int]
# Contractions before a cue that are subject + auxiliary, not possessives ("he's said").
SPEAKER_POSSESSIVE_OK = frozenset(
    {"he’s", "he's", "she’s", "she's", "it’s", "it's", "that’s", "that's", "who’s", "who's"}
)


def is_negated(tok: Tok) -> bool:
    """A negated auxiliary: "wouldn't", "didn’t"."""
    return tok.lower.endswith(("n't", "n’t"))
