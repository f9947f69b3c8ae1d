"""factkit's Porter stemmer: Porter's (1980) examples, and NLTK's stems word for word."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factkit.summarization.porter import measure, stem
from tests.conftest import SEED_PATH, shared_file

FIXTURE = Path(__file__).with_name("porter_stems.txt")
WORD = re.compile(r"[a-z0-9]+")  # the words the extractive summarizer stems


def fixture_pairs() -> list[tuple[str, str]]:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    return [(p[0], p[1]) for p in (ln.split() for ln in lines if not ln.startswith("#")) if p]


@pytest.mark.parametrize(
    ("word", "m"),
    [("tr", 0), ("ee", 0), ("tree", 0), ("y", 0), ("by", 0), ("trouble", 1), ("oats", 1),
     ("trees", 1), ("ivy", 1), ("troubles", 2), ("private", 2), ("oaten", 2), ("orrery", 2)],
)  # fmt: skip
def test_measure_counts_vowel_consonant_pairs_as_in_porters_paper(word: str, m: int) -> None:
    assert measure(word) == m


@pytest.mark.parametrize(("word", "expected"), fixture_pairs())
def test_stem_of_each_rule_and_variation(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_fixture_covers_every_step() -> None:
    headings = {ln[2:] for ln in FIXTURE.read_text(encoding="utf-8").splitlines() if ln[:2] == "# "}
    steps = {"step 1a", "step 1b", "step 1c", "step 2", "step 3", "step 4", "step 5", "irregular"}
    assert steps <= headings


def _nltk_stem() -> Callable[[str], str]:
    porter = pytest.importorskip("nltk.stem.porter")
    stemmer = porter.PorterStemmer()
    return lambda word: str(stemmer.stem(word))


def test_same_stems_as_nltk_on_the_evaluation_vocabulary() -> None:
    words = set(WORD.findall(SEED_PATH.read_text(encoding="utf-8").lower()))
    for name in ("cnndm_sample.jsonl", "xsum_sample.jsonl"):
        with shared_file("eval", name).open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                for value in record.values():
                    if isinstance(value, str):
                        words.update(WORD.findall(value.lower()))
    nltk_stem = _nltk_stem()
    assert len(words) > 15_000
    differ = [(w, nltk_stem(w), stem(w)) for w in sorted(words) if nltk_stem(w) != stem(w)]
    assert differ == []


_SUFFIXES = (
    "", "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli",
    "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti",
    "biliti", "fulli", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "ance",
    "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
    "iti", "ous", "ive", "ize", "ed", "ing", "eed", "ied", "ies", "sses", "ss", "s", "y", "e",
    "ll", "ly",
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(
    st.text(alphabet="aeiouybcdlstzgnmrfvwxpk", min_size=0, max_size=8),
    st.sampled_from(_SUFFIXES),
    st.sampled_from(("", "s", "ed", "ing", "ly")),
)
def test_same_stems_as_nltk_on_made_up_words(root: str, suffix: str, ending: str) -> None:
    word = root + suffix + ending
    assert stem(word) == _nltk_stem()(word)
