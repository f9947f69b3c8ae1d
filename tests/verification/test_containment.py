"""factkit.verification.containment: a place in a place."""

from __future__ import annotations

import pytest

from factkit.verification.containment import LIES_IN, containments


def _pairs(text: str) -> list[tuple[str, str]]:
    return [
        (text[r.agent[0] : r.agent[1]], text[r.patient[0] : r.patient[1]])
        for r in containments(text, 0, len(text), set())
    ]


def test_the_name_before_in_lies_in_the_name_after_it() -> None:
    text = "The family hiked through Great Falls Park in Virginia for an hour."
    assert _pairs(text) == [("Great Falls Park", "Virginia")]
    (relation,) = containments(text, 0, len(text), set())
    assert relation.verbs == frozenset({LIES_IN})


@pytest.mark.parametrize(
    "text",
    [
        "Smith met Jones at the hotel.",
        "Great Falls Park, in Virginia, was closed.",  # another clause
        "Chelsea beat Arsenal in the rain.",
    ],
)
def test_no_place_in_a_place_where_only_in_joins_no_names(text: str) -> None:
    assert _pairs(text) == []
