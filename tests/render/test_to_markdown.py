"""The Markdown checklist shows an article's raw HTML and Markdown syntax as text, in a real
CommonMark parser (markdown-it-py, with GFM tables and strikethrough), and keeps its structure."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factkit.config import load_config
from factkit.document import Summary, SummarySentence
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.labels import REASON_LABEL
from factkit.render.markdown_text import block_start, inline
from factkit.render.to_markdown import render_markdown
from factkit.report import Report
from factkit.verification import Verifier

HOSTILE = (
    "The minister said that 25 people, including <img src=x onerror=alert(1)> children,"
    " were hurt on Tuesday.\n"
    "# Breaking: the army said that [click here](javascript:alert(1)) 50 soldiers and `rm -rf`"
    " <script>alert(1)</script> fired 1,000 rockets on Sunday.\n"
    "The mayor said that *12* | __13__ | ~~14~~ people <!-- hidden --> died &amp; 3 were hurt.\n"
)
SUMMARY = "# 25 people were hurt, the minister said. > - 1. <b>50</b> soldiers fired [rockets](x)."


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


@pytest.fixture(scope="module")
def hostile() -> Report:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(HOSTILE, title="<b>Title</b> ## [x](y)"))
    sentences = tuple(
        SummarySentence(index=None, start=None, end=None, score=0.0, text=s)
        for s in re.split(r"(?<=\.) ", SUMMARY)
    )
    summary = Summary(text=SUMMARY, method="extractive", model="m", sentences=sentences)
    return Report(
        article=report.article,
        sentences=report.sentences,
        times=report.times,
        claims=report.claims,
        summary=summary,
    )


def test_hostile_article_renders_as_text(hostile: Report) -> None:
    tokens = _md().parse(render_markdown(hostile))
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or ()}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "table_open", "s_open"}
    assert [t.markup for t in tokens if t.type == "heading_open"] == ["#", "##", "##"]
    page = _md().render(render_markdown(hostile))
    assert "<img" not in page and "<script" not in page and "<b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;!-- hidden --&gt;" in page
    assert "&amp;amp; 3 were hurt" in page  # the article's '&amp;' shown as written


def test_claims_keep_their_text_and_structure(hostile: Report) -> None:
    md = render_markdown(hostile)
    tokens = _md().parse(md)
    strong = []  # the text of each bold run: the claim sentences
    for t in tokens:
        kids = [c.type if c.type != "text" else c.content for c in t.children or ()]
        if "strong_open" in kids:
            run = kids[kids.index("strong_open") + 1 : kids.index("strong_close")]
            strong.append("".join(run))
    claims = sorted(hostile.claims, key=lambda c: (-c.score, c.sentence_index))
    assert len(claims) == 3
    assert strong == [" ".join(c.text.split()) for c in claims]
    assert md.count("- [ ] ") == len(claims)
    quote = [t for t in tokens if t.type == "blockquote_open"]
    assert len(quote) == 1  # the summary: one quote, no list or heading inside it
    inner = tokens[
        tokens.index(quote[0]) : next(
            i for i, t in enumerate(tokens) if t.type == "blockquote_close"
        )
    ]
    assert {t.type for t in inner} <= {
        "blockquote_open",
        "paragraph_open",
        "paragraph_close",
        "inline",
    }


def _text_of(rendered: str) -> str:
    return html.unescape(re.sub(r"</?(p|blockquote)>|\n", "", rendered))


@given(st.text(alphabet="ab1_*`[]()<>&#;|\\~!-+=>.) \n\t:é€", max_size=30))
def test_inline_text_renders_literally(text: str) -> None:
    line = " ".join(text.split())
    rendered = _md().render("x " + inline(text))
    assert not re.search(r"<(?!/?p>)", rendered)  # only the paragraph's own tags
    assert _text_of(rendered) == ("x " + line).strip()


@given(st.text(alphabet="ab1_*`[]()<>&#;|\\~!-+=>.) \n\t", min_size=1, max_size=30))
def test_block_start_stays_one_quoted_paragraph(text: str) -> None:
    line = " ".join(text.split())
    rendered = _md().render("> " + block_start(text))
    if line:
        assert re.sub(r"\n", "", rendered).startswith("<blockquote><p>")
    assert not re.search(r"<(?!/?(p|blockquote)>)", rendered)
    assert _text_of(rendered) == line


def test_verified_summary_uses_the_shared_labels_and_shows_scores(seed_text: str) -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(seed_text))
    summary = "The UN human rights chief said her office had counted at least 138 deaths."
    verification = Verifier(cfg).verify(summary, report.article, report.sentences)
    sentence = SummarySentence(index=None, start=None, end=None, score=0.0, text=summary)
    md = render_markdown(
        Report(
            article=report.article,
            sentences=report.sentences,
            times=report.times,
            claims=report.claims,
            summary=Summary(text=summary, method="seq2seq", model="t", sentences=(sentence,)),
            verification=verification,
        )
    )
    types = [r.type for r in verification.sentences[0].reasons]
    assert types and "number_mismatch" in types
    assert f"⚠️ {REASON_LABEL['number_mismatch']}" in md
    assert "number_mismatch" not in md
    # the calibrated scores: beside the verdict, and the summary's above the sentences
    score, total = verification.sentences[0].score, verification.score
    assert score is not None and total is not None
    verdict_line = next(line for line in md.splitlines() if "⚠️" in line)
    assert verdict_line.endswith(f"(p(unsupported) {score:.2f})")
    assert f"_Summary p(unsupported) {total:.2f}_" in md


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # an unterminated right-to-left override reversed the rest of the checklist line
        ("said Ali \u202eevil Hassan", "said Ali \u202eevil Hassan\u202c"),
        ("a \u2067b", "a \u2067b\u2069"),
        ("\u202b\u2067x", "\u202b\u2067x\u2069\u202c"),
        ("\u2067\u202ex\u2069 y \u202e", "\u2067\u202ex\u2069 y \u202e\u202c"),
        ("Ali \u202eevil\u202c Hassan \u2066x\u2069", "Ali \u202eevil\u202c Hassan \u2066x\u2069"),
        ("stray \u202c and \u2069 closers", "stray \u202c and \u2069 closers"),
    ],
)
def test_inline_closes_the_direction_controls_the_text_opens(text: str, shown: str) -> None:
    assert inline(text) == shown


def test_the_header_counts_one_claim_as_one_claim() -> None:
    # the header read '_no date · 1 claims_'
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text("The mayor said 12 homes burned on Monday."))
    assert len(report.claims) == 1
    assert "_no date · 1 claim_" in render_markdown(report).splitlines()


def test_a_control_character_in_a_title_or_claim_reaches_no_checklist_raw() -> None:
    # "# Flood\x1b[31m" put a raw ESC in the checklist's heading and its claim
    text = "# Flood\x1b[31m news\n\nThe council said on Tuesday that 40 homes\x00 were flooded.\n"
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    md = render_markdown(Pipeline(cfg).analyze(article_from_text(text)))
    assert "# Claim checklist: Flood\u241b\\[31m news" in md
    assert "40 homes\u2400 were flooded" in md
    assert not any(c < " " and c not in "\n" for c in md)


def test_an_article_of_headings_only_says_why_its_checklist_is_empty() -> None:
    cfg = load_config(None, ["checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text("# Storm warning\n\n## Latest updates\n"))
    md = render_markdown(report)
    assert "**Note:** the article has no body sentence (only heading lines), so it has no " in md
