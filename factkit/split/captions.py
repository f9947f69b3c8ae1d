"""Label captions: Daily Mail style photo captions that open with a short label and a colon
("Aftermath: The trailer of the motorbike was found 30 metres away", "Guilty: Glenn Mason, 56,
has said ...").

Scraped pages keep these captions without a final full stop and glue them to the text around
them, so Punkt sees one sentence ("... from the main vehicle Poignant: Vegetables sold by ...").
:func:`label_breaks` (a forced-break rule) starts a segment at such a label, and
:func:`is_label_caption` tells a segment that is one of these captions (the kind rules).

A label is one to four words after a capital (or all capitals: "FACEBOOK FAKERY"), a colon, then
a capitalised word opening a clause. Its first word is no name (Punkt saw it in lower case,
"crowd", or never saw it, "poignant", and no word of it is a possessive: "fill Kaine's seat: That
candidate"); a glued label follows a lower-case word that is no function word (titles run on:
"in Star Wars: The Force Awakens"), or a capitalised word when the label is two words or more
and its first word is never capitalised inside a sentence ("in Chelsea Bloody scene:"). A
reporting verb in it ("Mr Smith said:") or a quote after the colon makes it speech, not a caption.
"""

from __future__ import annotations

import re

from factkit.lang import alternation, entries, word_set
from factkit.split.patterns import CLOSERS, TERMINALS
from factkit.split.punkt_model import ORTHO_LC, ORTHO_MID_UC, english_punkt_parameters

__all__ = ["is_label_caption", "label_breaks"]

# The label (a capitalised word and lower-case ones, or all capitals) and the colon, a space
# (scraped pages often write a no-break one), then a capitalised word (no quote: "She admits:
# 'I ...'" is speech).
LABEL = re.compile(
    r"([A-Z][\w'’-]*(?:[ ][a-z][\w'’-]*){0,3}|[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){0,3})"
    r":[ \xa0](?=[A-Z])"
)
# A label right after a word that ends in a letter, a digit or ")" with no punctuation.
GLUED_LABEL = re.compile(r"(?<=[^\W_]|\))[ ]+" + LABEL.pattern)
_POSITIONS = entries("photo_positions")
# "pictured" anywhere, or a bracketed position: "(left)", "(pictured in 2013)"
PHOTO_POSITION = re.compile(
    r"\b" + _POSITIONS[0] + r"\b|\((?:" + alternation(_POSITIONS[1:]) + r")\)"
)
_POSSESSIVES = ("'s", "’s", "s'", "s’")
_SPEECH_WORDS = word_set("reporting_verbs") | word_set("quote_introducers")
# words that run on into a name or a title ("in Star Wars: ...", "of Fall of an Empire: ...")
_FUNCTION_WORDS = word_set("stop_words") | word_set("continuation_words")
# a glued label's clause has a lower-case content word within this many words after the colon
# (a caption of its own may open with a long name: "The Coachella Valley Music and Arts ...")
GLUED_CLAUSE_LOOKAHEAD = 4
MIN_CAPTION_WORDS = 6  # words after the label in a caption segment of its own
MIN_PIECE_WORDS = 3  # words before a glued label: a caption, not a name
MIN_LOWER_WORDS = 3  # lower-case words after the label in a caption of its own: a clause
# a label caption with a full stop places someone in the photo and is one short sentence
# ("Bride: Liana Barrientos, pictured, has been married ten times."); longer ones run on into
# the body text glued after them
MAX_STOPPED_CAPTION_WORDS = 30


def _is_label(label: str) -> bool:
    """A caption label: a common first word (or all capitals), no reporting verb."""
    words = label.lower().split()
    if any(w in _SPEECH_WORDS for w in words):
        return False
    letters = [c for c in label if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    ortho = english_punkt_parameters().ortho_context.get(words[0], 0)
    if ortho == 0:  # a word Punkt never saw ("Poignant"), but no name's ("Kaine's seat")
        return not any(w.endswith(_POSSESSIVES) for w in words)
    return bool(ortho & ORTHO_LC)


def _follows_a_name(label: str) -> bool:
    """A label that may follow a capitalised word ("Malenda Meacham Dressed to impress: ..."):
    two words or more, not all capitals, its first word never capitalised inside a sentence
    (no part of a name: "Air Force to bare force:", "Anzac Day gambling game:")."""
    if " " not in label or label.isupper():
        return False
    ortho = english_punkt_parameters().ortho_context.get(label.split(" ", 1)[0].lower(), 0)
    return not ortho & ORTHO_MID_UC


def _opens_clause(words: list[str], lookahead: int) -> bool:
    """A lower-case content word soon after the colon: a clause ("Vegetables sold by ..."),
    not a list of names ("Hugo Lloris Defenders") nor a title ("Age of Ultron movie")."""
    if len(words) > 2 and words[1] in _FUNCTION_WORDS and words[2][:1].isupper():
        return False
    for word in words[:lookahead]:
        core = word.strip("\"'“”‘’(),;:")
        if core[:1].islower() and core.lower() not in _FUNCTION_WORDS:
            return True
    return False


def _places_someone(seg_text: str) -> bool:
    """A short sentence that places someone in the photo: "... (pictured), was shot ..."."""
    return (
        len(seg_text.split()) <= MAX_STOPPED_CAPTION_WORDS
        and PHOTO_POSITION.search(seg_text) is not None
    )


def label_breaks(text: str, us: int, ue: int, breaks: list[int]) -> None:
    """Add a break before each caption label glued to the text before it in ``text[us:ue]``."""
    if text.find(": ", us, ue) < 0 and text.find(":\xa0", us, ue) < 0:
        return  # no label here (searched in place: the unit is not copied for each test)
    for m in GLUED_LABEL.finditer(text, us, ue):
        before = text[us : m.start()].split()
        if len(before) < MIN_PIECE_WORDS:
            continue
        left = before[-1].strip("\"'“”‘’(").lower()
        if (
            before[-1].lstrip("\"'“‘(")[:1].isupper()
            and before[-1][-1] != ")"
            and not _follows_a_name(m.group(1))
        ):
            continue  # a name or a title runs on: "The Great Escape:", "'I'M RUNNING ...':"
        if left in _FUNCTION_WORDS or left in _SPEECH_WORDS or not _is_label(m.group(1)):
            continue
        if _opens_clause(text[m.end() : min(ue, m.end() + 200)].split(), GLUED_CLAUSE_LOOKAHEAD):
            breaks.append(m.start(1))


def is_label_caption(seg_text: str) -> bool:
    """A whole segment that is a label caption: a label, a clause, and no final punctuation
    ("Banned: The Coachella Valley Music and Arts Festival ... (file picture)"), or a full stop
    after a short sentence that places someone in the photo ("Bride: Jane Doe, pictured, ...")."""
    m = LABEL.match(seg_text)
    if m is None or not _is_label(m.group(1)):
        return False
    tail = seg_text.rstrip(CLOSERS)
    if not tail or tail[-1] in ":;,":
        return False
    if tail[-1] in TERMINALS and not _places_someone(seg_text):
        return False
    rest = seg_text[m.end() :].split()
    lower = sum(w[:1].islower() for w in rest)
    if len(rest) < MIN_CAPTION_WORDS or lower < MIN_LOWER_WORDS:
        return False
    return _opens_clause(rest, len(rest))
