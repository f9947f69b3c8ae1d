"""Whether a text is one factkit can read, in the words every entry point refuses it with: a NUL
or a lone surrogate (no text a file could hold), nothing visible (an empty article), no letter or
digit (a summary with nothing to verify). Apart from the readers, because the API, the desk and
the command line ask these questions of texts that never came from a file."""

from __future__ import annotations

import re

from factkit.errors import InputError


def nul_character(text: str) -> str | None:
    """Why ``text`` is not text (its first NUL), or None when it has none."""
    nul = text.find("\x00")
    return f"contains a NUL character (at character {nul}); expected text" if nul >= 0 else None


def refuse_nul(text: str, path: str, line: int | None = None) -> None:
    """Raise the InputError naming ``path`` (and ``line``) when ``text`` holds a NUL."""
    if why := nul_character(text):
        raise InputError(why, path=path, line=line)


# A control character no title, note or name holds: C0 but tab, line feed and carriage return,
# DEL, and C1 (U+0080-U+009F; U+009B is a one-character ESC "[" to many terminals). ESC opens a
# terminal escape sequence, NUL ends C strings: raw in a Markdown or CSV export, they reach
# whoever opens it.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(text: str) -> str | None:
    """Why ``text`` cannot be a title, a note or a name (its first control character other than
    tab, line feed and carriage return), or None when it has none."""
    m = CONTROL_CHARACTER.search(text)
    if m is None:
        return None
    return f"contains a control character (U+{ord(m.group()):04X} at character {m.start()})"


# A line end a one-line field (a reviewer's name, a title, a file name) cannot hold: what
# ``str.splitlines`` breaks on that :func:`control_character` lets through. It split the desk's 409
# message naming the reviewer, and the error lines naming an uploaded file, in two.
_LINE_BREAK = re.compile("[\n\r\u2028\u2029]")


def line_break(text: str) -> str | None:
    """Why ``text`` cannot be a one-line field (its first line break), or None when it has
    none."""
    m = _LINE_BREAK.search(text)
    if m is None:
        return None
    where = f"U+{ord(m.group()):04X} at character {m.start()}"
    return f"contains a line break ({where}); expected one line"


# Anything visible: not whitespace, nor an invisible format mark (zero-width space and joiners,
# BOM, word joiner, soft hyphen, direction marks and embeddings).
_VISIBLE = re.compile("[^\\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


# what the single-file commands and ``factkit batch`` (its errors file) say of an article with no
# visible text
EMPTY_ARTICLE = "the article is empty: no text to process"


def is_blank(text: str) -> bool:
    """Whether ``text`` has nothing to read: an empty article, however it is padded."""
    return _VISIBLE.search(text) is None


def has_words(text: str) -> bool:
    """Whether ``text`` has a letter or digit: a summary of only '!!!' or emoji states nothing
    the verifier could check, so it is refused rather than reported as supported."""
    return any(c.isalnum() for c in text)


def summary_problem(text: str) -> str | None:
    """Why a summary cannot be verified (nothing to read, or no letter or digit: a verdict on
    "!!!" is no verdict), in the words every entry point refuses it with; None if it can be."""
    if is_blank(text):
        return "the summary is empty: nothing to verify"
    if not has_words(text):
        return "the summary has no words: nothing to verify"
    return None


# A lone UTF-16 surrogate: only a JSON "\ud800" escape (or Python code) can put one in a str, and
# no tokenizer or output encoding accepts it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def unpaired_surrogate(text: str) -> str | None:
    """Why ``text`` is not Unicode text (its first unpaired surrogate), or None when it is."""
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return f"an unpaired surrogate (U+{ord(m.group()):04X} at character {m.start()}); " + (
        "expected Unicode text"
    )


def text_problem(text: str) -> str | None:
    """Why a ``str`` handed to factkit (by the Python API or the desk API) is not text a file
    could hold: a lone surrogate or a NUL, as the command line refuses them; None when it is."""
    return unpaired_surrogate(text) or nul_character(text)
