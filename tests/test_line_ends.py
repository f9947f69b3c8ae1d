"""The ground line-end helper shared by ingest and the splitter."""

from __future__ import annotations

from factkit.line_ends import closes_line, lone_cr_as_lf, opens_line, unicode_breaks_as_lf


def test_a_lone_cr_reads_as_a_line_feed_and_offsets_stay() -> None:
    text = "LONDON (AP)\rThe mayor spoke.\r\rShe left.\r"
    out = lone_cr_as_lf(text)
    assert out == "LONDON (AP)\nThe mayor spoke.\n\nShe left.\n"
    assert len(out) == len(text)


def test_windows_line_ends_stay_one_line_end() -> None:
    text = "First line.\r\nSecond line.\r\n"
    assert lone_cr_as_lf(text) == text
    assert lone_cr_as_lf("a\r\r\nb") == "a\n\r\nb"  # only the "\r" with no "\n" after it changes


def test_text_without_cr_is_returned_as_is() -> None:
    text = "No carriage returns here.\n"
    assert lone_cr_as_lf(text) is text


def test_opens_line_is_only_whitespace_back_to_the_line_start() -> None:
    text = "New Delhi (CNN)As\n  \tKabul (AP)\r\u2003Doha said\n\n x"
    for pos in range(len(text) + 1):
        line_start = text.rfind("\n", 0, pos) + 1
        assert opens_line(text, pos) == (not text[line_start:pos].strip()), pos
    assert opens_line(text, 0) and opens_line(text, text.index("Kabul"))
    assert not opens_line(text, text.index("Doha"))  # "(AP)" before the "\r" and em space


def test_closes_line_is_only_whitespace_on_to_the_line_end() -> None:
    text = "By Jane Doe, CNN \t\nBy Sam Webb\r\n\u2003Doha said  \n\nx  "
    for pos in range(len(text) + 1):
        line_end = text.find("\n", pos)
        rest = text[pos:] if line_end < 0 else text[pos:line_end]
        assert closes_line(text, pos) == (not rest.strip()), pos
    assert closes_line(text, text.index(" \t")) and closes_line(text, text.index("\r"))
    assert not closes_line(text, text.index("Doha"))
    assert closes_line(text, len(text) - 2) and closes_line(text, len(text))


def test_unicode_line_ends_read_as_line_feeds_and_offsets_stay() -> None:
    text = "A caption\u2028The mayor spoke.\u2029She left.\x85Then\x0bhe\x0cwent."
    out = unicode_breaks_as_lf(text)
    assert out == "A caption\nThe mayor spoke.\nShe left.\nThen\nhe\nwent."
    assert len(out) == len(text)
    plain = "No separators here.\n"
    assert unicode_breaks_as_lf(plain) is plain
