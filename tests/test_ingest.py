"""Ingestion: text encodings, metadata lines, JSON/JSONL records, HTML, errors naming the file."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.config import IngestConfig
from factkit.document import Article
from factkit.errors import InputError
from factkit.ingest import (
    article_from_text,
    decode_bytes,
    is_blank,
    iter_articles,
    jsonl_record,
    opens_json_record,
    read_article,
)
from factkit.split import split_sentences


def test_seed_metadata_line_gives_date_section_and_credit(seed_text: str) -> None:
    art = article_from_text(seed_text)
    assert art.date == dt.date(2021, 8, 10)
    assert art.section == "Fast News"
    assert art.credit == "AP"
    assert art.text == seed_text  # the metadata stays in the text (a dateline segment)


@pytest.mark.parametrize(
    ("head", "date", "section"),
    [
        # spaces before a lone "\r" were split every way between three parts of the pattern
        # (cubic: 2,000 spaces took 27 s); a lone "\r" now ends the line (old Mac files)
        ("date 2021-08-10" + " " * 3_000 + "\rNews", dt.date(2021, 8, 10), None),
        ("date 2021-08-10 Fast" + " \t" * 3_000 + "\rNews", dt.date(2021, 8, 10), "Fast"),
        (" " * 3_000 + "\r\n", None, None),
        # the section is the rest of the line with its spaces and tabs stripped, as before
        (" \ufeff\n\n  DATE 2021-08-10 \t Fast  News \t\r\n", dt.date(2021, 8, 10), "Fast  News"),
        ("date 2021-08-10" + " " * 3_000 + "\n", dt.date(2021, 8, 10), None),
    ],
)
def test_a_metadata_line_with_long_runs_of_spaces(
    head: str, date: dt.date | None, section: str | None
) -> None:
    art = article_from_text(head + "The council met on Monday.\n")
    assert (art.date, art.section) == (date, section)


def test_a_one_line_article_after_a_metadata_line_is_read_in_little_memory() -> None:
    # the section ran to the end of the line through a repeated group, which kept re state for
    # each character: a 5 MB article on one line peaked at about 150 bytes a character here
    body = "The mayor said 5 people died on Tuesday. " * 5_000
    text = " date 2021-08-10 Fast News " + body
    tracemalloc.start()
    try:
        art = article_from_text(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (art.date, art.section) == (dt.date(2021, 8, 10), "Fast News " + body.rstrip())
    assert peak < 10 * len(text)


def test_old_mac_line_endings_give_the_metadata_line_and_credit() -> None:
    # with lone "\r" line ends the metadata line ran to the end of the text (no date, no
    # section) and no closing credit line was found
    text = " date 2022-03-03 City Desk\rThe council met on Thursday.\rIt voted.\rSource: Reuters"
    art = article_from_text(text)
    assert (art.date, art.section, art.credit) == (dt.date(2022, 3, 3), "City Desk", "Reuters")
    assert art.text == text  # kept as read


@pytest.mark.parametrize(
    ("tail", "credit"),
    [
        ("\nSource: AP \t\n", "AP"),
        ("\nCredit:\tReuters and AFP  ", "Reuters and AFP"),
        ("\nSource:" + " " * 150 + "\rx", None),  # spaces before a lone "\r": 0.36 s
        ("\nSource:   \n", None),  # only spaces: no agency (was " ")
    ],
)
def test_a_closing_credit_line_names_a_visible_agency(tail: str, credit: str | None) -> None:
    assert article_from_text("The council met on Monday." + tail).credit == credit


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffHello world. Second one.".encode())
    assert read_article(str(f)).text == "Hello world. Second one."


def test_undecodable_bytes_name_the_file(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("caf\xe9 au lait".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 3\)"):
        read_article(str(f))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "img.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary file"):
        read_article(str(f))


@pytest.mark.parametrize(
    "data",
    [
        # a PDF of plain ASCII went through as text: "%PDF-1.4" and "endobj" became sentences
        b"%PDF-1.4\n1 0 obj << /Length 40 >> stream\nBT (The mayor said 5 died.) Tj ET\n"
        b"endstream endobj\n%%EOF\n",
        # one with binary bytes was "not valid UTF-8 ... convert it with iconv"
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    ],
)
def test_a_pdf_is_refused_with_what_to_do(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "report.pdf"
    f.write_bytes(data)
    with pytest.raises(InputError, match=r"report\.pdf: a PDF file; factkit reads .*pdftotext"):
        read_article(str(f))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "absent.txt"))


def test_a_broken_symlink_and_a_folder_say_what_they_are(tmp_path: Path) -> None:
    # "no such file" for a name `ls` shows; a folder given as a summary was told "`factkit
    # batch` takes folders"
    link = tmp_path / "a.txt"
    link.symlink_to(tmp_path / "moved.txt")
    with pytest.raises(InputError) as err:
        read_article(str(link))
    assert str(err.value) == (
        f"{link}: no such file (a symlink to {tmp_path / 'moved.txt'}, which is not there)"
    )
    (tmp_path / "old.txt").mkdir()
    with pytest.raises(InputError) as err:
        read_article(str(tmp_path / "old.txt"))
    assert str(err.value) == (
        f"{tmp_path / 'old.txt'}: is a folder, not a file (`factkit batch` reads folders)"
    )


def test_a_device_is_refused_and_a_named_pipe_is_read(tmp_path: Path) -> None:
    # "factkit split /dev/zero" read without end, its memory growing; /dev/null read as empty.
    # A named pipe is what `factkit claims <(curl ...)` hands the command: it is read.
    with pytest.raises(InputError) as err:
        read_article("/dev/null")
    assert str(err.value) == "/dev/null: a device, not a file (pipe text in with '-')"
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=("Police said 5 died.",))
    writer.start()
    assert read_article(str(fifo)).text == "Police said 5 died."
    writer.join()


def test_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert read_article(str(f)).text == ""


@pytest.mark.parametrize(
    "text,blank",
    [
        ("", True),
        (" \n\t\r\n", True),
        ("\u200b\u200c\u200d\ufeff\u2060 \u00ad\u200e\u202e", True),  # invisible format marks
        ("\u200ba", False),
        ("\U0001f600", False),  # an emoji is something to read
        ("\u0301", False),  # so is a lone combining mark
    ],
)
def test_blank_means_nothing_visible(text: str, blank: bool) -> None:
    # a file of zero-width spaces was analysed as one invisible "sentence" and summarised
    assert is_blank(text) is blank


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


NEEDS_TOMLLIB = pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib: Python 3.11+")


@pytest.mark.parametrize(
    ("block", "title", "date"),
    [
        ('title: "Ferry resumes"\ndate: 2021-08-10', "Ferry resumes", dt.date(2021, 8, 10)),
        (
            "title: Ferry resumes\ndate: 2021-08-10T23:30:00-05:00",
            "Ferry resumes",
            dt.date(2021, 8, 10),
        ),
        ("date: '2021-08-10'\ntags: [a, b]", None, dt.date(2021, 8, 10)),
        ("title: [a\ndate: 2021-08-10", None, None),  # not YAML: a warning, no fields
        pytest.param(
            'title = "Ferry resumes"\ndate = 2021-08-10',
            "Ferry resumes",
            dt.date(2021, 8, 10),
            marks=NEEDS_TOMLLIB,
        ),
        pytest.param(
            'title = "Ferry resumes"\ndate = 2021-08-10T23:30:00-05:00',
            "Ferry resumes",
            dt.date(2021, 8, 10),
            marks=NEEDS_TOMLLIB,
        ),
        ("title = [a\ndate = 2021-08-10", None, None),  # not TOML (or no tomllib): a warning
    ],
)
def test_markdown_front_matter_sets_title_and_date(
    tmp_path: Path, block: str, title: str | None, date: dt.date | None
) -> None:
    f = tmp_path / "page.md"
    fence = "+++" if " = " in block else "---"  # Hugo writes TOML between "+++" lines
    text = f"{fence}\n{block}\n{fence}\n\nThe ferry sailed again on Monday.\n"
    f.write_text(text, encoding="utf-8")
    article = read_article(str(f))
    assert (article.title, article.date, article.text) == (title, date, text)
    assert bool(article.warnings) is (title is None and date is None)


@pytest.mark.parametrize(
    "fence, block",
    [
        ("---", "title: " + "[" * 3000),
        pytest.param("+++", "title = " + "[" * 3000, marks=NEEDS_TOMLLIB),
    ],
)
def test_front_matter_nested_past_the_parser_is_a_warning(
    tmp_path: Path, fence: str, block: str
) -> None:
    # the YAML and TOML parsers recurse per nesting level: a RecursionError escaped as a traceback
    f = tmp_path / "page.md"
    text = f"{fence}\n{block}\n{fence}\n\nThe ferry sailed again on Monday.\n"
    f.write_text(text, encoding="utf-8")
    article = read_article(str(f))
    assert (article.title, article.date, article.text) == (None, None, text)
    assert article.warnings == (
        "front matter: nested too deeply, so its title and date are not read",
    )


def test_markdown_title(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("# Big news today\n\nSomething happened.\n", encoding="utf-8")
    art = read_article(str(f))
    assert art.title == "Big news today"
    assert art.text.startswith("# Big news")


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    body = " ".join(["The council approved the budget of 4 million dollars on Monday."] * 6)
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Council votes</title>"
        '<meta property="article:published_time" content="2023-05-04T10:00:00Z"></head>'
        f"<body><nav>Home | About</nav><article><h1>Council votes</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    art = read_article(str(f))
    assert "approved the budget" in art.text
    assert "Home | About" not in art.text
    assert art.title == "Council votes"
    assert art.date == dt.date(2023, 5, 4)


def test_html_page_furniture_is_left_out(tmp_path: Path) -> None:
    # what README says the HTML reader leaves out; offsets index the text it keeps
    f = tmp_path / "fire.html"
    f.write_text(
        "<html><body><div class='cookie-banner'>We use cookies. Accept all cookies.</div>"
        "<script>var total = 'Police said 999 died';</script><article><h1>Fire in depot</h1>"
        "<p class='byline'>By Ann Lee, Reuters</p>"
        "<p>A fire destroyed a bus depot in Leeds on Sunday, and 40&nbsp;buses were lost, the "
        "operator said in a statement on Monday morning.</p><figure><img src='d.jpg'>"
        "<figcaption>Smoke rises over the depot on Sunday night.</figcaption></figure>"
        "<p>Nobody was hurt, the fire service said.<br>Roads stayed closed for 12 hours.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    text = read_article(str(f)).text
    assert "buses were lost" in text and "Roads stayed closed for 12 hours." in text
    for left_out in ("cookies", "999", "Ann Lee"):
        assert left_out not in text


def test_html_figcaptions_are_kept_as_captions(tmp_path: Path) -> None:
    # trafilatura drops a <figure> whole, so a fact only its caption states was no evidence
    f = tmp_path / "storm.html"
    f.write_text(
        "<html><body><article><h1>Storm hits coast</h1>"
        "<p>A storm hit the coast of Kent on Monday, officials said, and power was cut to 5,000 "
        "homes in Dover, the power company said in a statement.</p>"
        "<figure><img src='a.jpg'><div><figcaption>Workers repair a power line\n   in Dover "
        "on Tuesday.</figcaption></div></figure> "
        "<p>Repair crews from three counties worked through the night, the company said, and "
        "about 40 roads were closed by fallen trees, police said on Tuesday.</p>"
        "<figure><img src='b.jpg'><figcaption>Fallen tree</figcaption></figure>"
        "<p>The storm is the worst to hit the county since 1987, the Met Office said, and more "
        "rain is due on Thursday and Friday across the south-east.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = read_article(str(f))
    sentences = split_sentences(article.text)
    captions = [s.text for s in sentences if s.kind == "caption"]
    assert captions == [
        "Caption: Workers repair a power line in Dover on Tuesday.",
        "Caption: Fallen tree",
    ]
    assert all(article.text[s.start : s.end] == s.text for s in sentences)
    body = [s.text for s in sentences if s.kind == "body"]
    assert body[1].startswith("Repair crews") and body[-1].startswith("The storm is the worst")
    assert "\ue000" not in article.text


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


def test_html_nested_past_255_levels_keeps_its_deep_text(tmp_path: Path) -> None:
    # libxml2 drops what lies past 255 levels: the second paragraph (and its claim) vanished
    # from the report without a word; with a figure on the page too
    deep = "<div>" * 300 + "<p>Police said 45 people died, and the toll may rise to 60.</p>"
    f = tmp_path / "deep.html"
    f.write_text(
        "<html><body><article><p>The minister said on Monday that the flood had reached the "
        "old town and that the schools would close.</p><figure><img src='a.jpg'><figcaption>"
        f"Water in the old town.</figcaption></figure>{deep}{'</div>' * 300}</article></body>"
        "</html>",
        encoding="utf-8",
    )
    text = read_article(str(f)).text
    assert "schools would close" in text and "Caption: Water in the old town." in text
    assert "the toll may rise to 60." in text


def test_html_nested_past_the_parsers_limit_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "deeper.html"
    f.write_text(
        "<html><body>" + "<div>" * 2100 + "<p>The minister said 45 people died on Monday.</p>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=rf"^{f}: elements nested more than 2048 deep"):
        read_article(str(f))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(encoding: str, tmp_path: Path) -> None:
    text = "Café owners said 12 roads were closed.\nSecond line."
    data = text.encode(encoding)
    if not encoding.endswith(("16", "32")):  # the -le/-be codecs write no BOM: add it
        data = ("\ufeff").encode(encoding) + data
    f = tmp_path / "u.txt"
    f.write_bytes(data)
    assert read_article(str(f)).text == text


@pytest.mark.parametrize("offset", [0, 5, 8191, 8192, 50_000])
def test_nul_byte_anywhere_is_refused(offset: int, tmp_path: Path) -> None:
    body = b"word " * 20_000
    f = tmp_path / "n.txt"
    f.write_bytes(body[:offset] + b"\x00" + body[offset:])
    with pytest.raises(InputError, match=rf"n\.txt: contains a NUL byte \(offset {offset}\)"):
        read_article(str(f))


def test_nul_in_a_record_or_utf16_text_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps({"id": "x", "text": "a\u0000b"}), encoding="utf-8")
    with pytest.raises(InputError, match="NUL character"):
        read_article(str(f))
    g = tmp_path / "w.txt"
    g.write_bytes("a\u0000b".encode("utf-16"))
    with pytest.raises(InputError, match="NUL character"):
        read_article(str(g))


def test_a_bad_record_in_a_json_array_does_not_hide_the_rest(tmp_path: Path) -> None:
    # [{good}, 5, {good}]: the 5 raised, so the batch recorded the whole file as failed at the
    # 5 and never read the third record
    f = tmp_path / "arr.json"
    records = [{"id": "a", "text": "One."}, 5, {"id": "c", "text": "Three."}]
    records.append({"text": "x", "date": "soon"})
    f.write_text(json.dumps(records), encoding="utf-8")
    items = list(iter_articles(str(f)))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c", None]
    assert str(items[1]) == f"{f}: item [1]: expected a JSON object with a 'text' field"
    assert str(items[3]).startswith(f"{f}: item [3]: date: expected YYYY-MM-DD")
    assert str(items[3]).endswith(", got 'soon'")
    with pytest.raises(
        InputError, match=r"item \[1\]: .*; 1 more bad \(4 items: 2 good records, 2 bad\)"
    ):
        read_article(str(f))


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


@pytest.mark.parametrize(
    "name,content,count",
    [
        ("d.jsonl", '{"text": "One."}\n{"text": "Two."}\n\n{"text": "Three."}\n', 3),
        ("d.json", '[{"text": "One."}, {"text": "Two."}]', 2),
    ],
)
def test_single_article_reader_refuses_several_records(
    name: str, content: str, count: int, tmp_path: Path
) -> None:
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=rf"holds {count} records.*factkit batch"):
        read_article(str(f))


@pytest.mark.parametrize(
    ("name", "content", "where", "holds"),
    [
        (
            "d.jsonl",
            '{"text": "One."}\n{"text": "Two\n',
            ":2:10",
            "(2 lines: 1 good record, 1 bad)",
        ),
        ("d.jsonl", 'oops\n{"text": "One."}\n\n[\n', ":1:1", "; 1 more bad (3 lines: 1 good"),
        ("d.json", '[{"text": "One."}, 5, {"text": "Two."}]', ": item [1]:", "(3 items: 2 good"),
    ],
)
def test_several_records_with_a_bad_one_name_it_and_count_what_they_mean(
    name: str, content: str, where: str, holds: str, tmp_path: Path
) -> None:
    # a good line and a broken one read "holds 2 records": the broken line counted as a record,
    # and neither its line nor its fault was named
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(str(f))
    message = str(caught.value)
    assert message.startswith(f"{f}{where}"), message
    assert holds in message and "holds" not in message
    assert message.endswith(
        f"`factkit batch {f} -o OUT.jsonl`, which reads each good record and lists the bad"
    )


def test_single_record_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "One."}\n\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"id": "b", "text": "Two."}]', encoding="utf-8")
    assert read_article(str(tmp_path / "a.jsonl")).id == "a"
    assert read_article(str(tmp_path / "b.json")).text == "Two."


def test_invalid_metadata_date_is_a_warning(seed_text: str) -> None:
    art = article_from_text(seed_text.replace("2021-08-10", "2021-13-45", 1))
    assert art.date is None and art.section == "Fast News"
    assert len(art.warnings) == 1 and "'2021-13-45' is not a valid date" in art.warnings[0]
    assert article_from_text(seed_text).warnings == ()


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff")),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_any_text_round_trips_through_a_bom_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "t.txt") == text


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300), at=st.integers(min_value=0, max_value=300))
def test_nul_is_always_refused_or_the_file_is_a_bom_encoding(data: bytes, at: int) -> None:
    blob = data[:at] + b"\x00" + data[at:]
    try:
        text = decode_bytes(blob, "b.bin")
    except InputError as err:
        assert "NUL" in str(err) or "not valid" in str(err) or blob.startswith(b"%PDF-")
    else:  # only a UTF-16/32 BOM lets NUL bytes through, and then the decoded text has no NUL
        assert blob.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))
        assert "\x00" not in text


def test_an_article_past_max_chars_is_one_error_line_naming_file_and_limit(
    tmp_path: Path,
) -> None:
    from factkit.config import IngestConfig

    path = tmp_path / "long.txt"
    path.write_text("word " * 40, encoding="utf-8")  # 200 characters
    with pytest.raises(InputError) as info:
        read_article(str(path), IngestConfig(max_chars=199))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: 200 characters")
    assert "ingest.max_chars (199)" in message
    assert read_article(str(path), IngestConfig(max_chars=200)).text == "word " * 40


def test_a_jsonl_record_past_max_chars_names_its_line(tmp_path: Path) -> None:
    from factkit.config import IngestConfig

    path = tmp_path / "recs.jsonl"
    lines = [{"id": "a", "text": "short"}, {"id": "b", "text": "x" * 50}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    items = list(iter_articles(str(path), IngestConfig(max_chars=20)))
    assert items[0].text == "short"  # type: ignore[union-attr]
    assert isinstance(items[1], InputError)
    assert str(items[1]).startswith(f"{path}:2: 50 characters")


def test_the_cli_prints_the_max_chars_error_as_one_line_and_exits_2(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    path = tmp_path / "long.txt"
    path.write_text("The mayor said 12 homes burned. " * 20, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [
            *(sys.executable, "-c", "from factkit.cli import main; main()", "claims", str(path)),
            *("--set", "ingest.max_chars=100", "--format", "json"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=300,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and "ingest.max_chars (100)" in lines[0]


def test_a_name_too_long_or_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    # Path.is_dir() raises ENAMETOOLONG (only "missing" errors are swallowed): a traceback
    loop = tmp_path / "loop1"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    with pytest.raises(InputError, match=r"cannot read: File name too long"):
        read_article(str(tmp_path / ("a" * 300 + ".txt")))
    with pytest.raises(InputError, match=r"loop1: cannot read: Too many levels of symbolic links"):
        read_article(str(loop))


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


_PIPED_RECORD = {"id": "dam-7", "text": "The mayor said 12 homes burned.", "date": "2021-08-10"}


@pytest.mark.parametrize(
    "piped",
    [
        json.dumps(_PIPED_RECORD),  # one line, as `jq -c` writes it
        json.dumps(_PIPED_RECORD, indent=2),  # pretty-printed
        "\ufeff" + json.dumps(_PIPED_RECORD) + "\n",  # one JSONL line with a BOM
    ],
)
def test_a_record_on_stdin_is_read_as_a_record(piped: str) -> None:
    # `cat dam-7.json | factkit claims -` analysed the JSON as prose: its keys, quotes and
    # braces were the article's text ("stdin", no date); `factkit batch -` read it as a record
    (article,) = iter_articles("-", data=piped.encode("utf-8"))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.date) == (
        "dam-7",
        _PIPED_RECORD["text"],
        dt.date(2021, 8, 10),
    )


def test_stdin_records_and_text_that_opens_with_a_brace() -> None:
    many = "\n".join(json.dumps({**_PIPED_RECORD, "id": f"r{n}"}) for n in range(3))
    assert [a.id for a in iter_articles("-", data=many.encode()) if isinstance(a, Article)] == [
        "r0",
        "r1",
        "r2",
    ]
    # prose that only opens with a brace is prose, as before
    prose = "{Editor's note} The mayor said 12 homes burned."
    (article,) = iter_articles("-", data=prose.encode())
    assert isinstance(article, Article) and article.text == prose and article.id == "stdin"
    # a record that fails to parse is refused, not analysed as prose (braces, keys and all)
    broken = '{"id": "a1", "text": "The mayor said 12 homes burned."'
    with pytest.raises(InputError, match=r"invalid JSON: Expecting ',' delimiter \(line 1\)"):
        list(iter_articles("-", data=broken.encode()))


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
