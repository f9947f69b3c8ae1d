"""Stored reports back to :class:`~factkit.document.Report`, and the checklist exports.

The archive stores the JSON contract (``report_to_dict``) and the article text; the exports are
the project's own renderers (Markdown checklist, CSV, JSON) run on the rebuilt Report, with the
desk's review state added: ticked boxes and a review line in Markdown, review columns in CSV, a
``review`` object per claim in JSON.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from factkit.document import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    Quantity,
    ReasonType,
    Report,
    SegmentKind,
    Sentence,
    Summary,
    SummarySentence,
    SupportSpan,
    TimeAnchor,
    Verdict,
    Verification,
    VerifiedSentence,
    VerifyReason,
)

EXPORTS = {"md": "text/markdown", "csv": "text/csv", "json": "application/json"}


def text_from_sentences(sentences: list[dict[str, Any]]) -> str:
    """The article text rebuilt from its sentences' offsets (for imported batch reports, which do
    not carry the text): every span lands where it was, gaps become spaces or line breaks."""
    end = max((int(s["end"]) for s in sentences), default=0)
    chars = [" "] * end
    previous = None
    for s in sorted(sentences, key=lambda s: int(s["start"])):
        start = int(s["start"])
        if previous is not None and previous < start:
            chars[previous] = "\n"  # segments are usually lines or paragraphs apart
        chars[start : int(s["end"])] = list(str(s["text"]))[: int(s["end"]) - start]
        previous = int(s["end"])
    return "".join(chars)


def _reason(d: dict[str, Any]) -> VerifyReason:
    span = d.get("summary_span")
    return VerifyReason(
        ReasonType(d["type"]),
        d.get("detail", ""),
        (int(span[0]), int(span[1])) if span else None,
        d.get("source_start"),
        d.get("source_end"),
    )


def _score(value: Any) -> float | None:
    return None if value is None else float(value)


def report_from_dict(data: dict[str, Any], text: str) -> Report:
    doc = data.get("document") or {}
    article = Article(
        text=text,
        id=doc.get("id") or "",
        date=dt.date.fromisoformat(doc["date"]) if doc.get("date") else None,
        section=doc.get("section"),
        title=doc.get("title"),
        credit=doc.get("credit"),
    )
    sentences = [
        Sentence(**{**s, "kind": SegmentKind(s["kind"])}) for s in data.get("sentences") or []
    ]
    claims = [
        Claim(
            id=c["id"],
            sentence_index=c["sentence_index"],
            start=c["start"],
            end=c["end"],
            text=c["text"],
            kinds=tuple(ClaimKind(k) for k in c["kinds"]),
            score=float(c["score"]),
            question=c.get("question", ""),
            quantities=tuple(Quantity(**q) for q in c.get("quantities") or []),
            attributions=tuple(Attribution(**a) for a in c.get("attributions") or []),
            times=tuple(TimeAnchor(**t) for t in c.get("times") or []),
        )
        for c in data.get("claims") or []
    ]
    verification = None
    if data.get("verification"):
        verification = Verification(
            tuple(
                VerifiedSentence(
                    index=v["index"],
                    start=v["start"],
                    end=v["end"],
                    text=v["text"],
                    verdict=Verdict(v["verdict"]),
                    reasons=tuple(_reason(r) for r in v.get("reasons") or []),
                    support=tuple(SupportSpan(**s) for s in v.get("support") or []),
                    notes=tuple(_reason(r) for r in v.get("notes") or []),
                    score=_score(v.get("score")),
                )
                for v in data["verification"].get("sentences") or []
            ),
            score=_score(data["verification"].get("score")),
        )
    summary = None
    if data.get("summary"):
        s = data["summary"]
        verified = {v.index: v.text for v in verification.sentences} if verification else {}
        parts = s.get("sentences") or []
        summary = Summary(
            text=s["text"],
            method=s["method"],
            model=s["model"],
            strategy=s.get("strategy", "single"),
            sentences=tuple(
                SummarySentence(
                    p.get("index"),
                    p.get("start"),
                    p.get("end"),
                    float(p.get("score") or 0.0),
                    text[p["start"] : p["end"]]
                    if p.get("start") is not None and p.get("end") is not None
                    else verified.get(i, s["text"] if len(parts) == 1 else ""),
                    tuple(p.get("claim_ids") or ()),
                )
                for i, p in enumerate(parts)
            ),
        )
    return Report(
        article=article,
        sentences=sentences,
        times=[TimeAnchor(**t) for t in data.get("times") or []],
        claims=claims,
        summary=summary,
        verification=verification,
    )


def _review_line(r: dict[str, Any]) -> str | None:
    parts = [
        f"rated {r['rating']}" if r.get("rating") else None,
        f"by {r['reviewer']}" if r.get("reviewer") else None,
        f"note: {' '.join(str(r['note']).split())}" if r.get("note") else None,
    ]
    shown = [p for p in parts if p]
    return "  - Review: " + " · ".join(shown) if shown else None


def export(article: dict[str, Any], fmt: str) -> str:
    """``md`` | ``csv`` | ``json`` checklist of a stored article (``Store.get_article``)."""
    report = report_from_dict(article["report"], article["text"])
    review = {r["claim_id"]: r for r in article["review"]}
    if fmt == "json":
        from factkit.render.to_json import report_to_dict

        data = report_to_dict(report)
        for claim in data["claims"]:
            r = review.get(claim["id"])
            if r is not None:
                claim["review"] = {
                    k: r[k] for k in ("status", "rating", "note", "reviewer", "updated_at")
                }
                claim["review"]["desk_id"] = r["id"]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        from factkit.render.to_csv import render_csv

        rows = list(csv.reader(io.StringIO(render_csv(report))))
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([*rows[0], "status", "rating", "note", "reviewer"])
        for row in rows[1:]:
            r = review.get(row[0], {})
            writer.writerow(
                [
                    *row,
                    r.get("status", "open"),
                    r.get("rating") or "",
                    r.get("note") or "",
                    r.get("reviewer") or "",
                ]
            )
        return buf.getvalue()
    if fmt == "md":
        from factkit.render.to_markdown import render_markdown

        return _ticked(render_markdown(report), review)
    raise ValueError(fmt)


def _ticked(markdown: str, review: dict[str, dict[str, Any]]) -> str:
    """Tick the checked claims' boxes and add a review line under each reviewed claim. A claim's
    item is ``- [ ] **text**`` followed by a line ending in its id in backticks."""
    lines = markdown.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if not line.startswith("  score ") or i == 0:
            continue
        claim_id = line.rsplit("`", 2)[-2] if line.endswith("`") else None
        r = review.get(claim_id or "")
        if r is None:
            continue
        if r.get("status") == "checked" and out[-2].startswith("- [ ] "):
            out[-2] = "- [x] " + out[-2][len("- [ ] ") :]
        extra = _review_line(r)
        if extra:
            out.append(extra)
    return "\n".join(out)
