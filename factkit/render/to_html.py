"""One self-contained HTML page per report: summary with verification marks, the article with
claims highlighted, and a checklist of claims beside it.

The page is rendered by Jinja2 with autoescaping from package templates
(``factkit/render/templates``: ``base.html.j2``, ``report.html.j2`` and the macros in
``partials/``), so every string from the article is escaped by the engine, and article text
holding ``{{…}}``, ``{%…%}`` or ``</script>`` stays text. CSS and JS are package files
(``factkit/render/static``) inlined into the page, so it needs no network. The report's JSON is
embedded in a ``<script type="application/json">`` block through the :func:`script_json`
filter, which escapes ``<``, ``>``, ``&``, U+2028 and U+2029 so no text can close the block.

Highlights are built from character offsets. Spans from several layers (segment, claim, speaker,
number, date, disagreeing source span) may overlap arbitrarily; :func:`marked_pieces` nests them
by layer and, where an inner span crosses an outer boundary, closes and reopens it, so the output
is always well-formed and a claim (which lies inside one segment) is never split.

The summary shows, per sentence, the verdict with the verifier's calibrated score (a
``p(unsupported)`` badge; the summary's own beside the status line), its reasons, its notes
(reasons below the threshold, muted) and links to the claims it carries (``claim_ids``).

The templates are reusable: :func:`environment` is the configured Jinja2 environment, and
:func:`report_context` the variables ``report.html.j2`` and its partials expect. The desk
(``factkit serve``) renders its article page from the same partials.
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from factkit import json_text
from factkit.document import (
    Claim,
    SegmentKind,
    Verdict,
    Verification,
    VerifiedSentence,
    VerifyReason,
)
from factkit.render.labels import (
    KIND_LABEL,
    claim_count_label,
    claim_kind,
    number_text,
    quantity_label,
    reason_label,
    shown_controls,
    speaker_label,
    support_note,
    time_label,
    unsupported_label,
)
from factkit.render.to_json import report_to_dict
from factkit.report import Report

# Layers, outermost first: a span of a lower layer always encloses spans of higher layers.
_LAYERS = SEGMENT, CLAIM, SPEAKER, QUANTITY, TIME, SOURCE = range(6)

Attrs = Mapping[str, str | None]


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    layer: int
    tag: str  # element name
    attrs: Attrs  # attributes of the first fragment (values unescaped; None = left out)
    cont_attrs: Attrs  # attributes of continuation fragments (no id)


@dataclass(frozen=True, slots=True)
class Open:
    """A start tag in :func:`marked_pieces`' output."""

    tag: str
    attrs: Attrs


@dataclass(frozen=True, slots=True)
class Close:
    """An end tag in :func:`marked_pieces`' output."""

    tag: str


Piece = str | Open | Close


def marked_pieces(text: str, spans: Iterable[_Span]) -> list[Piece]:
    """``text`` cut at span boundaries, with start and end tags between the cuts.

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
    out: list[Piece] = []
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
            out.append(Close(top.tag))
            if top.end > pos:
                reopen.append(top)
        for span in sorted(reopen + starting, key=lambda s: (s.layer, -s.end)):
            first = id(span) not in opened
            opened.add(id(span))
            out.append(Open(span.tag, span.attrs if first else span.cont_attrs))
            stack.append(span)
        out.append(text[pos:nxt])
    out.extend(Close(span.tag) for span in reversed(stack))
    return out


def _source_spans(verification: Verification | None) -> list[tuple[str, int, int, str]]:
    """(element id, start, end, label) of every article span a verification reason points to."""
    found: list[tuple[str, int, int, str]] = []
    if verification is None:
        return found
    for vs in verification.sentences:
        for j, reason in enumerate(vs.reasons):
            if reason.source_start is not None and reason.source_end is not None:
                label = reason_label(reason.type)
                found.append((f"src-{vs.index}-{j}", reason.source_start, reason.source_end, label))
    return found


def _claim_spans(claim: Claim) -> list[_Span]:
    kind = claim_kind(claim)
    first = {
        "id": f"claim-{claim.id}",
        "class": f"claim k-{kind}",
        "title": f"Claim {claim.id} · {KIND_LABEL[kind]} · score {claim.score:.2f}",
    }
    spans = [_Span(claim.start, claim.end, CLAIM, "span", first, {"class": f"claim-cont k-{kind}"})]
    for q in claim.quantities:
        unit = f" {q.unit}" if q.unit else ""
        qual = f"{q.qualifier} " if q.qualifier else ""
        a = {"class": "qty", "title": f"number: {qual}{number_text(q.value)}{unit}"}
        spans.append(_Span(q.start, q.end, QUANTITY, "span", a, a))
    for att in claim.attributions:
        if att.speaker and att.speaker_start is not None and att.speaker_end is not None:
            a = {"class": "spk", "title": f"speaker: {att.speaker_resolved or att.speaker}"}
            spans.append(_Span(att.speaker_start, att.speaker_end, SPEAKER, "span", a, a))
    return spans


def _article_spans(report: Report) -> list[_Span]:
    """Every highlight of the article, from the report's offsets."""
    spans: list[_Span] = []
    for seg in report.sentences:
        cls = "seg" if seg.kind == SegmentKind.BODY else f"seg muted seg-{seg.kind}"
        title = None if seg.kind == SegmentKind.BODY else f"{seg.kind} (not body text)"
        first = {"id": f"sent-{seg.index}", "class": cls, "title": title}
        spans.append(_Span(seg.start, seg.end, SEGMENT, "span", first, {"class": cls}))
    for claim in report.claims:
        spans += _claim_spans(claim)
    for t in report.times:
        a = {"class": "time", "title": f"date: {t.resolved or 'unresolved'}"}
        spans.append(_Span(t.start, t.end, TIME, "span", a, a))
    for elem_id, start, end, label in _source_spans(report.verification):
        first = {"id": elem_id, "class": "src", "title": f"summary check: {label}"}
        spans.append(_Span(start, end, SOURCE, "mark", first, {"class": "src"}))
    return spans


def _reason_views(vs: VerifiedSentence, reasons: Sequence[VerifyReason]) -> list[dict[str, Any]]:
    return [
        {
            "type": reason.type,
            "label": reason_label(reason.type),
            "detail": reason.detail,
            "target": f"src-{vs.index}-{j}" if reason.source_start is not None else None,
        }
        for j, reason in enumerate(reasons)
    ]


def _verified_view(
    summary_text: str, vs: VerifiedSentence, claim_ids: Sequence[str]
) -> dict[str, Any]:
    spans = []
    for reason in vs.reasons:
        if reason.summary_span is not None:
            s, e = reason.summary_span
            a = {"class": "err", "title": reason_label(reason.type)}
            spans.append(_Span(s - vs.start, e - vs.start, QUANTITY, "mark", a, a))
    notes = _reason_views(vs, vs.notes)
    for note in notes:
        note["target"] = None  # source targets are numbered over reasons only
    return {
        "ok": vs.verdict == Verdict.SUPPORTED,
        "pieces": marked_pieces(summary_text[vs.start : vs.end], spans),
        "support": vs.support[0] if vs.support else None,
        "reasons": _reason_views(vs, vs.reasons),
        "notes": notes,
        "score": vs.score,
        "claim_ids": list(claim_ids),
    }


def summary_view(report: Report) -> dict[str, Any] | None:
    """What the ``summary`` macro shows: sentences, or verified sentences with their reasons,
    their calibrated score (probability unsupported) and the claims each sentence carries."""
    summary = report.summary
    if summary is None:
        return None
    view: dict[str, Any] = {"method": summary.method, "model": summary.model}
    verification = report.verification
    if verification is None:
        view["verified"] = False
        view["sentences"] = [
            {"text": " ".join(s.text.split()), "index": s.index, "claim_ids": list(s.claim_ids)}
            for s in summary.sentences
        ]
        return view
    carried = {i: s.claim_ids for i, s in enumerate(summary.sentences)}
    view["verified"] = True
    view["score"] = verification.score
    view["n_bad"] = sum(v.verdict != Verdict.SUPPORTED for v in verification.sentences)
    view["sentences"] = [
        _verified_view(summary.text, vs, carried.get(vs.index, ())) for vs in verification.sentences
    ]
    return view


def _claim_view(claim: Claim, rank: int) -> dict[str, Any]:
    details: list[tuple[str, str]] = []
    speakers = list(dict.fromkeys(speaker_label(att) for att in claim.attributions))
    if speakers:
        details.append(("Speaker", "; ".join(speakers)))
    if claim.quantities:
        details.append(("Numbers", "; ".join(quantity_label(q) for q in claim.quantities)))
    if claim.times:
        details.append(("Dates", "; ".join(time_label(t) for t in claim.times)))
    details.append(("Check", claim.question))
    kind = claim_kind(claim)
    return {
        "id": claim.id,
        "rank": rank,
        "kind": kind,
        "kind_label": KIND_LABEL[kind],
        "score": claim.score,
        "text": " ".join(claim.text.split()),
        "details": details,
    }


def claim_views(report: Report) -> list[dict[str, Any]]:
    """What the ``claim_list`` macro shows: the claims, highest priority first."""
    ranked: Sequence[Claim] = sorted(report.claims, key=lambda c: (-c.score, c.sentence_index))
    return [_claim_view(c, i + 1) for i, c in enumerate(ranked)]


def report_context(report: Report) -> dict[str, Any]:
    """The variables of ``report.html.j2``."""
    art = report.article
    title = art.title or art.id or (Path(art.source_path).name if art.source_path else "")
    meta = [
        art.date.isoformat() if art.date else None,
        art.section,
        art.credit,
        claim_count_label(len(report.claims)),
    ]
    counts = {k: sum(claim_kind(c) == k for c in report.claims) for k in KIND_LABEL}
    return {
        "title": title or "Claim report",
        "meta": [m for m in meta if m],
        "note": report.note,
        "report_summary": summary_view(report),
        "legend": [{"kind": k, "label": v, "count": counts[k]} for k, v in KIND_LABEL.items()],
        "article_pieces": marked_pieces(art.text, _article_spans(report)),
        "claims": claim_views(report),
        "payload": report_to_dict(report),
    }


def script_json(value: Any) -> Markup:
    """``value`` as JSON that is safe inside ``<script type="application/json">``: ``<``, ``>``,
    ``&``, U+2028 and U+2029 escaped, so ``</script>`` or ``<!--`` in a string cannot end or
    change the block, and the text stays valid JSON (and JavaScript) everywhere."""
    raw = json_text.dumps(value, separators=(",", ":"))
    return Markup(
        raw.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def static_text(name: str) -> Markup:
    """A file of ``factkit/render/static`` (CSS or JS: package data, trusted), to inline."""
    resource = importlib.resources.files("factkit.render").joinpath("static").joinpath(name)
    return Markup(resource.read_text(encoding="utf-8"))


def shown_value(value: Any) -> Any:
    """What a template writes for ``value`` (the environment's ``finalize``): a text's control
    characters as :func:`~factkit.render.labels.shown_controls` shows them in the text outputs
    (an article's DEL, C1 or ESC reached the page raw); markup (a macro's output, the payload,
    the inlined CSS and JS) is ours and is written as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return shown_controls(value)
    return value


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the report templates: autoescape on, undefined is an error."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factkit.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=shown_value,
    )
    env.filters["script_json"] = script_json
    env.filters["unsupported_label"] = unsupported_label
    env.filters["support_note"] = support_note
    env.globals["static_text"] = static_text
    return env


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (no external resources)."""
    return environment().get_template("report.html.j2").render(report_context(report))
