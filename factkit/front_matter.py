"""Front matter: the block that opens a Markdown page of a static-site generator, with the
page's title, date and tags: YAML ``key: value`` lines between ``---`` lines (Jekyll, Hugo), or
TOML ``key = value`` lines between ``+++`` lines (Hugo).

The block stays in the article text (offsets index the file as read): the splitter labels it
``dateline`` (metadata, like the ``date 2021-08-10`` line of news exports) and ingestion reads
its ``title`` and ``date``. A block is front matter only when it opens the text, every line in
it is a lower-case key line, an indented or ``-`` continuation, or blank, and it has at
least one key: "---" over "Update: the army said ..." is a rule above a sentence.
"""

from __future__ import annotations

import re

__all__ = ["front_matter_end"]

# YAML between "---" lines ("key: value"), or TOML between "+++" lines ("key = value", Hugo)
_KEY_LINE = {
    "---": re.compile(r"[a-z_][a-z0-9_-]*[ \t]*:"),
    "+++": re.compile(r"[a-z_][a-z0-9_-]*[ \t]*="),
}
_CLOSERS = {"---": ("---", "..."), "+++": ("+++",)}
MAX_LINES = 200  # a page's metadata, not a document: longer is no front matter


def front_matter_end(text: str) -> int | None:
    """The offset just after the closing line of the front matter that opens ``text``, or None.
    Line ends are "\\n" or "\\r\\n" (the callers turn lone "\\r" into "\\n")."""
    fence = text[:3]
    if fence not in _CLOSERS:
        return None
    nl = text.find("\n")
    if nl < 0 or text[3:nl].strip():
        return None
    key_line, closers = _KEY_LINE[fence], _CLOSERS[fence]
    pos, keys = nl + 1, 0
    for _ in range(MAX_LINES):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end].rstrip()
        if line in closers:
            return (end if nl < 0 else nl + 1) if keys else None
        if key_line.match(line):
            keys += 1
        elif line and line[0] not in " \t-":
            return None  # prose: no front matter
        if nl < 0:
            return None
        pos = nl + 1
    return None
