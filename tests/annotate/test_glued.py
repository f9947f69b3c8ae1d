"""factkit.annotate.glued: the name scan's one test per name stands for its test per word."""

from __future__ import annotations

import pytest

from factkit.annotate.glued import glued_offset, may_hold_glue


@pytest.mark.parametrize(
    "name",
    [
        "Copy this linkMr Schmidt",
        "TalibanPresident Ashraf Ghani",
        "Black CountrySir Albert",
        "the SPCA.Mrs Nisbett",
        "Dr.Smith said",
        "WhatsApp FaceTime",
        "Mr John Smith",
        "New York",
        "E. Jean Carroll",
        "ab Cd",
        "x.Ya",
    ],
)
def test_no_glue_in_the_name_means_none_in_any_word(name: str) -> None:
    words_glued = [glued_offset(word) for word in name.split()]
    if not may_hold_glue(name):
        assert words_glued == [None] * len(words_glued)
    # the marks read within a word: a word that holds one makes the whole name hold one
    assert may_hold_glue(name) == any(may_hold_glue(word) for word in name.split())


def test_glued_names_are_seen() -> None:
    assert may_hold_glue("Copy this linkMr Schmidt")
    assert may_hold_glue("the SPCA.Mrs Nisbett")
    assert not may_hold_glue("Mr John Smith")
