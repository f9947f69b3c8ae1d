"""CSV: one row per claim, flat columns for spreadsheets.

Every cell is safe to open in a spreadsheet (OWASP, "CSV Injection"): a cell that begins with
``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'`` so the editor reads it
as text, never as a formula, unless the whole cell is a plain number such as ``-3`` or ``-0.5``.
The ``;``-joined list columns are checked element by element too, since ``;`` is the cell
separator where a spreadsheet's locale uses it. A control character (NUL, ESC) is shown as its
Unicode picture. Quoting (embedded quotes, commas, newlines) is the csv module's.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from factkit.document import Claim, Quantity
from factkit.render.labels import number_text, shown_controls
from factkit.report import Report

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

# Characters that make a spreadsheet read a cell as a formula (or DDE command).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> str:
    """``value`` as a cell a spreadsheet shows as text: ``'`` before a formula trigger.

    Carriage returns inside the cell become newlines: with ``\n`` rows the csv module quotes a
    cell for ``\n`` but not for a lone ``\r``, at which readers would split the row.
    """
    text = shown_controls(str(value))
    if text.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(text):
        text = "'" + text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _safe_list(items: Iterable[str]) -> str:
    return ";".join(safe_cell(item) for item in items)


def _number(q: Quantity) -> str:
    """``at least 183 deaths`` as qualifier, value, unit."""
    return " ".join(p for p in (q.qualifier, number_text(q.value, grouped=False), q.unit) if p)


def _row(c: Claim) -> list[str]:
    return [
        c.id,
        str(c.sentence_index),
        str(c.start),
        str(c.end),
        f"{c.score:.4f}",
        _safe_list(c.kinds),
        " ".join(c.text.split()),
        _safe_list(a.speaker_resolved or a.speaker or "" for a in c.attributions),
        _safe_list(a.cue for a in c.attributions),
        _safe_list("direct" if a.direct else "indirect" for a in c.attributions),
        _safe_list(_number(q) for q in c.quantities),
        _safe_list(t.resolved or t.text for t in c.times),
        c.question,
    ]


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for c in report.claims:
        writer.writerow([safe_cell(cell) for cell in _row(c)])
    return buf.getvalue()
