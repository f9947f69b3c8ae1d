"""Glued captions: a piece with no full stop, inside a line of stopped sentences, is a caption.

Daily Mail pages scrape into one long line: the story's sentences end in full stops, while each
photo caption carries none and sits glued between them ("... to get the better of his marker.
Eden Hazard has admitted ... to perform at his best Hazard was substituted ..."). The run-on
cuts (:mod:`.runons`, :mod:`.caption_runs`) set the caption apart, but it stayed ``body``: a
summary candidate and a claim, though most such captions restate a sentence near them. Only
pieces after the story's first full stop are taken: the unstopped lines that open a page are
its top bullet points (or the lead photo's caption that restates the headline), the best
summary lines it has, and they stay ``body``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from factkit.lang import word_set
from factkit.split.caption_runs import is_caption_text, is_unstopped
from factkit.split.patterns import QUOTES, TERMINALS

__all__ = ["mark_glued_captions"]

MIN_CAPTION_WORDS = 5  # a caption is a clause: shorter pieces are names or title words
# the text glued after a caption opens a sentence; a short piece ("By An Actress") is more
# likely the rest of a title the run-on cut broke off
MIN_NEXT_WORDS = 4
# a piece ending in one of these was cut inside a clause ("The Columbia team concluded that")
_OPEN_ENDS = word_set("stop_words")


class _Seg(Protocol):
    start: int
    end: int
    kind: str


def mark_glued_captions(text: str, segments: Sequence[_Seg]) -> None:
    """Relabel as ``caption`` every body segment with no full stop glued between others on its
    line, once a body sentence with a full stop has come before it."""
    story_started = False
    for i, seg in enumerate(segments):
        # most segments end in a full stop: told by their last character, nothing copied
        if seg.kind != "body" or text[seg.end - 1] in TERMINALS:
            story_started = story_started or seg.kind == "body"
            continue
        if not story_started:
            story_started = not is_unstopped(text, seg.start, seg.end)
            continue
        if i > 0 and _is_glued_caption(text, segments, i):
            seg.kind = "caption"


def _is_glued_caption(text: str, segments: Sequence[_Seg], i: int) -> bool:
    """``segments[i]`` (body, no full stop, after the story's first one) is a caption: a clause
    glued on its line between a sentence and the next (or the text's end)."""
    seg = segments[i]
    if not is_caption_text(text, seg.start, seg.end) or not text[seg.start].isupper():
        return False
    words = text[seg.start : seg.end].split()
    if len(words) < MIN_CAPTION_WORDS or words[-1].lower() in _OPEN_ENDS:
        return False
    if "\n" in text[segments[i - 1].end : seg.start]:
        return False  # a line of its own: headings and list lines are told elsewhere
    if i + 1 == len(segments):
        return not text[seg.end :].strip()
    after = segments[i + 1]
    return (
        "\n" not in text[seg.end : after.start]
        and text[after.start : after.start + 2].lstrip(QUOTES)[:1].isupper()
        and len(text[after.start : after.end].split()) >= MIN_NEXT_WORDS
    )
