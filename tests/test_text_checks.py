"""Texts factkit cannot read: nothing visible."""

from __future__ import annotations

import pytest

from factkit.text_checks import is_blank


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


def test_control_character_names_the_first_nul_or_esc_and_lets_tabs_and_line_ends_be() -> None:
    from factkit.text_checks import control_character

    assert control_character("Flood\x1b[2J\x00") == (
        "contains a control character (U+001B at character 5)"
    )
    assert control_character("two\tcells\r\nand\x0ba line") == (
        "contains a control character (U+000B at character 14)"
    )
    assert control_character("two\tcells\r\nand a line") is None


def test_control_character_names_del_and_c1_as_it_names_c0() -> None:
    from factkit.text_checks import control_character

    assert (
        control_character("Flood\x9b2J") == "contains a control character (U+009B at character 5)"
    )
    assert control_character("AP\x7f") == "contains a control character (U+007F at character 2)"
    assert control_character("caf\u00e9\u00a0ok") is None  # the Latin-1 letters after C1 stay


def test_line_break_names_the_first_line_end_a_one_line_field_cannot_hold() -> None:
    from factkit.text_checks import line_break

    assert line_break("ana\nmaria") == (
        "contains a line break (U+000A at character 3); expected one line"
    )
    assert line_break("a\tb\rc") == (
        "contains a line break (U+000D at character 3); expected one line"
    )
    # what str.splitlines also breaks on and control_character lets through
    assert line_break("ana\u2028b") == (
        "contains a line break (U+2028 at character 3); expected one line"
    )
    assert line_break("ana\tmaria\u00a0b") is None  # a tab stays on its line
