"""Ingestion: files and records -> :class:`Article`.

Plain text (UTF-8, with or without BOM), Markdown, HTML (main text via trafilatura), JSON records
(``{"id", "text", "date", ...}``), JSONL (one record a line) and stdin (``-``). ``Article.text`` is
what the later stages see and what every offset points into; metadata lines stay in the text (the
splitter tags them as ``dateline``/``credit``) and are also parsed into fields.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factkit.config import IngestConfig
from factkit.decoding import bom_encoding, encoding_label, not_valid
from factkit.document import Article
from factkit.errors import InputError
from factkit.front_matter import front_matter_end
from factkit.language import UNDETERMINED, detect_language, language_name
from factkit.line_ends import lone_cr_as_lf
from factkit.special_files import NAMED_PIPE, special_file

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

# " date 2021-08-10 Fast News" -- the metadata line some news exports put first. No two parts
# may match the same spaces: "[ \t]+([^\r\n]*?)[ \t]*" (and "[ \t\ufeff]*[ \t]*" before "date")
# split a run of spaces every way before failing, cubic in its length (2,000 spaces before a
# lone "\r": 27 s; 4,000: 217 s). The section is the rest of the line, spaces and tabs stripped.
# The section runs to the line's last visible character as one repeat of a character class:
# a repeated group, "(?:[ \t]*[^ \t\r\n])*", kept state in re for each character it took, so a
# 5 MB one-line article ("date 2021-08-10 Fast News The US envoy ...") peaked at 750 MB here.
_METADATA_LINE = re.compile(
    r"\A[ \t\ufeff]*(?:(?:\r?\n)+[ \t]*)?date[ \t]+(\d{4}-\d{2}-\d{2})"
    r"(?:[ \t]+([^ \t\r\n](?:[^\r\n]*[^ \t\r\n])?))?[ \t]*(?:\r?\n|\Z)",
    re.IGNORECASE,
)
# A closing "Source: AP" / "Credit: Reuters" line names the agency (it opens with a visible
# character: spaces before a lone "\r" split every way took 0.36 s of the last 200 characters).
_CREDIT_LINE = re.compile(
    r"(?:\A|\n)[ \t]*(?:Source|Credit|Sources)[ \t]*:[ \t]*([^ \t\r\n][^\r\n]{0,79}?)\s*\Z"
)
_MD_TITLE = re.compile(r"\A\s*#[ \t]+([^\r\n]+)")


def decode_bytes(data: bytes, path: str) -> str:
    """UTF-8 (BOM stripped), or UTF-16/UTF-32 with a BOM. A NUL anywhere, or undecodable bytes,
    -> InputError naming the file; so is a PDF, which is no text even when it is ASCII."""
    if data.startswith(b"%PDF-"):
        raise InputError(
            "a PDF file; factkit reads text, Markdown, HTML and JSON records: extract its text "
            "first (e.g. `pdftotext FILE OUT.txt`)",
            path=path,
        )
    encoding = bom_encoding(data)
    if encoding is None:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(
                f"contains a NUL byte (offset {nul}): a binary file, or UTF-16/32 without a "
                "byte-order mark; expected UTF-8 text",
                path=path,
            )
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = (
            "; convert it with e.g. `iconv -f latin1 -t utf-8`"
            if encoding == "utf-8"
            else f" after a {encoding_label(encoding)} byte-order mark; expected UTF-8, or "
            "UTF-16/32 with a BOM"
        )
        raise InputError(not_valid(data, exc, encoding) + hint, path=path) from None
    if encoding != "utf-8":
        _refuse_nul(text, path)
    return text[1:] if text.startswith("\ufeff") else text


def nul_character(text: str) -> str | None:
    """Why ``text`` is not text (its first NUL), or None when it has none."""
    nul = text.find("\x00")
    return f"contains a NUL character (at character {nul}); expected text" if nul >= 0 else None


def _refuse_nul(text: str, path: str, line: int | None = None) -> None:
    if why := nul_character(text):
        raise InputError(why, path=path, line=line)


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


def _refuse_surrogates(record: dict[str, Any], path: str, line: int | None) -> None:
    for key in ("text", "article", "id", "title", "section", "credit", "url"):
        value = record.get(key)
        if isinstance(value, str) and (why := unpaired_surrogate(value)):
            raise InputError(f"{key}: {why}", path=path, line=line)


# what a JSON value is, in the words of "id: expected a string, got a list"
_JSON_KINDS = {
    list: "a list",
    dict: "an object",
    bool: "a boolean",
    int: "a number",
    float: "a number",
}


def _not_a_string(key: str, value: Any, path: str, line: int | None) -> InputError:
    kind = _JSON_KINDS.get(type(value), type(value).__name__)
    return InputError(f"{key}: expected a string, got {kind}", path=path, line=line)


def _metadata(record: dict[str, Any], key: str, path: str, line: int | None) -> str | None:
    """A record's ``key`` as text: a string or a number (an id 17), never a list or object,
    which str() would write into the report as "['x']"."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise _not_a_string(key, value, path, line)


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key, value in pairs:
        if key in record:
            raise _DuplicateKey(key)
        record[key] = value
    return record


def load_json(text: str | bytes) -> Any:
    """``json.loads``, with nesting too deep for its recursion read as invalid JSON (it raised
    RecursionError, which ended a whole file or a command in a traceback), and a key given twice
    in one object refused: json keeps the last silently, so ``{"text": a, "text": b}`` would
    check b while the record's author may have meant a."""
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except RecursionError:
        doc = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise json.JSONDecodeError("nested too deeply", doc, 0) from None
    except _DuplicateKey as dup:
        doc = text if isinstance(text, str) else text.decode("utf-8", "replace")
        quoted = json.dumps(dup.key)
        at = doc.find(quoted, doc.find(quoted) + 1)  # the second mention, where it is known
        raise json.JSONDecodeError(f"key {dup.key!r} given twice", doc, max(at, 0)) from None
    except ValueError as exc:  # a number past Python's 4,300-digit limit: a traceback before
        if isinstance(exc, json.JSONDecodeError):
            raise
        doc = text if isinstance(text, str) else text.decode("utf-8", "replace")
        long = re.search(r"\d{4301,}", doc)
        raise json.JSONDecodeError(
            "a number of more than 4300 digits", doc, long.start() if long else 0
        ) from None


_DATE_FORMS = "YYYY-MM-DD or an ISO 8601 timestamp such as 2019-09-05T10:00:00+02:00"


def _parse_date(value: Any, path: str, line: int | None = None) -> dt.date | None:
    """A record's date: an ISO date, or an ISO timestamp read as the date it writes (the
    writer's local date, not moved to UTC). The whole string is read: its first ten characters
    alone let "2019-09-05garbage" pass as a date."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _not_a_string("date", value, path, line)
    text = value.strip()
    if (date := _iso_date(text)) is not None:
        return date
    shown = repr(text) if len(text) <= 40 else f"{text[:40]!r}... ({len(text)} characters)"
    raise InputError(f"date: expected {_DATE_FORMS}, got {shown}", path=path, line=line)


def _iso_date(text: str) -> dt.date | None:
    """An ISO date, or the date an ISO timestamp writes; None for anything else."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    if text.endswith(("Z", "z")):  # UTC; Python 3.10's fromisoformat does not read the "Z"
        text = text[:-1] + "+00:00"
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _front_matter_data(inner: str, toml: bool) -> tuple[Any, str | None]:
    """The front matter's data (TOML for Hugo's "+++" block, else YAML), or None and why not."""
    import yaml

    if toml:
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # Python 3.10 has no TOML reader: the backport pyproject declares for it
            import tomli as tomllib
        try:
            return tomllib.loads(inner.replace("\r\n", "\n")), None
        except tomllib.TOMLDecodeError:
            return None, "front matter: not valid TOML, so its title and date are not read"
        except RecursionError:  # both parsers recurse per nesting level: "title = [[[[..."
            return None, "front matter: nested too deeply, so its title and date are not read"
    try:
        return yaml.safe_load(inner), None
    except yaml.YAMLError:
        return None, "front matter: not valid YAML, so its title and date are not read"
    except RecursionError:
        return None, "front matter: nested too deeply, so its title and date are not read"


def _front_matter_fields(block: str) -> tuple[str | None, dt.date | None, str | None]:
    """The ``title`` and ``date`` of a front matter block (its fence lines included), and a
    warning when the block cannot be read."""
    inner = block.split("\n", 1)[1].rstrip().rsplit("\n", 1)[0] if "\n" in block else ""
    fields, why = _front_matter_data(inner, toml=block.startswith("+++"))
    if why:
        return None, None, why
    if not isinstance(fields, dict):
        return None, None, None
    title = fields.get("title")
    title = str(title).strip() or None if isinstance(title, str | int | float) else None
    value = fields.get("date")
    if isinstance(value, dt.datetime):  # a timestamp: the date it writes, not moved to UTC
        return title, value.date(), None
    if isinstance(value, dt.date) or value is None:
        return title, value, None
    date = _iso_date(str(value).strip())
    why = (
        None
        if date
        else f"front matter: date {str(value)[:40]!r} is not a date; the article has no date"
    )
    return title, date, why


CLI_RAISE_LIMIT = "--set ingest.max_chars=N"


def check_size(
    text: str,
    path: str | None,
    line: int | None,
    config: IngestConfig,
    what: str = "article",
    raise_limit: str = CLI_RAISE_LIMIT,
) -> None:
    """One clear line, not a minute-long run and a huge report, for an article (or a summary to
    verify against one) past the limit. ``raise_limit``: how the caller's user raises it (the
    command line's option; the API passes its own call)."""
    if len(text) > config.max_chars:
        raise InputError(
            f"{len(text):,} characters, more than ingest.max_chars ({config.max_chars:,}); "
            f"split the {what}, or raise the limit with {raise_limit}",
            path=path or "-",
            line=line,
        )


def language_note(language: str, affected: str) -> str | None:
    """The warning for a text guessed as ``language``, when that is not English (``affected``:
    what may suffer)."""
    if language in ("en", UNDETERMINED):
        return None
    return (
        f"the text looks like {language_name(language)} ({language}); factkit is tuned for "
        f"English, so {affected} may be poor"
    )


def article_from_text(
    text: str,
    *,
    id: str = "",
    source_path: str | None = None,
    date: dt.date | None = None,
    title: str | None = None,
    section: str | None = None,
    credit: str | None = None,
    url: str | None = None,
    config: IngestConfig | None = None,
) -> Article:
    """Build an Article, reading a leading metadata line and a closing credit line if present."""
    cfg = config or IngestConfig()
    warnings: list[str] = []
    check_size(text, source_path, None, cfg)
    lines = lone_cr_as_lf(text)  # the patterns read "\n" line ends (old Mac files end with "\r")
    if cfg.metadata_line and (m := _METADATA_LINE.match(lines)):
        try:
            date = date or dt.date.fromisoformat(m.group(1))
        except ValueError:  # "2021-13-45": keep the line, no date, and say so
            warnings.append(
                f"metadata line: {m.group(1)!r} is not a valid date; the article has no date, "
                "so relative times stay unresolved"
            )
        section = section or (m.group(2) or None)
    if metadata_end := front_matter_end(lines):
        fm_title, fm_date, why = _front_matter_fields(lines[:metadata_end])
        title, date = title or fm_title, date or fm_date
        if why:
            warnings.append(why)
    if credit is None and (c := _CREDIT_LINE.search(lines[-200:])):
        credit = c.group(1)
    if title is None and (t := _MD_TITLE.match(lines)):
        title = t.group(1).strip()
    language = detect_language(text)
    if note := language_note(language, "sentences, claims and summaries"):
        warnings.append(note)
    return Article(
        text=text,
        id=id,
        date=date,
        section=section,
        title=title,
        credit=credit,
        source_path=source_path,
        url=url,
        language=language,
        warnings=tuple(warnings),
    )


def article_from_record(
    record: Any,
    *,
    path: str,
    line: int | None = None,
    config: IngestConfig | None = None,
    default_id: str = "",
) -> Article:
    """A JSON record ``{"id", "text", "date", "title", "section", "credit", "url"}`` -> Article."""
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with a 'text' field", path=path, line=line)
    text = record.get("text", record.get("article"))
    if not isinstance(text, str):
        raise InputError("record has no 'text' string field", path=path, line=line)
    _refuse_nul(text, path, line)
    _refuse_surrogates(record, path, line)

    def meta(key: str) -> str | None:
        return _metadata(record, key, path, line)

    check_size(text, path, line, config or IngestConfig())
    own_id = meta("id")
    if own_id and not is_usable_id(own_id):  # it names the document in reports, URLs, files
        raise InputError(UNUSABLE_ID, path=path, line=line)
    return article_from_text(
        text[1:] if text.startswith("\ufeff") else text,
        id=own_id or default_id,
        source_path=path,
        date=_parse_date(record.get("date"), path, line),
        title=meta("title"),
        section=meta("section"),
        credit=meta("credit"),
        url=meta("url"),
        config=config,
    )


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


def is_html(text: str, suffix: str) -> bool:
    """Is a file of this ``suffix`` (``""``: none, or stdin) with this decoded ``text`` an HTML
    page: an HTML suffix, or no suffix and text that opens as a page?"""
    return suffix in HTML_SUFFIXES or (
        suffix == "" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
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


def _html_article(raw: str, path: str, config: IngestConfig) -> Article:
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
        text, id=Path(path).stem, source_path=path, date=date, title=title, config=config
    )


def read_input_bytes(path: str, *, summary: bool = False) -> bytes:
    """The bytes of an input file (``-``: stdin); ``summary`` for ``verify --summary``, where a
    folder is no batch of articles."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:  # is_dir raises too for a name too long
        if p.is_dir():
            if summary:
                raise InputError("is a folder, not a summary file", path=path)
            raise InputError("is a folder, not a file (`factkit batch` reads folders)", path=path)
        if (special := special_file(path)) not in (None, NAMED_PIPE):
            raise InputError(f"{special}, not a file (pipe text in with '-')", path=path)
        return p.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None


def _broken_link(path: str) -> str:
    """ " (a symlink to X, which is not there)" where ``path`` is one: `ls` shows the name, so
    "no such file" alone read as a mistake of factkit's."""
    try:
        return f" (a symlink to {os.readlink(path)}, which is not there)"
    except (OSError, ValueError):
        return ""


def unreadable(path: str, exc: OSError) -> InputError:
    """The error for an input file that cannot be opened or read: one message whichever
    command reads it."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file" + _broken_link(path), path=path)
    return InputError(f"cannot read: {exc.strerror or exc}", path=path)


def jsonl_record(
    line: str, path: str, n: int, stem: str, config: IngestConfig
) -> Article | InputError:
    """The article of line ``n`` of a JSONL file, or the InputError that says why it has none
    (returned, not raised: a bad line is reported and the next ones are still read). Its id,
    when the record gives none, is ``stem:n``."""
    # a streamed line keeps its line end: a record cut short was "column 1" of a second line
    line = line.rstrip("\r\n")
    try:
        record = load_json(line)
    except json.JSONDecodeError as exc:
        bad = InputError(f"invalid JSON: {exc.msg}", path=path, line=n, column=exc.colno)
        bad.record_id = _id_despite_a_repeated_key(line, exc)
        return bad
    try:
        return article_from_record(
            record, path=path, line=n, config=config, default_id=f"{stem}:{n}"
        )
    except InputError as err:
        err.record_id = _usable_id(record)
        return err


def _id_despite_a_repeated_key(line: str, exc: json.JSONDecodeError) -> str | None:
    """The id of a record refused only for a key other than "id" given twice: it still names
    itself, so the errors file can say which record to mend (README: a failed record keeps its
    own id), as it does for a record refused for its date."""
    if not exc.msg.endswith("given twice") or exc.msg.startswith("key 'id' "):
        return None
    try:  # the repeat may sit in an inner object, before a fault of its own
        return _usable_id(json.loads(line))
    except (ValueError, RecursionError):
        return None


def _usable_id(record: Any) -> str | None:
    """A bad record's own id, as its article would have had it (``_metadata``'s reading: a
    string, or a number as text), when it is a usable one."""
    if not isinstance(record, dict):
        return None
    try:
        value = _metadata(record, "id", "", None)
    except InputError:  # a list or an object: no id
        return None
    return value if value is not None and is_usable_id(value) else None


UNUSABLE_ID = "the record's id is blank or holds a control character (a line break, a tab)"


def is_usable_id(value: str) -> bool:
    """Whether an id can name a document everywhere it goes: not blank, and no control
    character or lone surrogate (a line break splits an errors line, and no URL path matches
    it)."""
    return bool(value.strip()) and not any(unicodedata.category(c) in ("Cc", "Cs") for c in value)


# "{" then, past white space, a key's quote or the closing brace: how any JSON record opens, and
# how no prose does ("{Editor's note} ...")
_JSON_RECORD_OPENING = re.compile(r'[\ufeff \t\r\n]*\{[ \t\r\n]*["}]')


def opens_json_record(text: str) -> bool:
    """Whether piped-in text is JSON (one record, or JSONL) rather than prose, judged by its
    opening alone. The one test of stdin for the single-file commands and ``batch -`` (which
    reads stdin as a stream, and sees only its head): "{Editor's note} ..." is text for both, and
    a record that fails to parse is an invalid record for both, never analysed as prose."""
    return _JSON_RECORD_OPENING.match(text) is not None


def _stdin_suffix(text: str) -> str:
    """The suffix stdin is read by: text (none) unless it opens as JSON; then ``.json`` when the
    whole text is one record (pretty-printed or not), ``.jsonl`` when its first line is, and
    ``.json`` otherwise, so that the parse error names its line."""
    if not opens_json_record(text):
        return ""
    for candidate, suffix in ((text, ".json"), (text.split("\n", 1)[0], ".jsonl")):
        try:
            json.loads(candidate)
        except (ValueError, RecursionError):  # no JSON: several records, or a broken record
            continue
        return suffix
    return ".json"


def iter_articles(
    path: str, config: IngestConfig | None = None, *, data: bytes | None = None
) -> Iterator[Article | InputError]:
    """Every article in one input (a file, or ``-``): one for text/HTML, many for JSON/JSONL.

    Bad JSONL lines come out as :class:`InputError` items (with the line number), so a batch run
    can record them and go on; a whole-file problem raises.
    """
    cfg = config or IngestConfig()
    raw = read_input_bytes(path) if data is None else data
    text = decode_bytes(raw, path)
    suffix = _stdin_suffix(text) if path == "-" else Path(path).suffix.lower()
    stem = "stdin" if path == "-" else Path(path).stem
    if is_html(text, suffix):
        yield _html_article(text, path, cfg)
        return
    if suffix in {".jsonl", ".ndjson"}:
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield jsonl_record(line, path, n, stem, cfg)
        return
    if suffix == ".json":
        try:
            record = load_json(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg} (line {exc.lineno})", path=path) from None
        if not isinstance(record, list):
            yield article_from_record(record, path=path, config=cfg, default_id=stem)
            return
        for i, rec in enumerate(record):  # a bad item is reported, and the next ones still read
            item_id = stem if len(record) == 1 else f"{stem}:{i}"
            try:
                yield article_from_record(rec, path=path, config=cfg, default_id=item_id)
            except InputError as err:
                bad = InputError(f"item [{i}]: {err.reason}", path=path)
                bad.record_id = _usable_id(rec)
                yield bad
        return
    yield article_from_text(text, id=stem, source_path=None if path == "-" else path, config=cfg)


def read_article(path: str, config: IngestConfig | None = None) -> Article:
    """Exactly one article from ``path``. A JSON array or JSONL file with more than one record
    is refused (``factkit batch`` reads those), never cut to its first record; one with a bad
    record is refused by the first bad one's place and fault, with what else the file holds."""
    good = bad = 0
    first: Article | None = None
    first_bad: InputError | None = None
    for item in iter_articles(path, config):
        if isinstance(item, InputError):
            bad += 1
            first_bad = item if first_bad is None else first_bad
        else:
            good += 1
            first = item if first is None else first
    if first_bad is not None:
        raise first_bad if good + bad == 1 else _bad_among_several(first_bad, good, bad, path)
    if first is None:
        raise InputError("no records found", path=path)
    if good > 1:
        raise InputError(
            f"holds {good} records, and this command reads one; "
            f"use `factkit batch {path} -o OUT.jsonl` for all of them",
            path=path,
        )
    return first


def _bad_among_several(first_bad: InputError, good: int, bad: int, path: str) -> InputError:
    """The error for a file of several records, some of them bad: the first bad one by its
    place (``file:line:column``) and fault, then what the file holds. "holds 2 records" for one
    good line and one broken line counted the broken line as a record and named neither."""
    unit = "lines" if first_bad.line is not None else "items"
    more = f"; {bad - 1} more bad" if bad > 1 else ""
    return InputError(
        f"{first_bad.reason}{more} ({good + bad} {unit}: {good} good {_records(good)}, "
        f"{bad} bad); this command reads one record: mend the file, or run "
        f"`factkit batch {path} -o OUT.jsonl`, which reads each good record and lists the bad",
        path=first_bad.path,
        line=first_bad.line,
        column=first_bad.column,
    )


def _records(n: int) -> str:
    return "record" if n == 1 else "records"
