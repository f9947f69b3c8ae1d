"""The renderers' label tables cover every member of the vocabularies they are keyed by."""

from __future__ import annotations

import pytest

from factkit.document import Claim, ClaimKind, ReasonType, SegmentKind
from factkit.render.labels import (
    KIND_LABEL,
    REASON_LABEL,
    SEGMENT_LABEL,
    ClaimBadge,
    claim_kind,
    number_text,
    reason_label,
    segment_label,
    shown_controls,
    shown_line,
    support_note,
)


def test_every_reason_type_has_a_label() -> None:
    assert set(REASON_LABEL) == set(ReasonType)
    assert len(set(REASON_LABEL.values())) == len(ReasonType)  # no two reasons read alike


def test_reason_label_takes_plain_strings_and_shows_unknown_types_as_themselves() -> None:
    assert reason_label("no_support") == REASON_LABEL[ReasonType.NO_SUPPORT]
    assert reason_label(ReasonType.DATE_MISMATCH) == "Date differs"
    assert reason_label("from_a_newer_factkit") == "from_a_newer_factkit"


def test_every_segment_kind_has_a_label_and_unknown_kinds_show_as_themselves() -> None:
    assert set(SEGMENT_LABEL) == set(SegmentKind)
    assert len(set(SEGMENT_LABEL.values())) == len(SegmentKind)
    assert segment_label("caption") == "photo caption"
    assert segment_label("from_a_newer_factkit") == "from_a_newer_factkit"
    assert support_note("body") == ""
    assert support_note(SegmentKind.CAPTION) == ", a photo caption"


@pytest.mark.parametrize(
    "kinds,badge",
    [
        ((ClaimKind.QUANTITATIVE,), ClaimBadge.QUANTITATIVE),
        ((ClaimKind.ATTRIBUTED,), ClaimBadge.ATTRIBUTED),
        ((ClaimKind.QUANTITATIVE, ClaimKind.ATTRIBUTED), ClaimBadge.BOTH),
    ],
)
def test_claim_badges(kinds: tuple[ClaimKind, ...], badge: ClaimBadge) -> None:
    claim = Claim("c0", 0, 0, 1, "x", kinds, 0.5, "?")
    assert claim_kind(claim) is badge and badge in KIND_LABEL
    assert set(KIND_LABEL) == set(ClaimBadge)


@pytest.mark.parametrize(
    ("value", "grouped", "plain"),
    [
        (4e6, "4,000,000", "4000000"),  # was "4e+06" in Markdown, HTML titles and CSV
        (1.5e9, "1,500,000,000", "1500000000"),
        (183.0, "183", "183"),
        (0.5, "0.5", "0.5"),
        (1e-7, "0.0000001", "0.0000001"),
        (-3.0, "-3", "-3"),
        (-0.0, "0", "0"),
    ],
)
def test_number_text_writes_values_as_readers_do(value: float, grouped: str, plain: str) -> None:
    assert number_text(value) == grouped
    assert number_text(value, grouped=False) == plain


def test_shown_controls_pictures_nul_and_esc_and_keeps_tabs_and_line_ends() -> None:
    # an ESC sequence in a title reached the Markdown and CSV exports raw
    assert shown_controls("Flood\x1b[2J at\x00 noon") == "Flood\u241b[2J at\u2400 noon"
    assert shown_controls("two\tcells\r\nand a line") == "two\tcells\r\nand a line"


def test_shown_controls_pictures_del_and_hides_c1_as_an_unreadable_byte_is() -> None:
    # U+009B is ESC "[" in one character to many terminals; DEL and C1 reached the exports raw
    assert shown_controls("red\x9b31m at\x7f noon\x85") == "red\ufffd31m at\u2421 noon\ufffd"
    assert shown_controls("caf\u00e9 \u00a0ok") == "caf\u00e9 \u00a0ok"  # Latin-1 letters stay


def test_shown_line_is_one_line_with_its_controls_shown() -> None:
    assert shown_line("two\tcells\r\n and\x1b[2J a line ") == "two cells and\u241b[2J a line"
