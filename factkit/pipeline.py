"""The pipeline: ingest -> split -> annotate -> (extract claims, summarize) -> verify.

``Pipeline`` only composes stages; each stage is built lazily, once, and only when the config
enables it (a claims-only run never loads a summarization model). The annotate stage runs the
finders once per article and the later stages read its :class:`Annotations` (kept on
``Report.annotations``); its embedding table encodes each body sentence at most once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from factkit.annotate import Annotator, claim_layers
from factkit.annotations import NO_LAYERS, AnnotationLayers, Annotations
from factkit.config import Config
from factkit.document import Article, Sentence
from factkit.errors import FactkitError, StageError
from factkit.progress import NO_PROGRESS, StageProgress
from factkit.report import Report
from factkit.split import split_sentences

if TYPE_CHECKING:
    from factkit.claims import ClaimExtractor
    from factkit.summarization import Summarizer
    from factkit.verification import Verifier


class Pipeline:
    def __init__(
        self, config: Config | None = None, *, progress: StageProgress = NO_PROGRESS
    ) -> None:
        self.config = config or Config()
        self.progress = progress  # told each stage as it starts (factkit.progress)

    # stages, built on first use ------------------------------------------------------------
    @cached_property
    def annotator(self) -> Annotator:
        return Annotator(self.config)

    @cached_property
    def claim_extractor(self) -> ClaimExtractor:
        from factkit.claims import ClaimExtractor

        return ClaimExtractor(self.config)

    @cached_property
    def summarizer(self) -> Summarizer:
        from factkit.summarization import build_summarizer

        return build_summarizer(self.config)

    @cached_property
    def verifier(self) -> Verifier:
        from factkit.verification import Verifier

        return Verifier(self.config)

    @property
    def verifies_summary(self) -> bool:
        cfg = self.config
        if not cfg.summarizer.enabled:
            return False
        if cfg.verify.enabled == "auto":
            return cfg.summarizer.kind == "seq2seq"
        return bool(cfg.verify.enabled)

    @property
    def layers(self) -> AnnotationLayers:
        """The annotation layers this config reads: what claims need (the summarizer's ranker
        reads the claims too), plus quantities and attributions when the verifier runs."""
        cfg = self.config
        wanted = claim_layers(cfg)
        if not cfg.claims.enabled and not cfg.summarizer.enabled:
            wanted = NO_LAYERS
        if self.verifies_summary:
            wanted = AnnotationLayers(quantities=True, attributions=True, times=wanted.times)
        return wanted

    def warm_up(self) -> None:
        """Build every enabled stage now (batch workers call this once), the attribution finder
        too: a cue file it cannot read stops a run at start, as a model that does not load
        does, not every document."""
        _ = self.annotator
        if self.layers.attributions:
            _ = self.annotator.attribution_finder
        if self.config.claims.enabled:
            _ = self.claim_extractor
        if self.config.summarizer.enabled:
            _ = self.summarizer
        if self.verifies_summary:
            _ = self.verifier

    # running ------------------------------------------------------------------------------
    def split(self, article: Article) -> list[Sentence]:
        return split_sentences(article.text, self.config.splitter)

    def annotate(self, article: Article, sentences: list[Sentence]) -> Annotations:
        return self.annotator.annotate(article, sentences, self.layers)

    @contextmanager
    def _stage(self, name: str, label: str | None = None) -> Iterator[None]:
        """Run one stage: progress shows ``label``, and a failure inside becomes a
        :class:`StageError` naming the stage (a user error passes through as it is)."""
        with self.progress.stage(label or name):
            try:
                yield
            except FactkitError:
                raise
            except Exception as exc:
                raise StageError(name, f"{type(exc).__name__}: {exc}") from exc

    def analyze(self, article: Article) -> Report:
        stage = self._stage
        with stage("split", "splitting"):
            sentences = self.split(article)
        with stage("annotate", "annotating"):
            annotations = self.annotate(article, sentences)
        report = Report(article=article, sentences=sentences, annotations=annotations)
        report.note = no_body_note(sentences)
        if self.config.claims.enabled:
            with stage("claims", f"claims ({len(sentences):,} sentences)"):
                found = self.claim_extractor.extract(article, sentences, annotations)
            report.claims = found.claims
            report.times = found.times
        if self.config.summarizer.enabled and any(s.kind == "body" for s in sentences):
            # the summarizer ranks by the claims found above instead of assembling them again
            # (None when claims are off: it assembles them from the annotations itself)
            claims = report.claims if self.config.claims.enabled else None
            with stage("summarize", "summary"):
                report.summary = self.summarizer.summarize(
                    article, sentences, claims=claims, annotations=annotations
                )
            if self.verifies_summary and report.summary.text.strip():
                with stage("verify", "verifying the summary"):
                    report.verification = self.verifier.verify(
                        report.summary.text, article, sentences, annotations=annotations
                    )
        return report


def no_body_note(sentences: list[Sentence]) -> str | None:
    """Why a report has no summary and no claims when its article has no body sentence (only
    headings, say): the report said nothing, and read as an article with nothing to check.
    None when there is a body sentence."""
    if any(s.is_body for s in sentences):
        return None
    kinds = " and ".join(dict.fromkeys(str(s.kind) for s in sentences))
    held = f" (only {kinds} lines)" if kinds else ""
    return f"the article has no body sentence{held}, so it has no summary and no claims to check"
