"""The number check: each summary number must be the article's number in the same slot.

The slot check (``checks/number_slot_check.py``, run here on every figure no rule below
settles or rules out): a number is described by its unit and the content words next to it.
Every article number gets a slot score (its sentence's alignment without the number + shared
neighbouring words + same measurement unit; a clashing unit counts against it). The summary
number is supported when an article number of its value fits within ``verify.number_slack`` of
the best-fitting one (the decision layer weighs that evidence); otherwise ``number_mismatch`` or
``number_not_in_source``. Opposite bounds are a mismatch, a dropped one a note.

Numbers as people write them (``factkit/verification/numbers.py`` reads them): a scoreline is
judged as a whole against the score of its teams, and a time of day or an age the article gives in
any form is settled before the slot check; an age that follows a name and meets another age the
article gives that person, a scoreline that meets another score of its teams (or, where no article
score names them, one its passage gives), or a range end the article's range of the same other end
gives otherwise ("1 to 45 years" for "1 to 15") is a ``number_mismatch``. A value matches as people
round it ("about 180", "more than £500,000" for £572,206; by no more than a quarter, a tenth
without a qualifier: "$100million" is no "about $50million", "10million" no 8million) or write it
("a third" for "33 per cent"), and a year only itself ("Euro 2016" is no 2014); a number the
article never writes is supported when two numbers of the passage give it as their sum or
difference (in one unit) or as a percentage share, unless a passage number of its unit stands in
its very words ("£40m signing" for "£23m signing"). The slot evidence also says which noun the
number counts ("18 animals" where the article's 18 counts cages and its 70 the animals, in the
passage or the sentences around it), and whether the article writes
the very same quantity ("£17m" is "£17million", "a 50-minute trek" lasts "50 minutes", and "up to
£600,000" is its £572,206 rounded off). A number that is part of a name ("a Nexus 5
phone") supports its value but never outranks the summary number's slot, nor does a lone "one"
(mostly a pronoun); a time offset ("15 minutes ago") is no duration, and a number hyphened to its
word ("a 12-night cruise", "400-strong") no measurement ("12kph") or age.

Whose number it is (``factkit/verification/number_roles.py``): a rank the article's ranks do not
give ("World No 3" where it says "No 7" and "ranked 66th"), a number the article's "respectively"
list or goal list ("Goals: Wells 12", ``goal_minutes.py``) gives another name, time gone where the
article gives that count as time left ("28 minutes into" for "with 28 minutes to go"), a difference
("£392,961 more than") the article gives only as an amount nothing compares, and a number that took
another number's words (the slot's best rival of its unit stands among two of its words, no article
number of its value among any) are a certain ``number_mismatch``; so are (``number_slots.py``) a
number standing in another number's very neighbours, a count the article gives only as an age and
an amount whose noun goes with another amount ("£200,000 fine" where the article's is £85), an age
its noun rules out ("an 51-year-old boy", ``age_nouns.py``) or the article gives only to people of
the other sex ("a 22-year-old girl" for "the man, 22,", ``age_sexes.py``) or only to the
person the summary makes its owner ("Berry's 17-year-old daughter" for "17-year-old Amanda
Berry", ``age_owners.py``) or to somebody other than the person a pronoun holding it stands for
("Gina DeJesus went missing. She was 39" for "a 39-year-old woman named Lillian Roldan",
``age_pronouns.py``),
(``number_neighbours.py``) a count whose noun past a name is another count's,
(``number_outcomes.py``) a count of one outcome whose value the article gives only to the rival
outcome ("50 people killed" where its 50 were wounded), or an age it gives only to somebody of
the rival outcome ("a 25-year-old man has died" where its 25-year-old was injured,
``age_outcomes.py``) or only to a named bystander while it tells that outcome of somebody of
another age ("a 18-year-old boy shot dead" where its 18 is "Peet, 18," and its dead boy 17,
``age_bystanders.py``), and (``number_colocation.py``) a figure in
digits whose value the article writes only among other words and units ("7 gales" where its 7 is
"Pier 7"), and (``year_counts.py``) a count written as a year whose value the article gives only as
bare years ("in 2002 years" where its 2002 is "married six men in 2002"; the time finder reads such
a count as no date), and a figure the article gives only in another subject's clause
(``number_clauses.py``); a value the article writes only as a side of a score ("Leeds 4 Lazio 0",
``number_scores.py``) is no support where another number stands in the summary number's words;
a winning margin the article gives only as another figure ("by 173 runs" where its 173 is "173-1
declared", ``number_margins.py``) or only to another match ("75-run defeat in the first Test" for
"by 75 runs in the second Test", ``match_phases.py``) is a certain ``number_mismatch``; so is
(``number_scopes.py``) a figure the article gives only as a whole the summary gives to its part
("rebuilt with a £330m grant" where the hospital's money "is part of the coalition's £330m
investment"), or only as one share the summary gives to the whole; so is a difference the
article gives only as the amount compared ("12 per cent more – or £354,378 – than" where its
£354,378 is the average and £38,831 the difference, ``number_differences.py``), a figure the
article ties only to other years than the one the summary gives it ("by 2060, 75.5 per cent"
where its 75.5 per cent is of 2010-2050 and 82 per cent of 2060, ``number_years.py``), and a
rating ("150/10") that the article's ratings out of the same number do not give
(``number_ratings.py``), and a count whose value the article writes only as a label ("remarry 5
times" where its 5 is in "husbands Nos. 1, 2, 5 and 7", ``number_labels.py``), or a label whose
value it gives only as an amount ("mine No. 20" where its 20s are "20 shillings" and "a 20
percent stake"); so is a rate of one period the article gives only as a rate of another
("$35,000-an-hour" for "$35,000 to $60,000 a year", ``number_per_period.py``) and a bound it gives
only the other way ("under 20" where its 20 is "more than 20 states", ``number_bounds.py``); so
is a count the summary gives to an owner whose tally of the same noun the article gives as
another value ("Real Madrid's 400 goals" where the article's are "436 goals scored ... by Real
Madrid", ``owned_tallies.py``), and a figure whose modifier the article writes only before
another figure of its unit ("a voluntary £11.2million" where its is "its voluntary
£20million", ``figure_modifiers.py``), and a figure that takes the value of another figure of its
sentence where the article gives that value only to the other's kind ("married 10 men over 10
years" where its only 10 is "10 men", ``number_twins.py``), and a count of times the article
counts for that deed only with another number ("could remarry 2 times" where it says "has been
married ten times", ``repeat_counts.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from factkit.document import Quantity, Sentence, VerifyReason
from factkit.verification.age_bystanders import bystander_ages
from factkit.verification.age_durations import age_duration_rivals
from factkit.verification.age_nouns import age_noun_reasons
from factkit.verification.age_outcomes import rival_outcome_ages
from factkit.verification.age_owners import owner_age_reasons
from factkit.verification.age_pronouns import pronoun_age_reasons
from factkit.verification.age_sexes import other_sex_reasons
from factkit.verification.age_times import past_age_reasons
from factkit.verification.checks.context import SentenceContext
from factkit.verification.checks.number_slot_check import check_number, designator
from factkit.verification.checks.number_values import value_match
from factkit.verification.checks.scorelines import check_scorelines
from factkit.verification.clock_figures import clock_rivals
from factkit.verification.count_deeds import deed_rivals
from factkit.verification.dimension_figures import dimension_rivals
from factkit.verification.event_figures import other_event_rivals
from factkit.verification.figure_modifiers import modifier_rivals
from factkit.verification.figure_names import name_frame_rivals
from factkit.verification.finishing_places import finishing_place_rivals
from factkit.verification.goal_minutes import judge_goal_minutes
from factkit.verification.held_tallies import held_tally_rivals
from factkit.verification.index import ArticleIndex
from factkit.verification.match_phases import phase_margin_rivals
from factkit.verification.measured_things import thing_rivals
from factkit.verification.names import proper_words
from factkit.verification.number_ages import Age, find_ages, judge_ages
from factkit.verification.number_agreement import plural_one_rivals
from factkit.verification.number_bounds import bound_rivals
from factkit.verification.number_copies import copy_rival
from factkit.verification.number_differences import difference_rivals
from factkit.verification.number_labels import label_rivals
from factkit.verification.number_margins import margin_rivals
from factkit.verification.number_pairs import pair_rivals, paired_in_article
from factkit.verification.number_per_period import period_rivals, rate_rivals
from factkit.verification.number_per_unit import per_unit_rivals
from factkit.verification.number_ratings import rating_rivals
from factkit.verification.number_reasons import figure_label, number_mismatch
from factkit.verification.number_roles import judge_ranks, judge_respectively
from factkit.verification.number_scopes import scope_rivals
from factkit.verification.number_twins import twin_rivals
from factkit.verification.number_years import year_rivals
from factkit.verification.numbers import Span, judge_ranges, supported_times
from factkit.verification.owned_figures import owned_rivals
from factkit.verification.owned_tallies import owned_tally_rivals
from factkit.verification.place_figures import place_rivals
from factkit.verification.planned_figures import planned_rivals
from factkit.verification.question_figures import question_rivals
from factkit.verification.repeat_counts import repeat_count_rivals


def check_numbers(
    ctx: SentenceContext, quantities: list[Quantity], notes: list[VerifyReason]
) -> list[VerifyReason]:
    """The reasons against the summary sentence's numbers; qualifier notes go to ``notes``."""
    part, src = ctx.part, ctx.src
    # numbers as people write them, judged as a whole: scorelines, times of day, ages
    settled, reasons = check_scorelines(ctx, _name_reader(ctx))
    # "Leeds finished 12th" where the article's Leeds "finished 7th": a place is no quantity
    places = finishing_place_rivals(ctx.text, (part.start, part.end), src.text)
    if places:
        ctx.decider.mark_certain("number")  # the article's own places: no threshold
    reasons += places
    settled += supported_times(ctx.text, part.start, part.end, src.text)
    found_ages = find_ages(ctx.text, part.start, part.end)
    ages = {a.start for a in found_ages}  # never a sum
    held_ages, rival_ages = _judged_ages(ctx, found_ages)
    # a range end the article's range of the same other end gives otherwise ("1 to 45 years"
    # for its "1 to 15 years")
    range_rivals = judge_ranges(ctx.text, part.start, part.end, src.text)
    # whose number it is: a rank, or the number of a name in an article "respectively" list
    role_rivals = _role_rivals(ctx, quantities, settled)
    counts = _counts(ctx.text, quantities)  # the partners a number's pair may have
    ruled_out = _ruled_out(ctx, quantities, found_ages)
    for q in quantities:
        held = q.start in held_ages or any(a <= q.start and q.end <= b for a, b in settled)
        if held and q.start not in ruled_out:
            continue
        certain = ruled_out.get(q.start) or _placed_rival(ctx, q, role_rivals, range_rivals)
        if certain is not None:
            reasons.append(certain)
            ctx.decider.mark_certain("number")  # the article places it otherwise: no threshold
            continue
        rival = rival_ages.get(q.start)
        if rival is not None:
            reasons.append(_age_reason(ctx, q, rival))
            continue
        reason = check_number(ctx, q, reasons, notes, q.start not in ages)
        if reason is not None and (reason := _unpaired(ctx, q, reason, counts)) is not None:
            reasons.append(reason)
    return reasons


def _unpaired(
    ctx: SentenceContext, q: Quantity, reason: VerifyReason, counts: list[Quantity]
) -> VerifyReason | None:
    """``reason`` against ``q``, or None where the article writes its pair together too ("six
    in one year", ``number_pairs.py``). A pair is no excuse where the sentence copies another
    article sentence word for word around another value in ``q``'s place ("from 50p to 40p"
    in the words of "... for earnings over £150,000 from 45p to 40p", ``number_copies.py``;
    the article's "from 50p to 40p" is another party's plan): a certain mismatch."""
    src = ctx.src
    if not paired_in_article(ctx.text, q, counts, src.text, src.numbers):
        return reason
    same = partial(value_match, ctx, q)
    same_value = [n for n in src.numbers if same(n.quantity)]
    rival = copy_rival((ctx.text, ctx.part), src, q, same_value, same)
    if rival is None:
        return None
    ctx.decider.mark_certain("number")
    given = figure_label(rival.quantity)
    detail = f"summary says {figure_label(q)!r} where the article sentence it copies says {given!r}"
    return number_mismatch(q, rival.quantity, detail)


def _placed_rival(
    ctx: SentenceContext,
    q: Quantity,
    role_rivals: list[VerifyReason],
    range_rivals: list[tuple[Span, Span]],
) -> VerifyReason | None:
    """The ``number_mismatch`` of the summary number ``q`` where the article gives its place
    another number: its role (``role_rivals``: a rank, a "respectively" list, a goal list) or
    its range's other end (``range_rivals``: the summary end's span and the article's)."""
    role = next((r for r in role_rivals if r.summary_span == (q.start, q.end)), None)
    if role is not None:
        return role
    end_rival = next((r for (a, b), r in range_rivals if q.start <= a and b <= q.end), None)
    if end_rival is None:
        return None
    given = ctx.src.text[end_rival[0] : end_rival[1]]
    detail = f"summary says {figure_label(q)!r}, the article's range says {given!r}"
    return number_mismatch(q, end_rival, detail)


FigureRule = Callable[
    [tuple[str, Sentence], Sequence[Quantity], ArticleIndex], dict[int, VerifyReason]
]
# Each rules out a summary figure that the article gives only as the figure of another thing;
# in this order, since an earlier rule's reason stands where two give one.
_FIGURE_RULES: tuple[FigureRule, ...] = (
    # "rebuilt with a £330m grant" where the hospital's money "is part of the £330m investment"
    scope_rivals,
    # "houses cost £91,096 more" where the article's £91,096 is "homes in Didsbury", not Clifton
    place_rivals,
    # "6,500 foreign fighters have fled to Syria" where the 6,500 are "active in" Afghanistan
    name_frame_rivals,
    # "the first 100 dolls" where the article's 100 are "customers at each of the stores"
    per_unit_rivals,
    # "the £200,000 charge" where the article's £200,000 is what judges "earn ... a year"
    rate_rivals,
    # "$35,000-an-hour workers" where the article's $35,000 is "$35,000 to $60,000 a year"
    period_rivals,
    # "beat Holyfield and earned a £150m fortune" where the £150million is "Holyfield's"
    owned_rivals,
    # "catch Real Madrid's 400 goals" where the article's Real Madrid tally is "the 436 goals
    # scored ... by Real Madrid" and its 400 goals are Barcelona's
    owned_tally_rivals,
    # "Barcelona passing 436 goals" where the article's 436 goals are "Real Madrid's"
    held_tally_rivals,
    # "a voluntary £11.2million" where the article's only voluntary sum is "its voluntary
    # £20million tax payment"
    modifier_rivals,
    # "the 10p higher threshold" where the 10p is "the 10p savings tax band"
    thing_rivals,
    # "cost 12 per cent more – or £354,378 – than" where the article's £354,378 is the
    # average its £38,831 difference is taken from
    difference_rivals,
    # "by 2060, 75.5 per cent of growth" where the article's 75.5 per cent is of "between 2010
    # and 2050" and its 82 per cent of "between 2010 and 2060"
    year_rivals,
    # "visibility was down to 6,000 metres" where the 6,000 metres is "a kite measuring" it
    dimension_rivals,
    # "allowance rising to £12,500" where the article's £12,500 is "we plan to ... raise it
    # to"; the least specific so far: "visibility down to 1,000 metres" where the article's
    # 1,000 metres is the margin a kite team is "aiming to" beat the record by
    planned_rivals,
    # "More than 80 people have been killed" where the article's only 80 is "In July 2016,
    # a suicide bomb attack [...] killed about 80 people": another year's event
    other_event_rivals,
    # "married 6 men in 11 years" where the article's 11 years go with "10 men"
    pair_rivals,
    # "150/10" where the article rates its products "5/10" to "9/10" (and writes "£14.95")
    rating_rivals,
    # "killed an 15-year-old boy" where the article's only 15 is the minutes of "09:15"
    clock_rivals,
    # "she will remarry 5 times" where the article's only 5 is in "husbands Nos. 1, 2, 5 and
    # 7": a label says which one, not how many; and "mine No. 20" where the article's only 20s
    # are "20 shillings" and "a 20 percent stake"
    label_rivals,
    # "help people under 20" where the article's only 20 is "more than 20 states"
    bound_rivals,
    # "the 105 migrants arrested" where the article's arrests are "15 men have been arrested"
    deed_rivals,
    # "married 10 men over 10 years" where the article's only 10 is "10 men": the twin's value
    twin_rivals,
    # "married 10 men in 1 years" where the article's 1 is "husbands Nos. 1, 2": a plural
    # never counts one
    plural_one_rivals,
    # "could remarry 2 times" where the article's count of marrying is "married ten times"
    repeat_count_rivals,
    # "the £100 charge against him" where the article's only £100 is "what is? £100? £200?"
    question_rivals,
)


def _ruled_out(
    ctx: SentenceContext, quantities: list[Quantity], found_ages: list[Age]
) -> dict[int, VerifyReason]:
    """A certain ``number_mismatch`` by the start of each summary number a rule rules out
    before any slot is weighed: an age or a figure the article gives only as another one."""
    text, src = ctx.text, ctx.src
    ruled_out = age_noun_reasons(text, found_ages, ctx.part.end)  # "an 51-year-old boy"
    # "a 22-year-old girl" where the article's 22 is "the man, 22,"
    ruled_out = other_sex_reasons(text, found_ages, src.text) | ruled_out
    # "a 25-year-old man has died" where the article's 25-year-old was injured
    ruled_out = rival_outcome_ages(text, found_ages, src.text, src.body) | ruled_out
    # "a 18-year-old boy who was shot dead" where the article's 18 is a bystander's
    ruled_out = bystander_ages(text, found_ages, src) | ruled_out
    # "the 5-year-old fled" where the article's only 5 is "when he was 5 years old"
    ruled_out = past_age_reasons(text, found_ages, src) | ruled_out
    # "Berry's 17-year-old daughter" where the article's only 17 is "17-year-old Amanda Berry"
    ruled_out = owner_age_reasons(text, found_ages, src.text) | ruled_out
    # "She was 39" where the article's 39 is another woman's and "she" has other ages
    ruled_out = _pronoun_ages(ctx, found_ages) | ruled_out
    # "married 10 men in 38 years" where the article's 38 is an age ("38-year-old Barrientos")
    ruled_out = age_duration_rivals((text, ctx.part), quantities, found_ages, src) | ruled_out
    # "by 173 runs" where the article's 173 is a score ("173-1 declared")
    ruled_out = margin_rivals(text, quantities, src) | ruled_out
    # "by 75 runs in the second Test" where the article's 75-run margin is the first Test's
    bounds = (ctx.part.start, ctx.part.end)
    ruled_out = phase_margin_rivals(text, bounds, quantities, src) | ruled_out
    for rule in _FIGURE_RULES:
        ruled_out = rule((text, ctx.part), quantities, src) | ruled_out
    return ruled_out


def _pronoun_ages(ctx: SentenceContext, found_ages: list[Age]) -> dict[int, VerifyReason]:
    """``age_pronouns.pronoun_age_reasons`` of the sentence's ages, with the body sentence that
    supports it best (aligned only when the sentence has an age)."""
    if not found_ages:
        return {}
    best = ctx.window(frozenset())[1]
    passage = best[0] if best else None
    summary = (ctx.text, ctx.part)
    return pronoun_age_reasons(summary, found_ages, ctx.src, passage)


def _judged_ages(ctx: SentenceContext, found: list[Age]) -> tuple[set[int], dict[int, Age]]:
    """The sentence's ages (``found``) as ``judge_ages`` judges them: the starts of those the
    article gives as that person's age, and the article's other age of that person (or the
    same age, of somebody else) by the start of the summary's. An age is its digits; the
    quantity read there may be longer ("27-year" of "the 27-year-old"), so a held age settles
    the quantity that starts at its digits."""
    part = ctx.part
    held: set[int] = set()
    rivals: dict[int, Age] = {}
    for age, rival in judge_ages(ctx.text, part.start, part.end, found, ctx.src.text):
        if rival is None:
            held.add(age.start)  # the article gives it as their age ("AGE: 27")
        else:
            rivals[age.start] = rival
    return held, rivals


def _age_reason(ctx: SentenceContext, q: Quantity, rival: Age) -> VerifyReason:
    """``number_mismatch`` for a summary age the article gives that person otherwise, or gives
    to somebody else (``rival``: the article's age)."""
    given = ctx.src.text[rival.start : rival.end]
    detail = (
        f"summary says {figure_label(q)!r}, the article gives this person's age as {given!r}"
        if rival.value != q.value
        else f"the article gives the age {given!r} to somebody else"
    )
    return number_mismatch(q, rival, detail)


def _counts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The summary numbers that are no number of a name: "Ligue 1" pairs with nothing, and
    the article's "Ligue 1 with a 2-0 win" is no pair of "top of Ligue 1 with 0 points"."""
    return [q for q in quantities if not designator(text, q)]


def _role_rivals(
    ctx: SentenceContext, quantities: list[Quantity], settled: list[tuple[int, int]]
) -> list[VerifyReason]:
    """A ``number_mismatch`` for each summary number the article gives to another name or
    role: a rank it does not give ("World No 3" where the article's ranks are "No 7" and
    "66th"), a value its "respectively" list or goal list pairs with another name; a rank it
    does give is added to ``settled``."""
    part, src = ctx.part, ctx.src
    out = []
    names = _name_reader(ctx)
    for (a, b), rival in judge_ranks(ctx.text, part.start, part.end, src.text, names):
        if rival is None:
            settled.append((a, b))
            continue
        q = next((q for q in quantities if q.start <= a and b <= q.end), None)
        if q is not None:
            given = src.text[rival[0] : rival[1]]
            detail = (
                f"summary gives the rank {figure_label(q)!r}, the article's ranks say {given!r}"
            )
            out.append(number_mismatch(q, rival, detail))
    spans = [(q.start, q.end) for q in quantities]
    tolerance = ctx.config.number_tolerance  # "(3459m)" reads as the list's 3454m
    pairs = judge_respectively(ctx.text, part.start, part.end, spans, src.text, names, tolerance)
    for span, (sa, sb) in pairs:
        given = src.text[sa:sb]
        said = ctx.text[span[0] : span[1]]
        detail = f"summary says {said!r}, the article's 'respectively' gives this name {given!r}"
        out.append(number_mismatch(span, (sa, sb), detail))
    numbers = [((q.start, q.end), q.value) for q in quantities]
    minutes = judge_goal_minutes(ctx.text, part.start, part.end, numbers, src.text, names)
    for span, (sa, sb) in minutes:
        said, given = ctx.text[span[0] : span[1]], src.text[sa:sb]
        detail = f"summary says {said!r}, the article's goal list gives this scorer {given!r}"
        out.append(number_mismatch(span, (sa, sb), detail))
    return out


def _name_reader(ctx: SentenceContext) -> Callable[[str], set[str]]:
    """The name words of a stretch of text (``proper_words`` by the article's lower-case
    words), which tells whose score, rank or number it is."""
    return partial(proper_words, common_words=ctx.src.common_words)
