from factkit.document import Quantity, ReasonType
from factkit.verification.number_reasons import number_mismatch, number_not_in_source

_SUMMARY = "The council spent 40 million pounds on roads."
_ARTICLE = "Officials said the council spent 14 million pounds on roads last year."


def _figure(text: str, written: str, value: float) -> Quantity:
    start = text.index(written)
    return Quantity(written, start, start + len(written), value, "pounds")


def test_a_mismatch_points_from_the_summary_figure_to_the_article_figure() -> None:
    said, given = _figure(_SUMMARY, "40 million", 4e7), _figure(_ARTICLE, "14 million", 1.4e7)
    reason = number_mismatch(said, given, "summary says '40 million', the article '14 million'")
    assert reason.type == ReasonType.NUMBER_MISMATCH
    assert reason.summary_span is not None
    assert _SUMMARY[reason.summary_span[0] : reason.summary_span[1]] == "40 million"
    assert _ARTICLE[reason.source_start or 0 : reason.source_end or 0] == "14 million"
    assert reason.detail == "summary says '40 million', the article '14 million'"


def test_spans_stand_for_figures_and_a_mismatch_may_point_nowhere() -> None:
    quoted = (_ARTICLE.index("14"), _ARTICLE.index(" on roads"))
    reason = number_mismatch((18, 28), quoted, "another figure")
    assert (reason.summary_span, reason.source_start, reason.source_end) == ((18, 28), *quoted)
    alone = number_mismatch((18, 28), None, "ruled out by its own words")
    assert (alone.source_start, alone.source_end) == (None, None)


def test_a_figure_not_in_the_article_points_at_no_article_span() -> None:
    reason = number_not_in_source(_figure(_SUMMARY, "40 million", 4e7), "'40 million' is not in it")
    assert reason.type == ReasonType.NUMBER_NOT_IN_SOURCE
    assert reason.summary_span == (18, 28)
    assert (reason.source_start, reason.source_end) == (None, None)
