"""Whose number it is, told by what stands around it: rules that are sure a summary number sits
in another article number's slot, although the article writes its value somewhere.

- :func:`took_anothers_words`: the words right next to the summary's number are another
  number's ("can expect an extra £15,700 a year" where the article says "an extra £2,100 a year
  – £17,800 rather than £15,700"), while no article number of its value stands among them;
  or all four are, no article number of its value has all four, and the slot check ranks a
  number of another value first (:func:`took_a_whole_slot`).
- :func:`only_an_age`: the summary's number counts something ("over 37 uploads") and the
  article gives that value only as somebody's age ("Yves Van De Ven, 37,", "the 37-year-old").
- :func:`bare_count_moved`: the summary counts a noun ("311 complaints") that a smaller
  number of the passage counts ("133 complaints"), and the article's numbers of its value count
  nothing ("New York's 311 helpline").
- :func:`only_a_count`: the other way round, the summary's age ("Pippa, 159,") is a value the
  article gives only as an amount or a count ("£159 pumps", "22 crimes") or as the end of a
  season ("the 2010-11 campaign"), never as an age.
- :func:`amount_noun_moved`: the noun right after an amount ("a £200,000 fine") goes with
  another amount of its unit in the article ("the £85 fine"), never with the article's
  amounts of its value ("earn more than £200,000 a year").

- :func:`bound_on_exact`: the summary bounds ("more than £572,206") a figure written down to
  its last unit that the article gives only exactly ("stealing £572,206"): nobody rounds to
  such a figure, so the bound is another figure's ("more than £500,000").

All six only ever add a ``number_mismatch``; a number the article writes in its own words is left
to the slot check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from factkit.document import Quantity
from factkit.verification.number_ages import article_ages
from factkit.verification.text import STOP_WORDS, stem_of, word_bound

# ``Neighbours.fit`` (0-4) of the words right next to a number: another number's words are taken
# when at least three points agree (both words on one side and the next on the other), and the
# article's numbers of the summary's value must not share more than one of them
TAKEN_FIT = 3
OWN_FIT = 1
# all four points: both words on both sides (``took_a_whole_slot``)
WHOLE_FIT = 4


def took_anothers_words(adjacency: Mapping[str, float]) -> bool:
    """Does the summary's number stand in another number's words? ``adjacency`` is the slot
    evidence of ``_number_adjacency``: ``adj_other``, the best fit of an article number of
    another value in the supporting sentences, and ``adj_own``, that of its own value's; or
    :func:`took_a_whole_slot`."""
    if adjacency["adj_other"] >= TAKEN_FIT and adjacency["adj_own"] <= OWN_FIT:
        return True
    return took_a_whole_slot(adjacency)


def took_a_whole_slot(adjacency: Mapping[str, float]) -> bool:
    """Does the summary's number stand in all four of another number's words ("paid just
    £20m in tax to" where the supporting sentence says "paid just £1.9m in tax to"), which no
    article number of its value has all of ("a voluntary £20m in tax"), while the slot check
    ranks an article number of another value first (``rule``: its own verdict, 1.0)? A
    sentence copied word for word around its number is about that number, even where the new
    value shares a word or two of it somewhere else."""
    whole = adjacency["adj_other"] >= WHOLE_FIT and adjacency["adj_own"] < WHOLE_FIT
    return whole and adjacency.get("rule", 0.0) >= 1.0


def only_an_age(article_text: str, claimed: Quantity, same_value: Iterable[Quantity]) -> bool:
    """Is every article number of the summary's value (``same_value``) an age? A count ("37
    uploads") or an amount ("£38") the article gives only as an age ("Van De Ven, 37") is
    somebody else's number. The caller asks only for a summary number that is no age itself; a
    bare number counts nothing, and a number of years may be an age told otherwise ("at 38
    years of age")."""
    if not claimed.unit or stem_of(claimed.unit) == "year":
        return False
    starts = set(article_ages(article_text).get(claimed.value, ()))
    found = [q.start for q in same_value]
    return bool(found) and all(start in starts for start in found)


def only_a_count(article_text: str, value: float, same_value: Iterable[Quantity]) -> bool:
    """Is every article number of the summary age's value (``same_value``) an amount or a
    count ("£159", "22 crimes") and none an age? Then the age took another number's value. A
    number of years may be an age told otherwise ("38 years of age"): never counted here."""
    starts = set(article_ages(article_text).get(value, ()))
    found = list(same_value)
    return bool(found) and all(
        ((q.unit and stem_of(q.unit) != "year") or _season_end(article_text, q))
        and q.start not in starts
        for q in found
    )


# the end of a season or a span of years ("the 2010-11 campaign", "Valladolid (2009-13)")
_SEASON_START_RE = re.compile(r"(?:1[89]|20)\d\d[-–/]$")


def _season_end(text: str, q: Quantity) -> bool:
    """Is ``q`` the second year of a season written short ("11" of "2010-11")? No age."""
    return _SEASON_START_RE.search(text, max(0, q.start - 5), q.start) is not None


def bare_count_moved(
    claimed: Quantity,
    noun: str | None,
    same_value: list[Quantity],
    passage: Callable[[], Iterable[Quantity]],
    counted: Callable[[Quantity], str | None],
) -> bool:
    """Does the summary count a noun ("311 complaints") that a smaller number of the passage
    counts ("133 complaints"), while no article number of its value counts anything ("New
    York's 311 helpline", "at 1,084,604")? A part the article leaves bare ("97 of them came
    from Brooklyn") is smaller than its whole: only a larger count is taken for another's.
    ``noun``: the noun the summary's number counts; ``counted``: the noun a number counts;
    ``passage``: the passage's numbers, read only when the rest allows a verdict."""
    if noun is None or not same_value or any(counted(q) for q in same_value):
        return False
    return any(q.value < claimed.value and counted(q) == noun for q in passage())


# the word right after an amount: the noun it is the amount of ("£85 fine", "$3m deal")
_NEXT_NOUN_RE = re.compile(r"\s([a-z]{3,})\b")


def noun_after(text: str, end: int) -> str | None:
    """The stem of the lower-case content word right after an amount ending at ``end``."""
    m = _NEXT_NOUN_RE.match(text, end)
    return stem_of(m.group(1)) if m and m.group(1) not in STOP_WORDS else None


def amount_noun_moved(
    summary_text: str,
    claimed: Quantity,
    article_text: str,
    same_value: list[Quantity],
    others: Iterable[Quantity],
) -> bool:
    """Does the noun after the summary's amount go with an article amount of its unit and
    another value (among ``others``, the article's numbers; anywhere: an article repeats "the
    £85 fine" far from the sentence a summary line rests on), and with none of the article's
    amounts of its value (``same_value``)? Then the amount is another amount's."""
    noun = noun_after(summary_text, claimed.end) if claimed.unit else None
    if noun is None or any(noun_after(article_text, q.end) == noun for q in same_value):
        return False
    taken = {q.value for q in same_value} | {claimed.value}
    return any(
        q.unit == claimed.unit and q.value not in taken and noun_after(article_text, q.end) == noun
        for q in others
    )


# the digits of a figure written down to its last unit: no decimals, no scale word
_EXACT_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{2,}")


def bound_on_exact(claimed: Quantity, same_value: Iterable[Quantity]) -> bool:
    """Does the summary put a bound ("more than", "under") on an exact-looking figure (three
    digits or more whose last digit is not zero: "£572,206", "137"; two digits off the fives:
    "more than 22 people"), while every article number of its value (``same_value``) is exact?
    A bound goes with a round figure: "more than" an exact count is wrong, and the bound most
    likely belongs to another (round) number of the article ("killed more than 30" where this
    attack "killed 22 people")."""
    found = list(same_value)
    if not found or word_bound(claimed.qualifier) not in ("lower", "upper"):
        return False
    digits = _EXACT_RE.search(claimed.text)
    exact = digits is not None and float(digits.group().replace(",", "")) == claimed.value
    step = 10 if claimed.value >= 100 else 5  # "more than 15" is as round as "more than 150"
    round_figure = claimed.value % step == 0
    return exact and not round_figure and all(word_bound(q.qualifier) is None for q in found)
