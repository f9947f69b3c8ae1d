"""The slot check of one summary number: it is supported when an article number of its value
fits its slot (its sentence's alignment without the number, the shared neighbouring words, the
same measurement unit; a clashing unit counts against it) within ``verify.number_slack`` of the
best-fitting article number, and stands in no other number's words or role; otherwise
``number_mismatch`` (the best rival's, or the value given only in another context) or
``number_not_in_source``. Opposite bounds are a mismatch, a dropped one a note. Split from
``checks/numbers.py``, which runs the rules that settle or rule out a figure first and calls
this check for the rest."""

from __future__ import annotations

import re
from functools import partial

import numpy as np

from factkit.document import Quantity, ReasonType, VerifyReason
from factkit.lang import alternation, word_set
from factkit.verification import number_neighbours as nb
from factkit.verification import number_slots as slots
from factkit.verification.age_gaps import gap_for_age
from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.number_values import (
    derived,
    measured,
    other_role,
    reworded,
    same_number,
    same_quantity,
    time_offset,
    units_clash,
    value_match,
)
from factkit.verification.index import IndexedNumber
from factkit.verification.neighbours import neighbours_of
from factkit.verification.number_clauses import of_another_clause
from factkit.verification.number_colocation import shares_no_word
from factkit.verification.number_copies import copied_around_another
from factkit.verification.number_more import counted_on
from factkit.verification.number_outcomes import rival_outcome
from factkit.verification.number_reasons import figure_label, number_mismatch, number_not_in_source
from factkit.verification.number_rounding import rounded_form
from factkit.verification.number_scores import score_sides_only
from factkit.verification.number_units import unit_key
from factkit.verification.numbers import short_scale_words
from factkit.verification.text import (
    local_context,
    stem_of,
    word_bound,
    word_list,
)
from factkit.verification.year_counts import only_a_date

_RANK_WORDS = word_set("number_rank_words")


def _slot_ranking(
    ctx: SentenceContext,
    q: Quantity,
    mine: frozenset[str],
    scores: np.ndarray,
    kind: tuple[bool, bool],
) -> tuple[tuple[float, int], tuple[float, int] | None]:
    """(the best rival's slot score and index, or (0.0, -1); the best article number of the
    summary number's value and ``kind`` (how long ago, an age), or None), by how well each
    article number fits the summary number's slot."""
    src, ago = ctx.src, kind[0]
    ranked = sorted(
        ((_slot_score(ctx, q, mine, n, scores), k) for k, n in enumerate(src.numbers)),
        reverse=True,
    )
    # a number that is part of a name ("a Nexus 5 phone") supports its own value but is no
    # rival for the summary number's slot
    # and one that says how long ago something was ("15 minutes ago") none for a duration
    rivals = [
        (sc, k)
        for sc, k in ranked
        if not designator(src.text, src.numbers[k].quantity)
        and time_offset(src.text, src.numbers[k].quantity) <= ago
        and not _pronoun_one(src.numbers[k].quantity)
    ]
    match = next(
        ((sc, k) for sc, k in ranked if same_quantity(ctx, q, src.numbers[k].quantity, kind)),
        None,
    )
    return (rivals[0] if rivals else (0.0, -1)), match


def check_number(
    ctx: SentenceContext,
    q: Quantity,
    reasons: list[VerifyReason],
    notes: list[VerifyReason],
    derivable: bool,
) -> VerifyReason | None:
    """The reason against one summary number, or None (a qualifier finding goes to
    ``reasons`` or ``notes`` directly; ``derivable``: it may be a sum or difference)."""
    cfg, src, tokens = ctx.config, ctx.src, ctx.align.tokens
    mine = local_context(tokens, q.start, q.end, q.unit, cfg.number_context_words)
    own = frozenset(t[0] for t in tokens if q.start <= t[1] and t[2] <= q.end)
    scores, best = ctx.window(own)
    window = set(best)
    kind = (time_offset(ctx.text, q), not derivable)  # an offset; an age (never derived)
    (top_score, top), match = _slot_ranking(ctx, q, mine, scores, kind)
    rival_reason = _rival_reason(ctx, q, top, window, mine)
    if match is not None:
        same_value = [n for n in src.numbers if same_quantity(ctx, q, n.quantity, kind)]
        values = [n.pos for n in same_value if n.pos is not None]
        fits = match[0] >= top_score - cfg.number_slack
        evidence = {
            "span_start": float(q.start),
            "span_end": float(q.end),
            "rule": float(not fits),
            "slot_gap": top_score - match[0],
            **_number_adjacency(ctx, q, same_value, window),
            **ctx.evidence(own, values),
        }
        # in the trace for fitting; a moved noun is flagged by rule
        evidence.update(_noun_attachment(ctx, q, same_value, ctx.near(best)))
        taken = _taken(ctx, q, (mine, top, window), same_value, evidence, derivable) or (
            rival_reason is not None and score_sides_only(src.text, same_value, window)
        )
        if not ctx.decider.flag("number", evidence, not fits) and not taken:
            _check_qualifier(ctx, q, src.numbers[match[1]].quantity, reasons, notes)
            return None
    if match is None and (flipped := _other_role_reason(ctx, q)) is not None:
        return flipped
    # the operands of a derived number: the slot's passage, the sentences before it and the next
    passage = ctx.near(best) | {p + 1 for p in best if p + 1 < len(src.body)}
    if match is None and derivable and derived(ctx, q, passage) and not reworded(ctx, q, passage):
        return None  # a sum, difference or share of the passage's numbers
    if match is None and counted_on(ctx.text, q, src.text, _all(ctx, passage)):
        return None  # "three times" where the passage says it happened "two more times"
    if rival_reason is not None:
        return rival_reason
    if match is not None:
        return _matched_but_flagged(ctx, q, match, top_score)
    return _not_in_source(ctx, q)


def _rival_reason(
    ctx: SentenceContext, q: Quantity, top: int, window: set[int], mine: frozenset[str]
) -> VerifyReason | None:
    """A ``number_mismatch`` against the best-fitting article number (``top``), where it sits
    in the sentence the summary rests on (``window``), differs, and shares the summary
    number's neighbouring words (``mine``) or unit; else None."""
    if top < 0:
        return None
    counterpart = ctx.src.numbers[top]
    sq = counterpart.quantity
    if (
        counterpart.pos in window
        and not value_match(ctx, q, sq)
        and (mine & counterpart.context or (q.unit and unit_key(q.unit) == unit_key(sq.unit)))
    ):
        detail = f"summary says {figure_label(q)!r}, the article says {figure_label(sq)!r}"
        return number_mismatch(q, sq, detail)
    return None


def _matched_but_flagged(
    ctx: SentenceContext, q: Quantity, match: tuple[float, int], top_score: float
) -> VerifyReason:
    """The reason for a number the article gives (``match``: its slot score and index) that
    is still flagged: in another context, or in its own slot but with other words around it."""
    sq = ctx.src.numbers[match[1]].quantity
    detail = f"the article gives {figure_label(q)!r} only in another context ({figure_label(sq)!r})"
    if match[0] >= top_score - ctx.config.number_slack:  # in its own slot: flagged for its words
        detail = (
            f"the article gives {figure_label(sq)!r} here, but what this sentence says around "
            "it does not match what the article says of it"
        )
    return number_mismatch(q, sq, detail)


def _other_role_reason(ctx: SentenceContext, q: Quantity) -> VerifyReason | None:
    """A certain ``number_mismatch`` where the article gives the summary's value only as
    another quantity: time left for time gone, an amount for a difference."""
    flipped = next(
        (
            n.quantity
            for n in ctx.src.numbers
            if same_number(ctx, q, n.quantity) and other_role(ctx, q, n.quantity)
        ),
        None,
    )
    if flipped is None:
        return None
    ctx.decider.mark_certain("number")
    # quoted with the words that give its role ("28 minutes to go", "£392,961 on")
    after = _ROLE_WORDS_RE.match(ctx.src.text, flipped.end)
    given = ctx.src.text[flipped.start : after.end() if after else flipped.end]
    detail = f"summary says {figure_label(q)!r}, the article says {given!r}"
    return number_mismatch(q, flipped, detail)


_ROLE_WORDS_RE = re.compile(r"\s\w+(?:\s(?:go|play|time|end))?")


def _not_in_source(ctx: SentenceContext, q: Quantity) -> VerifyReason:
    """``number_not_in_source``; where the article writes the value as another kind of
    quantity ("15 minutes ago", "a 400-strong audience"), the detail says so."""
    other = next((n.quantity for n in ctx.src.numbers if same_number(ctx, q, n.quantity)), None)
    detail = f"{figure_label(q)!r} is not in the article"
    if other is not None:  # quoted with the word after it ("ago", "-strong")
        after = _NEXT_WORD_RE.match(ctx.src.text, other.end)
        given = ctx.src.text[other.start : after.end() if after else other.end]
        detail += f" as such (it gives {given!r})"
    return number_not_in_source(q, detail)


_NEXT_WORD_RE = re.compile(r"[-\s]\w+")


def _pronoun_one(q: Quantity) -> bool:
    """Is ``q`` the word "one" standing alone ("benefit most from having one", "one of the
    most acute")? Such a "one" is mostly a pronoun: no rival for another number's slot."""
    return q.text.lower() == "one" and not q.unit


def _slot_score(
    ctx: SentenceContext, q: Quantity, mine: frozenset[str], n: IndexedNumber, scores: np.ndarray
) -> float:
    """How well the article number ``n`` fits the summary number's slot: its sentence's
    alignment, the shared neighbouring words, the unit."""
    weight = ctx.config.number_context_weight
    score = float(scores[n.pos]) if n.pos is not None else 0.0
    if mine:
        score += weight * len(mine & n.context) / len(mine)
    if unit_key(q.unit) == unit_key(n.quantity.unit) and measured(ctx, q.unit):
        score += weight / 2  # counted nouns are in the context already
    elif units_clash(ctx, q.unit, n.quantity.unit):
        score -= weight
    return score


def _number_adjacency(
    ctx: SentenceContext, q: Quantity, same_value: list[IndexedNumber], window: set[int]
) -> dict[str, float]:
    """The words right next to the summary's number (``Neighbours.fit``, 0-4) against those
    next to an article number of its value (``same_value``), and next to an article number
    of another value in the supporting sentences; and whether the article writes the very
    same quantity ("more than 70 animals"), or the same one another way ("a 50-minute trek" for
    "50 minutes", £572,206 for "up to £600,000")."""
    around = neighbours_of(ctx.text, q.start, q.end, ctx.part.start, ctx.part.end)
    wording = _written_quantity(ctx.text, q)
    own = max((around.fit(n.around) for n in same_value), default=0)
    same = any(
        _written_quantity(ctx.src.text, n.quantity) == wording or rounded_form(q, n.quantity)
        for n in same_value
    )
    mine = {id(n) for n in same_value}
    other = max(
        (around.fit(n.around) for n in ctx.src.numbers if n.pos in window and id(n) not in mine),
        default=0,
    )
    return {"adj_own": float(own), "adj_other": float(other), "same_text": float(same)}


# "Nexus 5", "Apollo 13", "Windows 10": a capitalized word, one space, then the bare number
_DESIGNATOR_RE = re.compile(r"\b([A-Z][A-Za-z]+) $")
_MONTH_WORDS = word_set("months") | word_set("month_abbreviations")


def designator(text: str, q: Quantity) -> bool:
    """Is ``q`` the number of a name ("a Nexus 5 phone", "Apollo 13"), not a count? Not after
    a rank or amount word ("World No 3", "Top 10", "Aged 51"), a month, or a word that opens
    its sentence ("Only 5 ...")."""
    after = text[q.end : q.end + 2]
    if not q.text.isdigit() or after[:1] in ("-", "–", "%") or re.match(r"[.,]\d", after):
        return False
    before = _DESIGNATOR_RE.search(text, max(0, q.start - 30), q.start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _RANK_WORDS or word in _MONTH_WORDS:
        return False
    opening = text[: before.start()].rstrip(" \"'“‘(")
    return bool(opening) and opening[-1] not in ".!?:\n"


_SCALE_SHORT = short_scale_words()  # "m" -> "million"
_SCALE_SHORT_RE = re.compile(rf"(?<=\d)({alternation(_SCALE_SHORT)})\b")


# "50-minute": a number hyphened to its unit word, written "50 minute" for the comparison
_UNIT_HYPHEN_RE = re.compile(r"(?<=\d)-(?=[a-z])")


def written_form(text: str) -> str:
    """How a quantity is written, with the scale word spelt out and glued to the digits
    ("£17m", "£17million" and "£17 million" all read "17million"), and its unit word apart
    from the digits and in the singular: "a 50-minute trek" lasts "50 minutes", "a 40 metre
    sprint" is run over "40 metres" (a number in words stays in words: "fifty" is written
    otherwise than "50")."""
    written = " ".join(unit_key(w) for w in word_list(_UNIT_HYPHEN_RE.sub(" ", text.lower())))
    written = re.sub(r"(?<=\d) (?=million|billion|trillion\b)", "", written)
    return _SCALE_SHORT_RE.sub(lambda m: _SCALE_SHORT[m.group(1)], written)


def _written_quantity(text: str, q: Quantity) -> str:
    """``written_form`` of ``q`` in ``text``, where an age ("a 12-year-old", read "12-year")
    keeps its "old": it is no length of time written another way ("for 12 years")."""
    written = written_form(q.text)
    return written + " old" if text.startswith("-old", q.end) else written


def _counted_noun(ctx: SentenceContext, q: Quantity) -> str | None:
    """The stem of the noun ``q`` counts ("70 stray animals" -> "animal"), or None."""
    if not q.unit or measured(ctx, q.unit):
        return None
    words = word_list(q.unit)
    return stem_of(words[-1]) if words else None


def _words_moved(
    ctx: SentenceContext,
    q: Quantity,
    mine: frozenset[str],
    same_value: list[IndexedNumber],
    top: int,
    window: set[int],
) -> bool:
    """Has the summary's number taken another number's words? The number of another value
    that best fits its slot (``top``: its index; in the ``window`` sentences, in its unit)
    stands among at least two of the words around the summary's number, while no article number
    of its value stands among any ("heat surrounding air to 0.12°C" where the article heats the
    air "to more than 3,000°C" and gives 0.12°C as a change in global temperatures)."""
    rival = ctx.src.numbers[top] if top >= 0 else None
    if rival is None or rival.pos not in window or not q.unit:
        return False
    if unit_key(q.unit) != unit_key(rival.quantity.unit):
        return False
    if value_match(ctx, q, rival.quantity):
        return False
    words = mine - {stem_of(w) for w in word_list(q.unit)}
    if len(words & rival.context) < 2:
        return False
    return not any(words & n.context for n in same_value)


def _taken(
    ctx: SentenceContext,
    q: Quantity,
    slot: tuple[frozenset[str], int, set[int]],
    same_value: list[IndexedNumber],
    evidence: dict[str, float],
    not_age: bool,
) -> bool:
    """Is the summary's number, whose value the article gives, in another number's slot? Its
    noun moved (``_noun_attachment``), its words moved (``_words_moved``; ``slot``: its context
    words, best rival and window), or a rule of ``number_slots`` finds it in another number's
    place: another number's very neighbours, a value the article gives only as an age or only
    as a count, an amount's noun, a larger bare count, a bound on an exact figure (or one of
    ``number_neighbours``: the words after it). All but the counted noun are certain."""
    mine, top, window = slot
    moved = _words_moved(ctx, q, mine, same_value, top, window)
    evidence["words_moved"] = float(moved)
    noun = _counted_noun(ctx, q)
    values = [n.quantity for n in same_value]

    def passage() -> list[Quantity]:
        return [n.quantity for n in ctx.src.numbers if n.pos in window]

    certain = (
        moved
        or slots.took_anothers_words(evidence)
        or (not_age and slots.only_an_age(ctx.src.text, q, values))
        or (not not_age and slots.only_a_count(ctx.src.text, q.value, values))
        or (noun is None and slots.amount_noun_moved(ctx.text, q, ctx.src.text, values, _all(ctx)))
        or slots.bare_count_moved(q, noun, values, passage, partial(_counted_noun, ctx))
        or slots.bound_on_exact(q, values)
        or nb.sure_elsewhere((ctx.text, ctx.part), ctx.src, q, same_value, window)
        or (not_age and shares_no_word(ctx.text, q, mine, same_value))
        or rival_outcome(ctx.text, q, ctx.src.text, values)
        or only_a_date(q, values)
        or gap_for_age((ctx.text, ctx.part.start, ctx.part.end), q, ctx.src.text, values)
        or of_another_clause((ctx.text, ctx.part), ctx.src, q, same_value, window)
        or copied_around_another(
            (ctx.text, ctx.part), ctx.src, q, same_value, partial(value_match, ctx, q)
        )
    )
    if certain:
        ctx.decider.mark_certain("number")  # its words or role are another number's
    return certain or bool(evidence["noun_moved"])


def _all(ctx: SentenceContext, positions: set[int] | None = None) -> list[Quantity]:
    """The article's numbers (those in the body sentences at ``positions``)."""
    return [n.quantity for n in ctx.src.numbers if positions is None or n.pos in positions]


def _noun_attachment(
    ctx: SentenceContext, q: Quantity, same_value: list[IndexedNumber], window: set[int]
) -> dict[str, float]:
    """Does the noun the summary's number counts go with the article's number of that value
    (``noun_own``), or with a number of another value in the supporting sentences
    (``noun_rival``: "18 animals" where the article has "70 animals" and "18 cages"), and
    has the number moved to another noun (``noun_moved``: both, and no article number of its
    value counts that noun)?"""
    noun = _counted_noun(ctx, q)
    if noun is None:
        return dict.fromkeys(("counted", "noun_own", "noun_rival", "noun_moved"), 0.0)
    nouns = [_counted_noun(ctx, n.quantity) for n in same_value]
    own = noun in nouns
    mine = {id(n) for n in same_value}
    rival = any(
        n.pos in window and id(n) not in mine and _counted_noun(ctx, n.quantity) == noun
        for n in ctx.src.numbers
    )
    # the value is the article's, but every time it counts something else, while the summary's
    # noun is counted by another number right there: the number moved to another noun
    moved = rival and not own and all(nouns)
    return {
        "counted": 1.0,
        "noun_own": float(own),
        "noun_rival": float(rival),
        "noun_moved": float(moved),
    }


def _check_qualifier(
    ctx: SentenceContext,
    q: Quantity,
    sq: Quantity,
    reasons: list[VerifyReason],
    notes: list[VerifyReason],
) -> None:
    claimed, actual = word_bound(q.qualifier), word_bound(sq.qualifier)
    said = f"summary says {figure_label(q)!r}, the article says {figure_label(sq)!r}"
    if {claimed, actual} == {"lower", "upper"}:
        reasons.append(number_mismatch(q, sq, f"qualifier changed: {said}"))
    elif actual in ("lower", "upper") and claimed is None:
        dropped = f"qualifier dropped: {said}"
        if ctx.config.strict_qualifiers:
            reasons.append(number_mismatch(q, sq, dropped))
        else:  # a note, not a mismatch: the sentence stays supported
            notes.append(
                VerifyReason(
                    ReasonType.QUALIFIER_DROPPED, dropped, (q.start, q.end), sq.start, sq.end
                )
            )
