"""Terminal escapes and markup (``factkit.text_markup``): the spans no number is
read from."""

from __future__ import annotations

import re

import pytest

from factkit.text_markup import (
    CODE_ELEMENT,
    INERT_PIECE,
    blanked,
    inert_spans,
    without_edge_markup,
)


def shown(text: str) -> list[str]:
    return [text[a:b] for a, b in inert_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The mayor said \x1b[31m40\x1b[0m came", ["\x1b[31m", "\x1b[0m"]),
        ("red \x9b1;31m here", ["\x9b1;31m"]),  # the one-character CSI
        ("\x1b]0;title 12\x07 then 9", ["\x1b]0;title 12\x07"]),  # a window title (OSC)
        ("a <SCRIPT type=x>var x = 5;</Script> 7 b", ["<SCRIPT type=x>var x = 5;</Script>"]),
        ("<style>p{width:30px}", ["<style>p{width:30px}"]),  # left open: to the end
        ('an <img width="300"> of 4', ['<img width="300">']),
        ("<!-- 12 --> 3", ["<!-- 12 -->"]),
    ],
)
def test_escapes_tags_and_code_elements_are_inert(text: str, spans: list[str]) -> None:
    assert shown(text) == spans


@pytest.mark.parametrize("text", ["x<5 and y>3 were set", "a <3 heart", "rates < 4% > 2%", ""])
def test_comparisons_and_prose_are_not_markup(text: str) -> None:
    assert shown(text) == []


def test_spans_are_searched_within_the_range_only() -> None:
    text = "<b>1</b> and <i>2</i>"
    assert [text[a:b] for a, b in inert_spans(text, 9, len(text))] == ["<i>", "</i>"]


def test_blanked_keeps_every_offset() -> None:
    text = "ab\x1b[31m40\x1b[0m cd"
    spans = inert_spans(text, 0, len(text))
    copy = blanked(text, 1, len(text) - 1, spans)
    assert copy == "b     40     c" and copy.index("40") + 1 == text.index("40")


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("\x1b[1mThe mayor came.\x1b[0m", "The mayor came."),
        ("<p>The mayor came. </p> ", "The mayor came."),
        ("The mayor <b>came</b> today ", "The mayor <b>came</b> today "),  # inside: as it is
        ("No markup here. ", "No markup here. "),  # white space kept where nothing was cut
        ("<br/>", ""),
    ],
)
def test_without_edge_markup_cuts_only_what_opens_or_closes_the_text(
    text: str, trimmed: str
) -> None:
    assert without_edge_markup(text) == trimmed


def _piece_at(text: str, where: str, pattern: re.Pattern[str] = INERT_PIECE) -> str | None:
    m = pattern.match(text, text.index(where))
    return None if m is None else m.group()


def test_a_markup_piece_is_one_tag_comment_or_code_element_where_it_starts() -> None:
    text = "<script>if (a < b) { x(); }</script> It <!-- c --> <b>was</b> 5 < 6."
    assert _piece_at(text, "<script>") == "<script>if (a < b) { x(); }</script>"
    assert _piece_at(text, "<!--") == "<!-- c -->"
    assert _piece_at(text, "<b>") == "<b>"
    assert _piece_at(text, "< 6") is None
    assert _piece_at(text, "<b>", CODE_ELEMENT) is None
    assert _piece_at("<STYLE>p {}", "<", CODE_ELEMENT) == "<STYLE>p {}"  # open: to the end
