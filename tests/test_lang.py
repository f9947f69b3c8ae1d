"""factkit.lang: the one loader of language data files."""

from __future__ import annotations

from importlib import resources

import pytest

from factkit.lang import entries, word_set


def test_every_english_list_loads_without_comments_or_blanks() -> None:
    folder = resources.files("factkit.lang").joinpath("en")
    names = sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))
    assert "number_words" in names and "negations" in names
    for name in names:
        found = entries(name)
        assert found, name
        assert all(e == e.strip() and "#" not in e for e in found), name


def test_word_set_holds_the_file_entries() -> None:
    assert "million" in word_set("number_words")
    assert "i'm" in word_set("pronouns_first_singular")
    assert "the" not in word_set("negations")


def test_unknown_list_names_the_list() -> None:
    with pytest.raises(LookupError, match="'no_such_list'"):
        entries("no_such_list")
