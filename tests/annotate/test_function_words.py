"""factkit.annotate.function_words: the ``[section]`` lexicon of function words."""

from __future__ import annotations

from pathlib import Path

from factkit.annotate.function_words import WORD_LISTS, load_word_lists


def test_a_lexicon_file_reads_each_section_with_its_words(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text(
        "# function words\nstray\n[determiners]\nthe a  # articles\nan\n\n[negations]\nnot\n",
        encoding="utf-8",
    )
    # words before the first section belong to none; a comment ends its line
    assert load_word_lists(path) == {
        "determiners": frozenset({"the", "a", "an"}),
        "negations": frozenset({"not"}),
    }


def test_the_packaged_lexicon_has_sections_of_words() -> None:
    assert WORD_LISTS
    assert all(words and all(" " not in w for w in words) for words in WORD_LISTS.values())
