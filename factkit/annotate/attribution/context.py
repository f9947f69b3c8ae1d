"""The shared context the frame matchers read: one reporting cue in its sentence.

A :class:`CueContext` holds the cue, its sentence, the sentence's tokens on either side of it and
the article state; what several matchers ask about (the word before the cue past its auxiliaries,
a quotation or that-clause after it, the speaker phrase on its left) is worked out once, when a
matcher first asks.
"""

from __future__ import annotations

from typing import Final

from factkit.annotate.attribution.article import Article, Draft, SpeakerFit
from factkit.annotate.attribution.cues import CueFamily
from factkit.annotate.attribution.evidence import (
    addressee_only,
    closing_quote_before,
    quote_after,
    right_shape,
    that_follows,
)
from factkit.annotate.attribution.formulas import formula_like
from factkit.annotate.attribution.limits import FrameRules
from factkit.annotate.attribution.phrases import speaker_left
from factkit.annotate.attribution.tokens import (
    AUX,
    CLITIC_SUBJECTS,
    INFINITIVE_LEADS,
    LY_NOUNS,
    Span,
    Tok,
    is_name_word,
    is_negated,
)


class Rejected:
    """A matcher's verdict that the cue is no attribution (the later matchers are not asked)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "REJECT"


REJECT: Final = Rejected()

# A matcher's answer: a draft (the frame is read), REJECT (no attribution), or None (this
# frame does not apply: ask the next matcher).
FrameResult = Draft | Rejected | None


def decided(draft: Draft | None) -> Draft | Rejected:
    """A frame builder's draft as a final answer: no draft means no attribution."""
    return REJECT if draft is None else draft


class CueContext:
    """One cue in its sentence: ``left``/``right`` are the sentence's tokens around the cue.

    The words right before the cue are split at once; what needs a search (a quotation or
    that-clause after the cue, a closing mark or speaker phrase before it) is found when a
    matcher first asks and kept (plain attributes: ``functools.cached_property`` takes a lock
    per first access on Python 3.11, which showed in the finder's profile).
    """

    __slots__ = (
        "_quote_close",
        "_quote_next",
        "_shape",
        "_speaker_fit",
        "_that_next",
        "article",
        "aux",
        "before",
        "ce",
        "colon_next",
        "cs",
        "cue",
        "family",
        "form",
        "head_left",
        "is_participle",
        "left",
        "prev",
        "right",
        "rules",
        "s_end",
        "s_start",
    )

    def __init__(
        self,
        article: Article,
        rules: FrameRules,
        family: CueFamily,
        form: str,
        sentence: Span,
        cue: Span,
        prev: Draft | None,
        left: list[Tok],
        right: list[Tok],
    ) -> None:
        self.article = article
        self.rules = rules
        self.family = family
        self.form = form  # the cue as written, lower case
        self.s_start, self.s_end = sentence
        self.cue = cue
        self.cs, self.ce = cue
        self.prev = prev  # the draft read from the previous cue of this sentence
        self.left = left
        self.right = right
        i, verb = _aux_start(left)
        # the tokens left of the cue, its auxiliaries left out; and those ("has also said")
        self.head_left, self.aux = _clitic_split(left[:i], left[i:])
        self.before = self.head_left[-1] if self.head_left else None  # the word before those
        # "adding", "pointing out", "..., going on to say"
        self.is_participle = (verb or form.split()[0]).endswith("ing")
        self.colon_next = bool(right) and right[0].text == ":"
        self._quote_next: int | _Unset | None = _UNSET
        self._that_next: bool | _Unset = _UNSET
        self._quote_close: int | _Unset | None = _UNSET
        self._shape: str | _Unset = _UNSET
        self._speaker_fit: SpeakerFit | _Unset | None = _UNSET

    @property
    def quote_next(self) -> int | None:
        """Index in ``right`` of a quotation opening right after the cue."""
        if isinstance(self._quote_next, _Unset):
            self._quote_next = quote_after(self.article, self.rules, self.right)
        return self._quote_next

    @property
    def that_next(self) -> bool:
        """A that-clause (or colon) right after the cue."""
        if isinstance(self._that_next, _Unset):
            self._that_next = that_follows(self.right, self.family, self.rules.limits)
        return self._that_next

    @property
    def quote_close(self) -> int | None:
        """End of a closing quotation mark followed only by a speaker phrase, before the cue."""
        if isinstance(self._quote_close, _Unset):
            self._quote_close = closing_quote_before(self.article, self.rules, self.head_left)
        return self._quote_close

    @property
    def subject_toks(self) -> list[Tok]:
        """``head_left`` from the closing quotation mark on ('“... .” Russia insisted that')."""
        close = self.quote_close
        if close is None:
            return self.head_left
        return [t for t in self.head_left if t.start >= close]

    @property
    def shape(self) -> str:
        """What follows the cue: 'end', 'paren', 'quote' or 'content' (see ``right_shape``)."""
        if isinstance(self._shape, _Unset):
            shape = right_shape(self.article, self.rules, self.right)
            if (
                shape == "content"
                and self.family.takes_object
                and addressee_only(self.right, self.rules.limits.addressee_only_max_tokens)
            ):
                shape = "end"  # "..., she told one Twitter user.": the addressee is no content
            self._shape = shape
        return self._shape

    @property
    def speaker_fit(self) -> SpeakerFit | None:
        """The speaker phrase ending right before the cue; a spreadsheet formula is none."""
        if isinstance(self._speaker_fit, _Unset):
            fit = speaker_left(self.article, self.subject_toks, self.rules.limits)
            if fit is not None and formula_like(self.article.text, *fit.speaker):
                fit = None
            self._speaker_fit = fit
        return self._speaker_fit


class _Unset:
    """Not worked out yet (``None`` is a real answer for several context fields)."""

    __slots__ = ()


_UNSET: Final = _Unset()


def _aux_start(left: list[Tok]) -> tuple[int, str | None]:
    """Where the auxiliaries and adverbs before the cue begin ("has also said"), a verb phrase
    leading to an infinitive cue among them ("appeared to suggest", "has gone on to say"); and
    that phrase's verb, lower case (None without one)."""
    i = _plain_aux_start(left, len(left))
    lead = _infinitive_lead(left, i)
    if not lead:
        return i, None
    return _plain_aux_start(left, i - lead), left[i - lead].lower


def _clitic_split(head: list[Tok], aux: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """``head`` and ``aux`` with a subject pronoun's clitic auxiliary moved from the one to the
    other: "He’s claiming" -> "He" + "’s" (``clitic_subjects``)."""
    if not head or head[-1].lower not in CLITIC_SUBJECTS:
        return head, aux
    tok = head[-1]
    cut = max(tok.text.rfind("’"), tok.text.rfind("'"))
    pronoun = Tok(tok.text[:cut], tok.start, tok.start + cut, tok.lower[:cut])
    clitic = Tok(tok.text[cut:], tok.start + cut, tok.end, tok.lower[cut:])
    return [*head[:-1], pronoun], [clitic, *aux]


def _infinitive_lead(left: list[Tok], i: int) -> int:
    """How many tokens before ``i`` make an infinitive lead ("went on to"), else 0."""
    if i == 0 or left[i - 1].lower != "to":
        return 0
    for n in (2, 3):
        if i >= n and " ".join(t.lower for t in left[i - n : i]) in INFINITIVE_LEADS:
            return n
    return 0


def _plain_aux_start(left: list[Tok], i: int) -> int:
    """Where the auxiliaries and adverbs ending at ``i`` begin."""
    while i > 0 and (
        (left[i - 1].lower in AUX and not is_name_word(left, i - 1))
        or is_negated(left[i - 1])
        or (
            left[i - 1].text.endswith("ly")
            and left[i - 1].text.islower()
            and len(left[i - 1].text) > 4
            and left[i - 1].lower not in LY_NOUNS
        )
    ):
        i -= 1
    return i
