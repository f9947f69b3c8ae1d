"""The name a relative pronoun opening a speaker's clause stands for: "It was Trump, who said",
"David Coleman, professor of demography at Oxford University, who said" (Coleman, not the
university), "Islamic State, which claimed it"."""

from __future__ import annotations

import re

from factkit.annotate.name_shapes import NAME_RE

__all__ = ["relative_antecedent"]

# ", professor of demography at Oxford University": a comma, then a lower-case description
_DESCRIPTION_LEAD_RE = re.compile(r",\s+[a-z]")


def relative_antecedent(text: str, start: int) -> str | None:
    """The name right before the comma that precedes the relative pronoun at ``start`` in
    ``text``; for "who", the person an apposition between them describes. None when no name
    closes the text before the comma."""
    left = text[max(0, start - 120) : start].rstrip()
    if not left.endswith(","):
        return None
    names = list(NAME_RE.finditer(left))
    if names and names[-1].end() >= len(left) - 1:
        # "who" stands for a person; "which" may well be the body ("..., Islamic State, which")
        who = text.startswith(("who", "Who"), start)
        holder = _apposition_holder(left, names) if who else None
        return (holder or names[-1].group()).rstrip(".")
    return None


def _apposition_holder(left: str, names: list[re.Match[str]]) -> str | None:
    """The person a description before ", who" describes: "David Coleman, professor of
    demography at Oxford University, who said" is Coleman's, not the university's. The last
    name closes a lower-case description opened by a comma right after another name."""
    comma = left.rfind(",", 0, names[-1].start())
    if comma < 0 or not _DESCRIPTION_LEAD_RE.match(left, comma):
        return None
    if left.rfind(",", 0, len(left) - 1) != comma:
        return None  # the description itself holds a comma: no single apposition
    holder = [m for m in names[:-1] if m.end() == comma]
    return holder[0].group() if holder else None
