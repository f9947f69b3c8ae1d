"""Rendering of a summary verification (``factkit verify``)."""

from __future__ import annotations

import json

from factkit.document import Article, Verdict, Verification
from factkit.render.labels import reason_label, support_note, unsupported_label
from factkit.render.markdown_text import inline
from factkit.render.to_json import verification_to_dict


def render_verification_json(result: Verification, article: Article) -> str:
    return json.dumps(verification_to_dict(result, article), ensure_ascii=False, indent=2) + "\n"


def render_verification_markdown(result: Verification, article: Article) -> str:
    bad = sum(s.verdict != Verdict.SUPPORTED for s in result.sentences)
    title = article.title or article.id or article.source_path or "article"
    out = [
        f"# Summary check against {inline(title)}",
        "",
        f"_{len(result.sentences)} sentences · {len(result.sentences) - bad} supported"
        f" · {bad} unsupported{_score_text(result.score, 'summary ')}_",
        "",
    ]
    for s in result.sentences:
        mark = "✅ supported" if s.verdict == Verdict.SUPPORTED else "❌ unsupported"
        mark += _score_text(s.score)
        out.append(f"{s.index + 1}. **{inline(s.text)}** — {mark}")
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


def _score_text(score: float | None, prefix: str = "") -> str:
    """' · summary p(unsupported) 0.93' (the calibrated probability), or nothing."""
    return "" if score is None else f" · {prefix}{unsupported_label(score)}"
