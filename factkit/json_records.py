"""JSON records -> :class:`Article`: one record's validation (a ``text`` string, metadata that is
text, a date that is one, a usable id, no key given twice, no lone surrogate) and its message,
for a ``.json`` file, a JSONL line or piped-in JSON. A bad JSONL line is returned as the error
that names it, so a batch records it and reads on."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from factkit.article_text import article_from_text, check_size, iso_date
from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError, control_or_undecoded
from factkit.text_checks import control_character, line_break, refuse_nul, unpaired_surrogate


def _refuse_surrogates(record: dict[str, Any], path: str, line: int | None) -> None:
    for key in ("text", "article", "id", "title", "section", "credit", "url"):
        value = record.get(key)
        if isinstance(value, str) and (why := unpaired_surrogate(value)):
            raise InputError(f"{key}: {why}", path=path, line=line)


# the metadata a report shows on a line of its own (the id has its own rule, is_usable_id)
_ONE_LINE_FIELDS = ("title", "section", "credit", "url")


def _refuse_controls(record: dict[str, Any], path: str, line: int | None) -> None:
    """A NUL or ESC in a title went raw into the Markdown and CSV exports: refused, as the
    article text's NUL is, naming the field. A line break is refused too, as the desk refuses
    one in a title: a headline is one line in every checklist, and batch reports go into the
    desk's archive (``--db``), which should hold no title the desk itself would refuse."""
    for key in _ONE_LINE_FIELDS:
        value = record.get(key)
        if not isinstance(value, str):
            continue
        if why := control_character(value):
            raise InputError(f"{key}: {why}; expected text", path=path, line=line)
        if why := line_break(value):
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
        # bytes that are not UTF-8 (UTF-16, UTF-32) are named by their own error, not as a number
        if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
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
    if (date := iso_date(text)) is not None:
        return date
    shown = repr(text) if len(text) <= 40 else f"{text[:40]!r}... ({len(text)} characters)"
    raise InputError(f"date: expected {_DATE_FORMS}, got {shown}", path=path, line=line)


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
    refuse_nul(text, path, line)
    _refuse_surrogates(record, path, line)
    _refuse_controls(record, path, line)

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


def jsonl_record(
    line: str, path: str, n: int, stem: str, config: IngestConfig
) -> Article | InputError:
    """The article of line ``n`` of a JSONL file, or the InputError that says why it has none
    (returned, not raised: a bad line is reported and the next ones are still read). Its id,
    when the record gives none, is ``stem:n``."""
    # a streamed line keeps its line end: a record cut short was "column 1" of a second line.
    # A byte-order mark opening a line is where `cat a.jsonl b.jsonl` joined a file that had
    # one: invisible, and no JSON ("Unexpected UTF-8 BOM (decode using utf-8-sig)" refused the
    # record). Columns count from after it, as an editor shows the line.
    line = line.rstrip("\r\n").removeprefix("\ufeff")
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
        err.record_id = usable_id(record)
        return err


def _id_despite_a_repeated_key(line: str, exc: json.JSONDecodeError) -> str | None:
    """The id of a record refused only for a key other than "id" given twice: it still names
    itself, so the errors file can say which record to mend (README: a failed record keeps its
    own id), as it does for a record refused for its date."""
    if not exc.msg.endswith("given twice") or exc.msg.startswith("key 'id' "):
        return None
    try:  # the repeat may sit in an inner object, before a fault of its own
        return usable_id(json.loads(line))
    except (ValueError, RecursionError):
        return None


def usable_id(record: Any) -> str | None:
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
    return bool(value.strip()) and not any(map(control_or_undecoded, value))


def file_id(path: str) -> str:
    """The id of the article a file holds: its name without the suffix, ``stdin`` for ``-``,
    with each control character or byte that is not UTF-8 as "_" ("line\\nbreak.txt" ->
    ``line_break``), as no record's own id may hold one: the id names the document in reports,
    the desk's URLs and archive, and checklist headings."""
    stem = "stdin" if path == "-" else Path(path).stem
    return "".join("_" if control_or_undecoded(c) else c for c in stem)


# "{" then, past white space, a key's quote or the closing brace: how any JSON record opens, and
# how no prose does ("{Editor's note} ...")
_JSON_RECORD_OPENING = re.compile(r'[\ufeff \t\r\n]*\{[ \t\r\n]*["}]')


def opens_json_record(text: str) -> bool:
    """Whether piped-in text is JSON (one record, or JSONL) rather than prose, judged by its
    opening alone. The one test of stdin for the single-file commands and ``batch -`` (which
    reads stdin as a stream, and sees only its head): "{Editor's note} ..." is text for both, and
    a record that fails to parse is an invalid record for both, never analysed as prose."""
    return _JSON_RECORD_OPENING.match(text) is not None
