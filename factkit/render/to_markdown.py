"""Markdown claim checklist: one ``- [ ]`` item per claim, grouped by priority."""

from __future__ import annotations

from factkit.document import Claim, Report
from factkit.render.labels import quantity_label, speaker_label, time_label

# Score bands for the checklist groups.
PRIORITY_BANDS: tuple[tuple[str, float], ...] = (("High", 0.66), ("Medium", 0.33), ("Low", 0.0))


def _claim_lines(claim: Claim) -> list[str]:
    text = " ".join(claim.text.split())
    lines = [
        f"- [ ] **{text}**  ",
        f"  score {claim.score:.2f} · {', '.join(claim.kinds)} · `{claim.id}`",
    ]
    for att in claim.attributions:
        kind = "direct quote" if att.direct else "indirect"
        lines.append(
            f"  - Speaker: {speaker_label(att, '(unnamed source)')} · cue “{att.cue}” · {kind}"
        )
    if claim.quantities:
        lines.append("  - Numbers: " + "; ".join(quantity_label(q) for q in claim.quantities))
    if claim.times:
        lines.append("  - Dates: " + "; ".join(time_label(t) for t in claim.times))
    lines.append(f"  - Question: {claim.question}")
    return lines


def render_markdown(report: Report) -> str:
    art = report.article
    title = art.title or art.id or "article"
    out = [f"# Claim checklist: {title}", ""]
    meta = [
        f"date {art.date.isoformat()}" if art.date else "no date",
        f"section {art.section}" if art.section else None,
        f"credit {art.credit}" if art.credit else None,
        f"{len(report.claims)} claims",
    ]
    out += ["_" + " · ".join(m for m in meta if m) + "_", ""]
    if report.summary is not None:
        out += [f"## Summary ({report.summary.method}, {report.summary.model})", ""]
        verdicts = {}
        if report.verification is not None:
            verdicts = {v.index: v for v in report.verification.sentences}
        for i, s in enumerate(report.summary.sentences):
            mark = ""
            if i in verdicts:
                v = verdicts[i]
                mark = (
                    " ✅"
                    if v.verdict == "supported"
                    else " ⚠️ " + ", ".join(r.type for r in v.reasons)
                )
            claims = f" [{', '.join(s.claim_ids)}]" if s.claim_ids else ""  # checklist ids
            out.append(f"> {' '.join(s.text.split())}{claims}{mark}")
            out.append(">")
        if out[-1] == ">":
            out.pop()
        out.append("")
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
