"""Summary verification: is each summary sentence backed by the article?

:class:`Verifier` reads the article's :class:`~factkit.annotate.Annotations` (from the pipeline,
or computed here by the same annotate step when the caller has none), builds the article index
(``index.py``) once per annotations object, and annotates only the summary: its sentences,
embeddings, quantities, attributions and dates. For every summary sentence:

1. **Alignment** (``align.py``). Each article body sentence gets a score: the IDF-weighted share
   of the summary sentence's content words it holds + ``verify.similarity_weight`` x MiniLM
   cosine similarity. The top-k (``verify.top_k``) are its *support*. Best MiniLM similarity
   below ``verify.min_similarity`` -> ``no_support``. Checking one slot (a number, a name)
   recomputes the lexical part *without that slot's words* (and never counting numbers), so a
   swapped-in name or number cannot pull the alignment towards the sentence it was taken from.
   The *window* of a slot: its best sentences (up to top-k, within ``verify.context_margin`` of
   the best) plus ``verify.antecedent_sentences`` before each (which a "he" may refer back to).
2. **The checks**, one module each in ``checks/`` over a shared ``SentenceContext``: numbers
   (``number_mismatch``, ``number_not_in_source``, ``qualifier_dropped``), speakers
   (``speaker_mismatch``), relations (``relation_mismatch``: who did what to whom), dates
   (``date_mismatch``; seasons: ``seasons``), misspelt names (``spelling``) and names
   (``entity_not_in_source``).
   Their name and number slots are judged by the decision layer (``decision.py``).
3. **Boilerplate.** A sentence opening with a phrase of ``factkit/lang/en/boilerplate.txt``
   ("CLICK HERE", "Scroll down for video") gets the ``boilerplate`` reason and no other check;
   it stays supported (a note) unless ``verify.boilerplate_unsupported``.

Every sentence and the summary get a calibrated ``score``, the probability that they are
unsupported (``score.py``). A sentence with at least one reason is ``unsupported`` when its score
reaches ``verify.threshold``; otherwise its reasons are kept as notes. Every reason carries the
span of the summary text it is about and, where there is one, the article span that disagrees. A
sentence with no words (a stray ".") claims nothing and is supported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from factkit.annotate import Annotator
from factkit.annotate.times import find_times
from factkit.annotations import Annotations, SentenceEmbeddings
from factkit.config import Config
from factkit.document import (
    Article,
    Attribution,
    Quantity,
    ReasonType,
    Sentence,
    SupportSpan,
    TimeAnchor,
    Verdict,
    Verification,
    VerifiedSentence,
    VerifyReason,
)
from factkit.verification.align import Alignment
from factkit.verification.boilerplate import furniture
from factkit.verification.checks import (
    SentenceContext,
    check_dates,
    check_names,
    check_numbers,
    check_relations,
    check_speakers,
)
from factkit.verification.checks.seasons import check_seasons
from factkit.verification.checks.spelling import check_misspelt_names
from factkit.verification.consistency import consistency_model
from factkit.verification.decision import SlotDecider
from factkit.verification.index import ArticleIndex, build_index
from factkit.verification.numbers import slot_numbers
from factkit.verification.prefilter import candidate_positions, fill_unknown
from factkit.verification.score import score_model, sentence_features
from factkit.verification.text import content_tokens, is_number_stem

if TYPE_CHECKING:
    from factkit.annotate.attribution import AttributionFinder
    from factkit.annotate.quantities import QuantityFinder
    from factkit.encoder import SentenceEncoder

__all__ = ["Verifier", "verify"]


@dataclass(frozen=True)
class _SummarySentence:
    """One summary sentence to check: its span, position, content tokens, MiniLM similarity
    to every body sentence, and which body rows are encoded (the others' similarity is a
    stand-in, see ``prefilter.fill_unknown``)."""

    part: Sentence
    index: int
    tokens: list[tuple[str, int, int]]
    sims: np.ndarray
    known: np.ndarray


class Verifier:
    """Checks summaries against articles (see the module docstring for the rules)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        # the annotate stage's finders and encoder: the article's annotations when the caller
        # has none, and the summary's own quantities, attributions and embeddings
        self.annotator = Annotator(self.config)
        # Verifying several summaries against one Annotations object builds its index once.
        self._last_index: tuple[Annotations, ArticleIndex] | None = None
        # When a list: every name/number slot check appends its evidence, and every sentence
        # its score features (benchmarks, fitting).
        self.trace: list[dict[str, object]] | None = None

    # the annotate stage's parts ------------------------------------------------------------
    @property
    def encoder(self) -> SentenceEncoder:
        return self.annotator.encoder()

    @property
    def quantity_finder(self) -> QuantityFinder:
        return self.annotator.quantity_finder

    @property
    def attribution_finder(self) -> AttributionFinder:
        return self.annotator.attribution_finder

    def _summary_numbers(
        self, text: str, start: int, end: int, times: list[TimeAnchor]
    ) -> list[Quantity]:
        return slot_numbers(text, start, end, self.quantity_finder.find(text, start, end), times)

    # the article ---------------------------------------------------------------------------
    def index(self, annotations: Annotations) -> ArticleIndex:
        """The article index of ``annotations`` (built once for the last object seen)."""
        last = self._last_index  # read once: another thread may replace it meanwhile
        if last is not None and last[0] is annotations:
            return last[1]
        src = build_index(annotations, self.config.verify.number_context_words)
        self._last_index = (annotations, src)
        return src

    # entry point ---------------------------------------------------------------------------
    def verify(
        self,
        summary_text: str,
        article: Article,
        sentences: Sequence[Sentence],
        annotations: Annotations | None = None,
    ) -> Verification:
        """Check ``summary_text`` against ``article`` (split into ``sentences``). Pass the
        article's ``annotations`` when the pipeline has them; without, they are computed here
        by the same annotate step."""
        from factkit.split import split_sentences

        if annotations is None:
            annotations = self.annotator.annotate(article, sentences)
        src = self.index(annotations)
        # A summary is all body text: a short line without a final period is still a sentence.
        split_cfg = self.config.verify_splitter().model_copy(
            update={"classify_segments": False, "max_len": self._summary_max_len()}
        )
        parts = [s for s in split_sentences(summary_text, split_cfg) if s.text.strip()]
        if not parts:
            return Verification(sentences=())
        tokens = [content_tokens(summary_text, p.start, p.end) for p in parts]
        sims, known = self._similarities(parts, tokens, src, annotations.embeddings)
        summary_atts = list(self.attribution_finder.find(summary_text, parts))
        checked = []
        for i, part in enumerate(parts):
            atts = [a for a in summary_atts if part.start <= a.cue_start < part.end]
            sentence = _SummarySentence(part, i, tokens[i], sims[i], known)
            checked.append(self._check(summary_text, sentence, atts, src, article))
        scores = [s.score for s in checked if s.score is not None]
        return Verification(sentences=tuple(checked), score=score_model().summary(scores))

    def _summary_max_len(self) -> int:
        """The splitter's cut for summary sentences: the smaller of splitter.max_len and
        verify.max_sentence_chars that is set (0: none is)."""
        cuts = (self.config.splitter.max_len, self.config.verify.max_sentence_chars)
        return min((c for c in cuts if c), default=0)

    def _similarities(
        self,
        parts: Sequence[Sentence],
        tokens: Sequence[list[tuple[str, int, int]]],
        src: ArticleIndex,
        table: SentenceEmbeddings,
    ) -> tuple[np.ndarray, np.ndarray]:
        """MiniLM similarity of each summary sentence to each body sentence, and which body
        rows are known. The known rows are the prefilter's candidates (``verify.candidate_
        sentences`` per summary sentence), the article sentences a summary sentence copies, and
        the rows the table already holds from other stages (the pipeline's summarizer encodes
        them all). Candidates the table lacks are encoded in one encoder call with the summary
        sentences and not kept in the table: the verifier never adds rows, so what one summary
        reads and the vectors it compares are the same whatever was verified before it (int8
        quantization makes a vector depend on its batch-mates). A summary sentence copied from
        the article reuses its article row: the same vector the alignment compares against.
        Unknown rows get :func:`fill_unknown`."""
        n = len(src.body)
        if not n:
            return np.zeros((len(parts), 0), np.float32), np.zeros(0, dtype=bool)
        row_of = {s.text: p for p, s in enumerate(src.body)}
        copied = {row_of[s.text] for s in parts if s.text in row_of}
        stems = [[t[0] for t in sentence_tokens] for sentence_tokens in tokens]
        wanted = candidate_positions(src, stems, self.config.verify.candidate_sentences)
        held = table.computed
        known = np.array(
            [p in wanted or p in copied or s.index in held for p, s in enumerate(src.body)],
            dtype=bool,
        )
        positions = np.flatnonzero(known)
        fresh = list(dict.fromkeys(s.text for s in parts if s.text not in row_of))
        body, vectors = table.encode_apart([src.body[p].index for p in positions], fresh)
        rows = dict(zip(positions, body, strict=True))
        encoded = dict(zip(fresh, vectors, strict=True))
        summary = np.stack(
            [rows[row_of[s.text]] if s.text in row_of else encoded[s.text] for s in parts]
        )
        sims = np.zeros((len(parts), n), np.float32)
        sims[:, positions] = summary @ body.T
        return fill_unknown(sims, known), known

    # one summary sentence ------------------------------------------------------------------
    def _check(
        self,
        summary_text: str,
        sentence: _SummarySentence,
        atts: list[Attribution],
        src: ArticleIndex,
        article: Article,
    ) -> VerifiedSentence:
        cfg = self.config.verify
        part, index, tokens, sims = sentence.part, sentence.index, sentence.tokens, sentence.sims
        ctx = SentenceContext(
            config=cfg,
            text=summary_text,
            part=part,
            src=src,
            align=Alignment(src, sims, tokens, cfg.similarity_weight),
            decider=SlotDecider(cfg, self.trace),
            quantity_finder=self.quantity_finder,
        )
        order, support = _support(ctx, sentence)
        best = float(sims[sentence.known].max()) if sentence.known.any() else -1.0
        reasons: list[VerifyReason] = []
        notes: list[VerifyReason] = []
        page_furniture = furniture(part.text)
        if page_furniture is not None:
            return self._furniture(ctx, index, support, page_furniture, best)
        if best < cfg.min_similarity and tokens:  # a bare "." claims nothing
            detail = (
                f"no article sentence says this (best similarity {best:.2f} < "
                f"{cfg.min_similarity:.2f})"
            )
            span = (part.start, part.end)
            reasons.append(VerifyReason(ReasonType.NO_SUPPORT, detail, span, None, None))
        times = list(find_times(summary_text, article.date, part.start, part.end))
        quantities = self._summary_numbers(summary_text, part.start, part.end, times)
        reasons += check_numbers(ctx, quantities, notes)
        reasons += check_speakers(ctx, atts)
        reasons += check_relations(ctx)
        reasons += check_dates(ctx, times, order)
        reasons += check_seasons(ctx)
        reasons += check_misspelt_names(ctx)
        reasons += check_names(ctx, quantities, times, reasons)
        return self._decide(ctx, index, support, reasons, notes, best, False)

    def _furniture(
        self,
        ctx: SentenceContext,
        index: int,
        support: tuple[SupportSpan, ...],
        page_furniture: tuple[str, bool],
        best: float,
    ) -> VerifiedSentence:
        """The verdict on a line of page furniture (``boilerplate.furniture``: what it is, and
        whether it says nothing at all)."""
        what, says_nothing = page_furniture
        span = (ctx.part.start, ctx.part.end)
        detail = f"{what}, not a claim about the article"
        reason = VerifyReason(ReasonType.BOILERPLATE, detail, span, None, None)
        checked = self._decide(ctx, index, support, [reason], [], best, True)
        # a summary's own heading or rule line states nothing: no chance of being
        # unsupported, so it does not raise the summary's score ("Key points" above
        # well-supported bullets)
        unsupported = checked.verdict is Verdict.UNSUPPORTED
        return replace(checked, score=None) if says_nothing and not unsupported else checked

    def _decide(
        self,
        ctx: SentenceContext,
        index: int,
        support: tuple[SupportSpan, ...],
        reasons: list[VerifyReason],
        notes: list[VerifyReason],
        best: float,
        boilerplate: bool,
    ) -> VerifiedSentence:
        """The calibrated score and the verdict: unsupported from ``verify.threshold`` on.
        Reasons below the threshold are kept as notes; boilerplate is a note unless
        ``verify.boilerplate_unsupported``."""
        cfg, part = self.config.verify, ctx.part
        stems = [t[0] for t in ctx.align.tokens if not is_number_stem(t[0])]
        novel = sum(st not in ctx.src.stem_positions for st in stems) / len(stems) if stems else 0.0
        passage = [(ctx.src.text[s.start : s.end], s.similarity) for s in support]
        inconsistency = consistency_model().score(part.text, passage)
        features = sentence_features(
            reasons, ctx.decider.slot_probs, best, novel, boilerplate, inconsistency
        )
        if self.trace is not None:
            self.trace.append({"check": "sentence", "start": part.start, **features})
        score = score_model().sentence(features)
        if boilerplate:
            unsupported = cfg.boilerplate_unsupported
            score = 1.0 if unsupported else score
        else:
            threshold = score_model().threshold if cfg.threshold is None else cfg.threshold
            unsupported = bool(reasons) and score >= threshold
        if not unsupported:
            notes, reasons = [*reasons, *notes], []
        return VerifiedSentence(
            index=index,
            start=part.start,
            end=part.end,
            text=part.text,
            verdict=Verdict.UNSUPPORTED if unsupported else Verdict.SUPPORTED,
            reasons=tuple(reasons),
            support=support,
            notes=tuple(notes),
            score=score,
        )


# ------------------------------------------------------------------------------ API


def verify(summary_text: str, source: str | Article, config: Config | None = None) -> Verification:
    """Check ``summary_text`` against ``source`` (article text or Article)."""
    from factkit.ingest import article_from_text
    from factkit.split import split_sentences

    cfg = config or Config()
    article = source if isinstance(source, Article) else article_from_text(source)
    sentences = split_sentences(article.text, cfg.verify_splitter())
    return Verifier(cfg).verify(summary_text, article, sentences)


def _support(
    ctx: SentenceContext, sentence: _SummarySentence
) -> tuple[list[int], tuple[SupportSpan, ...]]:
    """The ``verify.top_k`` best-aligned body positions and their support spans. The support
    is drawn from the encoded rows: a similarity it reports is a real one."""
    src, sims = ctx.src, sentence.sims
    ranked = np.argsort(-ctx.align.scores(frozenset()), kind="stable")
    order = [int(j) for j in ranked if sentence.known[j]][: ctx.config.top_k]
    support = tuple(
        SupportSpan(
            sentence_index=src.body[j].index,
            start=src.body[j].start,
            end=src.body[j].end,
            similarity=float(sims[j]),
            kind=src.body[j].kind,
        )
        for j in order
    )
    return order, support
