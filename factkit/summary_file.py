"""Ingestion of a summary to verify: the summary's prose, whatever file it comes in.

* ``.txt``, no suffix, stdin or any suffix not named here (a summarizer's ``test.hypo``, as
  articles are read): the text as it is.
* ``.json``: its ``"text"`` (``factkit summarize -o S.json`` writes one; its offsets, counts and
  model name are no summary).
* ``.md``/``.markdown``: the file as read, with every character that is markup, not prose,
  turned into a space (line ends stay): the front matter (read as articles read it), headings
  (a summary's title or section name claims nothing), thematic breaks, fenced code, HTML tags,
  images, list and quote markers, emphasis delimiters and link destinations. CommonMark's parser
  (markdown-it) finds them. An HTML block's text is prose as the HTML reader below reads it; a
  paragraph indented four spaces is prose too (a summary has no indented code). The result is as
  long as the file, so an offset the verifier reports indexes the Markdown file as the user
  wrote it.
* ``.html``/``.htm``/``.xhtml`` (or stdin that opens as an HTML page): the main text, extracted
  by trafilatura as HTML articles are, written as Markdown (so headings and list markers are
  known) and then read as a Markdown summary; offsets index that extracted text (the verify
  report quotes each sentence from it).

``.jsonl``/``.ndjson`` (many records, not one summary) is refused with one message
naming the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from factkit.config import IngestConfig
from factkit.errors import InputError
from factkit.front_matter import front_matter_end
from factkit.ingest import decode_bytes, deep_html_tree, is_html, load_json, read_input_bytes
from factkit.ingest import unpaired_surrogate as _unpaired_surrogate
from factkit.line_ends import lone_cr_as_lf
from factkit.text_checks import summary_problem

__all__ = [
    "RECORDS_SUFFIXES",
    "SummaryProse",
    "markdown_prose",
    "read_summary",
    "read_summary_prose",
    "summary_prose",
    "summary_suffix",
    "summary_text",
]

MARKDOWN_SUFFIXES = {".md", ".markdown"}
# many records, each an article or summary of its own: never one summary
RECORDS_SUFFIXES = {".jsonl", ".ndjson"}
# Blocks whose lines are no prose of the summary
_SKIPPED_PARENTS = {"heading_open"}
# HTML elements whose text is no prose
_HIDDEN_TAGS = frozenset({"script", "style"})


@dataclass(frozen=True, slots=True)
class SummaryProse:
    """A summary as ``verify`` reads it: ``text``, the prose it checks, and ``written``, the text
    that ``text`` (and so every offset) indexes, as long as it: the Markdown file as read, or an
    HTML summary's main text; for any other summary ``text`` itself. Where ``text`` has a space
    and ``written`` has none, the reader blanked markup (a report shows the sentence without it).
    """

    text: str
    written: str


def read_summary(path: str) -> str:
    """The prose of the summary file ``path`` (``-``: stdin) that ``verify`` checks."""
    return read_summary_prose(path).text


def read_summary_prose(path: str, config: IngestConfig | None = None) -> SummaryProse:
    """The summary file ``path`` (``-``: stdin): its prose and the text the prose indexes. It is
    read to the size of one article of ``config`` (the article's limit holds for its summary).
    A file with no prose to verify (empty, only markup) is refused here, naming the file: the
    API's ``read_summary`` returned "" and ``verify`` then named no file."""
    summary_suffix(path)  # before reading: a records file is refused, not decoded
    raw = read_input_bytes(path, summary=True, config=config or IngestConfig())
    prose = summary_prose(decode_bytes(raw, path), path)
    if why := summary_problem(prose.text):
        raise InputError(why, path=path)
    return prose


def summary_suffix(path: str) -> str:
    """The suffix of a summary file's name (``""`` for stdin), which says how it is read;
    a file of many records -> InputError naming the file."""
    suffix = "" if path == "-" else Path(path).suffix.lower()
    if suffix in RECORDS_SUFFIXES:
        raise InputError(
            f"a {suffix} file holds many records, no one summary; give a text, .md, .html or "
            ".json summary (or - for stdin)",
            path=path,
        )
    return suffix


def summary_text(text: str, path: str) -> str:
    """The prose of a summary file's decoded ``text`` (see the module docstring); ``path``
    (its suffix) says how to read it."""
    return summary_prose(text, path).text


def summary_prose(text: str, path: str) -> SummaryProse:
    """:func:`summary_text` with the text the prose indexes (:class:`SummaryProse`)."""
    suffix = summary_suffix(path)
    if suffix in MARKDOWN_SUFFIXES:
        return SummaryProse(markdown_prose(text), text)
    if is_html(text, suffix):
        main_text = _html_main_text(text, path)
        return SummaryProse(markdown_prose(main_text), main_text)
    if suffix == ".json" or text.lstrip().startswith("{"):
        text = _json_text(text, path)
    return SummaryProse(text, text)


def _json_text(text: str, path: str) -> str:
    is_json = path.lower().endswith(".json")
    try:
        data = load_json(text)
    except json.JSONDecodeError:
        if is_json:
            raise InputError(
                "invalid JSON; a JSON summary needs a 'text' string", path=path
            ) from None
        return text  # a plain summary that opens with "{"
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError("a JSON summary needs a 'text' string field", path=path)
    if why := _unpaired_surrogate(data["text"]):  # a "\ud800" escape: no text to check
        raise InputError(f"text: {why}", path=path)
    return str(data["text"])


def _html_main_text(raw: str, path: str) -> str:
    """The main text of an HTML summary as Markdown, by the article reader's extractor. A
    fragment (``<p>...</p>``, no ``<html>`` or ``<body>``) is read as the body of a page; the
    extractor's least sizes are lowered to one character (its defaults, 250 and more, are an
    article's: a summary is shorter)."""
    import trafilatura
    from trafilatura.settings import use_config

    settings = use_config()
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE"):
        settings.set("DEFAULT", key, "1")
    lowered = raw.lower()
    page = raw if "<html" in lowered or "<body" in lowered else f"<html><body>{raw}</body></html>"
    tree = deep_html_tree(page, path)
    text = trafilatura.extract(
        page if tree is None else tree,
        include_comments=False,
        include_tables=False,
        output_format="markdown",
        include_formatting=True,
        config=settings,
    )
    if not text or not text.strip():
        raise InputError("no text found in this HTML summary", path=path)
    return str(text)


def markdown_prose(text: str) -> str:
    """``text`` with every character of Markdown markup (not prose) turned into a space; line
    ends stay, so the result is as long as ``text`` and its offsets are the file's."""
    from markdown_it import MarkdownIt

    lines = lone_cr_as_lf(text)  # one line end the parser and the line offsets agree on
    keep = bytearray(len(text))  # 1: a character of the prose
    body_start = front_matter_end(lines) or 0
    source = " " * body_start + lines[body_start:]  # the front matter is no prose
    line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    # no indented code blocks: a summary's indented paragraph is prose (fenced code stays code)
    tokens = MarkdownIt("commonmark").disable("code").parse(source)
    for n, token in enumerate(tokens):
        if token.type not in ("inline", "html_block") or token.map is None:
            continue
        if n and tokens[n - 1].type in _SKIPPED_PARENTS:
            continue
        first, last = token.map
        end = line_starts[last] if last < len(line_starts) else len(source)
        if token.type == "html_block":
            _keep_html_block(source, line_starts[first], end, token.content, keep)
        else:
            _keep_inline(source, line_starts[first], end, token.children or [], keep)
    return "".join(c if keep[i] or c in "\r\n" else " " for i, c in enumerate(text))


def _keep_html_block(source: str, start: int, end: int, block: str, keep: bytearray) -> None:
    """Mark in ``keep`` the characters of the HTML block ``source[start:end]`` that are its
    prose: the words the HTML reader (:func:`_html_main_text`, as for an HTML summary) reads
    from the ``block``, found in order among the characters of the block's text (outside its
    tags, comments, scripts and styles)."""
    try:
        words = markdown_prose(_html_main_text(block, "<html block>"))
    except InputError:  # no text in it (a comment, a <br>)
        return
    positions = _HtmlTextPositions.of(source[start:end])
    visible = "".join(source[start + at] for at in positions)
    cursor = 0
    for ch in words:
        if ch.isspace():
            continue
        at = visible.find(ch, cursor)
        if at >= 0:
            keep[start + positions[at]] = 1
            cursor = at + 1


class _HtmlTextPositions(HTMLParser):
    """The offsets of an HTML fragment's text characters: its data outside script and style, and
    the ``&`` of each character reference (where a decoded ``&amp;`` is found)."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [i + 1 for i, c in enumerate(fragment) if c == "\n"]
        self._hidden = 0
        self.positions: list[int] = []

    @classmethod
    def of(cls, fragment: str) -> list[int]:
        parser = cls(fragment)
        parser.feed(fragment)
        parser.close()
        return parser.positions

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden += tag in _HIDDEN_TAGS

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            start = self._here()
            self.positions.extend(range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self.positions.append(self._here())

    def handle_charref(self, name: str) -> None:
        self.positions.append(self._here())


def _keep_inline(source: str, start: int, end: int, children: list[Any], keep: bytearray) -> None:
    """Mark in ``keep`` the characters of ``source[start:end]`` that are the inline's words:
    each text's characters found in order from a cursor that passes over the markup between
    them (a decoded ``&amp;`` keeps its ``&``), link destinations and images skipped whole."""
    cursor = start
    for child in children:
        if child.type in ("text", "code_inline"):
            for ch in child.content:
                at = source.find(ch, cursor, end)
                if at >= 0:
                    keep[at] = 1
                    cursor = at + 1
        elif child.type in ("softbreak", "hardbreak"):
            at = source.find("\n", cursor, end)
            cursor = at + 1 if at >= 0 else cursor
        elif child.type == "link_close" and child.markup != "autolink":
            cursor = _past_link_tail(source, source.find("]", cursor, end), end)
        elif child.type == "image":
            at = source.find("![", cursor, end)
            if at >= 0:
                cursor = _past_link_tail(source, _closing(source, at + 1, "[", "]", end), end)
        elif child.type == "html_inline":
            at = source.find(child.content, cursor, end)
            cursor = at + len(child.content) if at >= 0 else cursor


def _past_link_tail(source: str, close: int, end: int) -> int:
    """The offset after a link's ``]`` at ``close`` and the ``(destination)`` or ``[label]``
    right after it."""
    if close < 0:
        return end
    after = close + 1
    if after < end and source[after] == "(":
        return _closing(source, after, "(", ")", end) + 1
    if after < end and source[after] == "[":
        return _closing(source, after, "[", "]", end) + 1
    return after


def _closing(source: str, at: int, opener: str, closer: str, end: int) -> int:
    """The offset of the ``closer`` that matches the ``opener`` at ``at`` (nesting counted,
    a backslash escaping), or ``end - 1`` when there is none."""
    depth, i = 0, at
    while i < end:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == opener:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return end - 1
