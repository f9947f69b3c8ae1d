"""Plain text -> :class:`Article`: the metadata a news export puts in the text itself (a leading
" date YYYY-MM-DD Section" line, Markdown or Hugo front matter, a closing "Source: AP" line, a
Markdown title), the size limit and the language warning. Every reader (text, JSON record, HTML
page) ends here, so the fields are read one way whatever the format."""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any

from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError
from factkit.front_matter import front_matter_end
from factkit.language import UNDETERMINED, detect_language, language_name
from factkit.line_ends import lone_cr_as_lf

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


def iso_date(text: str) -> dt.date | None:
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
    date = iso_date(str(value).strip())
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


# the most bytes one character of an input takes: 4 in UTF-8 (and UTF-16/32), 12 as a JSON
# escape of a surrogate pair ("\ud83d\ude00"; HTML's "&#x1F600;" takes 9); a byte-order mark
# adds 4. Markup past that (an HTML page 12 times its text) is refused with the article.
_BYTES_PER_CHAR = 12
_BOM_BYTES = 4


def input_byte_limit(config: IngestConfig) -> int:
    """The most bytes an input of one article (text, Markdown, HTML, a JSON record) is read to:
    past it, no encoding fits the text into ``ingest.max_chars`` characters, and the rest is
    left unread (a stream without end, or a file of 10 GB, was read whole before the check)."""
    return _BYTES_PER_CHAR * config.max_chars + _BOM_BYTES


def check_byte_size(
    data: bytes,
    path: str | None,
    config: IngestConfig,
    what: str = "article",
    raise_limit: str = CLI_RAISE_LIMIT,
    line: int | None = None,
) -> None:
    """:func:`check_size`'s line for an input (or the JSONL line ``line``) read to
    :func:`input_byte_limit` and found longer, before any decoding."""
    limit = input_byte_limit(config)
    if len(data) > limit:
        raise InputError(
            f"more than {limit:,} bytes, more than ingest.max_chars ({config.max_chars:,}) "
            f"characters in any encoding; split the {what}, or raise the limit with "
            f"{raise_limit}",
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
