"""Markdown claim checklist: one ``- [ ]`` item per claim, grouped by priority.

Text from the article goes through :mod:`factkit.render.markdown_text`, so raw HTML and
Markdown syntax in it are shown as written, never rendered.
"""

from __future__ import annotations

from factkit.document import Claim, Verdict
from factkit.render.labels import (
    claim_count_label,
    quantity_label,
    reason_label,
    speaker_label,
    time_label,
    unsupported_label,
)
from factkit.render.markdown_text import block_start, inline
from factkit.report import Report

# Score bands for the checklist groups.
PRIORITY_BANDS: tuple[tuple[str, float], ...] = (("High", 0.66), ("Medium", 0.33), ("Low", 0.0))


def _claim_lines(claim: Claim) -> list[str]:
    lines = [
        f"- [ ] **{inline(claim.text)}**  ",
        f"  score {claim.score:.2f} · {inline(', '.join(claim.kinds))} · `{claim.id}`",
    ]
    for att in claim.attributions:
        kind = "direct quote" if att.direct else "indirect"
        who = inline(speaker_label(att, "(unnamed source)"))
        lines.append(f"  - Speaker: {who} · cue “{inline(att.cue)}” · {kind}")
    if claim.quantities:
        numbers = "; ".join(quantity_label(q) for q in claim.quantities)
        lines.append("  - Numbers: " + inline(numbers))
    if claim.times:
        lines.append("  - Dates: " + inline("; ".join(time_label(t) for t in claim.times)))
    lines.append(f"  - Question: {inline(claim.question)}")
    return lines


def _summary_lines(report: Report) -> list[str]:
    summary = report.summary
    if summary is None:
        return []
    out = [f"## Summary ({inline(summary.method)}, {inline(summary.model)})", ""]
    if report.verification is not None and report.verification.score is not None:
        out += [f"_Summary {unsupported_label(report.verification.score)}_", ""]
    verdicts = {}
    if report.verification is not None:
        verdicts = {v.index: v for v in report.verification.sentences}
    for i, s in enumerate(summary.sentences):
        mark = ""
        if i in verdicts:
            v = verdicts[i]
            mark = (
                " ✅"
                if v.verdict == Verdict.SUPPORTED
                else " ⚠️ " + ", ".join(inline(reason_label(r.type)) for r in v.reasons)
            )
            if v.score is not None:
                mark += f" ({unsupported_label(v.score)})"
        claims = f" [{', '.join(s.claim_ids)}]" if s.claim_ids else ""  # checklist ids
        out.append(f"> {block_start(s.text)}{claims}{mark}")
        out.append(">")
    if out[-1] == ">":
        out.pop()
    out.append("")
    return out


def render_markdown(report: Report) -> str:
    art = report.article
    title = art.title or art.id or "article"
    out = [f"# Claim checklist: {inline(title)}", ""]
    meta = [
        f"date {art.date.isoformat()}" if art.date else "no date",
        f"section {art.section}" if art.section else None,
        f"credit {art.credit}" if art.credit else None,
        claim_count_label(len(report.claims)),
    ]
    out += ["_" + inline(" · ".join(m for m in meta if m)) + "_", ""]
    if report.note:
        out += [f"**Note:** {inline(report.note)}", ""]
    out += _summary_lines(report)
    ranked = sorted(report.claims, key=lambda c: (-c.score, c.sentence_index))
    for band, floor in PRIORITY_BANDS:
        upper = {"High": 1.01, "Medium": 0.66, "Low": 0.33}[band]
        group = [c for c in ranked if floor <= c.score < upper]
        if not group:
            continue
        out += [f"## {band} priority ({len(group)})", ""]
        for claim in group:
            out += _claim_lines(claim)
        out.append("")
    if not report.claims:
        out += ["No checkable claims found.", ""]
    return "\n".join(out).rstrip() + "\n"
