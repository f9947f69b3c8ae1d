"""The HTML report: escaping, safe embedded JSON, well-formed nesting of overlapping highlights,
and (in headless Chromium) highlights, click-to-scroll, no errors, no script injection."""

from __future__ import annotations

import dataclasses
import fnmatch
import html
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from factkit.config import load_config
from factkit.document import SegmentKind, Summary, SummarySentence
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.labels import REASON_LABEL, shown_controls
from factkit.render.to_html import (
    _Span,
    claim_views,
    environment,
    marked_pieces,
    render_html,
)
from factkit.render.to_json import report_to_dict
from factkit.report import Report
from factkit.text_checks import CONTROL_CHARACTER
from factkit.verification import Verifier
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

INJECTED = "<script>document.title='pwned';window.__pwned=1</script>"
SUMMARY = (
    "The UN human rights chief said her office had counted at least 138 deaths among civilians. "
    "The State Department said the pullout is 95 percent complete. "
    "Zalmay Khalilzad traveled to Doha, Qatar on Tuesday."
)

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)


@contextmanager
def _chromium() -> Iterator[Any]:
    """Headless Chromium through playwright, closed after (the test is skipped without it)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs pip install playwright")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def report(seed_text: str) -> Report:
    """A real claims report of the seed article with a script tag planted in the body."""
    text = seed_text.replace(
        "The minister was not harmed", f"The minister {INJECTED} was not harmed"
    )
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    return Pipeline(cfg).analyze(article_from_text(text))


@pytest.fixture(scope="module")
def verified_report(report: Report) -> Report:
    return _with_verified_summary(report, SUMMARY, method="seq2seq", model="test")


def _with_verified_summary(report: Report, summary: str, method: str, model: str) -> Report:
    """``report`` with ``summary`` as its (seq2seq-like) summary, verified against the article."""
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    verification = Verifier(cfg).verify(summary, report.article, report.sentences)
    return Report(
        article=report.article,
        sentences=report.sentences,
        times=report.times,
        claims=report.claims,
        summary=Summary(text=summary, method=method, model=model, sentences=()),
        verification=verification,
    )


class _Balance(HTMLParser):
    """Checks that every element closes in order and collects the text."""

    VOID = frozenset({"meta", "input", "br", "hr", "img", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_page_is_self_contained_and_escaped(verified_report: Report) -> None:
    page = render_html(verified_report)
    assert INJECTED not in page
    assert escape(INJECTED) in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing loaded from the net
    assert "<link" not in page
    parser = _Balance()
    parser.feed(page)
    assert parser.stack == []
    assert page.count('class="claim k-') == len(verified_report.claims)
    # every reason with an article span has a target the summary links to
    for vs in verified_report.verification.sentences:  # type: ignore[union-attr]
        for j, r in enumerate(vs.reasons):
            if r.source_start is not None:
                assert f'id="src-{vs.index}-{j}"' in page


def test_embedded_json_is_safe_and_complete(verified_report: Report) -> None:
    page = render_html(verified_report)
    block = re.search(
        r'<script type="application/json" id="factkit-data">(.*?)</script>', page, re.S
    )
    assert block is not None
    raw = block.group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw) == json.loads(json.dumps(report_to_dict(verified_report)))


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 5)), max_size=8),
)
def test_overlapping_spans_nest_and_keep_the_text(
    text: str, raw: list[tuple[int, int, int]]
) -> None:
    spans = [
        _Span(
            min(a, b), max(a, b), k, "span", {"class": f"l{k}", "id": f"x{i}"}, {"class": f"l{k}"}
        )
        for i, (a, b, k) in enumerate(raw)
    ]
    # what the report's templates do with them: marked_pieces, then the ``marked`` macro
    macros = environment().get_template("partials/marked.html.j2").module
    out = str(macros.marked(marked_pieces(text, spans)))
    parser = _Balance()
    parser.feed(out)
    parser.close()
    assert parser.stack == []
    assert "".join(parser.text) == text
    for i, s in enumerate(spans):  # each span's first fragment is emitted exactly once
        expected = 1 if 0 <= s.start < s.end <= len(text) else 0
        assert out.count(f'id="x{i}"') == expected


@needs_chromium
def test_page_in_headless_chromium(verified_report: Report, tmp_path: Path) -> None:
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(verified_report), encoding="utf-8")
    errors: list[str] = []
    with _chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.emulate_media(reduced_motion="reduce")  # scroll at once, no smooth animation
        page.goto(page_file.as_uri())
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)

        assert page.evaluate("window.__pwned") is None
        assert "pwned" not in page.title()
        n_claims = len(verified_report.claims)
        assert n_claims > 0
        assert page.locator(".claim[id^='claim-']").count() == n_claims
        assert page.locator("ol.claims li.item").count() == n_claims
        assert page.locator(".vs.bad").count() == 2  # the two planted errors

        # the last claim in the list is far down the article: clicking it scrolls there
        target = sorted(verified_report.claims, key=lambda c: (-c.score, c.sentence_index))[-1]
        last = max(verified_report.claims, key=lambda c: c.start)
        page.evaluate("window.scrollTo(0, 0)")
        page.locator(f"a.goto[href='#claim-{last.id}']").click()
        page.wait_for_timeout(300)
        box = page.evaluate(
            f"(() => {{ const r = document.getElementById('claim-{last.id}')"
            ".getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight,"
            " window.scrollY]; })()"
        )
        top, bottom, height, scroll_y = box
        assert scroll_y > 0
        assert top >= 0 and bottom <= height
        classes = page.locator(f"#claim-{last.id}").get_attribute("class") or ""
        assert "flash" in classes.split()
        # the markup has no tabindex (30 bytes a sentence and claim): report.js adds it to focus
        assert page.evaluate("document.activeElement.id") == f"claim-{last.id}"
        assert target.id  # ranking is defined

        # checking a claim off marks it in the article and counts it
        page.locator(f"#chk-{last.id}").check()
        assert "done" in (page.locator(f"#claim-{last.id}").get_attribute("class") or "")
        assert page.locator("#done-count").inner_text() == "1"
        page.screenshot(path=str(tmp_path / "report-clicked.png"))
    assert errors == []
    assert (tmp_path / "report.png").stat().st_size > 10_000


# Article text that broke the old string-replacement page, or would break a naive template.
HOSTILE_TITLE = "{{title}} </title><script>alert('title')</script>"
HOSTILE = (
    "The minister said that 25 people were hurt {{css}} {{ data }} {{items}} on Tuesday.\n\n"
    "The army said on Sunday that </script><script>alert(1)</script> 50 soldiers had left.\n\n"
    "Police said that <img src=x onerror=alert(2)> 12 people <!-- died {% raw %} {# x #}\n\n"
    "The mayor said that 3 people\u2028were hurt {%- if true %}<\\/script>{% endif %} on Monday."
)


@pytest.fixture(scope="module")
def hostile_report() -> Report:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(HOSTILE, title=HOSTILE_TITLE))
    summary = "The army said that </script><script>alert(3)</script> 60 soldiers had left {{js}}."
    return _with_verified_summary(report, summary, method="{{css}}", model="<b>m</b>")


def _embedded_json(page: str) -> str:
    block = re.search(
        r'<script type="application/json" id="factkit-data">(.*?)</script>', page, re.S
    )
    assert block is not None
    return block.group(1)


def test_hostile_article_text_stays_text(hostile_report: Report) -> None:
    assert len(hostile_report.claims) >= 3  # the hostile sentences are claims, listed twice
    page = render_html(hostile_report)
    assert page.count(":root{") == 1 and page.count("refresh();") == 1  # CSS, JS inlined once
    assert page.count("<script") == 2 and "<img" not in page and "<!--" not in page
    parser = _Balance()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    article = re.search(r'<div class="text" id="article-text">(.*?)</div>', page, re.S)
    assert article is not None
    assert html.unescape(re.sub(r"<[^>]*>", "", article.group(1))) == HOSTILE
    raw = _embedded_json(page)
    assert not set(raw) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(raw) == json.loads(json.dumps(report_to_dict(hostile_report)))
    assert f"<title>factkit · {escape(HOSTILE_TITLE)}</title>" in page


def test_partials_are_reusable_from_another_template(hostile_report: Report) -> None:
    """A later app (the review desk) can include the report's macros in its own pages."""
    desk = jinja2.DictLoader(
        {
            "desk.html.j2": '{% from "partials/claims.html.j2" import claim_list %}'
            "<main>{{ claim_list(claims) }}</main>"
        }
    )
    env = environment().overlay(loader=jinja2.ChoiceLoader([desk, environment().loader]))
    out = env.get_template("desk.html.j2").render(claims=claim_views(hostile_report))
    assert out.startswith("<main><aside") and out.endswith("</aside></main>")
    assert out.count('<li class="item') == len(hostile_report.claims)
    assert "<script" not in out and "&lt;/script&gt;&lt;script&gt;alert(1)" in out


def test_templates_and_static_files_are_package_data() -> None:
    tomllib = pytest.importorskip("tomllib")
    root = Path(__file__).resolve().parents[2]
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["factkit"]
    package = root / "factkit"
    files = [
        p.relative_to(package).as_posix()
        for folder in ("render/templates", "render/static")
        for p in (package / folder).rglob("*")
        if p.is_file()
    ]
    assert any(f.endswith("report.html.j2") for f in files)
    for name in files:
        assert any(fnmatch.fnmatch(name, pat) for pat in patterns), name


@needs_chromium
def test_hostile_page_in_headless_chromium(hostile_report: Report, tmp_path: Path) -> None:
    page_file = tmp_path / "hostile.html"
    page_file.write_text(render_html(hostile_report), encoding="utf-8")
    dialogs: list[str] = []
    errors: list[str] = []
    with _chromium() as browser:
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.wait_for_timeout(200)
        assert page.title() == f"factkit · {HOSTILE_TITLE}"
        assert page.evaluate("document.getElementById('article-text').textContent") == HOSTILE
        data = page.evaluate("JSON.parse(document.getElementById('factkit-data').textContent)")
        assert data == json.loads(json.dumps(report_to_dict(hostile_report)))
        assert page.evaluate("document.scripts.length") == 2
        assert page.locator("img").count() == 0
        n = len(hostile_report.claims)
        assert page.locator("ol.claims li.item").count() == n
        assert page.locator(".claim[id^='claim-']").count() == n
        assert "alert(1)" in page.locator("ol.claims").inner_text()
    assert dialogs == []
    assert errors == []


# A summary whose sentences carry verifier notes (a dropped qualifier, a boilerplate line).
NOTED_SUMMARY = (
    "The UN human rights chief said her office had counted 183 deaths among civilians. "
    "Click here for more updates. Zalmay Khalilzad traveled to Doha, Qatar on Tuesday."
)


def test_summary_links_claims_and_shows_scores_and_notes(report: Report) -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    verification = Verifier(cfg).verify(NOTED_SUMMARY, report.article, report.sentences)
    bachelet = next(c for c in report.claims if "183" in c.text)
    carried = (SummarySentence(None, None, None, 0.0, "", claim_ids=(bachelet.id,)),)
    summary = Summary(NOTED_SUMMARY, "seq2seq", "test", sentences=carried)
    page = render_html(dataclasses.replace(report, summary=summary, verification=verification))
    shown = page[page.index('<section class="card summary"') : page.index('id="art-h"')]
    # the claim the first sentence carries is a link to its highlight in the article
    assert f'<a class="jump claim-ref" href="#claim-{bachelet.id}"' in shown
    assert f'id="claim-{bachelet.id}"' in page
    # the calibrated scores: one badge per sentence and one for the summary
    assert verification.score is not None
    badges = re.findall(r'<span class="pscore"[^>]*>p\(unsupported\) (\d\.\d\d)</span>', shown)
    assert badges == [f"{verification.score:.2f}"] + [
        f"{vs.score:.2f}" for vs in verification.sentences
    ]
    # notes (below the threshold) in their own muted list, with the shared labels
    notes = re.findall(r'<ul class="reasons notes">(.*?)</ul>', shown, re.S)
    note_types = [n.type for vs in verification.sentences for n in vs.notes]
    assert {"qualifier_dropped", "boilerplate"} <= set(note_types)
    assert len(notes) == sum(bool(vs.notes) for vs in verification.sentences)
    assert f"<b>{REASON_LABEL['qualifier_dropped']}</b>" in "".join(notes)
    assert f"<b>{REASON_LABEL['boilerplate']}</b>" in "".join(notes)
    assert "<b>boilerplate</b>" not in shown


def test_a_support_that_is_a_photo_caption_says_so(report: Report) -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    verification = Verifier(cfg).verify(NOTED_SUMMARY, report.article, report.sentences)
    first, *rest = verification.sentences
    caption = dataclasses.replace(first.support[0], kind=SegmentKind.CAPTION)
    first = dataclasses.replace(first, support=(caption, *first.support[1:]))
    verification = dataclasses.replace(verification, sentences=(first, *rest))
    summary = Summary(NOTED_SUMMARY, "seq2seq", "test", sentences=())
    page = render_html(dataclasses.replace(report, summary=summary, verification=verification))
    shown = page[page.index('<section class="card summary"') : page.index('id="art-h"')]
    links = re.findall(r'<a class="jump support"[^>]*>(best support[^<]*)</a>', shown)
    assert links[0].startswith("best support, a photo caption (similarity ")
    assert all(link.startswith("best support (similarity ") for link in links[1:])


def test_unverified_summary_links_the_claims_it_carries(report: Report) -> None:
    claim = report.claims[0]
    sentence = report.sentences[claim.sentence_index]
    carried = SummarySentence(
        sentence.index, sentence.start, sentence.end, 1.0, sentence.text, (claim.id,)
    )
    summary = Summary(sentence.text, "extractive", "test", sentences=(carried,))
    page = render_html(dataclasses.replace(report, summary=summary))
    assert page.count('class="jump claim-ref"') == 1
    assert f'href="#claim-{claim.id}" data-claim="{claim.id}">{claim.id}</a>' in page
    assert "pscore" not in page.split("<main", 1)[1].split("</main>")[0]


@needs_chromium
def test_a_direction_override_stays_in_its_sentence(tmp_path: Path) -> None:
    # an unterminated right-to-left override (U+202E) in one sentence turned the next
    # sentences of its paragraph around: "25 people" read "elpoep 52"
    text = "Ali \u202eHassan spoke on Monday. Police said 25 people were hurt on Tuesday."
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    page_file = tmp_path / "bidi.html"
    page_file.write_text(render_html(Pipeline(cfg).analyze(article_from_text(text))), "utf-8")
    with _chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(page_file.as_uri())
        two, five = page.evaluate(
            """(() => {
              const node = document.getElementById('article-text');
              const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
              const xs = [];
              while (walker.nextNode()) {
                const t = walker.currentNode, i = t.textContent.indexOf('25');
                if (i < 0) continue;
                for (const k of [i, i + 1]) {
                  const r = document.createRange();
                  r.setStart(t, k); r.setEnd(t, k + 1);
                  xs.push(r.getBoundingClientRect().left);
                }
              }
              return xs;
            })()"""
        )
    assert two < five  # "2" left of "5": the override ended with its sentence


def test_the_header_counts_one_claim_as_one_claim() -> None:
    # the header read '1 claims'
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text("The mayor said 12 homes burned on Monday."))
    assert len(report.claims) == 1
    page = render_html(report)
    assert ">1 claim<" in page and "1 claims" not in page


def test_an_article_of_headings_only_says_why_its_page_is_empty() -> None:
    cfg = load_config(None, ["checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text("# Storm warning\n\n## Latest updates\n"))
    page = render_html(report)
    assert (
        '<p class="meta note">Note: the article has no body sentence (only heading lines)' in page
    )


def test_control_characters_are_shown_as_the_text_outputs_show_them() -> None:
    # an article's ESC, DEL and U+009B (one-character CSI) were written into the page raw
    text = (
        "The minister said that 25 people\x1b[31m were hurt on Tuesday.\n\n"
        "The army said\x7f on Sunday that 50\x9b soldiers had left."
    )
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(text))
    assert len(report.claims) == 2
    page = render_html(report)
    assert CONTROL_CHARACTER.search(page) is None
    article = re.search(r'<div class="text" id="article-text">(.*?)</div>', page, re.S)
    assert article is not None
    assert html.unescape(re.sub(r"<[^>]*>", "", article.group(1))) == shown_controls(text)
    assert "25 people\u241b[31m were hurt" in page and "said\u2421 on" in page  # claims too
    assert json.loads(_embedded_json(page)) == report_to_dict(report)  # the data as it is
