"""What the annotate stage found in one article, as data the document carries.

:class:`Annotations` holds the quantities of each annotated sentence, the attributions (speakers
resolved) and the sentences they touch, the body time anchors, and a :class:`SentenceEmbeddings`
table encoded on first use, and the sex the article gives each of its people (:class:`PersonSex`,
read with the attributions layer). The annotate stage (``factkit.annotate.Annotator``) fills it
once; claim assembly, check-worthiness, the summarizer and the verifier read it, and
``Report.annotations`` keeps it in memory next to the report (it is never serialized).

This module sits at the ground on the document model: it imports only the document's types, the
enums and numpy, and takes the encoder as anything with ``encode`` and ``dim`` (:class:`Encoder`).
``factkit.report`` stands on both, so the imports run one way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from factkit.document import Attribution, Quantity, Sentence, TimeAnchor
from factkit.enums import SegmentKind

__all__ = [
    "ALL_LAYERS",
    "NO_LAYERS",
    "AnnotationLayers",
    "Annotations",
    "Encoder",
    "PersonSex",
    "SentenceEmbeddings",
    "annotated",
]


class Encoder(Protocol):
    """A sentence encoder: L2-normalised float32 rows, one per sentence, ``dim`` wide."""

    dim: int

    def encode(self, sentences: list[str]) -> np.ndarray: ...


# What states the article's facts: its body and its photo captions. A summary may restate a
# caption ("The FBI, pictured in 2013, has offered a $5million reward"), so the verifier needs
# them as evidence; claims and summaries still read the body alone (they select by kind).
_FACT_KINDS = frozenset({SegmentKind.BODY, SegmentKind.CAPTION})


def annotated(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences the stage annotates: the body and the photo captions, or all non-empty
    ones when there is no body."""
    if not any(s.kind == SegmentKind.BODY for s in sentences):
        return [s for s in sentences if s.text.strip()]
    return [s for s in sentences if s.kind in _FACT_KINDS]


class SentenceEmbeddings:
    """Embeddings of an article's sentences by sentence index, encoded on first request.

    One encoder call per request for the rows not yet known; rows are L2-normalised float32 as
    the encoder returns them. ``encoder`` is called only when a row is first needed, so an
    article whose stages need no embedding never loads the model.
    """

    def __init__(self, sentences: Sequence[Sentence], encoder: Callable[[], Encoder]) -> None:
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

    def encode_apart(
        self, indices: Sequence[int], texts: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        """(one row per index, one vector per text): the rows the table holds are read from it,
        the others are encoded in one encoder call with ``texts`` (a summary's sentences) and
        NOT kept. With int8 quantization a vector depends on its batch-mates, so a row kept from
        one summary's call would differ from the same row encoded for another: the verifier's
        result for a summary would depend on which summaries were verified before it."""
        missing = [i for i in dict.fromkeys(indices) if i not in self._rows]
        # the encoder gives a (0, dim) array for no sentences: no case of its own here
        vectors = self._encoder().encode([self._text[i] for i in missing] + list(texts))
        fresh = dict(zip(missing, vectors[: len(missing)], strict=True))
        rows = [self._rows[i] if i in self._rows else fresh[i] for i in indices]
        return (np.stack(rows) if rows else vectors[:0]), vectors[len(missing) :]

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


ALL_LAYERS = AnnotationLayers()
NO_LAYERS = AnnotationLayers(quantities=False, attributions=False, times=False)


@dataclass(frozen=True, slots=True)
class PersonSex:
    """One person the article names, and every sex ("m", "f") its titles, sexed nouns and
    pronouns give them: none when it says nothing, two when it is not unanimous."""

    name: str  # the full name without titles, as written ("Tom Reed"), or a lone surname
    sexes: frozenset[str]

    @property
    def sex(self) -> str | None:
        """The sex the article gives the person unanimously, or None."""
        return next(iter(self.sexes)) if len(self.sexes) == 1 else None


@dataclass(frozen=True, slots=True)
class Annotations:
    """What the annotate stage found. Offsets are into ``text`` (the article's text)."""

    text: str
    sentences: tuple[Sentence, ...]  # every sentence, as the splitter gave them
    annotated: tuple[Sentence, ...]  # see :func:`annotated`
    quantities: dict[int, tuple[Quantity, ...]]  # sentence index -> its quantities
    attributions: tuple[Attribution, ...]  # speakers resolved, in text order
    # annotated sentence index -> the attributions whose cue lies in it or whose content
    # overlaps it, in text order (a quote spanning three sentences touches all three)
    sentence_attributions: dict[int, tuple[Attribution, ...]]
    times: tuple[TimeAnchor, ...]  # anchors in body sentences, sentence_index set
    embeddings: SentenceEmbeddings = field(repr=False, compare=False)
    layers: AnnotationLayers = ALL_LAYERS
    # the article's people (full names, in text order) and the sexes it gives them; read with
    # the attributions layer (whether speakers are resolved or not), so empty when it is off
    person_sexes: tuple[PersonSex, ...] = ()
    # (start, end) of each run of photo captions glued before a quotation in a body sentence,
    # in text order: no pronoun's antecedent while a name of the narrative fits (read with the
    # attributions layer)
    caption_leads: tuple[tuple[int, int], ...] = ()

    def quantities_of(self, sentence: Sentence) -> tuple[Quantity, ...]:
        return self.quantities.get(sentence.index, ())

    def attributions_of(self, sentence: Sentence) -> tuple[Attribution, ...]:
        return self.sentence_attributions.get(sentence.index, ())

    def times_by_sentence(self) -> dict[int, list[TimeAnchor]]:
        """Sentence index -> its time anchors, in text order."""
        found: dict[int, list[TimeAnchor]] = {}
        for t in self.times:
            if t.sentence_index is not None:
                found.setdefault(t.sentence_index, []).append(t)
        return found
