"""factkit.lang: the one loader of language data files."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from factkit.lang import (
    alias_table,
    alternation,
    entries,
    given_name_sexes,
    honorifics,
    month_number,
    text_entries,
    word_set,
)


def test_every_english_list_loads_without_comments_or_blanks() -> None:
    folder = resources.files("factkit.lang").joinpath("en")
    names = sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))
    assert "number_words" in names and "negations" in names
    for name in names:
        found = entries(name)
        assert found, name
        assert all(e == e.strip() and "#" not in e for e in found), name


def test_text_entries_drop_comments_blanks_and_edge_space() -> None:
    text = "# a heading\n  said | obj  # a note\n\n   \nwarned\n"
    assert text_entries(text) == ("said | obj", "warned")


def test_word_set_holds_the_file_entries() -> None:
    assert "million" in word_set("number_words")
    assert "i'm" in word_set("pronouns_first_singular")
    assert "the" not in word_set("negations")


def test_unknown_list_names_the_list() -> None:
    with pytest.raises(LookupError, match="'no_such_list'"):
        entries("no_such_list")


def test_alternation_matches_a_word_before_its_own_prefix() -> None:
    pattern = re.compile(alternation(["sep", "sept", "september", "may"], capitalize=True))
    assert pattern.match("September 5").group() == "September"
    assert pattern.match("Sept. 5").group() == "Sept"
    assert pattern.match("may") is None  # capitalised forms only


def test_month_number_reads_names_and_abbreviations() -> None:
    assert month_number("january") == 1
    assert month_number("sept") == 9
    assert month_number("dec") == 12
    with pytest.raises(KeyError):
        month_number("mon")


def test_number_tables_parse_to_their_values() -> None:
    units = dict(e.split() for e in entries("number_units"))
    assert units["seven"] == "7"
    assert len(entries("months")) == 12 and len(entries("weekdays")) == 7


def test_trie_alternation_matches_exactly_its_words() -> None:
    import re

    from factkit.lang import trie_alternation

    words = ["said", "say", "says", "according to", "s", "x.y"]
    pattern = re.compile(trie_alternation(words))
    for word in words:
        assert pattern.fullmatch(word), word
    assert pattern.fullmatch("according \n to")  # a space matches any run of whitespace
    for other in ["sa", "saying", "xzy", "according", ""]:
        assert not pattern.fullmatch(other), other
    assert trie_alternation(["a", "ab", "abc"]) == "a(?:b(?:c)?)?"


def test_honorifics_reads_each_title_with_its_gender() -> None:
    titles = honorifics()
    assert (titles["Mr"], titles["Mrs."], titles["Dame"]) == ("m", "f", "f")
    assert "Dr" in titles and titles["Dr"] is None  # a title that implies no gender
    assert not any("|" in title or title != title.strip() for title in titles)
    with pytest.raises(TypeError):
        titles["Mr"] = "f"  # type: ignore[index]  # one table for every caller: read-only


def test_alias_table_reads_each_key_with_its_values_in_order() -> None:
    speeds = alias_table("dimension_nouns")["speed"]
    assert speeds == ("mile per hour", "kilometer per hour", "knot")
    currencies = alias_table("quant_currencies")
    assert all(key == key.strip() and "=" not in key for key in currencies)
    # an exact-case alias keeps its "=" mark; no value keeps the separator or spaces
    assert any(value.startswith("=") for values in currencies.values() for value in values)
    assert not any("|" in v or v != v.strip() for vs in currencies.values() for v in vs)
    assert alias_table("clock_minute_words")["quarter"] == ("15",)
    with pytest.raises(TypeError):
        currencies["dollar"] = ()  # type: ignore[index]  # one table for every caller: read-only


def test_alias_table_names_a_line_without_its_separator() -> None:
    with pytest.raises(ValueError, match=r"'stop_words': '\w+' has no '='"):
        alias_table("stop_words")


def test_alias_table_refuses_a_key_given_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    # a second "meter = ..." line replaced the first one's aliases without a word
    lines = ("meter = meters | metre", "mile = miles", "meter = =m")
    monkeypatch.setattr("factkit.lang.entries", lambda name, lang="en": lines)
    alias_table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"'twice_units': 'meter' twice"):
            alias_table("twice_units")
    finally:
        alias_table.cache_clear()


def test_alias_table_with_a_spaced_separator_reads_keys_that_contain_the_sign() -> None:
    """``quantity_qualifier_canon`` has keys such as ">=": read with ``separator=" = "`` it is the
    table the file's own line-by-line reading gives (``surface = canonical``), entry for entry."""
    text = resources.files("factkit.lang").joinpath("en", "quantity_qualifier_canon.txt")
    by_line: dict[str, tuple[str, ...]] = {}
    for raw in text.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            surface, _, canonical = line.partition(" = ")
            by_line[surface.strip()] = (canonical.strip(),)
    table = alias_table("quantity_qualifier_canon", separator=" = ")
    assert list(table.items()) == list(by_line.items())
    assert table[">="] == ("at least",) and table["<="] == ("at most",)
    # the plain "=" separator would cut ">= = at least" inside its key: ">" twice
    with pytest.raises(ValueError, match="'>' twice"):
        alias_table("quantity_qualifier_canon")


def test_given_name_sexes_reads_both_lists_and_leaves_out_names_of_either_sex() -> None:
    sexes = given_name_sexes()
    assert sexes["john"] == "m" and sexes["mary"] == "f"
    assert not {"jordan", "alex", "kim", "sam", "chris"} & set(sexes)


def test_given_name_sexes_refuses_a_name_in_both_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    lists = {"given_names_male": ("john", "robin"), "given_names_female": ("mary", "robin")}
    monkeypatch.setattr("factkit.lang.entries", lambda name, lang="en": lists[name])
    given_name_sexes.cache_clear()
    try:
        with pytest.raises(ValueError, match="'robin' is in both"):
            given_name_sexes()
    finally:
        given_name_sexes.cache_clear()
