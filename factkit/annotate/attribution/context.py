"""The shared context the frame matchers read: one reporting cue in its sentence.

A :class:`CueContext` holds the cue, its sentence, the sentence's tokens on either side of it and
the article state; what several matchers ask about (the word before the cue past its auxiliaries,
a quotation or that-clause after it, the speaker phrase on its left) is worked out once, when a
matcher first asks.
"""

from __future__ import annotations

from functools import cached_property
from typing import Final

from factkit.annotate.attribution.article import Article, Draft, SpeakerFit
from factkit.annotate.attribution.cues import CueFamily
from factkit.annotate.attribution.evidence import (
    closing_quote_before,
    quote_after,
    right_shape,
    that_follows,
)
from factkit.annotate.attribution.limits import FrameRules
from factkit.annotate.attribution.phrases import speaker_left
from factkit.annotate.attribution.tokens import AUX, Span, Tok, is_negated


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
    """One cue in its sentence: ``left``/``right`` are the sentence's tokens around the cue."""

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

    @cached_property
    def aux_start(self) -> int:
        """Where the auxiliaries and adverbs before the cue begin ("has also said")."""
        i = len(self.left)
        while i > 0 and (
            self.left[i - 1].lower in AUX
            or is_negated(self.left[i - 1])
            or (
                self.left[i - 1].text.endswith("ly")
                and self.left[i - 1].text.islower()
                and len(self.left[i - 1].text) > 4
            )
        ):
            i -= 1
        return i

    @cached_property
    def aux(self) -> list[Tok]:
        return self.left[self.aux_start :]

    @cached_property
    def head_left(self) -> list[Tok]:
        """The tokens left of the cue, its auxiliaries left out."""
        return self.left[: self.aux_start]

    @cached_property
    def before(self) -> Tok | None:
        """The word right before the cue's auxiliaries."""
        return self.head_left[-1] if self.head_left else None

    @property
    def is_participle(self) -> bool:
        return self.form.endswith("ing")

    @property
    def colon_next(self) -> bool:
        return bool(self.right) and self.right[0].text == ":"

    @cached_property
    def quote_next(self) -> int | None:
        """Index in ``right`` of a quotation opening right after the cue."""
        return quote_after(self.article, self.rules, self.right)

    @cached_property
    def that_next(self) -> bool:
        return that_follows(self.right, self.family, self.rules.limits)

    @cached_property
    def quote_close(self) -> int | None:
        """End of a closing quotation mark followed only by a speaker phrase, before the cue."""
        return closing_quote_before(self.article, self.rules, self.head_left)

    @cached_property
    def subject_toks(self) -> list[Tok]:
        """``head_left`` from the closing quotation mark on ('“... .” Russia insisted that')."""
        if self.quote_close is None:
            return self.head_left
        return [t for t in self.head_left if t.start >= self.quote_close]

    @cached_property
    def shape(self) -> str:
        """What follows the cue: 'end', 'paren', 'quote' or 'content' (see ``right_shape``)."""
        return right_shape(self.article, self.rules, self.right)

    @cached_property
    def speaker_fit(self) -> SpeakerFit | None:
        """The speaker phrase ending right before the cue."""
        return speaker_left(self.article, self.subject_toks, self.rules.limits)
