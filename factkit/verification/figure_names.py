"""A count the summary writes among names the article never writes near its figure of that
value, where another figure of the same count stands among those names.

"More than 6,500 foreign fighters have fled to Syria and Iraq" where the article's only 6,500 is
"Afghan security forces estimated ... that about 6,500 foreign fighters were active in the
country" and its Syria and Iraq figure is "with over 20,000 foreign fighters travelling to the
region": the summary moved Afghanistan's figure onto Syria.

The names of the summary sentence are its capitalized words the article never writes in lower
case (``names.proper_words``) but months and weekdays (they date a figure: "in March"). An
article figure is near a name when its sentence or the one before mentions it
(``ArticleIndex.mentions_of``: an inflection or demonym too), or when its sentence writes a
person pronoun (which may stand for one of them: "she would install a 30 percent rate"). The
summary figure is judged only where it counts something (a noun; a sum or a share is written of
things a common noun stands for, "the museum"), every article figure of its value is of its
unit and in a body sentence, none is near any of the summary's names, and an article figure of
its unit and another value is in a sentence naming one of them."""

from __future__ import annotations

from collections.abc import Sequence

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.lang import alias_table, word_set
from factkit.verification.index import ArticleIndex
from factkit.verification.names import proper_words
from factkit.verification.number_reasons import number_mismatch
from factkit.verification.number_units import unit_key
from factkit.verification.text import MONTHS_DAYS, WORD_RE, norm_word

# units of measure and currencies: a sum or a share ("$5million", "30 percent") is written of
# a thing the article may call by a common noun ("the museum"), so only counts are judged
_MEASURES = frozenset(alias_table("units")) | frozenset(alias_table("quant_currencies"))
# a month or weekday dates a figure, it is no name of what the figure counts
_TIMES = MONTHS_DAYS | word_set("weekday_abbreviations")
# a person pronoun in the article figure's sentence may stand for one of the summary's names
_PERSON_PRONOUNS = (
    word_set("pronouns_female")
    | word_set("pronouns_male")
    | word_set("pronouns_plural")
    | word_set("pronouns_first_plural")
)


def name_frame_rivals(
    summary: tuple[str, Sentence], quantities: Sequence[Quantity], src: ArticleIndex
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` for each of a summary sentence's ``quantities`` (in
    ``summary``: its text and sentence) whose value the article gives only away from the
    sentence's names, while it gives another figure of the unit among them; by start."""
    text, part = summary
    out: dict[int, VerifyReason] = {}
    names = proper_words(text[part.start : part.end], src.common_words) if quantities else set()
    for q in quantities:
        unit = unit_key(q.unit)
        same = src.numbers_valued(q.value)
        own = names - _TIMES - {norm_word(w.group()) for w in WORD_RE.finditer(q.unit or "")}
        if not unit or q.unit in _MEASURES or not same or not own:
            continue
        if any(n.pos is None or unit_key(n.quantity.unit) != unit for n in same):
            continue
        near = {p for word in own for p in src.mentions_of(word)}
        if any(
            {n.pos, n.pos - 1} & near or _pronoun_in(src, n.pos) for n in same if n.pos is not None
        ):
            continue
        rival = _rival_among(src, near, q.value, unit)
        if rival is not None:
            detail = (
                f"the article never gives {text[q.start : q.end]!r} near "
                f"{', '.join(sorted(own))}; it gives them {rival.text!r}"
            )
            out[q.start] = number_mismatch(q, same[0].quantity, detail)
    return out


def _rival_among(src: ArticleIndex, near: set[int], value: float, unit: str) -> Quantity | None:
    """An article figure of ``unit`` and another value than ``value`` in a body sentence at
    one of the positions ``near`` (those naming the summary's names), or None."""
    return next(
        (
            n.quantity
            for n in src.numbers
            if n.pos in near and n.quantity.value != value and unit_key(n.quantity.unit) == unit
        ),
        None,
    )


def _pronoun_in(src: ArticleIndex, pos: int) -> bool:
    """Does the body sentence at ``pos`` write a person pronoun ("she would install a 30
    percent rate")?"""
    sentence = src.body[pos]
    words = {w.group().lower() for w in WORD_RE.finditer(src.text, sentence.start, sentence.end)}
    return bool(words & _PERSON_PRONOUNS)
