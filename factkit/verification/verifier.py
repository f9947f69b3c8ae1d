"""Summary verification: is each summary sentence backed by the article?

For every summary sentence:

1. **Alignment.** Each article body sentence gets a score: the IDF-weighted share of the summary
   sentence's content words it holds + ``verify.similarity_weight`` x MiniLM cosine similarity.
   The top-k (``verify.top_k``) are its *support*. Best MiniLM similarity below
   ``verify.min_similarity`` -> ``no_support``. Checking one slot (a number, a name) recomputes
   the lexical part *without that slot's words* (and never counting numbers), so a swapped-in
   name or number cannot pull the alignment towards the sentence it was taken from. The
   *window* of a slot: its best sentences (up to top-k, within ``verify.context_margin`` of the
   best) plus ``verify.antecedent_sentences`` before each (which a "he" may refer back to).
2. **Numbers (slot level).** A number is described by its unit and the content words next to
   it (``verify.number_context_words`` each side). Every article number gets a slot score:
   its sentence's alignment + shared neighbouring words + same measurement unit (a clashing
   unit counts against it). The summary number is supported when an article number of its value
   (equal within ``verify.number_tolerance``, or within the precision the summary writes:
   "1.1bn" matches 1.13bn, "about 180" matches 183, a bare "180" does not) scores within
   ``verify.number_slack`` of the best-fitting article number. Otherwise ->
   ``number_mismatch`` pointing at the best-fitting article number (when it is in the window and
   shares a neighbour or the unit), or at an article number of that value in another context;
   ``number_not_in_source`` when the value is nowhere. Digits the quantity finder leaves alone
   (each side of a score "2-0") are numbers too; a scoreline the article gives either way
   round ("2-1", "1-2") is supported (``numbers.py``). Qualifiers: opposite bounds ("at least
   183" vs "at most 183") -> ``number_mismatch``; a dropped bound or approximation is a *note*
   (``qualifier_dropped``; ``verify.strict_qualifiers: true`` makes it a ``number_mismatch``).
3. **Speakers.** An attributed statement in the summary is matched to the article attribution
   in its window holding at least ``verify.speaker_content_similarity`` of its content words.
   A named summary speaker sharing no name word with that attribution's speaker (written,
   resolved or title; a demonym/inflection prefix counts) -> ``speaker_mismatch`` with the
   article speaker's span, unless the article attribution is unnamed ("he", "officials") and the
   summary's speaker is named in the window.
4. **Dates.** Each date, anchored against the article date, must resolve to a date the article
   mentions -> else ``date_mismatch`` (with the support sentence's date when there is one).
5. **Names.** Capitalized name spans (sentence-opening common English words such as
   "Relatives", shouted boilerplate such as "READ:" and function words excluded; in lower-cased
   text, the words the article only writes capitalized) must occur in the article (acronyms and
   demonym prefixes allowed) -> else ``entity_not_in_source``. They must also be in their window;
   and no *rival* may fill their slot: a different article name in the best supporting sentence
   that shares ``verify.name_min_shared`` neighbouring words with the summary name and fits
   clearly better (``verify.name_slack``) than every mention of the summary's name, in a sentence
   that does not mention it -> ``entity_not_in_source`` with the rival's or the nearest
   mention's span.

   A description standing for an article entity ("the Frenchman", "the Portuguese side",
   "the England winger": ``references.is_description``) is never ``entity_not_in_source``: it is
   left unjudged unless its words are the article's. A clipped form of an article name ("Hibs"
   for "Hibernian") is that name, not a rival.
6. **Boilerplate.** A sentence opening with a phrase of ``factkit/lang/en/boilerplate.txt``
   ("CLICK HERE", "Scroll down for video") gets the ``boilerplate`` reason and no other check;
   it stays supported (a note) unless ``verify.boilerplate_unsupported``.

Every sentence and the summary get a calibrated ``score``, the probability that they are
unsupported (``score.py``). A sentence with at least one reason is ``unsupported`` when its score
reaches ``verify.threshold``; otherwise its reasons are kept as notes. Every reason carries the
span of the summary text it is about and, where there is one, the article span that disagrees. A
sentence with no words (a stray ".") claims nothing and is supported.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import OrderedDict
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

import numpy as np

from factkit.config import Config
from factkit.document import (
    Article,
    Attribution,
    Quantity,
    ReasonType,
    SegmentKind,
    Sentence,
    SupportSpan,
    TimeAnchor,
    Verdict,
    Verification,
    VerifiedSentence,
    VerifyReason,
)
from factkit.lang import word_set
from factkit.verification.boilerplate import boilerplate_phrase
from factkit.verification.consistency import consistency_model
from factkit.verification.decision import _decision_model, decision_features
from factkit.verification.index import _Around, _around, _Name, _Number, _Source, _spread
from factkit.verification.names import (
    _common_capitalized,
    _drop_opening_common,
    _lower_name_spans,
    _name_spans,
    _proper_words,
    _short_form,
)
from factkit.verification.numbers import supported_ages, supported_scoreline_numbers
from factkit.verification.references import description_kind, is_description, short_form_of
from factkit.verification.score import score_model, sentence_features
from factkit.verification.text import (
    _BARE_DIGITS_RE,
    _DIGITS_RE,
    _MONTHS_DAYS,
    _ORDINAL_RE,
    _STOP,
    _WORD_RE,
    _YEAR_RE,
    _acronyms,
    _bound,
    _content_tokens,
    _content_words,
    _is_number_stem,
    _local_context,
    _norm_word,
    _stem,
    _words,
)

if TYPE_CHECKING:
    from factkit.annotate.attribution import AttributionFinder
    from factkit.annotate.quantities import QuantityFinder
    from factkit.encoder import SentenceEncoder

__all__ = ["Verifier", "verify"]

# ------------------------------------------------------------------------------ word lists


# ------------------------------------------------------------------------------ the article side


# ------------------------------------------------------------------------------ the verifier


class Verifier:
    """Checks summaries against articles (see the module docstring for the rules)."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._encoder: SentenceEncoder | None = None
        self._quantities: QuantityFinder | None = None
        self._attributions: AttributionFinder | None = None
        # Verifying several summaries of one article (benchmarks, batch) reuses its analysis.
        self._sources: OrderedDict[tuple[str, str | None], _Source] = OrderedDict()
        # When a list: every name/number slot check appends its evidence, and every sentence
        # its score features (benchmarks, fitting).
        self.trace: list[dict[str, object]] | None = None
        self._slot_probs: dict[str, float] = {}

    # lazily built parts -------------------------------------------------------------------
    @property
    def encoder(self) -> SentenceEncoder:
        if self._encoder is None:
            from factkit.encoder import get_encoder

            self._encoder = get_encoder(self.config.encoder)
        return self._encoder

    @property
    def quantity_finder(self) -> QuantityFinder:
        if self._quantities is None:
            from factkit.annotate.quantities import QuantityFinder

            self._quantities = QuantityFinder(self.config.claims.quantities)
        return self._quantities

    @property
    def attribution_finder(self) -> AttributionFinder:
        if self._attributions is None:
            from factkit.annotate.attribution import AttributionFinder

            self._attributions = AttributionFinder(self.config.claims.attribution)
        return self._attributions

    def _times(
        self, text: str, date: dt.date | None, start: int = 0, end: int | None = None
    ) -> list[TimeAnchor]:
        from factkit.annotate.times import find_times

        return list(find_times(text, date, start, end))

    def _numbers(self, text: str, start: int, end: int, times: list[TimeAnchor]) -> list[Quantity]:
        """Quantities of ``text[start:end]`` that are not dates, plus the bare digit runs the
        quantity finder leaves out (each side of a score such as "2-0")."""
        found = [
            q
            for q in self.quantity_finder.find(text, start, end)
            if not any(t.start < q.end and q.start < t.end for t in times)
        ]
        taken = [(q.start, q.end) for q in found] + [(t.start, t.end) for t in times]
        for m in _BARE_DIGITS_RE.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                value = float(m.group().replace(",", ""))
            except ValueError:
                continue
            found.append(Quantity(m.group(), m.start(), m.end(), value))
        return sorted(found, key=lambda q: q.start)

    # the article ---------------------------------------------------------------------------
    def _source(self, article: Article, sentences: Sequence[Sentence]) -> _Source:
        key = (article.text, article.date.isoformat() if article.date else None)
        cached = self._sources.get(key)
        if cached is not None:
            self._sources.move_to_end(key)
            return cached
        text = article.text
        body = [s for s in sentences if s.kind == SegmentKind.BODY] or [
            s for s in sentences if s.text.strip()
        ]
        embeddings = (
            self.encoder.encode([s.text for s in body]) if body else np.zeros((0, 384), np.float32)
        )
        times = self._times(text, article.date)
        common = {_norm_word(m.group()) for m in _WORD_RE.finditer(text) if m.group().islower()}
        capitalized: set[str] = set()
        for s in body:
            for m in _WORD_RE.finditer(text, s.start, s.end):
                gap = text[s.start : m.start()].rstrip(" \"“‘'(")
                if m.group()[:1].isupper() and gap and gap[-1] not in ".!?:":
                    capitalized.add(_norm_word(m.group()))
        stem_sets = [{t[0] for t in _content_tokens(text, s.start, s.end)} for s in body]
        positions: dict[str, list[int]] = {}
        for p, stems in enumerate(stem_sets):
            for st in stems:
                positions.setdefault(st, []).append(p)
        n = max(1, len(body))
        src = _Source(
            text=text,
            body=body,
            embeddings=embeddings,
            numbers=[],
            names=[],
            attributions=[],
            attribution_pos=[],
            times=times,
            words=set(_words(text)),
            common_words=common,
            name_words=capitalized - common - _STOP - _MONTHS_DAYS,
            acronyms=_acronyms(text),
            body_words=[set(_words(s.text)) | _acronyms(s.text) for s in body],
            stem_positions={st: np.array(ps) for st, ps in positions.items()},
            idf={st: math.log(1 + n / len(ps)) for st, ps in positions.items()},
        )
        width = self.config.verify.number_context_words
        for p, s in enumerate(body):
            tokens = _content_tokens(text, s.start, s.end)
            in_sentence = [t for t in times if s.start <= t.start < s.end]
            found = self._numbers(text, s.start, s.end, in_sentence)
            # "ranked 66th" gives the number of "World No 66"
            for m in _ORDINAL_RE.finditer(text, s.start, s.end):
                if not any(t.start < m.end() and m.start() < t.end for t in in_sentence):
                    found.append(Quantity(m.group(1), m.start(1), m.end(1), float(m.group(1))))
            # years inside dates ("the middle of 2014") are the numbers of "mid-2014"
            for t in in_sentence:
                for m in _YEAR_RE.finditer(text, t.start, t.end):
                    found.append(Quantity(m.group(), m.start(), m.end(), float(m.group())))
            for q in found:
                context = _local_context(tokens, q.start, q.end, q.unit, width)
                around = _around(text, q.start, q.end, s.start, s.end)
                src.numbers.append(_Number(q, p, context, around))
            for a, b, words in _name_spans(text, s.start, s.end, common):
                context = _local_context(tokens, a, b, None, width)
                around = _around(text, a, b, s.start, s.end)
                src.names.append(_Name(a, b, frozenset(words), p, context, around))
        src.attributions = list(self.attribution_finder.find(text, list(sentences)))
        src.attribution_pos = [src.body_position(a.cue_start) for a in src.attributions]
        self._sources[key] = src
        if len(self._sources) > 8:
            self._sources.popitem(last=False)
        return src

    # entry point ---------------------------------------------------------------------------
    def verify(
        self, summary_text: str, article: Article, sentences: Sequence[Sentence]
    ) -> Verification:
        from factkit.split import split_sentences

        src = self._source(article, sentences)
        # A summary is all body text: a short line without a final period is still a sentence.
        split_cfg = self.config.splitter.model_copy(update={"classify_segments": False})
        parts = [s for s in split_sentences(summary_text, split_cfg) if s.text.strip()]
        if not parts:
            return Verification(sentences=())
        sims = (
            self.encoder.encode([s.text for s in parts]) @ src.embeddings.T
            if len(src.body)
            else np.zeros((len(parts), 0), np.float32)
        )
        summary_atts = list(self.attribution_finder.find(summary_text, parts))
        checked = []
        for i, part in enumerate(parts):
            atts = [a for a in summary_atts if part.start <= a.cue_start < part.end]
            checked.append(self._check(summary_text, part, i, sims[i], atts, src, article))
        scores = [s.score for s in checked if s.score is not None]
        return Verification(sentences=tuple(checked), score=score_model().summary(scores))

    # one summary sentence ------------------------------------------------------------------
    def _check(
        self,
        summary_text: str,
        part: Sentence,
        index: int,
        sims: np.ndarray,
        atts: list[Attribution],
        src: _Source,
        article: Article,
    ) -> VerifiedSentence:
        cfg = self.config.verify
        align = _Alignment(
            src, sims, _content_tokens(summary_text, part.start, part.end), cfg.similarity_weight
        )
        overall = align.scores(frozenset())
        order = np.argsort(-overall, kind="stable")[: cfg.top_k]
        support = tuple(
            SupportSpan(
                sentence_index=src.body[j].index,
                start=src.body[j].start,
                end=src.body[j].end,
                similarity=float(sims[j]),
            )
            for j in order
        )
        best = float(sims.max()) if len(sims) else -1.0
        reasons: list[VerifyReason] = []
        notes: list[VerifyReason] = []
        self._slot_probs = {}
        phrase = boilerplate_phrase(part.text)
        if phrase is not None:
            reason = VerifyReason(
                ReasonType.BOILERPLATE,
                f"boilerplate line ({phrase!r}), not a claim about the article",
                (part.start, part.end),
                None,
                None,
            )
            return self._decide(part, index, support, [reason], notes, best, align, src, True)
        if best < cfg.min_similarity and align.tokens:  # a bare "." claims nothing
            reasons.append(
                VerifyReason(
                    ReasonType.NO_SUPPORT,
                    f"no article sentence says this (best similarity {best:.2f} < "
                    f"{cfg.min_similarity:.2f})",
                    (part.start, part.end),
                    None,
                    None,
                )
            )
        times = self._times(summary_text, article.date, part.start, part.end)
        quantities = self._numbers(summary_text, part.start, part.end, times)
        reasons += self._check_numbers(summary_text, part, quantities, src, align, notes)
        reasons += self._check_speakers(summary_text, part, atts, src, align)
        reasons += self._check_dates(times, src, [int(j) for j in order], align)
        reasons += self._check_names(summary_text, part, quantities, times, src, align, reasons)
        return self._decide(part, index, support, reasons, notes, best, align, src, False)

    def _decide(
        self,
        part: Sentence,
        index: int,
        support: tuple[SupportSpan, ...],
        reasons: list[VerifyReason],
        notes: list[VerifyReason],
        best: float,
        align: _Alignment,
        src: _Source,
        boilerplate: bool,
    ) -> VerifiedSentence:
        """The calibrated score and the verdict: unsupported from ``verify.threshold`` on.
        Reasons below the threshold are kept as notes; boilerplate is a note unless
        ``verify.boilerplate_unsupported``."""
        cfg = self.config.verify
        stems = [t[0] for t in align.tokens if not _is_number_stem(t[0])]
        novel = sum(st not in src.stem_positions for st in stems) / len(stems) if stems else 0.0
        passage = [(src.text[s.start : s.end], s.similarity) for s in support]
        inconsistency = consistency_model().score(part.text, passage)
        features = sentence_features(
            reasons, self._slot_probs, best, novel, boilerplate, inconsistency
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

    # numbers -------------------------------------------------------------------------------
    def _value_match(self, claimed: Quantity, actual: Quantity) -> bool:
        a, b = claimed.value, actual.value
        if math.isclose(a, b, rel_tol=self.config.verify.number_tolerance, abs_tol=1e-9):
            return True
        step = _precision(claimed)
        return step > 0 and abs(a - b) <= step / 2 * (1 + 1e-9)

    def _measured(self, unit: str | None) -> bool:
        return bool(unit) and self.quantity_finder.is_measurement_unit(unit)

    def _units_clash(self, a: str | None, b: str | None) -> bool:
        if not a or not b or _unit_key(a) == _unit_key(b):
            return False
        finder = self.quantity_finder
        return finder.is_measurement_unit(a) or finder.is_measurement_unit(b)

    def _slot_score(
        self, q: Quantity, mine: frozenset[str], n: _Number, scores: np.ndarray
    ) -> float:
        """How well the article number ``n`` fits the summary number's slot: its sentence's
        alignment, the shared neighbouring words, the unit."""
        cfg = self.config.verify
        score = float(scores[n.pos]) if n.pos is not None else 0.0
        if mine:
            score += cfg.number_context_weight * len(mine & n.context) / len(mine)
        if _unit_key(q.unit) == _unit_key(n.quantity.unit) and self._measured(q.unit):
            score += cfg.number_context_weight / 2  # counted nouns are in the context already
        elif self._units_clash(q.unit, n.quantity.unit):
            score -= cfg.number_context_weight
        return score

    def _check_numbers(
        self,
        summary_text: str,
        part: Sentence,
        quantities: list[Quantity],
        src: _Source,
        align: _Alignment,
        notes: list[VerifyReason],
    ) -> list[VerifyReason]:
        """Each summary number must be the article's number in the same slot: the best-fitting
        article number (sentence alignment without the number itself + neighbouring words +
        unit) must have its value, or an article number of its value must fit nearly as well."""
        cfg = self.config.verify
        reasons: list[VerifyReason] = []
        tokens = align.tokens
        scorelines = supported_scoreline_numbers(summary_text, part.start, part.end, src.text)
        ages = supported_ages(summary_text, part.start, part.end, src.text)
        for q in quantities:
            if any(a <= q.start and q.end <= b for a, b in scorelines):
                continue  # one side of a scoreline the article gives ("2-1", "1-2")
            if q.start in ages:
                continue  # an age the article gives as an age ("Elle, 51" / "51-year-old")
            mine = _local_context(tokens, q.start, q.end, q.unit, cfg.number_context_words)
            own = frozenset(t[0] for t in tokens if q.start <= t[1] and t[2] <= q.end)
            scores = align.scores(own)
            window = set(align.window(scores, cfg.top_k, cfg.context_margin))
            ranked = sorted(
                ((self._slot_score(q, mine, n, scores), k) for k, n in enumerate(src.numbers)),
                reverse=True,
            )
            top_score, top = ranked[0] if ranked else (0.0, -1)
            match = next(
                (
                    (sc, k)
                    for sc, k in ranked
                    if self._value_match(q, src.numbers[k].quantity)
                    and not self._units_clash(q.unit, src.numbers[k].quantity.unit)
                ),
                None,
            )
            span = (q.start, q.end)
            if match is not None:
                same_value = [
                    n
                    for n in src.numbers
                    if self._value_match(q, n.quantity)
                    and not self._units_clash(q.unit, n.quantity.unit)
                ]
                values = [n.pos for n in same_value if n.pos is not None]
                fits = match[0] >= top_score - cfg.number_slack
                evidence = {
                    "span_start": float(q.start),
                    "span_end": float(q.end),
                    "rule": float(not fits),
                    "slot_gap": top_score - match[0],
                    **self._number_adjacency(q, summary_text, part, same_value, src, window),
                    **self._evidence(align, own, values),
                }
                if not self._flag("number", evidence, not fits):
                    sq = src.numbers[match[1]].quantity
                    self._check_qualifier(q, sq, span, reasons, notes)
                    continue
            counterpart = src.numbers[top] if top >= 0 else None
            if (
                counterpart is not None
                and counterpart.pos in window
                and not self._value_match(q, counterpart.quantity)
                and (
                    mine & counterpart.context
                    or (q.unit and _unit_key(q.unit) == _unit_key(counterpart.quantity.unit))
                )
            ):
                sq = counterpart.quantity
                reasons.append(
                    VerifyReason(
                        ReasonType.NUMBER_MISMATCH,
                        f"summary says {_qty_label(q)!r}, the article says {_qty_label(sq)!r}",
                        span,
                        sq.start,
                        sq.end,
                    )
                )
            elif match is not None:
                sq = src.numbers[match[1]].quantity
                reasons.append(
                    VerifyReason(
                        ReasonType.NUMBER_MISMATCH,
                        f"the article gives {_qty_label(q)!r} only in another context "
                        f"({_qty_label(sq)!r})",
                        span,
                        sq.start,
                        sq.end,
                    )
                )
            else:
                reasons.append(
                    VerifyReason(
                        ReasonType.NUMBER_NOT_IN_SOURCE,
                        f"{_qty_label(q)!r} is not in the article",
                        span,
                        None,
                        None,
                    )
                )
        return reasons

    @staticmethod
    def _number_adjacency(
        q: Quantity,
        summary_text: str,
        part: Sentence,
        same_value: list[_Number],
        src: _Source,
        window: set[int],
    ) -> dict[str, float]:
        """The words right next to the summary's number (``_Around.fit``, 0-4) against those
        next to an article number of its value (``same_value``), and next to an article number
        of another value in the supporting sentences; and whether the article writes the very
        same quantity ("more than 70 animals")."""
        around = _around(summary_text, q.start, q.end, part.start, part.end)
        wording = " ".join(_words(q.text))
        own = max((around.fit(n.around) for n in same_value), default=0)
        same = any(" ".join(_words(n.quantity.text)) == wording for n in same_value)
        mine = {id(n) for n in same_value}
        other = max(
            (around.fit(n.around) for n in src.numbers if n.pos in window and id(n) not in mine),
            default=0,
        )
        return {"adj_own": float(own), "adj_other": float(other), "same_text": float(same)}

    def _check_qualifier(
        self,
        q: Quantity,
        sq: Quantity,
        span: tuple[int, int],
        reasons: list[VerifyReason],
        notes: list[VerifyReason],
    ) -> None:
        claimed, actual = _bound(q.qualifier), _bound(sq.qualifier)
        if {claimed, actual} == {"lower", "upper"}:
            reasons.append(
                VerifyReason(
                    ReasonType.NUMBER_MISMATCH,
                    f"qualifier changed: summary says {_qty_label(q)!r}, the article "
                    f"says {_qty_label(sq)!r}",
                    span,
                    sq.start,
                    sq.end,
                )
            )
        elif actual in ("lower", "upper") and claimed is None:
            kind = (
                ReasonType.NUMBER_MISMATCH
                if self.config.verify.strict_qualifiers
                else ReasonType.QUALIFIER_DROPPED
            )
            note = VerifyReason(
                kind,
                f"qualifier dropped: summary says {_qty_label(q)!r}, the article says "
                f"{_qty_label(sq)!r}",
                span,
                sq.start,
                sq.end,
            )
            (reasons if kind == ReasonType.NUMBER_MISMATCH else notes).append(note)

    # speakers ------------------------------------------------------------------------------
    def _check_speakers(
        self,
        summary_text: str,
        part: Sentence,
        atts: list[Attribution],
        src: _Source,
        align: _Alignment,
    ) -> list[VerifyReason]:
        """A named summary speaker must be the article's speaker for that content: the article
        attribution in the sentences that best support the rest of the summary sentence whose
        content shares most words with the summary's."""
        cfg = self.config.verify
        reasons: list[VerifyReason] = []
        for a in atts:
            claimed = _proper_words(a.speaker or "", src.common_words)
            if not claimed or a.speaker_start is None or a.speaker_end is None:
                continue  # "he", "the actor", "Opponents": nothing to hold against the article
            span = (a.speaker_start, a.speaker_end, sorted(claimed))
            if _common_capitalized(summary_text, part.start, span, src.name_words):
                continue  # "Relatives said": a description, not a name
            if is_description(summary_text, a.speaker_start, a.speaker_end):
                continue  # "the Frenchman said": a reference, not a name to hold against it
            said = {_stem(w) for w in _content_words(a.content) - claimed}
            if not said:
                continue
            scores = align.scores(frozenset(_stem(w) for w in claimed))
            window = align.window(scores, cfg.top_k, cfg.context_margin)
            named_nearby = any(
                self._mentions(w, src, self._near(window, len(src.body))) for w in claimed
            )
            best: tuple[float, int] | None = None
            for k, sa in enumerate(src.attributions):
                pos = src.attribution_pos[k]
                if pos is None or pos not in window:
                    continue
                overlap = len(said & {_stem(w) for w in _content_words(sa.content)}) / len(said)
                if overlap >= cfg.speaker_content_similarity and (
                    best is None or overlap > best[0]
                ):
                    best = (overlap, k)
            if best is None:
                continue  # no article attribution of this content: the name check decides
            real = src.attributions[best[1]]
            real_words = frozenset(_speaker_words(real))
            if any(self._name_word_match(w, real_words) for w in claimed):
                continue
            # "Chelsea playmaker", "United boss": a description whose name words only qualify
            # it; it fits when the article names them around its own speaker
            head = summary_text[a.speaker_start : a.speaker_end].split()[-1]
            pos = src.attribution_pos[best[1]]
            if (
                head[:1].islower()
                and pos is not None
                and all(self._mentions(w, src, self._near([pos], len(src.body))) for w in claimed)
            ):
                continue
            # An article speaker named in the attribution itself outweighs a mention nearby;
            # a "he" or "officials" there may well be the summary's speaker named earlier.
            if not _proper_words(real.speaker or "", src.common_words) and (
                named_nearby or not real.speaker_resolved
            ):
                continue
            reasons.append(
                VerifyReason(
                    ReasonType.SPEAKER_MISMATCH,
                    f"summary attributes this to {a.speaker!r}; the article to "
                    f"{(real.speaker_resolved or real.speaker)!r}",
                    (a.speaker_start, a.speaker_end),
                    real.speaker_start,
                    real.speaker_end,
                )
            )
        return reasons

    def _near(self, window: list[int], size: int) -> set[int]:
        """The window's sentences and the ones before them that a "he" or "the group" in
        them may refer back to."""
        back = self.config.verify.antecedent_sentences
        ahead = self.config.verify.following_sentences
        return {p + d for p in window for d in range(-back, ahead + 1) if 0 <= p + d < size}

    @staticmethod
    def _mentions(word: str, src: _Source, positions: set[int]) -> bool:
        """Is the name word in one of the body sentences at ``positions`` (or, for a demonym
        or inflection, a word sharing its first five letters)?"""
        return any(p in positions for p in src.mentions_of(word))

    # dates ---------------------------------------------------------------------------------
    def _check_dates(
        self, times: list[TimeAnchor], src: _Source, top: list[int], align: _Alignment
    ) -> list[VerifyReason]:
        reasons: list[VerifyReason] = []
        for t in times:
            if t.resolved:
                given = any(
                    st.resolved
                    and (st.resolved.startswith(t.resolved) or t.resolved.startswith(st.resolved))
                    for st in src.times
                )
            else:
                given = _time_key(t.text) in {_time_key(st.text) for st in src.times} or (
                    _time_key(t.text) in _time_key(src.text)
                )
            if given:
                rival = self._rival_date(t, src, align)
                if rival is not None:
                    reasons.append(
                        VerifyReason(
                            ReasonType.DATE_MISMATCH,
                            f"summary says {t.text!r}; the sentence that supports it says "
                            f"{rival.text!r}",
                            (t.start, t.end),
                            rival.start,
                            rival.end,
                        )
                    )
                continue
            other = next(
                (
                    st
                    for pos in top
                    for st in src.times
                    if src.body[pos].start <= st.start < src.body[pos].end
                ),
                None,
            )
            said = f"{t.text!r}" + (f" ({t.resolved})" if t.resolved else "")
            detail = f"the article never gives the date {said}"
            if other is not None:
                detail += f"; its supporting sentence says {other.text!r}" + (
                    f" ({other.resolved})" if other.resolved else ""
                )
            reasons.append(
                VerifyReason(
                    ReasonType.DATE_MISMATCH,
                    detail,
                    (t.start, t.end),
                    other.start if other else None,
                    other.end if other else None,
                )
            )
        return reasons

    def _rival_date(self, t: TimeAnchor, src: _Source, align: _Alignment) -> TimeAnchor | None:
        """A date the article gives elsewhere can still be the wrong one here: the best
        supporting sentence, aligned without the date's own words (as names and numbers are),
        dates the event with another date of the same kind (a weekday for a weekday, a year for
        a year), and neither the k best-aligned sentences nor the best one's neighbours have
        the summary's."""
        kind = _date_kind(t.text)
        scores = align.scores(frozenset(_stem(w) for w in _words(t.text)))
        if kind is None or not len(scores):
            return None
        top = np.argsort(-scores, kind="stable")[: self.config.verify.top_k]
        best = int(top[0])
        # a date is often told one sentence away from its event ("... said Monday. The six
        # were arrested Sunday")
        nearby = {int(j) for j in top} | {best - 1, best + 1}
        key = _time_key(t.text)
        if any(
            src.body_position(st.start) in nearby and key in _time_key(st.text) for st in src.times
        ):
            return None
        sentence = src.body[best]
        return next(
            (
                st
                for st in src.times
                if sentence.start <= st.start < sentence.end
                and _date_kind(st.text) == kind
                and key not in _time_key(st.text)
            ),
            None,
        )

    # evidence windows ----------------------------------------------------------------------
    def _flag(self, check: str, ev: dict[str, float], rule_flags: bool) -> bool:
        """Is this slot wrong? The decision layer's verdict on the evidence, or the rule's."""
        if self.trace is not None:
            self.trace.append({"check": check, **ev})
        weights, threshold = _decision_model()[check]
        z = float(weights @ np.array(decision_features(check, ev)))
        probability = 1.0 / (1.0 + math.exp(-z))
        # the sentence score reads the most suspicious slot of each kind
        self._slot_probs[check] = max(self._slot_probs.get(check, 0.0), probability)
        if not self.config.verify.decision:
            return rule_flags
        cfg = self.config.verify
        chosen = cfg.name_threshold if check == "name" else cfg.number_threshold
        threshold = threshold if chosen is None else chosen
        return probability > threshold

    def _evidence(
        self, align: _Alignment, leave_out: frozenset[str], mentions: Sequence[int]
    ) -> dict[str, float]:
        """How well the article windows holding a slot's value (a name, a number) carry the rest
        of the summary sentence, next to how well the best window does."""
        n = len(align.src.body)
        cover, near = align.evidence(leave_out)
        weight = self.config.verify.similarity_weight
        score = cover + weight * near
        has = _spread(np.array(sorted(set(mentions)), dtype=np.int64), n) > 0
        if not n:
            return {
                "cover_own": 0.0,
                "cover_best": 0.0,
                "near_own": 0.0,
                "near_best": 0.0,
                "gap": 0.0,
                "freq": 0.0,
            }
        own = float(score[has].max()) if has.any() else float(score.min()) - 1.0
        return {
            "cover_own": float(cover[has].max()) if has.any() else 0.0,
            "cover_best": float(cover.max()),
            "near_own": float(near[has].max()) if has.any() else -1.0,
            "near_best": float(near.max()),
            "gap": float(score.max()) - own,
            "freq": len(set(mentions)) / n,
        }

    # names ---------------------------------------------------------------------------------
    def _check_names(
        self,
        summary_text: str,
        part: Sentence,
        quantities: list[Quantity],
        times: list[TimeAnchor],
        src: _Source,
        align: _Alignment,
        earlier: list[VerifyReason],
    ) -> list[VerifyReason]:
        """Each name must be in the article, and in the sentences that support the rest of the
        summary sentence (or just before them)."""
        cfg = self.config.verify
        reasons: list[VerifyReason] = []
        flagged = [r.summary_span for r in earlier if r.type == "speaker_mismatch"]
        if any(c.isupper() for c in part.text):
            spans = [
                sp
                for sp in _name_spans(summary_text, part.start, part.end, src.common_words)
                if not _common_capitalized(summary_text, part.start, sp, src.name_words)
            ]
        else:  # lower-cased text: names are the words the article only writes capitalized
            spans = _lower_name_spans(summary_text, part.start, part.end, src.name_words)
        taken = [(t.start, t.end) for t in times] + [(q.start, q.end) for q in quantities]
        spans = [_drop_opening_common(summary_text, part.start, sp, src) for sp in spans]
        head_map = {sp[0]: self._head_positions(sp[2], src) for sp in spans}
        for start, end, words in spans:
            if any(s is not None and s[0] < end and start < s[1] for s in flagged):
                continue  # already reported as the wrong speaker
            if any(a < end and start < b for a, b in taken):
                continue  # dates and numbers ("Seventeen") have their own checks
            # "the Frenchman": a reference to a person of the article, left unjudged; "the
            # Portuguese side": unjudged unless its words are the article's, then held to its
            # slot like a name (a swapped-in team)
            kind = description_kind(summary_text, start, end)
            if kind == "demonym":
                continue
            described = kind is not None
            name = summary_text[start:end]
            # a short form of a given name ("Alex" for "Alexander") before a known surname
            missing = [
                w
                for k, w in enumerate(words)
                if not self._known_word(w, src)
                and not (k < len(words) - 1 and _short_form(w, src.name_words))
            ]
            if missing and described:
                continue
            if missing:
                reasons.append(
                    VerifyReason(
                        ReasonType.ENTITY_NOT_IN_SOURCE,
                        f"{name!r} is not mentioned in the article",
                        (start, end),
                        None,
                        None,
                    )
                )
                continue
            mentions = sorted({p for w in words for p in src.mentions_of(w)})
            if not mentions:
                continue  # only outside the body (caption, heading): not comparable
            own = frozenset(_stem(w) for w in words)
            scores = align.scores(own)
            window = align.window(scores, cfg.top_k, cfg.context_margin)
            mine = _local_context(align.tokens, start, end, None, cfg.number_context_words)
            others = {w for _, _, ws in spans for w in ws if w not in words}
            rival = self._rival_name(words, others, mine, scores, window, src)
            near = self._near(window, len(src.body))
            in_window = bool(set(mentions) & near)
            around = _around(summary_text, start, end, part.start, part.end)
            evidence = {
                "span_start": float(start),
                "span_end": float(end),
                "rule": float(int(rival is not None) * 2 + int(not in_window)),
                "words": float(len(words)),
                **self._name_context_fit(words, others, mine, around, window, near, src),
                **_cooccurrence(start, head_map, len(src.body)),
                **self._evidence(align, own, head_map.get(start) or mentions),
            }
            if not self._flag("name", evidence, rival is not None or not in_window):
                continue
            if rival is not None:  # the score tells a filled slot from a name found elsewhere
                self._slot_probs["rival"] = 1.0
            if rival is not None:
                detail = (
                    f"{name!r} is not who/what the article names here: it says "
                    f"{src.text[rival.start : rival.end]!r} (alignment "
                    f"{float(scores[rival.pos]):.2f})"
                )
                s_start, s_end = rival.start, rival.end
            else:
                nearest = src.body[max(mentions, key=lambda p: float(scores[p]))]
                detail = f"{name!r} is not in the article sentences that support this one" + (
                    f" (best support: sentence {src.body[window[0]].index}, alignment "
                    f"{float(scores[window[0]]):.2f})"
                    if window
                    else ""
                )
                s_start, s_end = nearest.start, nearest.end
            reasons.append(
                VerifyReason(ReasonType.ENTITY_NOT_IN_SOURCE, detail, (start, end), s_start, s_end)
            )
        return reasons

    def _rival_name(
        self,
        words: list[str],
        others: set[str],
        mine: frozenset[str],
        scores: np.ndarray,
        window: list[int],
        src: _Source,
    ) -> _Name | None:
        """The article name that fills the summary name's slot instead of it: in a supporting
        sentence, sharing neighbouring words, and fitting clearly better (sentence alignment +
        shared neighbours) than every mention of the summary's name. Not a rival: a name the
        summary sentence also gives, or one in a sentence that mentions the summary's name too
        (neighbouring names share neighbouring words)."""
        if not mine:
            return None
        cfg = self.config.verify
        weight = cfg.number_context_weight

        def fit(n: _Name) -> float:
            return float(scores[n.pos]) + weight * len(mine & n.context) / len(mine)

        def same(n: _Name) -> bool:  # the summary's name, or a clipped form ("Hibs")
            return any(
                self._name_word_match(w, n.words) or short_form_of(w, n.words) for w in words
            )

        best_same = max((fit(n) for n in src.names if same(n)), default=-math.inf)
        rivals = [
            n
            for n in src.names
            if n.pos in window[: cfg.name_rival_sentences]
            and len(mine & n.context) >= min(len(mine), cfg.name_min_shared)
            and not same(n)
            and not any(self._name_word_match(w, others) for w in n.words)
            and not any(self._mentions(w, src, {n.pos}) for w in words)
        ]
        if not rivals:
            return None
        rival = max(rivals, key=fit)
        return rival if fit(rival) > best_same + cfg.name_slack else None

    def _head_positions(self, words: list[str], src: _Source) -> list[int]:
        """Body positions mentioning a name's last word (its head: "Villa" of "Aston Villa")."""
        return src.mentions_of(words[-1]) if words else []

    def _name_context_fit(
        self,
        words: list[str],
        others: set[str],
        mine: frozenset[str],
        around: _Around,
        window: list[int],
        near: set[int],
        src: _Source,
    ) -> dict[str, float]:
        """How the summary name's surroundings fit the article's names.

        ``ctx_*``: the share of its neighbouring content words found next to a mention of it,
        and next to a different article name in the supporting sentences. ``adj_*``: how well
        the words right next to it (0-4, ``_Around.fit``) agree with those next to a mention
        of it in the supporting sentences (or ``_any``where), and next to another name there:
        a swapped-in name sits where the article has a different one ("Scientology credits"
        for "Travolta credits")."""
        in_window = set(window)
        ctx_own = ctx_other = 0.0
        adj_own = adj_own_any = adj_other = 0
        for n in src.names:
            fit = len(mine & n.context) / len(mine) if mine else 0.0
            adjacent = around.fit(n.around)
            if any(self._name_word_match(w, n.words) for w in words):
                ctx_own = max(ctx_own, fit)
                adj_own_any = max(adj_own_any, adjacent)
                if n.pos in near:
                    adj_own = max(adj_own, adjacent)
                continue
            if n.pos in near:
                adj_other = max(adj_other, adjacent)
            if n.pos in in_window and not any(self._name_word_match(w, others) for w in n.words):
                ctx_other = max(ctx_other, fit)
        return {
            "ctx_own": ctx_own,
            "ctx_other": ctx_other,
            "adj_own": float(adj_own),
            "adj_own_any": float(adj_own_any),
            "adj_other": float(adj_other),
        }

    @staticmethod
    def _name_word_match(word: str, names: Set[str]) -> bool:
        if word in names:
            return True
        return len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in names)

    @staticmethod
    def _known_word(word: str, src: _Source) -> bool:
        if word in src.words or word in src.acronyms:
            return True
        # demonyms and inflections: "Afghan"/"Afghanistan", "Britain"/"British"
        stem = word[:5]
        return len(word) >= 5 and any(w.startswith(stem) for w in src.words if len(w) >= 5)


class _Alignment:
    """Which article sentences support a summary sentence, possibly leaving some of its words
    out: IDF-weighted share of its content words each sentence holds + a weighted MiniLM
    similarity. Leaving the checked name or number out keeps a swapped-in one from pulling
    the alignment towards the sentence it was taken from."""

    def __init__(
        self, src: _Source, sims: np.ndarray, tokens: list[tuple[str, int, int]], weight: float
    ) -> None:
        self.src = src
        self.sims = sims
        self.tokens = tokens
        self.weight = weight
        # numbers are what gets checked: a changed one must not steer the alignment
        self.stems = {t[0] for t in tokens if t[0] in src.idf and not _is_number_stem(t[0])}

    def scores(self, leave_out: frozenset[str]) -> np.ndarray:
        lexical = np.zeros(len(self.src.body), np.float32)
        total = 0.0
        for st in self.stems - leave_out:
            idf = self.src.idf[st]
            lexical[self.src.stem_positions[st]] += idf
            total += idf
        if total:
            lexical /= total
        return lexical + self.weight * self.sims

    def evidence(self, leave_out: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
        """Per article *window* (body sentence p with p-1 and p+1): the IDF-weighted share of
        the summary sentence's content words (less ``leave_out``) it holds, and its best MiniLM
        similarity. A summary sentence that fuses or paraphrases neighbouring article sentences
        is covered by one window even when no single sentence holds its words."""
        n = len(self.src.body)
        cover = np.zeros(n, np.float32)
        total = 0.0
        for st in self.stems - leave_out:
            idf = self.src.idf[st]
            cover += idf * _spread(self.src.stem_positions[st], n)
            total += idf
        if total:
            cover /= total
        sims = self.sims.astype(np.float32)
        near = sims.copy()
        if n > 1:
            near[1:] = np.maximum(near[1:], sims[:-1])
            near[:-1] = np.maximum(near[:-1], sims[1:])
        return cover, near

    @staticmethod
    def window(scores: np.ndarray, k: int, margin: float) -> list[int]:
        """Up to ``k`` best-scoring positions, within ``margin`` of the best, best first."""
        if not len(scores):
            return []
        order = np.argsort(-scores, kind="stable")[:k]
        best = float(scores[order[0]])
        return [int(j) for j in order if float(scores[j]) >= best - margin]


# ------------------------------------------------------------------------------ decision layer


# ------------------------------------------------------------------------------ helpers


def _cooccurrence(start: int, heads: dict[int, list[int]], size: int) -> dict[str, float]:
    """Share of the summary sentence's other names that the article mentions within a
    sentence of this name (-1 when there are no other names)."""
    mine = _spread(np.array(heads.get(start, []), dtype=np.int64), size) > 0
    others = [ps for s, ps in heads.items() if s != start]
    if not others:
        return {"cooc": -1.0}
    together = sum(bool(ps) and bool(mine[np.array(ps)].any()) for ps in others)
    return {"cooc": together / len(others)}


def _precision(q: Quantity) -> float:
    """The place value of the summary's last significant digit, scaled: how far off the article
    may be and still round to it ("1.1bn" -> 1e8, "about 180" -> 10, "3 million" -> 1e6).

    Zero (exact match needed) for a bare integer such as "180" or a number in words: written
    without "about" or a scale word, trailing zeros count as significant.
    """
    digits = _DIGITS_RE.findall(q.text)
    if not digits:
        return 0.0
    written = digits[-1].replace(",", "")
    try:
        number = float(written)
    except ValueError:
        return 0.0
    if number == 0:
        return 0.0
    scale = abs(q.value / number)
    if "." in written:
        return 10.0 ** -len(written.split(".")[1]) * scale
    if scale >= 1000 or _bound(q.qualifier) == "approx":
        trailing = len(written) - len(written.rstrip("0"))
        return 10.0**trailing * scale
    return 0.0


def _unit_key(unit: str | None) -> str:
    if not unit:
        return ""
    u = unit.lower().strip()
    return u[:-1] if u.endswith("s") and not u.endswith("ss") else u


def _qty_label(q: Quantity) -> str:
    if q.qualifier and not q.text.lower().startswith(q.qualifier.lower()):
        return f"{q.qualifier} {q.text}"
    return q.text


def _window(text: str, start: int, end: int, width: int = 40) -> str:
    return text[max(0, start - width) : start] + " " + text[end : end + width]


_WEEKDAYS = word_set("weekdays")


def _date_kind(text: str) -> str | None:
    """Which part of a date a time anchor names first: "weekday", "month" or "year"."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & _WEEKDAYS:
        return "weekday"
    if words & (_MONTHS_DAYS - _WEEKDAYS):
        return "month"
    return "year" if _YEAR_RE.search(text) else None


def _time_key(text: str) -> str:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
    return " ".join(re.sub(r"^(on|in|at|the|last|this|next)\s+", "", t.strip()).split())


def _speaker_words(att: Attribution) -> set[str]:
    words: set[str] = set()
    for part in (att.speaker, att.speaker_resolved, att.speaker_title):
        if part:
            words |= _content_words(part)
    return words


# ------------------------------------------------------------------------------ API


def verify(summary_text: str, source: str | Article, config: Config | None = None) -> Verification:
    """Check ``summary_text`` against ``source`` (article text or Article)."""
    from factkit.ingest import article_from_text
    from factkit.split import split_sentences

    cfg = config or Config()
    article = source if isinstance(source, Article) else article_from_text(source)
    return Verifier(cfg).verify(summary_text, article, split_sentences(article.text, cfg.splitter))
