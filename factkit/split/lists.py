"""Inline lists: where the items of "1) a 2) b 3) c", "a. x b. y" or "• x • y" start.

A run of markers counts as a list when it has three numbered items, or two whose first opens the
unit or follows a colon or a sentence end; lettered lists start at "a." ("A. Smith and B. Jones"
are initials).
"""

from __future__ import annotations

from factkit.split.patterns import (
    BULLET,
    BULLETS,
    CLOSERS,
    LIST_MARKER,
    LIST_MARKER_AFTER_SPACE,
    NON_SPACE,
    TERMINALS,
    last_non_space,
)

__all__ = ["list_boundaries"]

_Marker = tuple[int, str, str]  # (start, number or letter, ")" / "." / ".)")


def list_boundaries(text: str, us: int, ue: int, forced: list[int]) -> None:
    """Add a break before each item of an inline list in ``text[us:ue]`` to ``forced``."""
    for m in BULLET.finditer(text, us, ue):
        if m.start() > us and text[m.start() - 1].isspace():
            forced.append(m.start())
    markers: list[_Marker] = []
    head = NON_SPACE.search(text, us, ue)
    first = LIST_MARKER.match(text, head.start(), ue) if head else None
    if first:
        markers.append((first.start(), first.group(1), first.group(2)))
    for m in LIST_MARKER_AFTER_SPACE.finditer(text, us, ue):
        markers.append((m.start(1), m.group(2), m.group(3)))
    if len(markers) < 2:
        return
    run: list[_Marker] = []
    for marker in markers:
        if run and _follows(run[-1], marker):
            run.append(marker)
            continue
        _close_run(text, us, run, forced)
        value = marker[1]
        run = [] if value.isalpha() and value != "a" else [marker]
    _close_run(text, us, run, forced)


def _close_run(text: str, us: int, run: list[_Marker], forced: list[int]) -> None:
    """A list is 3+ numbered items, or 2 when the first opens the unit or follows a colon or
    a sentence end (lettered lists start at "a."; "A. Smith and B. Jones" are initials)."""
    if len(run) < 2:
        return
    if len(run) == 2:
        k = last_non_space(text, us, run[0][0])
        if k >= 0 and text[k] in BULLETS:
            k = last_non_space(text, us, k)
        if k >= 0 and text[k] not in ":" + TERMINALS + CLOSERS:
            return
    for pos, _, _ in run:
        k = last_non_space(text, us, pos)
        if k >= 0 and text[k] in BULLETS:
            pos = k  # the bullet opens the item
        forced.append(pos)


def _follows(prev: _Marker, cur: _Marker) -> bool:
    """``cur`` is the list item right after ``prev`` (same marker style, next number/letter)."""
    if prev[2] != cur[2]:
        return False
    a, b = prev[1], cur[1]
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return a.isalpha() and b.isalpha() and ord(b) == ord(a) + 1
