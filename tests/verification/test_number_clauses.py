"""factkit.verification.number_clauses: a figure the article gives only in clauses of another
subject, while the summary's passage gives the summary's subject another figure of its unit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from factkit.document import Quantity, ReasonType, SegmentKind, Sentence
from factkit.verification import number_clauses, verify
from factkit.verification.index import IndexedNumber
from factkit.verification.neighbours import Neighbours
from factkit.verification.number_clauses import clause_of, content_stems, in_another_clause

ARTICLE = (
    "Riverside Rovers were written off before the final. "
    "Riverside Rovers' whole squad was assembled for a mere £9m, but their opponents could "
    "leave £35m signing Tom Hale on the bench. "
    "Hale has struggled since his £35million move from Porto in the summer."
)

HOLIDAYS = (
    "A fraudster lived well on the money from the scam, the court heard. "
    "Jim Low and his wife went on six holidays costing £20,000 between 2008 and 2011, including a "
    "cruise to Norway in 2010 worth £4,300. Low denied the charges."
)


def _reasons(summary: str, article: str = ARTICLE) -> list[ReasonType]:
    return [r.type for s in verify(summary, article).sentences for r in s.reasons]


def test_a_figure_of_another_subject_in_the_passage_is_a_mismatch() -> None:
    assert _reasons("Riverside Rovers' whole squad cost just £35million.") == [
        ReasonType.NUMBER_MISMATCH
    ]
    assert _reasons("Jim Low spent £4,300 on holidays with his wife.", HOLIDAYS) == [
        ReasonType.NUMBER_MISMATCH
    ]


def test_a_figure_in_its_own_clause_stays_supported() -> None:
    assert _reasons("Riverside Rovers' whole squad cost just £9million.") == []
    assert _reasons("Tom Hale joined in a £35million move from Porto.") == []
    assert _reasons("Jim Low spent £20,000 on holidays with his wife.", HOLIDAYS) == []
    assert _reasons("A cruise to Norway in 2010 was worth £4,300.", HOLIDAYS) == []


def test_a_clause_ends_at_its_marks_but_not_inside_a_figure() -> None:
    text = "The pair spent £30,000 on trips, including one worth £7,600; they denied it."
    whole = (0, len(text))
    first = text.index("£30,000")
    clause = clause_of(text, first, first + 7, *whole)
    assert text[clause[0] : clause[1]] == "The pair spent £30,000 on trips"
    second = text.index("£7,600")
    clause = clause_of(text, second, second + 6, *whole)
    assert text[clause[0] : clause[1]] == " including one worth £7,600"
    assert content_stems(text, 0, first) == {"pair", "spent"}


def _whole(text: str) -> Sentence:
    return Sentence(0, 0, len(text), SegmentKind.BODY, text)


def _number(text: str, figure: str, value: float) -> IndexedNumber:
    start = text.index(figure)
    q = Quantity(figure, start, start + len(figure), value, unit="GBP")
    return IndexedNumber(q, 0, frozenset(), Neighbours((), ()))


def test_only_figures_with_a_unit_and_a_rival_clause_are_judged() -> None:
    source = "The pair spent £30,000 on trips, including one to Rome worth £7,600."
    article = (source, [_whole(source)])
    summary = "Jim spent £7,600 on trips."
    part = _whole(summary)
    q = Quantity("£7,600", 10, 16, 7600.0, unit="GBP")
    same, rival = [_number(source, "£7,600", 7600.0)], [_number(source, "£30,000", 30000.0)]
    assert in_another_clause((summary, part), q, article, same, rival)
    # no rival of its unit in the passage: nothing says the slot is another's
    assert not in_another_clause((summary, part), q, article, same, [])
    # a bare count says too little of its slot
    bare = Quantity("7,600", 11, 16, 7600.0)
    assert not in_another_clause((summary, part), bare, article, same, rival)
    # a summary sharing a word with the figure's own clause keeps it there
    rome = "Jim spent £7,600 in Rome."
    at_rome = Quantity("£7,600", 10, 16, 7600.0, unit="GBP")
    assert not in_another_clause((rome, _whole(rome)), at_rome, article, same, rival)


def test_a_figure_in_an_aside_is_read_with_its_sentence() -> None:
    source = "Homes near a park sell for £310,000 on average – or £30,000 – more than elsewhere."
    article = (source, [_whole(source)])
    summary = "Homes near a park cost £30,000 more."
    q = Quantity("£30,000", 23, 30, 30000.0, unit="GBP")
    same, rival = [_number(source, "£30,000", 30000.0)], [_number(source, "£310,000", 310000.0)]
    # "– or £30,000 –" has no word of its own: its sentence speaks of homes near a park
    assert not in_another_clause((summary, _whole(summary)), q, article, same, rival)


class _CountingPattern:
    """The clause-mark pattern, counting the characters its scans are given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def _window(self, text: str, pos: int, endpos: int | None) -> tuple[int, int]:
        end = len(text) if endpos is None else endpos
        self.scanned += max(end - pos, 0)
        return pos, end

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        return self.pattern.finditer(text, *self._window(text, pos, endpos))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.search(text, *self._window(text, pos, endpos))


def test_the_clauses_of_a_flattened_table_cost_its_length(monkeypatch: pytest.MonkeyPatch) -> None:
    # each figure's clause ran the pattern from its sentence's start: quadratic in a sentence of
    # thousands of figures (36 s for 200 KB of "Leeds 5 to 6 to 7, ")
    counting = _CountingPattern(number_clauses._CLAUSE_MARK_RE)
    monkeypatch.setattr(number_clauses, "_CLAUSE_MARK_RE", counting)
    text = "Leeds 5 to 6 to 7, " * 400 + "and so on, as counted."  # a text no other test reads
    figures = [m.span() for m in re.finditer(r"\d", text)]
    clauses = [clause_of(text, start, end, 0, len(text)) for start, end in figures]
    assert clauses[1] == (0, 17) and clauses[4] == (18, 36)
    assert counting.scanned <= 2 * len(text)


@pytest.mark.parametrize(
    "text",
    [
        "He said, 5 (or 6) - and then 7; yes: 8, “9” — 10 – 11 - - 12 , 13,",
        "He said, 5 (or 6) - and then 7; yes: 8, “9” — 10 – 11 - 12 , 13,",
        "a - - - b 5 c - - d 6 - e",
        "One,two, 3 , 4",
    ],
)
def test_a_clause_is_what_a_scan_of_its_sentence_finds(text: str) -> None:
    # clause marks are found once per text; a scan of the sentence's own stretches is the rule
    def scanned(start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        left = lo
        for m in number_clauses._CLAUSE_MARK_RE.finditer(text, lo, start):
            left = m.end()
        after = number_clauses._CLAUSE_MARK_RE.search(text, end, hi)
        return left, after.start() if after else hi

    n = len(text)
    for lo in range(n + 1):
        for hi in range(lo, n + 1, 3):
            for start in range(lo, hi + 1, 2):
                end = min(start + 1, hi)
                assert clause_of(text, start, end, lo, hi) == scanned(start, end, lo, hi)
