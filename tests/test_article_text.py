"""Plain text -> Article: the metadata line, front matter, credit line, Markdown title and the
size limit."""

from __future__ import annotations

import datetime as dt
import sys
import tracemalloc
from pathlib import Path

import pytest

from factkit.article_text import article_from_text
from factkit.config import IngestConfig
from factkit.errors import InputError
from factkit.ingest import read_article


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


def test_invalid_metadata_date_is_a_warning(seed_text: str) -> None:
    art = article_from_text(seed_text.replace("2021-08-10", "2021-13-45", 1))
    assert art.date is None and art.section == "Fast News"
    assert len(art.warnings) == 1 and "'2021-13-45' is not a valid date" in art.warnings[0]
    assert article_from_text(seed_text).warnings == ()


def test_an_article_past_max_chars_is_one_error_line_naming_file_and_limit(
    tmp_path: Path,
) -> None:

    path = tmp_path / "long.txt"
    path.write_text("word " * 40, encoding="utf-8")  # 200 characters
    with pytest.raises(InputError) as info:
        read_article(str(path), IngestConfig(max_chars=199))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: 200 characters")
    assert "ingest.max_chars (199)" in message
    assert read_article(str(path), IngestConfig(max_chars=200)).text == "word " * 40
