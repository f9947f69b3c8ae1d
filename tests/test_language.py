"""The language guess: writing system, then stop words; bounded cost; recorded and warned about."""

from __future__ import annotations

import pytest

from factkit.document import Article
from factkit.ingest import article_from_text
from factkit.language import NAMES, SAMPLE_CHARS, detect_language


@pytest.mark.parametrize(
    "text,code",
    [
        ("The mayor said 12 roads were closed on Monday after the storm.", "en"),
        ("北京市政府周二表示，今年洪水已造成至少183人死亡，比去年增加了百分之五。", "zh"),
        ("東京都は火曜日、今年の洪水で少なくとも183人が死亡したと発表しました。", "ja"),
        ("서울시는 화요일 올해 홍수로 최소 183명이 사망했다고 밝혔습니다.", "ko"),
        ("Der Bürgermeister sagte am Dienstag, dass die Stadt 12 Straßen gesperrt hat.", "de"),
        ("Le maire a déclaré mardi que la ville avait fermé 12 routes et que la police", "fr"),
        ("El alcalde dijo el martes que la ciudad cerró 12 calles y que la policía", "es"),
        ("Мэр заявил во вторник, что в городе закрыты 12 дорог и что полиция", "ru"),
        ("Ο δήμαρχος είπε την Τρίτη ότι η πόλη έκλεισε δώδεκα δρόμους.", "el"),
        ("12 345 678 -- 2021", "und"),
        ("", "und"),
    ],
)
def test_language_guess(text: str, code: str) -> None:
    art = article_from_text(text)
    assert art.language == code and art.meta()["language"] == code
    assert any("tuned for English" in w for w in art.warnings) == (code not in ("en", "und"))


@pytest.mark.parametrize(
    "text",
    [
        # one Italian stop word ('di') in a line of emoji and made-up words was 'it'
        "\U0001f600\U0001f600\U0001f600 Abcdef ghijkl mnopqr di stuvwx \U0001f600\U0001f600",
        # Hebrew and Arabic beside a few Latin words: no Latin-script language
        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u0645\u0631\u062d\u0628\u0627 "
        "\u0628\u0627\u0644\u0639\u0627\u0644\u0645 ciao della festa grande amici",
        # one word other languages share, repeated ('a ... a' was Portuguese)
        "They put out a plan, a bipartisan plan.",
    ],
)
def test_thin_or_mixed_script_evidence_names_no_language(text: str) -> None:
    assert detect_language(text) == "und"
    assert not article_from_text(text).warnings


def test_english_news_stays_english_with_some_foreign_words() -> None:
    text = (
        "The mayor of Tel Aviv said on Tuesday that the city would reopen 12 schools, and "
        "residents greeted the news with a sign reading \u05e9\u05dc\u05d5\u05dd (peace). "
        "Officials said the damage was worse than in 2019, when a storm hit the coast."
    )
    assert detect_language(text) == "en"
    assert detect_language("Police said five people were hurt when the roof fell.") == "en"
    # Portuguese 'a' x3 and 'do' outnumbered English 'on', 'is', 'and': read by different words
    why = "Why do you spend a billion dollars on something you think is a fantasy and a fraud?"
    assert detect_language(why) == "en"


def test_seed_is_english(seed_text: str) -> None:
    art = article_from_text(seed_text)
    assert art.language == "en" and art.warnings == ()


def test_reads_a_bounded_sample() -> None:
    assert detect_language("The council said it would vote. " * 1000) == "en"
    assert detect_language("x" * SAMPLE_CHARS + "北京市政府周二表示" * 1000) == "und"


def test_meta_guesses_when_an_article_was_built_by_hand() -> None:
    art = Article(text="北京市政府周二表示，今年洪水已造成至少183人死亡，比去年增加了百分之五。")
    assert art.language is None and art.meta()["language"] == "zh"


def test_every_stop_word_language_has_a_name() -> None:
    from importlib import resources

    from factkit.lang import word_set

    folder = resources.files("factkit.lang")
    codes = {d.name for d in folder.iterdir() if d.joinpath("stop_words.txt").is_file()}
    assert {"en", "de", "fr", "ru"} <= codes <= set(NAMES)
    assert all(len(word_set("stop_words", code)) >= 15 for code in codes)
