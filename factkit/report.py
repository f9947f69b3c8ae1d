"""One pipeline run's whole result: the document model's parts and, in memory, the annotations.

It stands above both ``factkit.document`` (the parts) and ``factkit.annotations`` (which is
built on the document's types), so the imports run one way. The public name is ``factkit.Report``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factkit.document import Article, Claim, Sentence, Summary, TimeAnchor, Verification

if TYPE_CHECKING:  # a type name only: ``import factkit`` does not load numpy for it
    from factkit.annotations import Annotations

__all__ = ["Report"]


@dataclass(slots=True)
class Report:
    """Everything one pipeline run knows about one article.

    Pydantic never reads this class: the JSON report is written and parsed through its own
    envelope (``factkit.render.to_json.ReportJSON``), so a field added here for the stages only
    (say, the article's annotations) stays in memory without any marker.
    """

    article: Article
    sentences: list[Sentence]
    times: list[TimeAnchor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    summary: Summary | None = None
    verification: Verification | None = None
    # why the report is empty where a reader expects content (an article of headings only: no
    # summary, no claims), said by the stage that knew it; None for a report with nothing missing
    note: str | None = None
    # what the annotate stage found: in memory only, never serialized
    annotations: Annotations | None = field(default=None, repr=False, compare=False)
