"""Stored reports back to :class:`~factkit.report.Report`, and the checklist exports.

The archive stores the JSON contract (``report_to_dict``) and the article text; the exports are
the project's own renderers (Markdown checklist, CSV, JSON) run on the rebuilt Report, with the
desk's review state added: ticked boxes and a review line in Markdown, review columns in CSV, a
``review`` object per claim in JSON.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from factkit import json_text
from factkit.render.to_json import parse_report, report_to_dict
from factkit.report import Report
from factkit.serve.storage import DamagedArticle

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


def _summary_with_texts(data: dict[str, Any], text: str) -> dict[str, Any]:
    """The stored summary with each sentence's text (the contract does not write it) put back:
    the article span for extractive sentences, else the verified sentence's text, else the whole
    summary when it is one sentence."""
    summary = data["summary"]
    verified = {
        v["index"]: v["text"] for v in (data.get("verification") or {}).get("sentences") or []
    }
    parts = summary.get("sentences") or []
    sentences = [
        {
            **p,
            "text": text[p["start"] : p["end"]]
            if p.get("start") is not None and p.get("end") is not None
            else verified.get(i, summary["text"] if len(parts) == 1 else ""),
        }
        for i, p in enumerate(parts)
    ]
    return {**summary, "sentences": sentences}


def report_from_dict(data: dict[str, Any], text: str) -> Report:
    """A stored JSON report and its article text back to a Report (parsed by the contract)."""
    filled = {**data, "document": {**(data.get("document") or {}), "text": text}}
    if data.get("summary"):
        filled["summary"] = _summary_with_texts(data, text)
    stored = parse_report(filled)
    return Report(
        article=stored.document,
        sentences=stored.sentences,
        times=stored.times,
        claims=stored.claims,
        summary=stored.summary,
        verification=stored.verification,
        note=stored.note,
    )


def stored_report(article: dict[str, Any]) -> Report:
    """A saved article's report (``Store.get_article``). One that is JSON but no factkit report
    (edited outside the desk: ``{}``, ``null``) is a :class:`DamagedArticle`, named, where it was
    "internal error (ValidationError)" or "(TypeError)"."""
    data = article["report"]
    if not isinstance(data, dict):
        problem = f"is not a factkit report (it is {json.dumps(data)[:40]})"
        raise DamagedArticle(article["id"], problem)
    try:
        return report_from_dict(data, article["text"])
    except ValueError as exc:  # pydantic's ValidationError is one
        problem = f"is not a factkit report ({' '.join(str(exc).split())[:120]})"
        raise DamagedArticle(article["id"], problem) from None


def _review_line(r: dict[str, Any]) -> str | None:
    from factkit.render.markdown_text import inline

    # a reviewer's words stay text, like the article's (no HTML, links or emphasis)
    parts = [
        f"rated {r['rating']}" if r.get("rating") else None,
        f"by {inline(str(r['reviewer']))}" if r.get("reviewer") else None,
        f"note: {inline(str(r['note']))}" if r.get("note") else None,
    ]
    shown = [p for p in parts if p]
    return "  - Review: " + " · ".join(shown) if shown else None


def export(article: dict[str, Any], fmt: str) -> str:
    """``md`` | ``csv`` | ``json`` checklist of a stored article (``Store.get_article``)."""
    report = stored_report(article)
    review = {r["claim_id"]: r for r in article["review"]}
    if fmt == "json":
        data = report_to_dict(report)
        for claim in data["claims"]:
            r = review.get(claim["id"])
            if r is not None:
                claim["review"] = {
                    k: r[k] for k in ("status", "rating", "note", "reviewer", "updated_at")
                }
                claim["review"]["desk_id"] = r["id"]
        return json_text.document(data)
    if fmt == "csv":
        from factkit.render.to_csv import render_csv, safe_cell

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
                    safe_cell(r.get("note") or ""),  # a reviewer's text is text too
                    safe_cell(r.get("reviewer") or ""),
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
