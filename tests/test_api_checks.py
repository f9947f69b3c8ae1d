"""factkit.api_checks: the public API's argument checks name the function and the argument."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factkit.api_checks import check_args, check_article, check_not_blank, check_summary_lengths
from factkit.document import Article


def test_a_wrong_type_names_the_function_the_argument_and_what_it_must_be() -> None:
    with pytest.raises(TypeError, match=r"factkit\.f\(\): text must be a str, not bytes"):
        check_args("f", text=("text", b"Prices rose."))
    with pytest.raises(TypeError, match=r"count must be an int or None, not bool"):
        check_args("f", count=("count", True))  # True is an int to isinstance, not a length
    with pytest.raises(TypeError, match=r"model_validate"):  # what to do instead
        check_args("f", path=("yaml_path", {"summarizer": {}}))


def test_each_item_of_a_list_argument_is_checked_by_its_place() -> None:
    check_args("f", inputs=("paths", ["a.txt", Path("b.txt")]), one=("paths", "c.txt"))
    with pytest.raises(TypeError, match=r"inputs\[1\] must be a str or os.PathLike path, not int"):
        check_args("f", inputs=("paths", ["a.txt", 3]))


def test_a_text_the_command_line_refuses_or_an_empty_article_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"factkit\.f\(\): text: "):
        check_args("f", text=("text", "a\x00b"))
    with pytest.raises(ValueError, match=r"article: the article is empty: no text to process"):
        check_args("f", article=("article", " \n "))
    check_args("f", text=("text", " \n "))  # a plain text may be blank


def test_a_hand_built_article_is_checked_field_by_field() -> None:
    good = Article(text="Prices rose.", date=dt.date(2021, 8, 10), language="en")
    check_args("f", source=("article", good))
    with pytest.raises(TypeError, match=r"source\.date must be a datetime\.date or None, not str"):
        check_article("f", "source", Article(text="x", date="2021-08-10"))
    with pytest.raises(TypeError, match=r"not datetime"):  # its times would resolve to a time
        check_article("f", "source", Article(text="x", date=dt.datetime(2021, 8, 10, 5)))
    with pytest.raises(ValueError, match=r"source\.language must be .*not 'english'"):
        check_article("f", "source", Article(text="x", language="english"))
    with pytest.raises(ValueError, match=r"source\.text: the article is empty"):
        check_args("f", source=("article", Article(text="")))


def test_an_empty_sentence_names_what_and_the_work() -> None:
    with pytest.raises(ValueError, match=r"sentence: the sentence is empty: no text to score"):
        check_not_blank("g", "sentence", "\u200b", "the sentence", "score")
    check_not_blank("g", "sentence", "Prices rose.")


@pytest.mark.parametrize(
    ("lengths", "message"),
    [
        ({"words": 0}, "words must be >= 1, got 0"),
        ({"ratio": 1.5}, "ratio must be more than 0 and at most 1, got 1.5"),
        ({"n_sentences": 2, "ratio": 0.3}, r"give only one .* \(got n_sentences and ratio\)"),
        (
            {"n_sentences": 2, "words": 9, "ratio": 0.3},
            r"give only one .* \(got n_sentences, words and ratio\)",
        ),
    ],
)
def test_summary_lengths_out_of_range_or_together(lengths: dict[str, float], message: str) -> None:
    given = {"n_sentences": None, "words": None, "ratio": None, "max_chars": None, **lengths}
    with pytest.raises(ValueError, match=rf"factkit\.summarize\(\): {message}"):
        check_summary_lengths(**given)


def test_summary_lengths_in_range_pass() -> None:
    check_summary_lengths(n_sentences=None, words=None, ratio=1.0, max_chars=1)
