"""HTML pages -> Article: main text, title and date, figure captions kept, deep nesting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factkit.errors import InputError
from factkit.ingest import read_article
from factkit.split import split_sentences


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    body = " ".join(["The council approved the budget of 4 million dollars on Monday."] * 6)
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Council votes</title>"
        '<meta property="article:published_time" content="2023-05-04T10:00:00Z"></head>'
        f"<body><nav>Home | About</nav><article><h1>Council votes</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    art = read_article(str(f))
    assert "approved the budget" in art.text
    assert "Home | About" not in art.text
    assert art.title == "Council votes"
    assert art.date == dt.date(2023, 5, 4)


def test_html_page_furniture_is_left_out(tmp_path: Path) -> None:
    # what README says the HTML reader leaves out; offsets index the text it keeps
    f = tmp_path / "fire.html"
    f.write_text(
        "<html><body><div class='cookie-banner'>We use cookies. Accept all cookies.</div>"
        "<script>var total = 'Police said 999 died';</script><article><h1>Fire in depot</h1>"
        "<p class='byline'>By Ann Lee, Reuters</p>"
        "<p>A fire destroyed a bus depot in Leeds on Sunday, and 40&nbsp;buses were lost, the "
        "operator said in a statement on Monday morning.</p><figure><img src='d.jpg'>"
        "<figcaption>Smoke rises over the depot on Sunday night.</figcaption></figure>"
        "<p>Nobody was hurt, the fire service said.<br>Roads stayed closed for 12 hours.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    text = read_article(str(f)).text
    assert "buses were lost" in text and "Roads stayed closed for 12 hours." in text
    for left_out in ("cookies", "999", "Ann Lee"):
        assert left_out not in text


def test_html_figcaptions_are_kept_as_captions(tmp_path: Path) -> None:
    # trafilatura drops a <figure> whole, so a fact only its caption states was no evidence
    f = tmp_path / "storm.html"
    f.write_text(
        "<html><body><article><h1>Storm hits coast</h1>"
        "<p>A storm hit the coast of Kent on Monday, officials said, and power was cut to 5,000 "
        "homes in Dover, the power company said in a statement.</p>"
        "<figure><img src='a.jpg'><div><figcaption>Workers repair a power line\n   in Dover "
        "on Tuesday.</figcaption></div></figure> "
        "<p>Repair crews from three counties worked through the night, the company said, and "
        "about 40 roads were closed by fallen trees, police said on Tuesday.</p>"
        "<figure><img src='b.jpg'><figcaption>Fallen tree</figcaption></figure>"
        "<p>The storm is the worst to hit the county since 1987, the Met Office said, and more "
        "rain is due on Thursday and Friday across the south-east.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = read_article(str(f))
    sentences = split_sentences(article.text)
    captions = [s.text for s in sentences if s.kind == "caption"]
    assert captions == [
        "Caption: Workers repair a power line in Dover on Tuesday.",
        "Caption: Fallen tree",
    ]
    assert all(article.text[s.start : s.end] == s.text for s in sentences)
    body = [s.text for s in sentences if s.kind == "body"]
    assert body[1].startswith("Repair crews") and body[-1].startswith("The storm is the worst")
    assert "\ue000" not in article.text


def test_html_nested_past_255_levels_keeps_its_deep_text(tmp_path: Path) -> None:
    # libxml2 drops what lies past 255 levels: the second paragraph (and its claim) vanished
    # from the report without a word; with a figure on the page too
    deep = "<div>" * 300 + "<p>Police said 45 people died, and the toll may rise to 60.</p>"
    f = tmp_path / "deep.html"
    f.write_text(
        "<html><body><article><p>The minister said on Monday that the flood had reached the "
        "old town and that the schools would close.</p><figure><img src='a.jpg'><figcaption>"
        f"Water in the old town.</figcaption></figure>{deep}{'</div>' * 300}</article></body>"
        "</html>",
        encoding="utf-8",
    )
    text = read_article(str(f)).text
    assert "schools would close" in text and "Caption: Water in the old town." in text
    assert "the toll may rise to 60." in text


def test_html_nested_past_the_parsers_limit_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "deeper.html"
    f.write_text(
        "<html><body>" + "<div>" * 2100 + "<p>The minister said 45 people died on Monday.</p>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=rf"^{f}: elements nested more than 2048 deep"):
        read_article(str(f))


@pytest.mark.parametrize("name", ["page.txt", "page"])
def test_a_page_saved_as_txt_or_without_a_suffix_is_read_as_html(tmp_path: Path, name: str) -> None:
    # a browser's page saved as .txt was read as prose: tags, the script's "12" and the
    # metadata became one sentence and one claim
    f = tmp_path / name
    f.write_text(
        "\n<!DOCTYPE html><html><head><title>Flood</title></head><body><article>"
        "<p>The mayor said 40 people came to the hall on Tuesday evening.</p>"
        "<script>var n = 12;</script><p>It cost $5 million, officials said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    art = read_article(str(f))
    assert art.title == "Flood" and "<" not in art.text and "12" not in art.text
    assert "40 people came" in art.text


def test_a_txt_that_only_mentions_html_is_prose(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text("The <html> tag opens every page, the W3C says.", encoding="utf-8")
    assert read_article(str(f)).text == "The <html> tag opens every page, the W3C says."
