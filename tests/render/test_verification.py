"""``factkit verify --format markdown``: texts are inert Markdown, reasons in the reader's words,
calibrated scores beside the verdicts."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from factkit.config import load_config
from factkit.document import Verdict, VerifiedSentence
from factkit.ingest import article_from_text
from factkit.pipeline import Pipeline
from factkit.render.labels import REASON_LABEL
from factkit.render.verification import render_verification_markdown, shown_text
from factkit.summary_file import markdown_prose
from factkit.verification import Verifier

HOSTILE_SUMMARY = (
    "The UN human rights chief said <img src=x onerror=alert(1)> her office had counted "
    "**138** deaths among civilians. Click here for more updates."
)


def test_verification_markdown_escapes_texts_and_labels_reasons(seed_text: str) -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(seed_text, title="<b>Envoy</b> *warns*"))
    result = Verifier(cfg).verify(HOSTILE_SUMMARY, report.article, report.sentences)
    md = render_verification_markdown(result, report.article)
    rendered = MarkdownIt("commonmark").render(md)
    # article and summary text stay text: no raw HTML, no emphasis made from the summary
    assert "<img" not in rendered and "<b>Envoy" not in rendered
    assert "<em>warns</em>" not in rendered and "<strong>138</strong>" not in rendered
    assert "&lt;img src=x" in rendered
    # reason codes appear as their labels, never as raw codes
    types = {r.type for s in result.sentences for r in (*s.reasons, *s.notes)}
    assert {"number_mismatch", "boilerplate"} <= types
    for reason_type in types:
        assert f"**{REASON_LABEL[reason_type]}**" in md
        assert f"`{reason_type}`" not in md
    # scores beside the verdicts and the summary's in the header line
    assert result.score is not None
    assert f"summary p(unsupported) {result.score:.2f}_" in md
    verdicts = re.findall(r"— [✅❌] \w+ · p\(unsupported\) (\d\.\d\d)$", md, re.M)
    assert verdicts == [f"{s.score:.2f}" for s in result.sentences]


CAPTIONED = (
    "Museum break-in\n\n"
    "Police said the Boston museum reopened on Monday after the break-in, the city's largest "
    "art theft.\n\n"
    "The FBI (left) has offered a $5million reward for the stolen paintings\n\n"
    "Officers searched the house of a suspect and found a list of the stolen pieces.\n"
)


def test_verification_markdown_says_when_the_best_support_is_a_photo_caption() -> None:
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(CAPTIONED))
    summary = "The FBI has offered a $5million reward. Officers searched the house of a suspect."
    result = Verifier(cfg).verify(summary, report.article, report.sentences)
    md = render_verification_markdown(result, report.article)
    supports = re.findall(r"best support: sentence \d+(, a photo caption)? \(", md)
    assert supports == [", a photo caption", ""]


def test_a_sentence_is_shown_without_the_markup_its_reader_blanked() -> None:
    # the report showed the blanked marks as spaces: "Zalmay Khalilzad , the US envoy"
    written = "**Zalmay Khalilzad**, the US envoy, said [so](https://example.com/1).\nA<br>B."
    prose = markdown_prose(written)
    sentence = VerifiedSentence(0, 0, len(written), prose, Verdict.SUPPORTED, (), ())
    assert shown_text(sentence, written) == "Zalmay Khalilzad, the US envoy, said so.\nA B."
    assert shown_text(sentence, None) == prose  # no written text: the prose as it is


def test_the_header_counts_one_sentence_in_the_singular() -> None:
    # a one-sentence summary's report opened "_1 sentences · ..."
    cfg = load_config(None, ["summarizer.enabled=false", "checkworthiness.enabled=false"])
    report = Pipeline(cfg).analyze(article_from_text(CAPTIONED))
    for summary, count in (
        ("Officers searched the house.", "1 sentence"),
        ("Officers searched the house. The FBI offered a reward.", "2 sentences"),
    ):
        result = Verifier(cfg).verify(summary, report.article, report.sentences)
        md = render_verification_markdown(result, report.article)
        assert md.splitlines()[2].startswith(f"_{count} · "), md.splitlines()[2]
