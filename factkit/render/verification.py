"""Rendering of a summary verification (``factkit verify``)."""

from __future__ import annotations

from factkit import json_text
from factkit.document import Article, Verdict, Verification, VerifiedSentence
from factkit.render.labels import (
    reason_label,
    sentence_count_label,
    support_note,
    unsupported_label,
)
from factkit.render.markdown_text import inline
from factkit.render.to_json import verification_to_dict


def render_verification_json(result: Verification, article: Article) -> str:
    return json_text.document(verification_to_dict(result, article))


def render_verification_markdown(
    result: Verification, article: Article, written: str | None = None
) -> str:
    """The Markdown report. ``written``: the text the summary's offsets index, where it is not
    the verified prose (a Markdown summary's file): each sentence is shown without the markup
    its reader blanked (:func:`shown_text`)."""
    bad = sum(s.verdict != Verdict.SUPPORTED for s in result.sentences)
    title = article.title or article.id or article.source_path or "article"
    out = [
        f"# Summary check against {inline(title)}",
        "",
        f"_{sentence_count_label(len(result.sentences))} · {len(result.sentences) - bad} supported"
        f" · {bad} unsupported{_score_text(result.score, 'summary ')}_",
        "",
    ]
    for s in result.sentences:
        mark = "✅ supported" if s.verdict == Verdict.SUPPORTED else "❌ unsupported"
        mark += _score_text(s.score)
        out.append(f"{s.index + 1}. **{inline(shown_text(s, written))}** — {mark}")
        tagged = [(r, "") for r in s.reasons] + [(r, " (note)") for r in s.notes]
        for r, note in tagged:
            where = ""
            if r.source_start is not None and r.source_end is not None:
                quoted = inline(article.text[r.source_start : r.source_end])
                where = f" (source {r.source_start}–{r.source_end}: “{quoted}”)"
            out.append(f"   - **{inline(reason_label(r.type))}**{note}: {inline(r.detail)}{where}")
        if s.support:
            best = s.support[0]
            out.append(
                f"   - best support: sentence {best.sentence_index}{support_note(best.kind)}"
                f" (similarity {best.similarity:.2f})"
            )
    return "\n".join(out) + "\n"


def shown_text(sentence: VerifiedSentence, written: str | None) -> str:
    """The sentence as a report shows it: its ``text`` (the prose at its offsets, markup blanked
    to spaces: "Zalmay Khalilzad  , the US envoy" for ``**Zalmay Khalilzad**, the US envoy``)
    without the blanked characters (a space in the prose where ``written`` has none), so that
    it reads "Zalmay Khalilzad, the US envoy". A blanked run between two letters or digits
    (``<br>``) leaves one space, so that words never join."""
    if written is None:
        return sentence.text
    source = written[sentence.start : sentence.end]
    if len(source) != len(sentence.text):  # not the text this prose came from
        return sentence.text
    shown: list[str] = []
    dropped = False
    for prose_char, written_char in zip(sentence.text, source, strict=True):
        if prose_char == " " and not written_char.isspace():
            dropped = True
            continue
        if dropped and shown and shown[-1].isalnum() and prose_char.isalnum():
            shown.append(" ")
        shown.append(prose_char)
        dropped = False
    return "".join(shown)


def _score_text(score: float | None, prefix: str = "") -> str:
    """' · summary p(unsupported) 0.93' (the calibrated probability), or nothing."""
    return "" if score is None else f" · {prefix}{unsupported_label(score)}"
