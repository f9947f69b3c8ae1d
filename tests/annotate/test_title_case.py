"""Title-case lines: a headline left in the body."""

from __future__ import annotations

import pytest

from factkit.annotate.title_case import title_case_line


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud.'\nTrump said so.", True),
        ("What Mexico Could Do When Up Against Trump.\nThe peso fell.", True),
        # no capitalised function word: a caption or a list of names
        ("Harry Redknapp\nHe said the club was fine.", False),
        ("John Smith said the plan was dead.", False),
        ("Hold Melania Trump to her husband's standards.", False),
    ],
)
def test_a_title_case_line_is_a_headline(text: str, headline: bool) -> None:
    assert title_case_line(text, 3) is headline


def test_a_line_longer_than_a_headline_is_body_text() -> None:
    text = "Black Lawmakers Rip Donald Trump As A Fraud " * 10
    assert title_case_line(text, 3) is False
