"""CSV: one row per claim, flat columns for spreadsheets."""

from __future__ import annotations

import csv
import io

from factkit.document import Quantity, Report

COLUMNS = [
    "id",
    "sentence_index",
    "start",
    "end",
    "score",
    "kinds",
    "text",
    "speakers",
    "cues",
    "direct",
    "numbers",
    "dates",
    "question",
]


def _number(q: Quantity) -> str:
    """``at least 183 deaths`` as qualifier, value, unit."""
    return " ".join(p for p in (q.qualifier, f"{q.value:g}", q.unit) if p)


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for c in report.claims:
        writer.writerow(
            [
                c.id,
                c.sentence_index,
                c.start,
                c.end,
                f"{c.score:.4f}",
                ";".join(c.kinds),
                " ".join(c.text.split()),
                ";".join(a.speaker_resolved or a.speaker or "" for a in c.attributions),
                ";".join(a.cue for a in c.attributions),
                ";".join("direct" if a.direct else "indirect" for a in c.attributions),
                ";".join(_number(q) for q in c.quantities),
                ";".join(t.resolved or t.text for t in c.times),
                c.question,
            ]
        )
    return buf.getvalue()
