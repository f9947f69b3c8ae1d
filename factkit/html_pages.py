"""HTML pages -> :class:`Article`: the main text by trafilatura, with what it would lose kept
(figure captions as "Caption: ..." paragraphs; elements nested past its parser's depth), and the
page's title and date from its metadata."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factkit.article_text import article_from_text
from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError
from factkit.json_records import file_id

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


# A <figcaption> goes into the extracted text as a paragraph of its own, "Caption: ..." (the
# splitter's label for a caption line); this mark finds it in trafilatura's output (which drops
# private-use characters, so the mark is a word no page writes).
_CAPTION_MARK = "QzxFactkitFigcaptionQzx"
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_CAPTION_LINE = re.compile(r"\n*" + _CAPTION_MARK + r"([^\n]*)\n*")


def _keep_figcaptions(raw: str) -> str:
    """The page with each <figure> that has a caption replaced by a paragraph of the caption's
    words (whitespace collapsed): trafilatura drops a figure whole, caption and all, and a fact
    only a caption states would be no evidence for `verify`."""
    if "figcaption" not in raw.lower():
        return raw
    import lxml.html

    page = _XML_DECLARATION.sub("", raw.replace(_CAPTION_MARK, ""))  # lxml refuses it in a str
    try:  # huge_tree: keep what a deep page nests past 255 levels (deep_html_tree reads it)
        tree = lxml.html.fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ValueError, lxml.etree.ParserError):  # nothing to parse
        return raw
    kept = 0
    for cap in list(tree.iter("figcaption")):
        figure = next((el for el in cap.iterancestors("figure")), cap)
        parent = figure.getparent()
        words = " ".join(cap.text_content().split())
        if parent is None or not words:
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = _CAPTION_MARK + words
        paragraph.tail = figure.tail
        parent.replace(figure, paragraph)
        kept += 1
    return str(lxml.html.tostring(tree, encoding="unicode")) if kept else raw


def _caption_paragraphs(text: str) -> str:
    """Each marked caption as "Caption: ..." between blank lines: a line of its own for the
    splitter, which labels it ``caption`` (evidence, never summarized)."""
    if _CAPTION_MARK not in text:
        return text
    return _CAPTION_LINE.sub(lambda m: f"\n\nCaption: {m.group(1).strip()}\n\n", text).strip()


# Suffixes that say nothing against a page: none (or stdin), and ".txt", which a browser's "save
# as" or a download tool gives a page as often as not (read as prose, its tags, scripts and
# metadata became one sentence and one claim)
_PLAIN_SUFFIXES = ("", ".txt")


def is_html(text: str, suffix: str) -> bool:
    """Is a file of this ``suffix`` (``""``: none, or stdin) with this decoded ``text`` an HTML
    page: an HTML suffix, or no suffix (or ``.txt``) and text that opens as a page?"""
    return suffix in HTML_SUFFIXES or (
        suffix in _PLAIN_SUFFIXES
        and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    )


def _parsed(page: str, *, huge: bool) -> tuple[Any, bool]:
    """The page parsed as trafilatura parses it (``huge``: with libxml2's deeper limit), and
    whether libxml2 met an element nested past its limit (it drops all that is inside)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
    )
    try:
        tree = lxml.html.fromstring(page.encode("utf-8", "surrogatepass"), parser=parser)
    except (ValueError, lxml.etree.ParserError):  # nothing to parse: trafilatura says so
        return None, False
    return tree, any("Excessive depth" in error.message for error in parser.error_log)


def deep_html_tree(page: str, path: str) -> Any:
    """The page as a parsed tree, for trafilatura, when it nests elements deeper than the 255
    levels trafilatura's parser reads (past them it silently loses the text: a claim deep in the
    page would vanish from the report, a summary's from its check), else None (trafilatura
    parses the page itself, as any other)."""
    if not _parsed(page, huge=False)[1]:
        return None
    tree, too_deep = _parsed(page, huge=True)
    if too_deep:
        raise InputError(
            "elements nested more than 2048 deep, past the HTML parser's limit: "
            "the text inside them cannot be read",
            path=path,
        )
    return tree


def html_article(raw: str, path: str, config: IngestConfig) -> Article:
    """The article of an HTML page: its main text, title and date (``path``: its id and source)."""
    import trafilatura

    page = _keep_figcaptions(raw)
    tree = deep_html_tree(page, path)
    text = trafilatura.extract(
        page if tree is None else tree,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if text is None:
        raise InputError("no main text found in this HTML page", path=path)
    text = _caption_paragraphs(text)
    meta = trafilatura.extract_metadata(raw)
    date = None
    title = None
    if meta is not None:
        title = meta.title
        if meta.date:
            try:
                date = dt.date.fromisoformat(str(meta.date)[:10])
            except ValueError:
                date = None
    return article_from_text(
        text, id=file_id(path), source_path=path, date=date, title=title, config=config
    )
