"""The annotate stage: what the sentences contain, found once and read by every later stage.

``Annotator.annotate(article, sentences, layers)`` runs the finders of this package over the split
article and returns an :class:`~factkit.annotations.Annotations` (data defined at the ground, next
to the document model, so ``Report`` can carry it): the quantities of each annotated sentence, the
attributions (speakers resolved) and the sentences each touches, the sexes the article gives its
people (``people.ArticlePeople``), the time anchors and a sentence-embedding table. Claim
assembly, check-worthiness, the summarizer and the verifier read these instead of running the
finders or the encoder again, the way a spaCy ``Doc`` carries what each component assigned.
``claim_layers(config)`` names the layers claim assembly reads; ``annotate_sentence`` annotates
one sentence alone (check-worthiness of a bare sentence).

Annotated sentences are the body sentences and the photo captions (the verifier's evidence; claims
read the body only), or every non-empty sentence when the splitter found no body (a summary, a
bare list of lines). Embeddings are computed on first use and kept: a
claims-only run embeds only the sentences check-worthiness scores; a full run also embeds the
summarizer's candidates, each sentence once.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factkit.annotate.attribution import AttributionFinder
from factkit.annotate.attribution.finder import body_spans
from factkit.annotate.name_shapes import opens_no_name
from factkit.annotate.people import ArticlePeople
from factkit.annotate.quantities import QuantityFinder
from factkit.annotate.times import anchor_times
from factkit.annotations import (
    ALL_LAYERS,
    AnnotationLayers,
    Annotations,
    SentenceEmbeddings,
    annotated,
)
from factkit.cache import ProcessCache
from factkit.config import Config
from factkit.document import Article, Attribution, Quantity, SegmentKind, Sentence

if TYPE_CHECKING:
    from factkit.encoder import SentenceEncoder

__all__ = [
    "AnnotationLayers",
    "Annotations",
    "Annotator",
    "SentenceEmbeddings",
    "annotate_sentence",
    "annotated",
    "attributions_by_sentence",
    "claim_layers",
    "opens_no_name",
]


def attributions_by_sentence(
    body: Sequence[Sentence], atts: Sequence[Attribution]
) -> dict[int, list[Attribution]]:
    """Sentence index -> the attributions whose cue lies in it or whose content overlaps it, in
    ``atts`` order. Sentences in text order (as the splitter gives them) are found by bisection,
    so this is O((sentences + attributions) log sentences), not their product."""
    ordered = sorted(body, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    ends = [s.end for s in ordered]
    found: dict[int, list[Attribution]] = {}
    if any(b < a for a, b in itertools.pairwise(ends)):  # nested sentences: pairwise test
        for att in atts:
            for s in body:
                if _touches(s, att):
                    found.setdefault(s.index, []).append(att)
        return found
    for att in atts:
        hits = set(
            range(
                bisect.bisect_right(ends, att.content_start),
                bisect.bisect_left(starts, att.content_end),
            )
        )
        i = bisect.bisect_right(starts, att.cue_start) - 1
        while i >= 0 and ends[i] > att.cue_start:
            hits.add(i)
            i -= 1
        for i in sorted(hits):
            if _touches(ordered[i], att):
                found.setdefault(ordered[i].index, []).append(att)
    return found


def _touches(s: Sentence, att: Attribution) -> bool:
    cue_in = s.start <= att.cue_start < s.end
    content_in = att.content_start < s.end and s.start < att.content_end
    return cue_in or content_in


def claim_layers(config: Config) -> AnnotationLayers:
    """The layers claim assembly reads, as ``claims.quantities/attribution/times`` enable them."""
    claims = config.claims
    return AnnotationLayers(
        quantities=claims.quantities.enabled,
        attributions=claims.attribution.enabled,
        times=claims.times.enabled,
    )


# The finders hold only what their config compiles (patterns, word lists): one per process and
# config, shared by every Annotator (a ``factkit.verify`` call builds a Verifier, hence an
# Annotator, each time; building the finders took ~7 ms of it).
_QUANTITY_FINDERS: ProcessCache[QuantityFinder] = ProcessCache()
_ATTRIBUTION_FINDERS: ProcessCache[AttributionFinder] = ProcessCache()


class Annotator:
    """Builds the finders once (config ``claims.quantities``/``claims.attribution``; shared by
    every Annotator of the process with that config) and the encoder on first use (config
    ``encoder``)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._quantities: QuantityFinder | None = None
        self._attributions: AttributionFinder | None = None
        self._encoder: SentenceEncoder | None = None

    @property
    def quantity_finder(self) -> QuantityFinder:
        if self._quantities is None:
            cfg = self.config.claims.quantities
            self._quantities = _QUANTITY_FINDERS.get(
                cfg.model_dump_json(), lambda: QuantityFinder(cfg)
            )
        return self._quantities

    @property
    def attribution_finder(self) -> AttributionFinder:
        if self._attributions is None:
            cfg = self.config.claims.attribution
            self._attributions = _ATTRIBUTION_FINDERS.get(
                cfg.model_dump_json(), lambda: AttributionFinder(cfg)
            )
        return self._attributions

    def encoder(self) -> SentenceEncoder:
        if self._encoder is None:
            from factkit.encoder import get_encoder

            self._encoder = get_encoder(self.config.encoder)
        return self._encoder

    def annotate(
        self,
        article: Article,
        sentences: Sequence[Sentence],
        layers: AnnotationLayers = ALL_LAYERS,
    ) -> Annotations:
        text = article.text
        chosen = annotated(sentences)
        quantities: dict[int, tuple[Quantity, ...]] = {}
        if layers.quantities:
            for s in chosen:
                found = self.quantity_finder.find(text, s.start, s.end)
                if found:
                    quantities[s.index] = tuple(found)
        # the article's people: read by the speaker resolver (when the config resolves
        # speakers) and, for the verifier, their sexes kept on the document either way
        people = ArticlePeople(text, body_spans(sentences)) if layers.attributions else None
        speech = (
            self.attribution_finder.read(text, list(sentences), people)
            if people is not None
            else None
        )
        attributions = tuple(speech.attributions) if speech is not None else ()
        touched = attributions_by_sentence(chosen, attributions)
        times = tuple(anchor_times(text, chosen, article.date)) if layers.times else ()
        return Annotations(
            text=text,
            sentences=tuple(sentences),
            annotated=tuple(chosen),
            quantities=quantities,
            attributions=attributions,
            sentence_attributions={i: tuple(atts) for i, atts in touched.items()},
            times=times,
            embeddings=SentenceEmbeddings(chosen, self.encoder),
            layers=layers,
            person_sexes=people.person_sexes() if people is not None else (),
            caption_leads=tuple(speech.caption_leads) if speech is not None else (),
        )

    def annotate_sentence(self, sentence: str, layers: AnnotationLayers) -> Annotations:
        """One sentence on its own (no article around it): check-worthiness of a bare sentence.

        The text is annotated as one body sentence, so no heading detection or sentence
        splitting drops a short unpunctuated line."""
        body = Sentence(0, 0, len(sentence), SegmentKind.BODY, sentence)
        return self.annotate(Article(text=sentence), [body], layers)


def annotate_sentence(sentence: str, layers: AnnotationLayers) -> Annotations:
    """:meth:`Annotator.annotate_sentence` with the default configuration."""
    return _default_annotator().annotate_sentence(sentence, layers)


@functools.cache
def _default_annotator() -> Annotator:
    return Annotator()
