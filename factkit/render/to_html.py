"""One self-contained HTML page per report: summary with verification marks, the article with
claims highlighted, and a checklist of claims beside it.

No network: CSS and JS are inline, and the report's JSON is embedded in a
``<script type="application/json">`` block (with ``<``, ``>``, ``&`` escaped so article text can
never close the block). All article text goes through :func:`html.escape`.

Highlights are built from character offsets. Spans from several layers (segment, claim, speaker,
number, date, disagreeing source span) may overlap arbitrarily; :func:`_markup` nests them by
layer and, where an inner span crosses an outer boundary, closes and reopens it, so the output is
always well-formed and a claim (which lies inside one segment) is never split.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factkit.document import Claim, Report, Verification, VerifiedSentence
from factkit.render.labels import quantity_label, speaker_label, time_label
from factkit.render.to_json import report_to_dict

# Layers, outermost first: a span of a lower layer always encloses spans of higher layers.
_LAYERS = SEGMENT, CLAIM, SPEAKER, QUANTITY, TIME, SOURCE = range(6)

_KIND_LABEL = {
    "quantitative": "number",
    "attributed": "attributed",
    "both": "number + attributed",
}

_REASON_LABEL = {
    "number_mismatch": "Number differs",
    "number_not_in_source": "Number not in article",
    "speaker_mismatch": "Wrong speaker",
    "date_mismatch": "Date differs",
    "entity_not_in_source": "Name not in article",
    "no_support": "No supporting sentence",
    "qualifier_dropped": "Qualifier dropped",
}


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    layer: int
    tag: str  # element name
    attrs: str  # pre-escaped attribute string, first fragment only
    cont_attrs: str  # attributes of continuation fragments (no id)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _attrs(**items: str | None) -> str:
    parts = []
    for key, value in items.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f' {name}="{_esc(value)}"')
    return "".join(parts)


def _markup(text: str, spans: Iterable[_Span]) -> str:
    """``text`` escaped, with ``spans`` as nested elements.

    Invariant: the stack of open elements has non-decreasing layers. An element that ends, or
    that belongs to a deeper layer than an element starting here, is closed together with
    everything above it; those that continue past this point are reopened as continuation
    fragments (``cont_attrs``: no id), so output is well-formed whatever the overlaps.
    """
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, s.layer, -s.end),
    )
    bounds = sorted({0, len(text)} | {s.start for s in valid} | {s.end for s in valid})
    out: list[str] = []
    stack: list[_Span] = []
    opened: set[int] = set()
    next_span = 0
    for pos, nxt in itertools.pairwise(bounds):
        starting: list[_Span] = []
        while next_span < len(valid) and valid[next_span].start <= pos:
            starting.append(valid[next_span])
            next_span += 1
        min_new = min((s.layer for s in starting), default=len(_LAYERS))
        cut = next(
            (i for i, s in enumerate(stack) if s.end <= pos or s.layer > min_new), len(stack)
        )
        reopen: list[_Span] = []
        while len(stack) > cut:
            top = stack.pop()
            out.append(f"</{top.tag}>")
            if top.end > pos:
                reopen.append(top)
        for span in sorted(reopen + starting, key=lambda s: (s.layer, -s.end)):
            first = id(span) not in opened
            opened.add(id(span))
            out.append(f"<{span.tag}{span.attrs if first else span.cont_attrs}>")
            stack.append(span)
        out.append(_esc(text[pos:nxt]))
    out.extend(f"</{span.tag}>" for span in reversed(stack))
    return "".join(out)


def _claim_kind(claim: Claim) -> str:
    kinds = set(claim.kinds)
    if {"quantitative", "attributed"} <= kinds:
        return "both"
    return "attributed" if "attributed" in kinds else "quantitative"


def _fmt_value(value: float) -> str:
    return f"{value:,.6g}"


def _source_spans(verification: Verification | None) -> list[tuple[str, int, int, str]]:
    """(element id, start, end, label) of every article span a verification reason points to."""
    found: list[tuple[str, int, int, str]] = []
    if verification is None:
        return found
    for vs in verification.sentences:
        for j, reason in enumerate(vs.reasons):
            if reason.source_start is not None and reason.source_end is not None:
                label = _REASON_LABEL.get(reason.type, reason.type)
                found.append((f"src-{vs.index}-{j}", reason.source_start, reason.source_end, label))
    return found


def _claim_title(claim: Claim, kind: str) -> str:
    return f"Claim {claim.id} · {_KIND_LABEL[kind]} · score {claim.score:.2f}"


def _article_spans(report: Report) -> list[_Span]:
    """Every highlight of the article, from the report's offsets."""
    spans: list[_Span] = []
    for seg in report.sentences:
        cls = "seg" if seg.kind == "body" else f"seg muted seg-{seg.kind}"
        title = None if seg.kind == "body" else f"{seg.kind} (not body text)"
        first = _attrs(id=f"sent-{seg.index}", class_=cls, title=title, tabindex="-1")
        spans.append(_Span(seg.start, seg.end, SEGMENT, "span", first, _attrs(class_=cls)))
    for claim in report.claims:
        kind = _claim_kind(claim)
        first = _attrs(
            id=f"claim-{claim.id}",
            class_=f"claim k-{kind}",
            data_claim=claim.id,
            tabindex="-1",
            title=_claim_title(claim, kind),
        )
        cont = _attrs(class_=f"claim-cont k-{kind}")
        spans.append(_Span(claim.start, claim.end, CLAIM, "span", first, cont))
        for q in claim.quantities:
            unit = f" {q.unit}" if q.unit else ""
            qual = f"{q.qualifier} " if q.qualifier else ""
            a = _attrs(class_="qty", title=f"number: {qual}{_fmt_value(q.value)}{unit}")
            spans.append(_Span(q.start, q.end, QUANTITY, "span", a, a))
        for att in claim.attributions:
            if att.speaker and att.speaker_start is not None and att.speaker_end is not None:
                who = att.speaker_resolved or att.speaker
                a = _attrs(class_="spk", title=f"speaker: {who}")
                spans.append(_Span(att.speaker_start, att.speaker_end, SPEAKER, "span", a, a))
    for t in report.times:
        a = _attrs(class_="time", title=f"date: {t.resolved or 'unresolved'}")
        spans.append(_Span(t.start, t.end, TIME, "span", a, a))
    for elem_id, start, end, label in _source_spans(report.verification):
        first = _attrs(id=elem_id, class_="src", title=f"summary check: {label}", tabindex="-1")
        spans.append(_Span(start, end, SOURCE, "mark", first, _attrs(class_="src")))
    return spans


def _summary_html(report: Report) -> str:
    summary = report.summary
    if summary is None:
        return ""
    head = (
        f'<section class="card summary" aria-labelledby="sum-h"><h2 id="sum-h">Summary '
        f"<small>{_esc(summary.method)} · {_esc(summary.model)}</small></h2>"
    )
    verification = report.verification
    if verification is None:
        items = []
        for s in summary.sentences:
            link = ""
            if s.index is not None:
                link = f' <a class="jump" href="#sent-{s.index}" aria-label="show in article">↧</a>'
            items.append(f"<li>{_esc(' '.join(s.text.split()))}{link}</li>")
        return head + f'<ol class="sum-list">{"".join(items)}</ol></section>'

    bad = sum(v.verdict != "supported" for v in verification.sentences)
    status = (
        '<p class="vstatus ok">✓ Every summary sentence is supported by the article.</p>'
        if bad == 0
        else f'<p class="vstatus bad">✗ {bad} of {len(verification.sentences)} summary '
        f"sentences are not supported by the article.</p>"
    )
    items = [_verified_item(summary.text, vs) for vs in verification.sentences]
    return head + status + f'<ol class="sum-list">{"".join(items)}</ol></section>'


def _verified_item(summary_text: str, vs: VerifiedSentence) -> str:
    ok = vs.verdict == "supported"
    spans = []
    for reason in vs.reasons:
        if reason.summary_span is not None:
            s, e = reason.summary_span
            a = _attrs(class_="err", title=_REASON_LABEL.get(reason.type, reason.type))
            spans.append(_Span(s - vs.start, e - vs.start, QUANTITY, "mark", a, a))
    body = _markup(summary_text[vs.start : vs.end], spans)
    mark = (
        '<span class="verdict ok" aria-label="supported">✓</span>'
        if ok
        else '<span class="verdict bad" aria-label="unsupported">✗</span>'
    )
    reasons = []
    for j, reason in enumerate(vs.reasons):
        label = _REASON_LABEL.get(reason.type, reason.type)
        link = ""
        if reason.source_start is not None:
            link = (
                f' <a class="jump" href="#src-{vs.index}-{j}" data-target="src-{vs.index}-{j}">'
                "show in article</a>"
            )
        reasons.append(
            f'<li class="reason r-{_esc(reason.type)}"><b>{_esc(label)}</b>: '
            f"{_esc(reason.detail)}{link}</li>"
        )
    support = ""
    if vs.support:
        best = vs.support[0]
        support = (
            f'<a class="jump support" href="#sent-{best.sentence_index}" '
            f'data-target="sent-{best.sentence_index}">best support '
            f"(similarity {best.similarity:.2f})</a>"
        )
    reason_list = f'<ul class="reasons">{"".join(reasons)}</ul>' if reasons else ""
    cls = "vs ok" if ok else "vs bad"
    return f'<li class="{cls}">{mark} <span class="vtext">{body}</span> {support}{reason_list}</li>'


def _claim_item(claim: Claim, rank: int) -> str:
    kind = _claim_kind(claim)
    bits = []
    speakers = []
    for att in claim.attributions:
        who = speaker_label(att)
        if who not in speakers:
            speakers.append(who)
    if speakers:
        bits.append(f"<dt>Speaker</dt><dd>{_esc('; '.join(speakers))}</dd>")
    if claim.quantities:
        nums = "; ".join(quantity_label(q) for q in claim.quantities)
        bits.append(f"<dt>Numbers</dt><dd>{_esc(nums)}</dd>")
    if claim.times:
        dates = "; ".join(time_label(t) for t in claim.times)
        bits.append(f"<dt>Dates</dt><dd>{_esc(dates)}</dd>")
    bits.append(f"<dt>Check</dt><dd class='question'>{_esc(claim.question)}</dd>")
    text = " ".join(claim.text.split())
    cid = _esc(claim.id)
    return (
        f'<li class="item kind-{kind}" data-claim="{cid}">'
        f'<input type="checkbox" id="chk-{cid}" data-claim="{cid}" '
        f'aria-label="Mark claim {rank} as checked">'
        f'<div class="item-body"><a class="goto" href="#claim-{cid}" data-claim="{cid}">'
        f'<span class="badge k-{kind}">{_esc(_KIND_LABEL[kind])}</span>'
        f'<span class="score" title="check-worthiness score">{claim.score:.2f}</span>'
        f'<span class="ctext">{_esc(text)}</span></a>'
        f"<dl>{''.join(bits)}</dl></div></li>"
    )


def _json_payload(report: Report) -> str:
    raw = json.dumps(report_to_dict(report), ensure_ascii=False, separators=(",", ":"))
    # keep the block unbreakable by any text inside it, and valid JS/JSON everywhere
    return (
        raw.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (no external resources)."""
    art = report.article
    title = art.title or art.id or (Path(art.source_path).name if art.source_path else "")
    title = title or "Claim report"
    meta = [
        art.date.isoformat() if art.date else None,
        art.section,
        art.credit,
        f"{len(report.claims)} claims",
    ]
    meta_html = " · ".join(_esc(m) for m in meta if m)
    ranked: Sequence[Claim] = sorted(report.claims, key=lambda c: (-c.score, c.sentence_index))
    items = "".join(_claim_item(c, i + 1) for i, c in enumerate(ranked))
    if not items:
        items = '<li class="empty">No checkable claims found.</li>'
    counts = {k: sum(_claim_kind(c) == k for c in report.claims) for k in _KIND_LABEL}
    legend = "".join(
        f'<li><span class="swatch claim k-{k}"></span>{_esc(label)} ({counts[k]})</li>'
        for k, label in _KIND_LABEL.items()
    ) + (
        '<li><span class="qty">12</span> number</li>'
        '<li><span class="spk">Name</span> speaker</li>'
        '<li><span class="time">Tuesday</span> date</li>'
        '<li><span class="muted">caption</span> not body text</li>'
    )
    article_html = _markup(art.text, _article_spans(report))
    return _fill(
        _PAGE,
        title=_esc(f"factkit · {title}"),
        heading=_esc(title),
        meta=meta_html,
        summary=_summary_html(report),
        legend=legend,
        article=article_html,
        n_claims=str(len(report.claims)),
        items=items,
        data=_json_payload(report),
        css=_CSS,
        js=_JS,
    )


def _fill(template: str, **parts: str) -> str:
    # str.format would trip over the braces of CSS and JS
    for key, value in parts.items():
        template = template.replace("{{" + key + "}}", value)
    return template


_CSS = """
:root{--fg:#1f2328;--muted:#6b7280;--bg:#f6f7f9;--card:#fff;--line:#d9dde3;
--q:#dbeafe;--q-b:#2563eb;--a:#fef3c7;--a-b:#b45309;--b:#ede9fe;--b-b:#6d28d9;
--ok:#15803d;--bad:#b91c1c;--spk:#0f766e;--time:#166534}
*{box-sizing:border-box}
html{scroll-padding-top:1rem}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  color:var(--fg);background:var(--bg)}
header.top{padding:1rem 1.5rem;background:#1f2937;color:#fff}
header.top h1{margin:0;font-size:1.35rem;font-weight:650}
header.top .meta{margin:.2rem 0 0;color:#cbd5e1;font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,400px);gap:1.25rem;
  padding:1.25rem 1.5rem;max-width:1400px;margin:0 auto}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;
  padding:1rem 1.25rem;margin-bottom:1.25rem}
h2{font-size:1.05rem;margin:0 0 .6rem}
h2 small{font-weight:400;color:var(--muted);font-size:.85rem}
.sum-list{margin:0;padding-left:1.4rem}
.sum-list li{margin:.35rem 0}
.vstatus{margin:.2rem 0 .6rem;font-weight:600}
.vstatus.ok,.verdict.ok{color:var(--ok)}
.vstatus.bad,.verdict.bad{color:var(--bad)}
.verdict{font-weight:700}
.vs.bad .vtext{text-decoration:underline wavy var(--bad);text-decoration-thickness:1px;
  text-underline-offset:3px}
mark.err{background:#fee2e2;color:var(--bad);font-weight:650;border-radius:3px;padding:0 2px}
.reasons{margin:.25rem 0 .5rem;padding-left:1.1rem;font-size:.9rem;color:#374151}
.jump{font-size:.8rem;color:#2563eb;margin-left:.3rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem 1rem;list-style:none;margin:0 0 .8rem;padding:0;
  font-size:.82rem;color:#374151}
.legend li{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:1.6em;height:1em;border-radius:3px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;
  font-size:1.04rem;line-height:1.7}
.muted{color:var(--muted);font-style:italic;font-size:.92em}
.claim,.claim-cont{border-radius:3px;padding:1px 0;box-decoration-break:clone;
  -webkit-box-decoration-break:clone}
.k-quantitative{background:var(--q);box-shadow:inset 0 -2px 0 var(--q-b)}
.k-attributed{background:var(--a);box-shadow:inset 0 -2px 0 var(--a-b)}
.k-both{background:var(--b);box-shadow:inset 0 -2px 0 var(--b-b)}
.claim.done,.claim-cont.done{opacity:.55}
.claim:focus{outline:none}
.qty{font-weight:700;color:#1e3a8a}
.spk{color:var(--spk);font-weight:600;text-decoration:underline;text-decoration-thickness:2px;
  text-underline-offset:3px}
.time{color:var(--time);text-decoration:underline dashed;text-underline-offset:3px}
mark.src{background:transparent;color:inherit;outline:2px solid var(--bad);outline-offset:1px;
  border-radius:2px}
.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,40%{outline:3px solid #f59e0b;outline-offset:2px;
  background-color:#fde68a}100%{outline:3px solid transparent}}
aside.side{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);
  overflow:auto;padding:1rem}
.progress{margin:0 0 .6rem;font-size:.85rem;color:var(--muted)}
ol.claims{list-style:none;margin:0;padding:0}
.item{display:flex;gap:.55rem;padding:.6rem .25rem;border-top:1px solid var(--line)}
.item:first-child{border-top:0}
.item{border-left:4px solid transparent;padding-left:.5rem}
.kind-quantitative{border-left-color:var(--q-b)}
.kind-attributed{border-left-color:var(--a-b)}
.kind-both{border-left-color:var(--b-b)}
.item input{margin-top:.3rem;width:1.05rem;height:1.05rem;flex:none}
.item.done .ctext{text-decoration:line-through;color:var(--muted)}
.item-body{min-width:0}
a.goto{color:inherit;text-decoration:none;display:block;border-radius:4px}
a.goto:hover .ctext,a.goto:focus .ctext{text-decoration:underline}
a:focus-visible,input:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.badge{display:inline-block;font-size:.7rem;font-weight:650;text-transform:uppercase;
  letter-spacing:.03em;padding:0 .4rem;border-radius:3px;margin-right:.4rem;box-shadow:none;
  color:#111827}
.score{font-size:.75rem;color:var(--muted);font-variant-numeric:tabular-nums}
.ctext{display:block;font-size:.9rem;margin-top:.15rem;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .5rem;margin:.35rem 0 0;
  font-size:.8rem}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
.question{font-style:italic}
footer{text-align:center;color:var(--muted);font-size:.8rem;padding:0 0 1.5rem}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside.side{position:static;
  max-height:none}}
@media (prefers-reduced-motion:reduce){.flash{animation:none;outline:3px solid #f59e0b}}
@media print{
body{background:#fff;font-size:11pt}
header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 .4rem}
header.top .meta{color:#333}
.layout{display:block;padding:0}
.card,aside.side{border:0;padding:0;position:static;max-height:none;overflow:visible}
.jump,footer{display:none}
.item{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

_JS = """
(function () {
  "use strict";
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth;  // restart the animation
    el.classList.add("flash");
  }
  function show(id) {
    var el = document.getElementById(id);
    if (!el) { return false; }
    el.scrollIntoView({behavior: reduce ? "auto" : "smooth", block: "center"});
    if (el.focus) { el.focus({preventScroll: true}); }
    flash(el);
    return true;
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (!link) { return; }
    var id = decodeURIComponent(link.getAttribute("href").slice(1));
    if (show(id)) {
      ev.preventDefault();
      try { history.replaceState(null, "", "#" + encodeURIComponent(id)); } catch (e) { /* file */ }
    }
  });
  var boxes = document.querySelectorAll("ol.claims input[type=checkbox]");
  var counter = document.getElementById("done-count");
  function refresh() {
    var done = 0;
    boxes.forEach(function (box) {
      var id = box.getAttribute("data-claim");
      var on = box.checked;
      if (on) { done += 1; }
      box.closest("li").classList.toggle("done", on);
      var el = document.getElementById("claim-" + id);
      if (el) { el.classList.toggle("done", on); }
    });
    if (counter) { counter.textContent = String(done); }
  }
  boxes.forEach(function (box) { box.addEventListener("change", refresh); });
  refresh();
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factkit">
<title>{{title}}</title>
<style>{{css}}</style>
</head>
<body>
<header class="top">
<h1>{{heading}}</h1>
<p class="meta">{{meta}}</p>
</header>
<div class="layout">
<main id="main">
{{summary}}
<section class="card article" aria-labelledby="art-h">
<h2 id="art-h">Article</h2>
<ul class="legend" aria-label="Legend">{{legend}}</ul>
<div class="text" id="article-text">{{article}}</div>
</section>
</main>
<aside class="card side" aria-labelledby="claims-h">
<h2 id="claims-h">Claims to check <small>({{n_claims}}, highest priority first)</small></h2>
<p class="progress" aria-live="polite"><span id="done-count">0</span> of {{n_claims}} checked</p>
<ol class="claims">{{items}}</ol>
</aside>
</div>
<footer>factkit report · self-contained page, works offline</footer>
<script type="application/json" id="factkit-data">{{data}}</script>
<script>{{js}}</script>
</body>
</html>
"""
