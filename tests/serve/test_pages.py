"""The desk's pages: the article page is the HTML report's markup with review controls; and the
desk in real headless Chromium (Playwright with the system browser, as the HTML report test
does): paste, review, reload, search."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from factkit.serve.pages import HERE, REPORT_STATIC
from factkit.serve.vocabulary import RATINGS
from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.serve.conftest import Server, save_article

DAM_PAGE = (
    "<html><head><title>Dam report</title></head><body><article><h1>Dam report</h1>"
    "<p>The ministry said on Friday that 3,400 people had been moved from the valley, up from "
    '1,200 a week earlier.</p><p>"We are not done," the minister, Ana Ruiz, told reporters, '
    "adding that 12 villages remained at risk.</p></article></body></html>"
)


def _selectors(css: str) -> set[str]:
    """The selectors of a stylesheet's rules (comments dropped)."""
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S).split("}")
    return {rule.split("{")[0].strip() for rule in rules if "{" in rule}


def test_article_page_is_the_report_markup_with_review_controls(
    client: TestClient, seed: str
) -> None:
    saved = save_article(client, seed)
    claim_ids = [c["id"] for c in saved["report"]["claims"]]
    review = {r["claim_id"]: r for r in saved["review"]}
    first = saved["review"][0]
    patched = client.patch(f"/api/claims/{first['id']}", json={"rating": "false", "note": "a<b"})
    assert patched.status_code == 200
    page = client.get(f"/articles/{saved['id']}").text
    # the report's partials: legend and highlighted article, ranked claim list, progress line
    assert (
        '<section class="card article"' in page and '<div class="text" id="article-text">' in page
    )
    assert page.count('class="claim k-') == len(claim_ids)
    assert page.count('<li class="item kind-') == len(claim_ids)
    assert f'<span id="done-count">0</span> of {len(claim_ids)} checked' in page
    # the review controls once, as a template; the stored state (escaped) in the page's JSON
    assert page.count('<template id="review-controls">') == 1
    assert page.count('<select class="rating"') == 1 and "<textarea" in page
    block = page.split('id="desk-data">', 1)[1].split("</script>", 1)[0]
    assert "a<b" not in block and "a\\u003cb" in block
    rows = {r["claim_id"]: r for r in json.loads(block)["article"]["review"]}
    assert {cid: rows[cid]["id"] for cid in claim_ids} == {
        cid: review[cid]["id"] for cid in claim_ids
    }
    assert rows[first["claim_id"]]["rating"] == "false" and rows[first["claim_id"]]["note"] == "a<b"
    # the report's stylesheet and script, served as files; the desk's CSS adds controls only
    assert 'href="/static/report/report.css"' in page and 'src="/static/report/report.js"' in page
    served = client.get("/static/report/report.css")
    assert served.status_code == 200
    assert served.text == (REPORT_STATIC / "report.css").read_text(encoding="utf-8")
    desk_css = (HERE / "static" / "desk.css").read_text(encoding="utf-8")
    # the desk's header adds a nav to the report's header; no other report rule is restated
    assert _selectors(served.text) & _selectors(desk_css) == {"header.top"}
    # the page's JSON carries review state only; the report is in the markup
    assert '"report"' not in page.split('id="desk-data">', 1)[1]


def test_article_page_json_does_not_repeat_the_claims(client: TestClient, seed: str) -> None:
    # each review row carried its claim's text, speakers, kinds and score, all in the markup
    # already: a 2 MB article's page held 1.3 MB of them twice
    saved = save_article(client, seed)
    page = client.get(f"/articles/{saved['id']}").text
    block = page.split('id="desk-data">', 1)[1].split("</script>", 1)[0]
    rows = json.loads(block)["article"]["review"]
    assert [r["claim_id"] for r in rows] == [r["claim_id"] for r in saved["review"]]
    # what desk.js reads and saves back with if_unchanged; nothing of the claim itself
    assert all({"id", "claim_id", "status", "rating", "note"} <= set(r) for r in rows)
    assert not any({"text", "speakers", "kinds", "score"} & set(r) for r in rows)


def test_article_page_renders_the_review_choices_once(client: TestClient) -> None:
    # each claim carried its own select of every rating and an empty note box: a 5,512-claim
    # article's page held 1.1 MB of <option> elements; the choices are one template now
    few = save_article(client, "The mayor said 12 homes burned on Monday.")
    many = save_article(
        client, "".join(f"The mayor said {n} homes burned in Leeds.\n" for n in range(1, 41))
    )
    assert len(many["review"]) >= 20 * len(few["review"])
    pages = [client.get(f"/articles/{saved['id']}").text for saved in (few, many)]
    for page in pages:
        assert page.count("<option") == 1 + len(RATINGS)
        assert page.count("<textarea") == 1 and page.count('class="review"') == 1
    # what a claim adds to the page: its item's markup and its review row, nothing per choice
    per_claim = (len(pages[1]) - len(pages[0])) / (len(many["review"]) - len(few["review"]))
    # 916 bytes here: 1,024 with a tabindex on each sentence and claim, the claim's id on its
    # checkbox, link and article span as well as its item, spaced JSON and the reviewer's name
    assert per_claim < 950
    assert "tabindex" not in pages[1]  # report.js sets it on the element it focuses
    n_items = pages[1].count('<li class="item ')
    assert pages[1].count("data-claim=") == n_items  # on the list item only
    assert '"reviewer":' not in pages[1] and '"rating":null,"status":"open"' in pages[1]


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)
def test_desk_in_headless_chromium(tmp_path: Path, seed: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs pip install playwright")
    # the default config: the page shows a summary; analysis in the server process (fast start)
    server = Server(tmp_path / "desk.sqlite", "--workers", "0", log=tmp_path / "server.log")
    errors: list[str] = []
    requests: list[str] = []
    try:
        server.wait_ready()
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("request", lambda r: requests.append(r.url))
                page.emulate_media(reduced_motion="reduce")
                page.set_default_timeout(90_000)  # a busy shared machine can be slow to answer

                page.goto(server.url + "/")
                page.fill("#text", seed)
                page.click("#analyze")
                page.wait_for_url("**/articles/*", timeout=120_000)
                page.wait_for_selector("ol.claims li.item")

                # the report's own markup: summary, highlighted article, claim list (one template)
                assert page.locator("section.summary").is_visible()
                assert page.locator("section.summary .sum-list > li").count() >= 1
                # a summary sentence links the claims it carries; each link lands on a highlight
                refs = page.locator("section.summary a.claim-ref")
                assert refs.count() >= 1
                for i in range(refs.count()):
                    target = (refs.nth(i).get_attribute("href") or "#")[1:]
                    assert page.locator(f"#article-text #{target}.claim").count() == 1
                page.screenshot(path=str(tmp_path / "article.png"), full_page=False)
                refs.first.click()
                first_ref = (refs.first.get_attribute("href") or "#")[1:]
                sync_api.expect(page.locator(f"#{first_ref}")).to_be_focused()
                assert page.locator('link[href="/static/report/report.css"]').count() == 1
                items = page.locator("ol.claims li.item")
                n = items.count()
                assert n >= 9
                assert page.locator("#article-text .claim[id^='claim-']").count() == n
                assert page.locator("#progress").inner_text() == f"0 of {n} checked"

                # keyboard: j moves to the second claim, x ticks it; then rate and annotate it
                page.locator("body").press("j")
                page.locator("body").press("j")
                page.locator("body").press("x")
                second = items.nth(1)
                assert "current" in (second.get_attribute("class") or "")
                # (expect() polls from outside the page: the desk's CSP forbids the eval that a
                # string predicate in wait_for_function would need)
                sync_api.expect(items.nth(1).locator(".saved")).to_have_text("saved")
                page.locator("body").press("2")  # the second rating, by its key
                sync_api.expect(second.locator("select.rating")).to_have_value("false")
                sync_api.expect(items.nth(1).locator(".saved")).to_have_text("saved")
                second.locator("select.rating").select_option("misleading")
                sync_api.expect(items.nth(1).locator(".saved")).to_have_text("saved")
                second.locator("textarea").fill("CENTCOM figure; ask for the date")
                second.locator("textarea").blur()  # notes save on change
                sync_api.expect(items.nth(1).locator(".saved")).to_have_text("saved")
                claim_text = second.locator(".ctext").inner_text()
                assert page.locator("#progress").inner_text() == f"1 of {n} checked"
                page.screenshot(path=str(tmp_path / "review.png"), full_page=False)

                page.reload()
                page.wait_for_selector("ol.claims li.item")
                second = page.locator("ol.claims li.item").nth(1)
                assert second.locator("input[type=checkbox]").is_checked()
                assert second.locator("select.rating").input_value() == "misleading"
                assert (
                    second.locator("textarea").input_value() == "CENTCOM figure; ask for the date"
                )
                assert "done" in (second.get_attribute("class") or "")
                assert page.locator("ol.claims li.item input:checked").count() == 1

                # the archive finds it: by a word of the claim, among checked claims
                word = max(claim_text.split(), key=len).strip(".,\"'")
                page.goto(server.url + "/search")
                page.fill("#q", word)
                page.select_option("#rstatus", "checked")
                page.click("#search-form button")
                sync_api.expect(page.locator("#status")).to_have_text("1 article(s)")
                results = page.locator("#results > li")
                assert results.count() == 1
                assert claim_text in results.first.inner_text()
                page.screenshot(path=str(tmp_path / "search.png"), full_page=False)

                # the export buttons download the checklist with the review in it
                results.first.locator("a").first.click()
                page.wait_for_selector("ol.claims li.item")
                href = page.locator("#exports a[data-fmt=md]").get_attribute("href") or ""
                markdown = page.request.get(server.url + href)
                assert markdown.ok and markdown.text().count("- [x] ") == 1

                # a file instead of pasted text: HTML is read for its main text
                upload = tmp_path / "dam.html"
                upload.write_text(DAM_PAGE, encoding="utf-8")
                page.goto(server.url + "/")
                page.set_input_files("#file", str(upload))
                page.click("#analyze")
                page.wait_for_url("**/articles/*", timeout=120_000)
                page.wait_for_selector("ol.claims li.item")
                assert "3,400" in page.locator("#article-text").inner_text()
                assert "<p>" not in page.locator("#article-text").inner_text()
            finally:
                browser.close()
    finally:
        server.stop()
    assert errors == []
    assert all(url.startswith(server.url) for url in requests), requests  # no other host


@contextmanager
def _claims_only_desk(tmp_path: Path) -> Iterator[tuple[str, Any, Any]]:
    """A desk server with the claims-only config (fast start) and headless Chromium: (the
    server's URL, the browser, playwright's expect)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs pip install playwright")
    claims_only = Path(__file__).resolve().parents[2] / "configs" / "claims-only.yaml"
    server = Server(
        tmp_path / "d.sqlite", "--workers", "0", "-c", str(claims_only), log=tmp_path / "s.log"
    )
    try:
        server.wait_ready()
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                yield server.url, browser, sync_api.expect
            finally:
                browser.close()
    finally:
        server.stop()


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)
def test_desk_upload_reads_a_file_as_the_command_line_does(tmp_path: Path) -> None:
    # the page read a chosen file with Blob.text(), which turns bytes that are not UTF-8 into
    # U+FFFD without a word ("caf\ufffd" was analysed), and took a UTF-16 file's BOM and NULs as
    # text; the command line refuses the one and reads the other
    text = "The café owner said 12 homes burned on Monday."
    with _claims_only_desk(tmp_path) as (url, browser, expect):
        page = browser.new_page()
        page.set_default_timeout(60_000)
        page.goto(url + "/")
        # a 0-byte file was answered "paste an article or choose a file first", as if none
        empty = {"name": "empty.txt", "mimeType": "text/plain", "buffer": b""}
        page.set_input_files("#file", files=[empty])
        page.click("#analyze")
        expect(page.locator("#status")).to_have_text(
            "empty.txt: the file is empty: no text to process"
        )
        latin1 = {"name": "cafe.txt", "mimeType": "text/plain"}
        page.set_input_files("#file", files=[{**latin1, "buffer": text.encode("cp1252")}])
        page.click("#analyze")
        expect(page.locator("#status")).to_have_text(
            "cafe.txt: not valid UTF-8 (byte 0xe9 at offset 7); save it as UTF-8"
        )
        wide = {"name": "wide.txt", "mimeType": "text/plain"}
        data = b"\xff\xfe" + text.encode("utf-16-le")
        page.set_input_files("#file", files=[{**wide, "buffer": data}])
        page.click("#analyze")
        page.wait_for_url("**/articles/*")
        assert "The café owner said 12 homes" in page.locator("#article-text").inner_text()


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)
def test_two_tabs_on_one_claim_do_not_overwrite_each_other(tmp_path: Path) -> None:
    errors: list[str] = []
    with _claims_only_desk(tmp_path) as (url, browser, expect):
        first = browser.new_page()
        first.set_default_timeout(60_000)
        first.on("pageerror", lambda e: errors.append(str(e)))
        first.goto(url + "/")
        first.fill("#text", "The mayor said 12 homes burned on Monday.")
        first.click("#analyze")
        first.wait_for_url("**/articles/*")
        second = browser.new_page()  # opened before the first tab saves anything
        second.set_default_timeout(60_000)
        second.on("pageerror", lambda e: errors.append(str(e)))
        second.goto(first.url)
        mine, theirs = (p.locator("ol.claims li.item").first for p in (first, second))

        mine.locator("textarea").fill("ask the fire service")
        mine.locator("textarea").blur()
        expect(mine.locator(".saved")).to_have_text("saved")
        mine.locator("input[type=checkbox]").check()
        expect(mine.locator(".saved")).to_have_text("saved")

        # the second tab still shows an empty note: its save is refused, not applied
        theirs.locator("textarea").fill("looks fine")
        theirs.locator("textarea").blur()
        expect(theirs.locator(".saved")).to_have_text("changed elsewhere")
        expect(second.locator("#save-status")).to_contain_text("since you loaded")
        # ... and now shows what was saved, the tick and its count included
        assert theirs.locator("textarea").input_value() == "ask the fire service"
        assert theirs.locator("input[type=checkbox]").is_checked()
        assert "done" in (theirs.get_attribute("class") or "")
        # having seen it, the second editor can still overwrite it on purpose
        theirs.locator("textarea").fill("looks fine")
        theirs.locator("textarea").blur()
        expect(theirs.locator(".saved")).to_have_text("saved")
        first.reload()
        first.wait_for_selector("ol.claims li.item")
        mine = first.locator("ol.claims li.item").first
        assert mine.locator("textarea").input_value() == "looks fine"
        assert mine.locator("input[type=checkbox]").is_checked()
    assert errors == []


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
)
def test_the_archive_lists_an_articles_first_matches_and_counts_the_rest(tmp_path: Path) -> None:
    # one article with hundreds of matching claims filled the result list with all of them
    text = "".join(f"Officials said {n} bridges were closed in Leeds.\n" for n in range(1, 26))
    with _claims_only_desk(tmp_path) as (url, browser, expect):
        page = browser.new_page()
        page.set_default_timeout(60_000)
        saved = page.request.post(url + "/api/articles", data={"text": text, "id": "leeds"})
        assert saved.status == 201, saved.text()
        page.goto(url + "/search")
        page.fill("#q", "bridges")
        page.click("#search-form button")
        expect(page.locator("#status")).to_have_text("1 article(s)")
        (article,) = page.locator("#results > li").all()
        assert article.locator("li.ctext").count() == 20
        more = article.locator("li.more a")
        expect(more).to_have_text("+5 more in this article")
        assert more.get_attribute("href") == "/articles/leeds"


def test_the_page_of_an_article_of_headings_only_says_why_it_is_empty(client: TestClient) -> None:
    # the saved report keeps its note, and the desk's page shows it
    saved = save_article(client, "# Storm warning\n\n## Latest updates\n")
    assert saved["report"]["note"].startswith("the article has no body sentence")
    page = client.get(f"/articles/{saved['id']}").text
    assert '<p class="meta desk-meta note">Note: the article has no body sentence' in page
