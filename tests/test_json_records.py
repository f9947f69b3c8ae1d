"""JSON records -> Article: fields, dates, ids, bad records named by their line, JSON that
json.loads would read wrong or not at all."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factkit.config import IngestConfig
from factkit.errors import InputError
from factkit.ingest import iter_articles, read_article
from factkit.json_records import file_id, is_usable_id, jsonl_record, opens_json_record


def test_jsonl_records_and_bad_line_number(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text(
        json.dumps({"id": "a", "text": "One.", "date": "2020-01-02", "title": "T"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "body": "no text field"})
        + "\n"
        + json.dumps({"text": "Unnamed."})
        + "\n",
        encoding="utf-8",
    )
    items = list(iter_articles(str(f)))
    assert items[0].id == "a" and items[0].date == dt.date(2020, 1, 2) and items[0].title == "T"
    assert (
        isinstance(items[1], InputError) and items[1].line == 2 and "docs.jsonl:2" in str(items[1])
    )
    assert isinstance(items[2], InputError) and "no 'text'" in str(items[2])
    assert items[3].id == "docs:4"


def test_bad_date_in_record(tmp_path: Path) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"id": "x", "text": "Hi.", "date": "yesterday"}), encoding="utf-8")
    with pytest.raises(InputError, match="date: expected YYYY-MM-DD"):
        read_article(str(f))


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2019-09-05", dt.date(2019, 9, 5)),
        (" 2019-09-05 ", dt.date(2019, 9, 5)),
        ("2019-09-05T10:00:00+02:00", dt.date(2019, 9, 5)),
        ("2019-09-05T23:30:00-05:00", dt.date(2019, 9, 5)),  # as written, not moved to UTC
        ("2019-09-05 10:00", dt.date(2019, 9, 5)),
        ("2019-09-05T10:00:00.500Z", dt.date(2019, 9, 5)),
        ("", None),
        (None, None),
    ],
)
def test_record_date_forms(tmp_path: Path, value: str | None, date: dt.date | None) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"text": "Rain fell on Tuesday.", "date": value}), encoding="utf-8")
    assert read_article(str(f)).date == date


@pytest.mark.parametrize(
    ("value", "why"),
    [
        # the first ten characters were read, so a garbage tail passed as a valid date
        ("2019-09-05garbage", "got '2019-09-05garbage'"),
        ("2019-09-05 was a Thursday", "got '2019-09-05 was a Thursday'"),
        ("5 September 2019", "got '5 September 2019'"),
        ("2019-09-05T25:00", "got '2019-09-05T25:00'"),
        ("x" * 500, "got " + repr("x" * 40) + "... (500 characters)"),
        (20190905, "expected a string, got a number"),
        (["2019-09-05"], "expected a string, got a list"),
    ],
)
def test_record_date_refused_with_one_line(tmp_path: Path, value: object, why: str) -> None:
    f = tmp_path / "one.json"
    f.write_text(json.dumps({"text": "Rain fell on Tuesday.", "date": value}), encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_article(str(f))
    message = str(err.value)
    assert message.startswith(f"{f}: date: ") and message.endswith(why) and "\n" not in message


def test_a_jsonl_record_with_a_repeated_key_keeps_its_own_id(tmp_path: Path) -> None:
    # it was "recs:1" in batch's errors file though the record names itself "i"
    f = tmp_path / "recs.jsonl"
    f.write_text(
        '{"id": "i", "text": "One.", "text": "Two."}\n{"id": "j", "id": "k", "text": "x"}\n'
        '{"id": "m", "meta": {"a": 1, "a": 2}, "text": broken\n',
        encoding="utf-8",
    )
    first, second, third = iter_articles(str(f))
    assert isinstance(first, InputError) and "key 'text' given twice" in str(first)
    assert first.record_id == "i"
    assert isinstance(second, InputError) and second.record_id is None  # which id is its?
    assert isinstance(third, InputError) and third.record_id is None  # no JSON, no id


def test_nul_in_a_record_or_utf16_text_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps({"id": "x", "text": "a\u0000b"}), encoding="utf-8")
    with pytest.raises(InputError, match="NUL character"):
        read_article(str(f))
    g = tmp_path / "w.txt"
    g.write_bytes("a\u0000b".encode("utf-16"))
    with pytest.raises(InputError, match="NUL character"):
        read_article(str(g))


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_unpaired_surrogate_escape_in_a_record_is_refused(field: str, tmp_path: Path) -> None:
    # json.loads turns "\\ud800" into a lone surrogate: no encoder or output can take it, so it
    # crashed the tokenizer or the final write; it is bad input, named like a NUL
    record = {"id": "x", "text": "The mayor said 12 homes burned.", field: "a \ud800 b"}
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"text": "Fine."}) + "\n", "utf-8")
    items = list(iter_articles(str(f)))
    assert isinstance(items[0], InputError)
    assert str(items[0]) == (
        f"{f}:1: {field}: an unpaired surrogate (U+D800 at character 2); expected Unicode text"
    )
    assert items[1].text == "Fine."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("title", "Flood\x1b[2J", "001B"),
        ("section", "Lo\x00cal", "0000"),
        ("credit", "AP\x07", "0007"),
        ("url", "https://x.org/\x7f", "007F"),
        ("title", "Flood\x9b2J", "009B"),
    ],
)
def test_a_control_character_in_a_records_metadata_is_refused(
    field: str, value: str, code: str, tmp_path: Path
) -> None:
    # a NUL or ESC in a title went raw into the Markdown and CSV exports; refused as the text's
    # NUL is, naming the field, and the next record still reads
    record = {"id": "x", "text": "The mayor said 12 homes burned.", field: value}
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"text": "Fine."}) + "\n", "utf-8")
    items = list(iter_articles(str(f)))
    at = value.index(chr(int(code, 16)))
    assert str(items[0]) == (
        f"{f}:1: {field}: contains a control character (U+{code} at character {at}); expected text"
    )
    assert items[1].text == "Fine."  # type: ignore[union-attr]


def test_a_tab_in_a_title_is_still_read(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps({"text": "One.", "title": "Two\tcolumns"}), "utf-8")
    assert read_article(str(f)).title == "Two\tcolumns"


@pytest.mark.parametrize(
    ("field", "value", "code", "at"),
    [
        ("title", "Floods\nclose roads", "000A", 6),
        ("title", "Floods\r\n", "000D", 6),
        ("section", "Local\u2028News", "2028", 5),
        ("credit", "AP\u2029", "2029", 2),
        ("url", "https://x.org/a\rb", "000D", 15),
    ],
)
def test_a_line_break_in_a_records_one_line_field_is_refused_as_the_desk_refuses_it(
    field: str, value: str, code: str, at: int, tmp_path: Path
) -> None:
    # the desk refuses a title with a line break (422); a record's title went through, so a
    # batch run with --db archived titles the desk could not save. The next record still reads.
    record = {"id": "x", "text": "The mayor said 12 homes burned.", field: value}
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"text": "Fine."}) + "\n", "utf-8")
    items = list(iter_articles(str(f)))
    assert str(items[0]) == (
        f"{f}:1: {field}: contains a line break (U+{code} at character {at}); expected one line"
    )
    assert items[1].text == "Fine."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [("title", ["x"], "a list"), ("id", {"n": 1}, "an object"), ("url", True, "a boolean")],
)
def test_a_metadata_value_that_is_no_string_is_refused(
    field: str, value: object, kind: str, tmp_path: Path
) -> None:
    # str() made a title ['x'] into "['x']" and an id {"n": 1} into "{'n': 1}" in the report
    record = {"id": "x", "text": "The mayor said 12 homes burned.", field: value}
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"text": "Fine."}) + "\n", "utf-8")
    items = list(iter_articles(str(f)))
    assert isinstance(items[0], InputError)
    assert str(items[0]) == f"{f}:1: {field}: expected a string, got {kind}"
    assert items[1].text == "Fine."  # type: ignore[union-attr]


def test_a_numeric_id_or_title_is_still_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps({"id": 17, "title": 2021, "text": "Fine."}), "utf-8")
    article = read_article(str(f))
    assert (article.id, article.title) == ("17", "2021")


def test_a_jsonl_record_past_max_chars_names_its_line(tmp_path: Path) -> None:
    from factkit.config import IngestConfig

    path = tmp_path / "recs.jsonl"
    lines = [{"id": "a", "text": "short"}, {"id": "b", "text": "x" * 50}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    items = list(iter_articles(str(path), IngestConfig(max_chars=20)))
    assert items[0].text == "short"  # type: ignore[union-attr]
    assert isinstance(items[1], InputError)
    assert str(items[1]).startswith(f"{path}:2: 50 characters")


def _refused_alone_and_as_a_jsonl_line(
    tmp_path: Path, name: str, record: str, match: str
) -> tuple[str, Path]:
    """``record`` as a .json file is refused (``match``); as line 1 of a .jsonl file it is an
    error item and line 2 still reads. Returns the error item's text and the .jsonl path."""
    f = tmp_path / f"{name}.json"
    f.write_text(record, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        read_article(str(f))
    g = tmp_path / f"{name}.jsonl"
    g.write_text(record + "\n" + json.dumps({"text": "Fine."}) + "\n", encoding="utf-8")
    items = list(iter_articles(str(g)))
    assert items[1].text == "Fine."  # type: ignore[union-attr]
    return str(items[0]), g


def test_json_nested_too_deeply_is_invalid_json_and_the_next_line_still_reads(
    tmp_path: Path,
) -> None:
    # json.loads raised RecursionError: a traceback for one file, and in a batch the whole JSONL
    # file failed at that line
    deep = "[" * 100_000 + "]" * 100_000
    error, g = _refused_alone_and_as_a_jsonl_line(
        tmp_path, "deep", deep, r"deep\.json: invalid JSON: nested too deeply"
    )
    assert error == f"{g}:1:1: invalid JSON: nested too deeply"


def test_a_number_past_pythons_digit_limit_is_invalid_json(tmp_path: Path) -> None:
    # json.loads raised ValueError ('Exceeds the limit (4300 digits)'): a traceback for
    # `factkit claims a.json`, and a 500 for the desk's upload of it
    big = '{"id": ' + "9" * 5000 + ', "text": "The mayor said 5 homes burned."}'
    error, g = _refused_alone_and_as_a_jsonl_line(
        tmp_path, "big", big, r"big\.json: invalid JSON: a number of more than 4300 digits"
    )
    assert error == f"{g}:1:8: invalid JSON: a number of more than 4300 digits"


def test_bytes_that_are_not_utf8_are_not_named_a_number_past_the_digit_limit() -> None:
    # load_json read the decoding error as a ValueError of a too long number (the desk reads
    # request bodies, bytes, with it)
    from factkit.json_records import load_json

    with pytest.raises(UnicodeDecodeError):
        load_json(b'{"text": "caf\xe9 owner said 3"}')
    with pytest.raises(UnicodeDecodeError):
        load_json('{"text": "x said 3"}'.encode("utf-16")[:-1])
    assert load_json('{"text": "x said 3"}'.encode("utf-16")) == {"text": "x said 3"}


def test_a_key_given_twice_is_invalid_json_and_the_next_line_still_reads(tmp_path: Path) -> None:
    # json.loads keeps the last value silently: the record's first text was never checked
    twice = '{"id": "a", "text": "The mayor said 5 homes burned.", "text": "Nothing."}'
    error, g = _refused_alone_and_as_a_jsonl_line(
        tmp_path, "twice", twice, r"twice\.json: invalid JSON: key 'text' given twice"
    )
    assert error == f"{g}:1:55: invalid JSON: key 'text' given twice"
    # the same key in two objects of an array is no duplicate
    h = tmp_path / "two.json"
    h.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    assert [a.text for a in iter_articles(str(h))] == ["One.", "Two."]  # type: ignore[union-attr]


def test_a_jsonl_line_gives_its_article_or_the_reason_it_has_none() -> None:
    # one reader for a JSONL line, shared by the single-file commands and batch
    cfg = IngestConfig()
    article = jsonl_record('{"text": "Ten people came."}', "f.jsonl", 3, "f", cfg)
    assert not isinstance(article, InputError) and article.id == "f:3"
    bad = jsonl_record('{"text": ', "f.jsonl", 4, "f", cfg)
    assert isinstance(bad, InputError) and bad.line == 4 and "invalid JSON" in bad.reason
    no_text = jsonl_record('{"id": "x"}', "f.jsonl", 5, "f", cfg)
    assert isinstance(no_text, InputError) and no_text.line == 5


def test_a_byte_order_mark_where_two_jsonl_files_were_joined_is_read_past(
    tmp_path: Path,
) -> None:
    # `cat a.jsonl b.jsonl`, b saved with a BOM: its first record was refused with
    # "Unexpected UTF-8 BOM (decode using utf-8-sig)"
    f = tmp_path / "joined.jsonl"
    f.write_bytes(
        b'{"id": "a", "text": "The mayor spoke."}\r\n'
        b'\xef\xbb\xbf{"id": "b", "text": "Ten people came."}\r\n'
        b'\xef\xbb\xbf{"id": "c", "text": }\n'
    )
    items = list(iter_articles(str(f)))
    assert [getattr(i, "id", None) for i in items[:2]] == ["a", "b"]
    assert items[1].text == "Ten people came."  # type: ignore[union-attr]
    assert str(items[2]) == f"{f}:3:21: invalid JSON: Expecting value"
    bad_bom = jsonl_record('{"text": "x"}\ufeff', "f.jsonl", 1, "f", IngestConfig())
    assert isinstance(bad_bom, InputError)  # only a mark opening the line is read past


@pytest.mark.parametrize(
    ("piped", "is_json"),
    [
        ('{"id": "x"}', True),
        ('\ufeff\n  {\n  "text": "x"}', True),
        ("{}", True),
        ("{Editor's note} The mayor said 12 homes burned.", False),
        ("{ Correction } Police said 3 men fled.", False),
        ("The mayor said {12} homes burned.", False),
        ('["x"]', False),
    ],
)
def test_opens_json_record_judges_stdin_by_its_opening(piped: str, is_json: bool) -> None:
    assert opens_json_record(piped) is is_json


@pytest.mark.parametrize("end", ["\n", "\r\n", ""])
def test_a_record_cut_short_names_its_column_whatever_its_line_end(end: str) -> None:
    # batch streams lines with their line end: a cut record was "column 1" (of a second line)
    bad = jsonl_record('{"id": "b", "text":' + end, "r.jsonl", 2, "r", IngestConfig())
    assert isinstance(bad, InputError)
    assert str(bad) == "r.jsonl:2:20: invalid JSON: Expecting value", str(bad)
    assert (bad.line, bad.column) == (2, 20)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("archive/storm.txt", "storm"),
        ("-", "stdin"),
        ("a/line\nbreak.md", "line_break"),
        ("tab\tand\x1besc\x9b.html", "tab_and_esc_"),
        ("caf\udce9.txt", "caf_"),  # a byte that is not UTF-8, as os.fsdecode keeps it
        ("Zürich café.txt", "Zürich café"),
    ],
)
def test_a_files_id_is_its_stem_with_no_control_character(path: str, expected: str) -> None:
    assert file_id(path) == expected
    assert is_usable_id(file_id(path))
