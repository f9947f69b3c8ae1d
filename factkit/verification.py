"""Summary verification: is each summary sentence backed by the article?

For every summary sentence:

1. **Alignment.** MiniLM cosine similarity against the article's body sentences; the top-k
   (``verify.top_k``) are its *support*. Best similarity below ``verify.min_similarity`` ->
   ``no_support``.
2. **Numbers.** Every quantity must match one in the article: value equal within
   ``verify.number_tolerance`` (relative) or within the precision the summary writes ("1.1bn"
   matches 1.13bn; "about 180" matches 183; a bare "180" does not), and no clash of measurement
   units (percent vs. dollars; a counted noun like "deaths" is a soft unit). A match counts when
   it is in a support sentence, or anywhere in the article in a *relevant* sentence (see below) or
   with the same unit, so paraphrases that draw on other sentences are not false alarms.
   Otherwise -> ``number_mismatch`` pointing at the counterpart number of the support sentences
   (same unit / same context words), or ``number_not_in_source`` when there is none.
   Qualifiers: opposite bounds ("at least 183" vs "at most 183") -> ``number_mismatch``
   ("qualifier changed"). A dropped bound or approximation ("183" for "at least 183") softens
   the claim but does not make it false: it is kept as a *note* on a supported sentence
   (``verify.strict_qualifiers: true`` reports it as ``number_mismatch`` instead).
3. **Speakers.** An attributed statement in the summary is matched (content similarity) to the
   article's attributions; a named speaker sharing no name word with the article's speaker for
   that content (nor its resolved name / title) -> ``speaker_mismatch`` with the article
   speaker's span.
4. **Dates.** Each date, anchored against the article date, must resolve to a date the article
   mentions -> else ``date_mismatch`` (with the support sentence's date when there is one).
5. **Names.** Capitalized name spans (people, organizations, places; sentence-initial common
   words and function words excluded) must occur in the article (case-insensitive, acronyms and
   demonym prefixes allowed) -> else ``entity_not_in_source``. A name that the article mentions
   only away from the supporting sentences (a swapped name) is reported too, with the span of
   the article sentence that mentions it and is most similar.

*Relevant sentence* (numbers): one of the top-k supports, or one whose similarity to the summary
sentence is within ``verify.context_margin`` of the best support. Names must be mentioned in a
top-k support or in one of the two sentences before it (which it may refer back to with "he").

The verdict is ``unsupported`` as soon as there is one reason; every reason carries the span of
the summary text it is about and, where there is one, the article span that disagrees.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from factkit.config import Config
from factkit.document import (
    Article,
    Attribution,
    Quantity,
    Sentence,
    SupportSpan,
    TimeAnchor,
    Verification,
    VerifiedSentence,
    VerifyReason,
)

if TYPE_CHECKING:
    from factkit.claims.attribution import AttributionFinder
    from factkit.claims.quantities import QuantityFinder
    from factkit.encoder import SentenceEncoder

__all__ = ["Verifier", "verify"]

# ------------------------------------------------------------------------------ word lists

_LOWER_BOUND = (
    "at least",
    "more than",
    "over",
    "above",
    "upwards of",
    "in excess of",
    "no fewer than",
    "no less than",
    "greater than",
    "exceeding",
    "nearly all",
)
_UPPER_BOUND = (
    "at most",
    "less than",
    "fewer than",
    "under",
    "below",
    "up to",
    "no more than",
    "as many as",
    "as much as",
)
# Function words and other capitalized words that are not names at the start of a sentence.
_STOP_TEXT = """
    a an the this that these those it its they their them he his she her we our you your i
    my me us of in on at to for from by with as and or but nor so if then than when while
    where after before during since until about over under into onto upon out up down off
    again also not no yes all any both each few more most other some such only own same too
    very can will just should now is are was were be been being have has had do does did
    would could may might must shall there here what which who whom whose why how one two
    three many much several according despite however meanwhile although though because yet
    still even mr mrs ms dr sir lord lady st new
"""
_STOP = frozenset(_STOP_TEXT.split())
_MONTHS_DAYS_TEXT = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday
"""
_MONTHS_DAYS = frozenset(_MONTHS_DAYS_TEXT.split())
_NAME_LINKS = frozenset(
    {
        "of",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "al",
        "bin",
        "ibn",
        "el",
        "der",
        "den",
        "y",
    }
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "this", "that"})

_WORD_RE = re.compile(r"[^\W_](?:[\w'’.&-]*\w)?")
_CAP_RE = re.compile(r"[A-Z][\w'’&.-]*")
_DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def _norm_word(word: str) -> str:
    """Lower case, no possessive, no dots ("U.S." -> "us", "Kabul's" -> "kabul")."""
    w = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w.replace(".", "")


def _words(text: str) -> list[str]:
    return [w for w in (_norm_word(m.group()) for m in _WORD_RE.finditer(text)) if w]


def _content_words(text: str) -> set[str]:
    return {w for w in _words(text) if w not in _STOP and not w.isdigit()}


def _bound(qualifier: str | None) -> str | None:
    """'lower' / 'upper' for inequality qualifiers, 'approx' for others, None for none."""
    if not qualifier:
        return None
    q = qualifier.lower().strip()
    if q.startswith(_LOWER_BOUND):
        return "lower"
    if q.startswith(_UPPER_BOUND):
        return "upper"
    return "approx"


# ------------------------------------------------------------------------------ the article side


@dataclass
class _Source:
    """Everything about one article that every summary sentence is checked against."""

    text: str
    body: list[Sentence]
    embeddings: np.ndarray
    quantities: list[tuple[Quantity, int | None]]  # (quantity, body position or None)
    attributions: list[Attribution]
    attribution_pos: list[int | None]
    times: list[TimeAnchor]
    words: set[str]
    common_words: set[str]  # written in lower case somewhere in the article
    acronyms: set[str]
    body_words: list[set[str]]

    def body_position(self, offset: int) -> int | None:
        for i, s in enumerate(self.body):
            if s.start <= offset < s.end:
                return i
        return None


def _acronyms(text: str) -> set[str]:
    """Initials of capitalized runs ("United Nations" -> "un") and all-caps words."""
    out: set[str] = set()
    for run in re.finditer(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|the)\s+|\s+)?){2,}", text):
        words = [w for w in run.group().split() if w[:1].isupper()]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words).lower())
    return out


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
            from factkit.claims.quantities import QuantityFinder

            self._quantities = QuantityFinder(self.config.claims.quantities)
        return self._quantities

    @property
    def attribution_finder(self) -> AttributionFinder:
        if self._attributions is None:
            from factkit.claims.attribution import AttributionFinder

            self._attributions = AttributionFinder(self.config.claims.attribution)
        return self._attributions

    def _times(
        self, text: str, date: dt.date | None, start: int = 0, end: int | None = None
    ) -> list[TimeAnchor]:
        from factkit.claims.times import find_times

        return list(find_times(text, date, start, end))

    # the article ---------------------------------------------------------------------------
    def _source(self, article: Article, sentences: Sequence[Sentence]) -> _Source:
        key = (article.text, article.date.isoformat() if article.date else None)
        cached = self._sources.get(key)
        if cached is not None:
            self._sources.move_to_end(key)
            return cached
        text = article.text
        body = [s for s in sentences if s.kind == "body"] or [
            s for s in sentences if s.text.strip()
        ]
        embeddings = (
            self.encoder.encode([s.text for s in body]) if body else np.zeros((0, 384), np.float32)
        )
        src = _Source(
            text=text,
            body=body,
            embeddings=embeddings,
            quantities=[],
            attributions=[],
            attribution_pos=[],
            times=self._times(text, article.date),
            words=set(_words(text)),
            common_words={
                _norm_word(m.group()) for m in _WORD_RE.finditer(text) if m.group().islower()
            },
            acronyms=_acronyms(text),
            body_words=[set(_words(s.text)) for s in body],
        )
        for seg in sentences:
            for q in self.quantity_finder.find(text, seg.start, seg.end):
                src.quantities.append((q, src.body_position(q.start)))
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
        return Verification(sentences=tuple(checked))

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
        order = np.argsort(-sims, kind="stable")[: cfg.top_k] if len(sims) else np.zeros(0, int)
        support = tuple(
            SupportSpan(
                sentence_index=src.body[j].index,
                start=src.body[j].start,
                end=src.body[j].end,
                similarity=float(sims[j]),
            )
            for j in order
        )
        best = float(sims[order[0]]) if len(order) else -1.0
        ctx = _Context(
            top=[int(j) for j in order],
            relevant={int(j) for j in order}
            | {int(j) for j in np.flatnonzero(sims >= best - cfg.context_margin)},
            sims=sims,
        )
        reasons: list[VerifyReason] = []
        notes: list[VerifyReason] = []
        if best < cfg.min_similarity:
            reasons.append(
                VerifyReason(
                    "no_support",
                    f"no article sentence says this (best similarity {best:.2f} < "
                    f"{cfg.min_similarity:.2f})",
                    (part.start, part.end),
                    None,
                    None,
                )
            )
        times = self._times(summary_text, article.date, part.start, part.end)
        quantities = [
            q
            for q in self.quantity_finder.find(summary_text, part.start, part.end)
            if not any(t.start < q.end and q.start < t.end for t in times)
        ]
        reasons += self._check_numbers(summary_text, quantities, src, ctx, notes)
        reasons += self._check_speakers(atts, src, ctx)
        reasons += self._check_dates(times, src, ctx)
        reasons += self._check_names(summary_text, part, quantities, times, atts, src, ctx, reasons)
        return VerifiedSentence(
            index=index,
            start=part.start,
            end=part.end,
            text=part.text,
            verdict="unsupported" if reasons else "supported",
            reasons=tuple(reasons),
            support=support,
            notes=tuple(notes),
        )

    # numbers -------------------------------------------------------------------------------
    def _value_match(self, claimed: Quantity, actual: Quantity) -> bool:
        a, b = claimed.value, actual.value
        if math.isclose(a, b, rel_tol=self.config.verify.number_tolerance, abs_tol=1e-9):
            return True
        step = _precision(claimed)
        return step > 0 and abs(a - b) <= step / 2 * (1 + 1e-9)

    def _units_clash(self, a: str | None, b: str | None) -> bool:
        if not a or not b or _unit_key(a) == _unit_key(b):
            return False
        finder = self.quantity_finder
        return finder.is_measurement_unit(a) or finder.is_measurement_unit(b)

    def _check_numbers(
        self,
        summary_text: str,
        quantities: list[Quantity],
        src: _Source,
        ctx: _Context,
        notes: list[VerifyReason],
    ) -> list[VerifyReason]:
        reasons: list[VerifyReason] = []
        used: set[int] = set()  # article quantities already matched in this sentence
        for q in quantities:
            match = None
            for k, (sq, pos) in enumerate(src.quantities):
                if k in used or not self._value_match(q, sq) or self._units_clash(q.unit, sq.unit):
                    continue
                # in a support sentence a soft unit may differ ("183 deaths" / "183 people");
                # elsewhere it must not: "19" from "19 years" is not "19 charges"
                same_unit = _unit_key(q.unit) == _unit_key(sq.unit)
                if pos is not None and pos in ctx.top:
                    match = k
                    break
                if same_unit and (q.unit or (pos is not None and pos in ctx.relevant)):
                    match = k
            span = (q.start, q.end)
            if match is not None:
                used.add(match)
                sq = src.quantities[match][0]
                claimed, actual = _bound(q.qualifier), _bound(sq.qualifier)
                if {claimed, actual} == {"lower", "upper"}:
                    reasons.append(
                        VerifyReason(
                            "number_mismatch",
                            f"qualifier changed: summary says {_qty_label(q)!r}, the article "
                            f"says {_qty_label(sq)!r}",
                            span,
                            sq.start,
                            sq.end,
                        )
                    )
                elif actual in ("lower", "upper") and claimed is None:
                    kind = (
                        "number_mismatch"
                        if self.config.verify.strict_qualifiers
                        else "qualifier_dropped"
                    )
                    note = VerifyReason(
                        kind,
                        f"qualifier dropped: summary says {_qty_label(q)!r}, the article says "
                        f"{_qty_label(sq)!r}",
                        span,
                        sq.start,
                        sq.end,
                    )
                    (reasons if kind == "number_mismatch" else notes).append(note)
                continue
            counterpart = self._counterpart(summary_text, q, src, ctx, used)
            if counterpart is not None:
                sq = src.quantities[counterpart][0]
                reasons.append(
                    VerifyReason(
                        "number_mismatch",
                        f"summary says {_qty_label(q)!r}, the article says {_qty_label(sq)!r}",
                        span,
                        sq.start,
                        sq.end,
                    )
                )
            else:
                reasons.append(
                    VerifyReason(
                        "number_not_in_source",
                        f"{_qty_label(q)!r} is not in the article",
                        span,
                        None,
                        None,
                    )
                )
        return reasons

    def _counterpart(
        self, summary_text: str, q: Quantity, src: _Source, ctx: _Context, used: set[int]
    ) -> int | None:
        """The article number the summary's number stands for: in a support sentence, same
        unit or most shared context words."""
        context = _content_words(_window(summary_text, q.start, q.end))
        best: tuple[float, int] | None = None
        for k, (sq, pos) in enumerate(src.quantities):
            if k in used or pos is None or pos not in ctx.top:
                continue
            rank = ctx.top.index(pos)
            score = 0.0
            if q.unit and _unit_key(q.unit) == _unit_key(sq.unit):
                score += 2.0
            elif self._units_clash(q.unit, sq.unit):
                score -= 2.0
            theirs = _content_words(_window(src.text, sq.start, sq.end))
            if context and theirs:
                score += len(context & theirs) / len(context | theirs)
            if q.qualifier and sq.qualifier and _bound(q.qualifier) == _bound(sq.qualifier):
                score += 0.5
            score -= 0.1 * rank
            if score > 0 and (best is None or score > best[0]):
                best = (score, k)
        return best[1] if best else None

    # speakers ------------------------------------------------------------------------------
    def _check_speakers(
        self, atts: list[Attribution], src: _Source, ctx: _Context
    ) -> list[VerifyReason]:
        """A named summary speaker must be the article's speaker for that content."""
        reasons: list[VerifyReason] = []
        need = self.config.verify.speaker_content_similarity
        for a in atts:
            claimed = _proper_words(a.speaker or "", src.common_words)
            if not claimed or a.speaker_start is None or a.speaker_end is None:
                continue  # "he", "the actor", "Opponents": nothing to hold against the article
            said = _content_words(a.content) - claimed
            if not said:
                continue
            # the article attribution saying most of the same content words
            best, j = max(
                ((len(said & _content_words(sa.content)) / len(said), k)
                 for k, sa in enumerate(src.attributions)),
                default=(0.0, -1),
            )
            if best < need:
                continue  # the article does not attribute this content: nothing to compare
            real = src.attributions[j]
            if claimed & _speaker_words(real):
                continue
            # a pronoun, a description, or a name given a sentence or two earlier
            pos = src.attribution_pos[j]
            if pos is not None:
                near = set().union(*src.body_words[max(0, pos - 2) : pos + 1])
                if claimed <= near:
                    continue
            named = _proper_words(real.speaker or "", src.common_words)
            if not named and not real.speaker_resolved:
                continue  # unnamed in the article: cannot say who it really was
            reasons.append(
                VerifyReason(
                    "speaker_mismatch",
                    f"summary attributes this to {a.speaker!r}; the article to "
                    f"{(real.speaker_resolved or real.speaker)!r}",
                    (a.speaker_start, a.speaker_end),
                    real.speaker_start,
                    real.speaker_end,
                )
            )
        return reasons

    # dates ---------------------------------------------------------------------------------
    def _check_dates(
        self, times: list[TimeAnchor], src: _Source, ctx: _Context
    ) -> list[VerifyReason]:
        reasons: list[VerifyReason] = []
        for t in times:
            if t.resolved:
                if any(
                    st.resolved
                    and (st.resolved.startswith(t.resolved) or t.resolved.startswith(st.resolved))
                    for st in src.times
                ):
                    continue
            elif _time_key(t.text) in {_time_key(st.text) for st in src.times} or (
                _time_key(t.text) in _time_key(src.text)
            ):
                continue
            other = next(
                (
                    st
                    for pos in ctx.top
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
                    "date_mismatch",
                    detail,
                    (t.start, t.end),
                    other.start if other else None,
                    other.end if other else None,
                )
            )
        return reasons

    # names ---------------------------------------------------------------------------------
    def _check_names(
        self,
        summary_text: str,
        part: Sentence,
        quantities: list[Quantity],
        times: list[TimeAnchor],
        atts: list[Attribution],
        src: _Source,
        ctx: _Context,
        earlier: list[VerifyReason],
    ) -> list[VerifyReason]:
        reasons: list[VerifyReason] = []
        flagged = [r.summary_span for r in earlier if r.type == "speaker_mismatch"]
        for start, end, words in _name_spans(summary_text, part.start, part.end, src.common_words):
            if any(s is not None and s[0] < end and start < s[1] for s in flagged):
                continue  # already reported as the wrong speaker
            taken = [(t.start, t.end) for t in times] + [(q.start, q.end) for q in quantities]
            if any(a < end and start < b for a, b in taken):
                continue  # dates and numbers ("Seventeen") have their own checks
            name = summary_text[start:end]
            missing = [w for w in words if not self._known_word(w, src)]
            if missing:
                reasons.append(
                    VerifyReason(
                        "entity_not_in_source",
                        f"{name!r} is not mentioned in the article",
                        (start, end),
                        None,
                        None,
                    )
                )
                continue
            mentions = [p for p, ws in enumerate(src.body_words) if any(w in ws for w in words)]
            if not mentions:
                continue  # only outside the body (caption, heading): not comparable
            # a mention also covers the next two sentences (they often say "he", "the group")
            covered = {p + d for p in mentions for d in (0, 1, 2)}
            if covered & set(ctx.top):
                continue
            top = ctx.top[0] if ctx.top else None
            nearest = min(mentions, key=lambda p: -float(ctx.sims[p]))
            s = src.body[nearest]
            reasons.append(
                VerifyReason(
                    "entity_not_in_source",
                    f"{name!r} is not in the article sentences that support this one"
                    + (
                        f" (best support: sentence {src.body[top].index})"
                        if top is not None
                        else ""
                    ),
                    (start, end),
                    s.start,
                    s.end,
                )
            )
        return reasons

    @staticmethod
    def _known_word(word: str, src: _Source) -> bool:
        if word in src.words or word in src.acronyms:
            return True
        # demonyms and inflections: "Afghan"/"Afghanistan", "Britain"/"British"
        stem = word[:5]
        return len(word) >= 5 and any(w.startswith(stem) for w in src.words if len(w) >= 5)


@dataclass
class _Context:
    top: list[int]  # body positions of the top-k supports, best first
    relevant: set[int]  # top-k plus those within the context margin of the best
    sims: np.ndarray


# ------------------------------------------------------------------------------ helpers


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


def _time_key(text: str) -> str:
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
    return " ".join(re.sub(r"^(on|in|at|the|last|this|next)\s+", "", t.strip()).split())


def _proper_words(text: str, common_words: set[str]) -> set[str]:
    """Normalized words of ``text`` that look like parts of a name: capitalized, not a function
    word, not a word the article writes in lower case ("The actor", "Officials" have none)."""
    return {
        w
        for m in _WORD_RE.finditer(text)
        if m.group()[:1].isupper()
        and (w := _norm_word(m.group())) not in _STOP
        and w not in common_words
        and w not in _PRONOUNS
    }


def _speaker_words(att: Attribution) -> set[str]:
    words: set[str] = set()
    for part in (att.speaker, att.speaker_resolved, att.speaker_title):
        if part:
            words |= _content_words(part)
    return words


def _name_spans(
    text: str, start: int, end: int, common_words: set[str]
) -> list[tuple[int, int, list[str]]]:
    """Capitalized name spans in ``text[start:end]``: (start, end, normalized words).

    ``common_words``: words the article writes in lower case; a lone capitalized word that
    starts the sentence and is one of them ("Police", "Officials") is not a name.
    """
    out: list[tuple[int, int, list[str]]] = []
    tokens = [
        (m.start() + start, m.end() + start, m.group()) for m in _WORD_RE.finditer(text[start:end])
    ]

    def is_cap(tok: str) -> bool:
        return bool(_CAP_RE.fullmatch(tok)) and not (len(tok) == 1 and tok.isupper())

    i = 0
    while i < len(tokens):
        s, _, tok = tokens[i]
        if not is_cap(tok):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if is_cap(tokens[j][2]) and tokens[j][0] - tokens[j - 1][1] <= 1:
                j += 1
            elif (
                tokens[j][2].lower() in _NAME_LINKS
                and j + 1 < len(tokens)
                and is_cap(tokens[j + 1][2])
            ):
                j += 2
            else:
                break
        words = [_norm_word(t[2]) for t in tokens[i:j]]
        words = [w for w in words if w and w not in _NAME_LINKS and w not in _MONTHS_DAYS]
        gap = text[tokens[i - 1][1] : s] if i else ""
        opens = i == 0 or any(c in gap for c in ':"“‘(')
        if opens and j - i == 1 and words and words[0] in common_words:
            words = []  # "Police", "Officials" opening a sentence: the article's common words
        words = [w for w in words if w not in _STOP]
        if words:
            out.append((s, tokens[j - 1][1], words))
        i = j
    return out


# ------------------------------------------------------------------------------ API


def verify(summary_text: str, source: str | Article, config: Config | None = None) -> Verification:
    """Check ``summary_text`` against ``source`` (article text or Article)."""
    from factkit.ingest import article_from_text
    from factkit.split import split_sentences

    cfg = config or Config()
    article = source if isinstance(source, Article) else article_from_text(source)
    return Verifier(cfg).verify(summary_text, article, split_sentences(article.text, cfg.splitter))
