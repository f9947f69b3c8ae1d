"""The annotate stage: what the sentences contain, found once and read by every later stage.

``Annotator.annotate(article, sentences)`` runs the finders of this package over the split
article and returns an :class:`Annotations`: the quantities of each annotated sentence, the
attributions (speakers resolved), the time anchors and a sentence-embedding table. Claim
assembly, check-worthiness, the summarizer and the verifier read these instead of running the
finders or the encoder again, the way a spaCy ``Doc`` carries what each component assigned.

Annotated sentences are the body sentences, or every non-empty sentence when the splitter found
no body (a summary, a bare list of lines). Embeddings are computed on first use and kept: a
claims-only run embeds only the sentences check-worthiness scores; a full run embeds the body
once for the summarizer, and check-worthiness and the verifier reuse those rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from factkit.annotate.attribution import AttributionFinder
from factkit.annotate.quantities import QuantityFinder
from factkit.annotate.times import anchor_times
from factkit.config import Config
from factkit.document import Article, Attribution, Quantity, SegmentKind, Sentence, TimeAnchor

if TYPE_CHECKING:
    from factkit.encoder import SentenceEncoder

__all__ = ["AnnotationLayers", "Annotations", "Annotator", "SentenceEmbeddings", "annotated"]


def annotated(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences the stage annotates: the body, or all non-empty ones when there is none."""
    body = [s for s in sentences if s.kind == SegmentKind.BODY]
    return body or [s for s in sentences if s.text.strip()]


class SentenceEmbeddings:
    """Embeddings of an article's sentences by sentence index, encoded on first request.

    One encoder call per request for the rows not yet known; rows are L2-normalised float32 as
    :meth:`SentenceEncoder.encode` returns them.
    """

    def __init__(
        self, sentences: Sequence[Sentence], encoder: Callable[[], SentenceEncoder]
    ) -> None:
        self._text = {s.index: s.text for s in sentences}
        self._encoder = encoder
        self._rows: dict[int, np.ndarray] = {}

    def rows(self, indices: Sequence[int]) -> np.ndarray:
        """One row per sentence index, in the order asked (KeyError for an unknown index)."""
        missing = [i for i in dict.fromkeys(indices) if i not in self._rows]
        if missing:
            vectors = self._encoder().encode([self._text[i] for i in missing])
            self._rows.update(zip(missing, vectors, strict=True))
        if not indices:
            return np.zeros((0, self._encoder().dim), dtype=np.float32)
        return np.stack([self._rows[i] for i in indices])

    @property
    def computed(self) -> frozenset[int]:
        """Indices already encoded (for tests and benchmarks: proof nothing was encoded twice)."""
        return frozenset(self._rows)


@dataclass(frozen=True, slots=True)
class AnnotationLayers:
    """Which finders to run; a layer that is off leaves its field empty."""

    quantities: bool = True
    attributions: bool = True
    times: bool = True


@dataclass(frozen=True, slots=True)
class Annotations:
    """What the annotate stage found. Offsets are into ``text`` (the article's text)."""

    text: str
    sentences: tuple[Sentence, ...]  # every sentence, as the splitter gave them
    annotated: tuple[Sentence, ...]  # see :func:`annotated`
    quantities: dict[int, tuple[Quantity, ...]]  # sentence index -> its quantities
    attributions: tuple[Attribution, ...]  # speakers resolved, in text order
    times: tuple[TimeAnchor, ...]  # anchors in body sentences, sentence_index set
    embeddings: SentenceEmbeddings = field(repr=False, compare=False)
    layers: AnnotationLayers = AnnotationLayers()

    def quantities_of(self, sentence: Sentence) -> tuple[Quantity, ...]:
        return self.quantities.get(sentence.index, ())


class Annotator:
    """Builds the finders once (config ``claims.quantities``/``claims.attribution``) and the
    encoder on first use (config ``encoder``)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._quantities: QuantityFinder | None = None
        self._attributions: AttributionFinder | None = None
        self._encoder: SentenceEncoder | None = None

    @property
    def quantity_finder(self) -> QuantityFinder:
        if self._quantities is None:
            self._quantities = QuantityFinder(self.config.claims.quantities)
        return self._quantities

    @property
    def attribution_finder(self) -> AttributionFinder:
        if self._attributions is None:
            self._attributions = AttributionFinder(self.config.claims.attribution)
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
        layers: AnnotationLayers = AnnotationLayers(),
    ) -> Annotations:
        text = article.text
        chosen = annotated(sentences)
        quantities: dict[int, tuple[Quantity, ...]] = {}
        if layers.quantities:
            for s in chosen:
                found = self.quantity_finder.find(text, s.start, s.end)
                if found:
                    quantities[s.index] = tuple(found)
        attributions = (
            tuple(self.attribution_finder.find(text, list(sentences)))
            if layers.attributions
            else ()
        )
        times = tuple(anchor_times(text, chosen, article.date)) if layers.times else ()
        return Annotations(
            text=text,
            sentences=tuple(sentences),
            annotated=tuple(chosen),
            quantities=quantities,
            attributions=attributions,
            times=times,
            embeddings=SentenceEmbeddings(chosen, self.encoder),
            layers=layers,
        )
