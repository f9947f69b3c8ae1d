"""factkit.annotate.full_names: the fuller name an article used before a short one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.annotate.full_names import FullNames
from factkit.annotate.people import ArticlePeople


def full_names(text: str) -> FullNames:
    return FullNames(ArticlePeople(text, [(0, len(text))]))


def at(text: str, surface: str, occurrence: int = 1) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(surface, pos + 1)
    return pos


def test_full_name_is_the_earliest_longer_one_before_the_position() -> None:
    text = "Sullivan spoke. Kevin Sullivan left. Kevin J. Sullivan came back. Sullivan said so."
    names = full_names(text)
    assert names.full_name("Sullivan", at(text, "Sullivan")) == "Sullivan"  # nothing before
    assert names.full_name("Sullivan", at(text, "Sullivan", 4)) == "Kevin Sullivan"
    # a two-word name asks for a longer one: only the three-word name qualifies
    assert names.full_name("Kevin Sullivan", at(text, "Kevin J.")) == "Kevin Sullivan"
    assert names.full_name("Kevin Sullivan", at(text, "Sullivan", 4)) == "Kevin J. Sullivan"


def test_a_titled_short_name_takes_a_full_name_of_its_titles_gender() -> None:
    text = "Mr John Hale, 44, died last year. Mrs Kate Hale testified. Mrs Hale said so."
    names = full_names(text)
    assert names.full_name("Mrs Hale", at(text, "Mrs Hale said")) == "Kate Hale"
    assert names.full_name("Mr Hale", len(text)) == "John Hale"


def test_a_short_name_opened_by_a_given_name_takes_only_a_name_holding_it() -> None:
    text = "Joshua Quincy Burns was sentenced. His wife, Brenda Burns, says he is innocent."
    names = full_names(text)
    assert names.full_name("Brenda Burns", len(text)) == "Brenda Burns"
    assert names.full_name("Joshua Burns", len(text)) == "Joshua Quincy Burns"


def test_a_surname_takes_the_nearer_namesake_of_the_first_ones_gender() -> None:
    text = (
        "Frank Jordan said his son was safe. Louis Jordan, 37, took his boat out in January. "
        "Jordan told CNN he was grateful."
    )
    assert full_names(text).full_name("Jordan", at(text, "Jordan told")) == "Louis Jordan"


def test_full_name_before_is_a_full_name_of_the_surname_earlier_in_the_text() -> None:
    text = "Hope was high. Tom Hope spoke. Hope said so."
    names = full_names(text)
    assert not names.full_name_before("Hope", at(text, "Hope"))
    assert names.full_name_before("Hope", at(text, "Hope said"))
    assert not names.full_name_before("Lee", len(text))


_NAMES = ["Ann Lee", "Bob Stone", "Lee", "Stone", "Carla Ann Lee", "the minister", "the coach"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=12), st.data())
def test_full_names_match_a_plain_scan_of_the_tables(names: list[str], data: st.DataObject) -> None:
    """The memoised lookup gives what scanning every table entry gives."""
    text = " ".join(f"{n}, the minister, spoke." if " " in n else f"{n} spoke." for n in names)
    found = full_names(text)
    position = data.draw(st.integers(0, len(text)))
    for surname, entries in found.people.names.full_names.items():
        for words in (1, 2):
            expected = next(
                (full for pos, full in entries if pos < position and len(full.split()) > words),
                None,
            )
            short = " ".join(["X"] * (words - 1) + [surname])
            assert found.full_name(short, position) == (expected or short)
