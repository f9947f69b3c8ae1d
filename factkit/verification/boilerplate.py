"""Boilerplate lines ("CLICK HERE for all the latest news", "Scroll down for video"): page
furniture that summarizers copy from their training data. Such a line claims nothing about the
article, so it is reported as ``boilerplate`` and, unless ``verify.boilerplate_unsupported``,
not checked further. A summary's own section label on a line of its own ("# Summary", "Key
points:"), or a line with no word at all ("---", "* * *", "====="), is furniture of the same kind.
The phrases are language data:
``factkit/lang/en/boilerplate.txt`` and ``summary_headings.txt``."""

from __future__ import annotations

import re
from functools import cache

from factkit.lang import entries

_OPENING = " \t\n\"'“‘(["
# Markdown marks around a label line: "## Key points", "**Summary:**", "Highlights:"
_LABEL_MARKS = re.compile(r"^[\s#*_]+|[\s*_:]+$")


@cache
def boilerplate_phrases() -> tuple[str, ...]:
    """The packaged opening phrases, lower-cased, longest first."""
    phrases = {" ".join(entry.lower().split()) for entry in entries("boilerplate")}
    return tuple(sorted(phrases, key=len, reverse=True))


def boilerplate_phrase(sentence: str) -> str | None:
    """The boilerplate phrase ``sentence`` opens with, or None."""
    head = " ".join(sentence.lstrip(_OPENING).lower().split())
    for phrase in boilerplate_phrases():
        if head.startswith(phrase) and (
            len(head) == len(phrase) or not (phrase[-1].isalnum() and head[len(phrase)].isalnum())
        ):
            return phrase
    return None


@cache
def summary_headings() -> frozenset[str]:
    """The packaged section labels, lower-cased with single spaces."""
    return frozenset(" ".join(entry.lower().split()) for entry in entries("summary_headings"))


def summary_heading(sentence: str) -> str | None:
    """The section label ``sentence`` is, alone ("# Summary", "Key Points:"), or None."""
    label = " ".join(_LABEL_MARKS.sub("", sentence).lower().split())
    return label if label in summary_headings() else None


def furniture(text: str) -> tuple[str, bool] | None:
    """What a summary line is when it is page or summary furniture, for its ``boilerplate``
    reason, and whether it states nothing at all (the summary's own section label, a rule line)
    rather than being a boilerplate line, which states something about the page."""
    phrase = boilerplate_phrase(text)
    if phrase is not None:
        return f"boilerplate line ({phrase!r})", False
    if not any(ch.isalnum() for ch in text):  # Markdown rules and underlines: "---", "====="
        return f"a line without words ({text.strip()[:20]!r})", True
    label = summary_heading(text)
    return None if label is None else (f"a heading of the summary ({label!r})", True)
