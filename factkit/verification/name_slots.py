"""Anchored name slots: which article name stands between the words the summary puts around a
name.

A name swapped within one article sentence ("Felipe Caicedo scored a brace in Villarreal's 3-0
defeat of Villarreal" where the article says "Caicedo scored twice for Espanyol in the 3-0
defeat of Villarreal") is "in the passage", so neither its absence nor a rival in another
sentence gives it away. Its neighbours do: the nearest content words before and after it in the
summary ("scored" ... "3-0") are anchors; in an aligned article sentence they hold another name
between them, and nowhere in the article do they hold the summary's. A name that opens or ends
its sentence has anchors on one side only; there the next two content words on that side must
follow each other in the article too, right next to the other name ("Washington D.C sports
reporter" where the article says "ESPN sports reporter").

A name of a summary list ("Turkey and Iraq were the most popular destinations") stands where
the article lists another name with the same mate ("Syria and Iraq were by far the biggest
destinations"): when an aligned article sentence lists the mate with another name and never
mentions the summary's, and no article list joins the summary's name to the mate, the
summary's name is a swap (:func:`list_rival`).

A name after a word and a preposition ("Gomis returned to Newcastle to work on recovery") stands
where the article puts another name after the same word and preposition ("the striker returned
to France in a bid to"): in an aligned sentence, or anywhere when only one entity, never a list,
holds that slot in the article (:func:`gap_rival`). Not when the article gives the summary's
name there or in that sentence, nor a place against a place: places nest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from factkit.lang import word_set
from factkit.verification.index import ArticleIndex, IndexedName
from factkit.verification.inflections import stem_forms
from factkit.verification.names import NameSpan
from factkit.verification.slot_query import SlotQuery
from factkit.verification.slot_tokens import SlotToken, slot_tokens
from factkit.verification.slot_types import written_as_place
from factkit.verification.text import name_lists, stem_of

# summary words looked at on each side of a name for its nearest content word
_REACH = 3
# article words that may stand between two anchors around the other name
_MAX_BETWEEN = 7
# words past the summary's function words between one-sided anchors and a name of the chain
# next to them ("in Nevill Avenue, Hove", "for Real Madrid or Barcelona")
_CHAIN_REACH = 4


@cache
def object_prepositions() -> frozenset[str]:
    """Prepositions that take an object ("to", "for", "at": ``lang/en/object_prepositions.txt``)."""
    return word_set("object_prepositions")


@dataclass(frozen=True)
class _Anchors:
    """The stems of the summary's nearest content words before (``left``, nearest first) and
    after (``right``, nearest first) a name, and of the function words between it and them
    (``left_gap``, ``right_gap``, in text order)."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    left_gap: tuple[str, ...]
    right_gap: tuple[str, ...]

    @property
    def between(self) -> bool:
        """Anchors on both sides: one of each (the nearest or the next) must hold the slot;
        else the two anchors of the one side must both be there."""
        return bool(self.left and self.right)


@dataclass(frozen=True)
class _Held:
    """A range of an article sentence where the anchors hold a name: ``between`` the two,
    ``before`` the right ones or ``after`` the left ones."""

    lo: int
    hi: int
    side: str


def _side(tokens: Sequence[SlotToken], own: frozenset[str], wanted: int) -> tuple[str, ...]:
    """Up to ``wanted`` content stems from the start of ``tokens`` (nearest first), the first
    within ``_REACH`` words, the others within ``_REACH`` words of the one before; none of
    them a word of the name itself."""
    out: list[str] = []
    last = 0
    for k, t in enumerate(tokens):
        if k - last >= _REACH or t.stem in own:
            break
        if t.content:
            out.append(t.stem)
            last = k + 1
            if len(out) == wanted:
                break
    return tuple(out)


def summary_anchors(text: str, span: NameSpan, sentence: tuple[int, int]) -> _Anchors | None:
    """The anchors of the summary name ``span`` in ``text[sentence[0]:sentence[1]]``: up to
    two content words each side, or (the name opening or ending its clause) the two of the
    one side that has them; None when neither is found."""
    start, end, words = span
    own = frozenset(stem_of(w) for w in words)
    before = slot_tokens(text, sentence[0], start)[::-1]
    after = slot_tokens(text, end, sentence[1])
    anchors = _Anchors(_side(before, own, 2), _side(after, own, 2), _gap(before)[::-1], _gap(after))
    if anchors.between or len(anchors.left) == 2 or len(anchors.right) == 2:
        return anchors
    return None


def _gap(tokens: Sequence[SlotToken]) -> tuple[str, ...]:
    """The stems of the function words from the start of ``tokens`` up to the first content
    word."""
    out = []
    for t in tokens:
        if t.content:
            break
        out.append(t.stem)
    return tuple(out)


def _held(tokens: Sequence[SlotToken], anchors: _Anchors, bounds: tuple[int, int]) -> list[_Held]:
    """Where an article sentence (``tokens``, ``bounds``: its character range) has the
    anchors: between the two (at most ``_MAX_BETWEEN`` words apart, up to the first right
    anchor), and where the pair of one side is next to each other (a name sought right before
    right anchors, right after left ones)."""
    stems = [t.stem for t in tokens]
    out: list[_Held] = []
    for i, s in enumerate(stems if anchors.between else ()):
        if s not in anchors.left:
            continue
        # the slot ends at the first right anchor: one right after the left anchor leaves
        # none ("envoy traveled to Doha, Qatar" holds no name between "envoy" and "Qatar")
        for j in range(i + 1, min(len(stems), i + 2 + _MAX_BETWEEN)):
            if stems[j] in anchors.right:
                if j > i + 1:
                    out.append(_Held(tokens[i].end, tokens[j].start, "between"))
                break
    right, left = anchors.right, anchors.left
    for i, s in enumerate(stems):
        if len(right) == 2 and s == right[0] and right[1] in stems[i + 1 : i + 3]:
            out.append(_Held(bounds[0], tokens[i].start, "before"))
        if len(left) == 2 and s == left[0] and left[1] in stems[max(0, i - 2) : i]:
            out.append(_Held(tokens[i].end, bounds[1], "after"))
    return out


def _names_held(
    src: ArticleIndex, pos: int, ranges: Iterable[_Held], anchors: _Anchors
) -> tuple[list[IndexedName], list[tuple[str, IndexedName]]]:
    """The article names of body sentence ``pos`` in the anchors' ``ranges``, and those of
    them that stand where the summary's name does: between two anchors, the only name there
    with one more content word at most (the summary has only its name between them:
    "scored twice for Espanyol in the 3-0"); on one side, the name nearest the anchors, with
    the summary's function words between (tagged ``"between"`` or ``"side"``).
    A name of the summary's at either side of a two-sided slot is there ("Genevieve Kelley,
    Mary's mother")."""
    names = [n for n in src.names if n.pos == pos]
    present: list[IndexedName] = []
    held: list[tuple[str, IndexedName]] = []
    for r in ranges:
        inside = [n for n in names if r.lo <= n.start and n.end <= r.hi]
        if not inside:
            continue
        if r.side == "between":
            present.extend(inside)
            if len(inside) == 1 and _content_words_beside(src.text, inside[0], r) <= 1:
                held.append(("between", inside[0]))
            continue
        before = r.side == "before"
        gap = anchors.right_gap if before else anchors.left_gap
        # the names of the chain next to the anchors ("in Nevill Avenue, Hove")
        gaps = [
            slot_tokens(src.text, n.end, r.hi) if before else slot_tokens(src.text, r.lo, n.start)
            for n in inside
        ]
        present.extend(
            n for n, g in zip(inside, gaps, strict=True) if len(g) <= len(gap) + _CHAIN_REACH
        )
        k = max(range(len(inside)), key=lambda i: inside[i].end if before else -inside[i].start)
        # the nearest name, with the summary's own function words between ("goal at" is no
        # slot of "goal for Liverpool")
        if tuple(t.stem for t in gaps[k]) == gap:
            held.append(("side", inside[k]))
    return present, held


def _content_words_beside(text: str, name: IndexedName, r: _Held) -> int:
    """Content words in the range ``r`` outside ``name``."""
    outside = slot_tokens(text, r.lo, name.start) + slot_tokens(text, name.end, r.hi)
    return sum(t.content for t in outside)


def anchored_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """The article name the summary's anchors hold in a ``window`` sentence (aligned to this
    summary sentence; two-sided anchors in any sentence, :func:`_far`) where the summary puts
    the name ``span``, when nowhere in the article do they hold that name itself
    (``is_same``: an article name that gives the summary's; ``may_rival``: one that may
    stand for it: of its type, not named by the summary sentence too); else None."""
    text, span, sentence, src = query.text, query.span, query.sentence, query.src
    window, is_same = query.window, query.is_same
    anchors = summary_anchors(text, span, sentence)
    if anchors is None:
        return None
    rivals: dict[str, IndexedName] = {}  # the first rival "between" two anchors, or at one "side"
    between = False  # do two-sided anchors hold a slot anywhere?
    in_window = set(window)
    wanted = {*anchors.left, *anchors.right}
    for pos, s in enumerate(src.body):
        if wanted.isdisjoint(src.body_stems[pos]):
            continue  # no anchor in the sentence: nothing held (and no words to read)
        ranges = _held(slot_tokens(src.text, s.start, s.end), anchors, (s.start, s.end))
        if not ranges:
            continue
        between = between or any(r.side == "between" for r in ranges)
        present, held = _names_held(src, pos, ranges, anchors)
        if any(is_same(n) for n in present):
            return None  # the article gives the name in this very slot
        for kind, n in held:
            if may_rival(n):
                rivals.setdefault(kind if pos in in_window else "far_" + kind, n)
    # the pair of one side speaks only where two-sided anchors hold no slot anywhere
    return (
        rivals.get("between")
        or (None if between else rivals.get("side"))
        or _far(rivals.get("far_between"), anchors, src, in_window, is_same)
    )


def _far(
    rival: IndexedName | None,
    anchors: _Anchors,
    src: ArticleIndex,
    in_window: set[int],
    is_same: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """The name two-sided anchors hold in a sentence outside the window ("The flanker
    returned to Wasps for the 2012 season" for "Haskell returned to IWILL for the 2012
    season", aligned elsewhere), when the summary's name is no modifier right before a noun
    (function words after it: "the six Minnesota men" fits many names) and no window
    sentence names it (there it may be told otherwise: "turned down Real Madrid" for "a move
    to the Bernabeu")."""
    if rival is None or not anchors.right_gap:
        return None
    if any(is_same(n) for n in src.names if n.pos in in_window):
        return None
    return rival


def _gap_anchor(
    text: str, span: NameSpan, sentence: tuple[int, int]
) -> tuple[_Anchors, frozenset[str]] | None:
    """The summary's nearest content word before the name and the function words between
    them ("returned to" before "Newcastle"), when those hold a preposition: the one-word
    anchor of :func:`gap_rival`, and the stems of that word's inflected forms (the article's
    "moved to" holds the slot of "a move to"); else None."""
    start, _, words = span
    before = slot_tokens(text, sentence[0], start)[::-1]
    left = _side(before, frozenset(stem_of(w) for w in words), 1)
    gap = _gap(before)[::-1]
    if not left or not set(gap) & object_prepositions():
        return None
    word = next(t for t in before if t.content)  # the anchor _side found
    return _Anchors(left, (), gap, ()), stem_forms(text[word.start : word.end])


def _place(src: ArticleIndex, words: list[str]) -> bool:
    """Does the article write the name (one of ``words``) as a place ("in Camden")?"""
    return written_as_place(src.text, src.name_mentions, words)


def gap_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """For a summary name after a word and a preposition ("Gomis returned to Newcastle to
    work on recovery"), the article name right after the same word and preposition in a
    ``window`` sentence ("the Swansea City striker returned to France in a bid to"), when the
    article never writes the summary's name there; else None. The weakest anchor of this
    module (one word), so :func:`anchored_rival` comes first. ``is_same``, ``may_rival``: as
    for :func:`anchored_rival`."""
    text, span, sentence, src = query.text, query.span, query.sentence, query.src
    window, is_same = query.window, query.is_same
    found = _gap_anchor(text, span, sentence)
    if found is None:
        return None
    anchors, forms = found
    rivals: list[tuple[int, IndexedName]] = []
    nearby: list[IndexedName] = []  # the article names close after these words
    for pos, s in enumerate(src.body):
        if forms.isdisjoint(src.body_stems[pos]):
            continue
        tokens = slot_tokens(src.text, s.start, s.end)
        ranges = [_Held(t.end, s.end, "after") for t in tokens if t.stem in forms]
        present, held = _names_held(src, pos, ranges, anchors)
        if any(is_same(n) for n in present):
            return None  # the article gives the name after these words
        if any(is_same(n) for n in src.names if n.pos == pos):
            continue  # "the Kelleys fled after Mark Nunes": the sentence gives both
        rivals.extend((pos, n) for _, n in held if may_rival(n))
        if held:  # with the summary's function words: the names there, a list's included
            nearby.extend(present)
    if rivals and _place(src, span[2]):
        # places nest ("went to Camden", "went to Gordon's Wine Bar"): another place after the
        # same words may be the same spot told at another scale
        rivals = [(pos, n) for pos, n in rivals if not _place(src, list(n.words))]
    near = [n for pos, n in rivals if pos in window]
    if near:
        return near[0]
    # one entity after these words in the whole article, never a list of them ("clinics in
    # California and Arizona"), fills the slot wherever it is
    one = bool(rivals) and all(n.words & rivals[0][1].words for n in nearby)
    return rivals[0][1] if one else None


def _names_by_position(src: ArticleIndex) -> dict[int, list[IndexedName]]:
    """The article's names by body position, each sentence's in text order (one pass over the
    names, not one per body sentence)."""
    out: dict[int, list[IndexedName]] = {}
    for n in sorted(src.names, key=lambda n: n.start):
        out.setdefault(n.pos, []).append(n)
    return out


def _article_lists(src: ArticleIndex, names: list[IndexedName]) -> list[list[IndexedName]]:
    """The lists ("Syria and Iraq"), two names or more, among one body sentence's ``names``
    (in text order). Two names joined by a comma alone are a place and the region it is in
    ("of Harlow, Essex,"), not a list: "Harlow" is no list mate of "Essex"."""
    spans = [(n.start, n.end, n) for n in names]
    return [
        [names[i] for i in ks]
        for ks in name_lists(src.text, spans)
        if len(ks) > 2 or (len(ks) == 2 and not _comma_only(src.text, names[ks[0]], names[ks[1]]))
    ]


def _comma_only(text: str, first: IndexedName, second: IndexedName) -> bool:
    return text[first.end : second.start].strip() == ","


def list_rival(
    query: SlotQuery,
    may_rival: Callable[[IndexedName], bool],
) -> IndexedName | None:
    """For a name joined in a summary list to a mate right next to it (``spans``: the
    sentence's names, in order), the name an aligned ``window`` sentence lists right next to
    that mate instead, when that sentence never mentions the summary's name and no article
    list joins the two; else None. ``is_same``, ``may_rival``: as for
    :func:`anchored_rival`."""
    text, span, spans, src, window = query.text, query.span, query.spans, query.src, query.window
    is_same = query.is_same
    k = next((i for i, sp in enumerate(spans) if sp[0] == span[0]), -1)
    members = next((ks for ks in name_lists(text, spans) if k in ks), [])
    mate_words = frozenset(w for i in members if abs(i - k) == 1 for w in spans[i][2])
    if not mate_words:
        return None
    rival: IndexedName | None = None
    for pos, sentence_names in _names_by_position(src).items():
        for names in _article_lists(src, sentence_names):
            for j, n in enumerate(names):
                if not n.words & mate_words:
                    continue
                if any(is_same(m) for m in names):
                    return None  # the article lists the two together
                beside = [m for i, m in enumerate(names) if abs(i - j) == 1 and may_rival(m)]
                if (
                    rival is None
                    and pos in window
                    and beside
                    and not any(is_same(m) for m in sentence_names)  # never mentions it
                ):
                    rival = beside[0]
    return rival
