"""Boilerplate lines ("CLICK HERE for all the latest news", "Scroll down for video"): page
furniture that summarizers copy from their training data. Such a line claims nothing about the
article, so it is reported as ``boilerplate`` and, unless ``verify.boilerplate_unsupported``,
not checked further. The phrases are language data: ``factkit/lang/en/boilerplate.txt``."""

from __future__ import annotations

from functools import cache

from factkit.lang import entries

_OPENING = " \t\n\"'“‘(["


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
