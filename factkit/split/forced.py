"""News rules that force sentence breaks inside a unit, whatever the punctuation says: tweet
bylines, inline list items, page furniture (also glued to the next sentence), a sentence glued
to the text before it, a label glued to a full stop, a trailing photo credit, a caption label
glued to the text before it, a heading in capitals glued to its paragraph and a closing quote
mark moved to the next line's start. Each rule is a small function; :data:`RULES` runs them in
order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factkit.layout import PAGE_FURNITURE
from factkit.split.caps_headings import caps_heading_breaks
from factkit.split.captions import label_breaks
from factkit.split.lists import list_boundaries
from factkit.split.moved_quotes import closing_marks_at_line_starts
from factkit.split.patterns import (
    CLOSERS,
    GLUED_CAPITAL,
    GLUED_FURNITURE,
    GLUED_SENTENCE_START,
    GLUED_START_AFTER_MARK,
    GLUED_WORD_AFTER_QUOTE,
    GLUED_WORD_START,
    LABEL_AFTER_FULL_STOP,
    PAREN_CREDIT,
    QUOTES,
    TERMINALS,
    TRAILING_PAREN_CREDIT,
    TWEET_BYLINE,
    last_non_space,
)
from factkit.text_markup import CODE_ELEMENT

__all__ = ["ForcedBreaks", "forced_breaks"]

QUOTE_LOOKBACK = 2000  # quote marks are counted this far back on a line: bounded work per mark


@dataclass(slots=True)
class ForcedBreaks:
    """What the news rules found in one unit (all in text order once :func:`forced_breaks`
    returns)."""

    breaks: list[int] = field(default_factory=list)  # boundaries set whatever the punctuation
    protected: list[tuple[int, int]] = field(default_factory=list)  # no period may cut these
    embeds: list[tuple[int, int]] = field(default_factory=list)  # tweet bylines


def _tweet_bylines(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A tweet's byline ("— Name (@handle) Date"): a segment of its own, never cut."""
    if text.find("(@", us, ue) < 0:
        return
    for m in TWEET_BYLINE.finditer(text, us, ue):
        found.breaks += (m.start(), m.end())
        found.protected.append((m.start(), m.end()))
        found.embeds.append((m.start(), m.end()))


def _code_elements(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A script or style element after a sentence end (or opening the unit): a segment of its
    own, never cut. Its code is no words of the article: "came. <script>...</script> It spent"
    was one sentence, and as a segment opening with the element the prose after it would
    be an embed, no body text."""
    if text.find("<", us, ue) < 0:
        return
    for m in CODE_ELEMENT.finditer(text, us, ue):
        k = last_non_space(text, us, m.start())
        if k < 0 or text[k] in TERMINALS + CLOSERS:
            found.breaks += (m.start(), m.end())
            found.protected.append(m.span())


def _list_items(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    list_boundaries(text, us, ue, found.breaks)


def _page_furniture(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    for furniture in PAGE_FURNITURE.finditer(text, us, ue):
        k = last_non_space(text, us, furniture.start())
        if k < 0 or text[k] in TERMINALS + CLOSERS:  # "Scroll down for video" opens a segment
            found.breaks += (furniture.start(), furniture.end())


def _glued_furniture(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """BBC page furniture glued to the next sentence ("Media playback is not supported on this
    deviceThe hosts won ..."): a segment of its own where it opens the unit or follows a
    sentence end; inside a sentence the words are about the page."""
    for furniture in GLUED_FURNITURE.finditer(text, us, ue):
        start = furniture.start()
        while start > us and text[start - 1] in QUOTES:
            start -= 1
        if start > us and not text[start - 1].isspace():
            start = furniture.start()  # the quotes close the sentence before: 'them?"Media'
        # else an opening quote glued to it ('"Media playback ...') goes with it
        k = last_non_space(text, us, start)
        if k >= 0:
            if text[k] not in TERMINALS + CLOSERS:
                continue
            found.breaks.append(start)
        if text[furniture.end() : ue].strip():
            found.breaks.append(furniture.end())


def _glued_sentence_start(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A sentence glued to a related-link line or a byline before it ("... AbujaThe APC")."""
    for capital in GLUED_CAPITAL.finditer(text, us, ue):
        if GLUED_SENTENCE_START.match(text, capital.start()):
            found.breaks.append(capital.start())


def _glued_word_start(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """Any capitalised word glued to a plain lower-case word: a link's title or a caption run
    into the next paragraph ("Buhari's historic victoryNigeria's 36 governors ...", "lost their
    livesSource: ..."). English writes no capital inside a lower-case word; the words with one
    are names ("iPhone", "easyJet": short, or capitalised first: "EastEnders"), so the word
    before the capital is five lower-case letters at least from its start."""
    for capital in GLUED_CAPITAL.finditer(text, us, ue):
        at = capital.start()
        if not GLUED_WORD_START.match(text, at):
            continue
        word = at
        while word > us and text[word - 1].isalpha():
            word -= 1
        # the word opens after a space, a quote or a bracket: not "#hashTag" or "site/newsBeat"
        opens = word == us or text[word - 1].isspace() or text[word - 1] in QUOTES + "(["
        if opens and text[word:at].islower() and text[word:at].isascii():
            found.breaks.append(at)


def _glued_start_after_mark(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A sentence glued to a closing bracket or quotation mark ("(France)For the latest ...").
    A straight quote mark closes a quotation when its line has an odd number of them before it
    ('"We wish them ... the future"The task'), else it opens the glued sentence's ('this
    device"The plan ...')."""
    read, quotes = us, 0  # quote marks on the line so far, counted once from the unit's start
    for mark in GLUED_START_AFTER_MARK.finditer(text, us, ue):
        line_end = text.rfind("\n", read, mark.start())
        if line_end >= 0:
            read, quotes = line_end + 1, 0
        quotes += text.count('"', read, mark.start())
        read = mark.start()
        closes = mark.group() != '"' or quotes % 2 == 1
        found.breaks.append(mark.end() if closes else mark.start())


def _glued_word_after_closing_quote(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """Any capitalised word glued to a quotation's closing mark ('it was amazing"Alison even
    tweeted'): scrapes join a quoted paragraph to the next. A straight mark closes when its line
    has an odd number of them before it; an opening one ('the film"Frozen" won') cuts nothing
    here (:func:`_glued_start_after_mark` takes the sentence starters)."""
    for mark in GLUED_WORD_AFTER_QUOTE.finditer(text, us, ue):
        at = mark.start()
        if mark.group() == '"':
            floor = max(us, at - QUOTE_LOOKBACK)
            line_start = max(floor, text.rfind("\n", floor, at) + 1)
            if text.count('"', line_start, at) % 2 == 0:
                continue
        found.breaks.append(at + 1)


def _glued_label(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A label glued to a full stop ("(Rotherham United).Out: Paul Quinn, defender")."""
    for label in LABEL_AFTER_FULL_STOP.finditer(text, us, ue):
        found.breaks.append(label.start())


def _trailing_credit(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A photo credit "(Name / Agency)" closing the unit."""
    tail = text[ue - 1] if ue > us else ""
    if tail == ")" or (tail.isspace() and text[us:ue].rstrip().endswith(")")):
        credit = TRAILING_PAREN_CREDIT.search(text, us, ue)
        if credit and PAREN_CREDIT.fullmatch(credit.group(1)):
            found.breaks.append(credit.start(1))


def _caption_labels(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A label caption glued on ("... from the main vehicle Poignant: Vegetables sold ...")."""
    label_breaks(text, us, ue, found.breaks)


def _moved_closing_quotes(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A closing quote mark moved to the next line's start ('object.\n"The researchers'): the
    sentence ends after it, and no period before it cuts (:mod:`.moved_quotes`). A rule that
    opened a segment at the mark ('\n"Media playback ...', glued furniture) opens it after."""
    marks = closing_marks_at_line_starts(text, us, ue)
    if not marks:
        return
    at_marks = set(marks)
    found.breaks[:] = [b for b in found.breaks if b not in at_marks]
    for mark in marks:
        found.breaks.append(mark + 1)
        found.protected.append((last_non_space(text, us, mark), mark + 1))


def _caps_headings(text: str, us: int, ue: int, found: ForcedBreaks) -> None:
    """A heading in capitals glued to its paragraph ("THE BORROWING Back when he ...")."""
    caps_heading_breaks(text, us, ue, found.breaks)


RULES: tuple[Callable[[str, int, int, ForcedBreaks], None], ...] = (
    _tweet_bylines,
    _code_elements,
    _list_items,
    _page_furniture,
    _glued_furniture,
    _glued_sentence_start,
    _glued_word_start,
    _glued_start_after_mark,
    _glued_word_after_closing_quote,
    _glued_label,
    _trailing_credit,
    _caption_labels,
    _caps_headings,
    _moved_closing_quotes,
)


def forced_breaks(text: str, us: int, ue: int) -> ForcedBreaks:
    """The forced breaks of the unit ``text[us:ue]``, sorted."""
    found = ForcedBreaks()
    for rule in RULES:
        rule(text, us, ue, found)
    found.breaks.sort()
    found.protected.sort()
    return found
