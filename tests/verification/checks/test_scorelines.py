"""factkit.verification.checks.scorelines: a scoreline is judged as a whole against the score
the article gives its teams (or, failing that, the score of the passage), never as two counts;
each reason points at the summary's score and the article's."""

from __future__ import annotations

from tests.verification.checks.conftest import reported


def number_reasons(article: str, summary: str) -> list[tuple[str, str]]:
    """(type, summary words) of the number reasons against ``summary``; a mismatch also names
    the article's score it was held against, which must itself be a scoreline."""
    out = []
    for r in reported(summary, article):
        if not r.type.startswith("number_") or r.summary_span is None:
            continue
        if r.type == "number_mismatch":
            assert r.source_start is not None and r.source_end is not None
            assert "-" in article[r.source_start : r.source_end]
        out.append((str(r.type), summary[r.summary_span[0] : r.summary_span[1]]))
    return out


DRAW = (
    "Valencia were held to a 1-1 draw by Athletic Bilbao at the Mestalla on Sunday. "
    "Aritz Aduriz netted the equaliser ten minutes from time after a long spell of pressure."
)
# the scoreline is in the sentence after the one that names the teams and the scorer
LATE_DRAW = (
    "Former Valencia striker Aritz Aduriz denied his old team victory for Athletic Bilbao. "
    "He pounced in the 90th minute to secure a 1-1 draw after the visitors went down to 10 men. "
    "Nicolas Otamendi had received a straight red card eight minutes earlier."
)


def test_a_changed_scoreline_is_caught_and_the_given_one_supported() -> None:
    wrong = "Valencia were held to a 1-10 draw by Athletic Bilbao after Aritz Aduriz netted."
    assert number_reasons(DRAW, wrong) == [("number_mismatch", "1-10")]
    right = "Valencia were held to a 1-1 draw by Athletic Bilbao after Aritz Aduriz netted."
    assert number_reasons(DRAW, right) == []


def test_a_scoreline_is_held_against_the_one_next_to_its_best_sentence() -> None:
    wrong = "Valencia were held to a 1-10 draw by Athletic Bilbao after Aritz Aduriz netted."
    assert number_reasons(LATE_DRAW, wrong) == [("number_mismatch", "1-10")]
    right = "Valencia were held to a 1-1 draw by Athletic Bilbao after Aritz Aduriz netted."
    assert number_reasons(LATE_DRAW, right) == []


MATCHES = (
    "Holland beat Spain 2-0 at the Amsterdam Arena on Tuesday night. "
    "Coach Vicente del Bosque will not be too worried about the defeat, says Gerard Pique. "
    "The coach had used the friendly to test new players before the qualifiers resume. "
    "Several of them impressed in the second half despite the result. "
    "Slovakia lead qualifying Group C after a 2-1 win over Spain in Zilina in October."
)


def test_a_scoreline_the_article_gives_another_match_is_caught() -> None:
    wrong = "Holland beat Spain 2-1 at the Amsterdam Arena on Tuesday night."
    assert number_reasons(MATCHES, wrong) == [("number_mismatch", "2-1")]
    right = "Holland beat Spain 2-0 at the Amsterdam Arena on Tuesday night."
    assert number_reasons(MATCHES, right) == []


def test_a_scoreline_is_no_count_where_the_article_gives_no_score() -> None:
    article = (
        "Chelsea moved closer to the title after Cesc Fabregas scored an 87th minute winner "
        "at Loftus Road to condemn Queens Park Rangers to defeat. Thibaut Courtois made saves."
    )
    summary = "Chelsea beat Queens Park Rangers 1-0 at Loftus Road."
    # one reason for the score as a whole, not its digits held against "87th minute"
    assert number_reasons(article, summary) == [("number_not_in_source", "1-0")]


RESULT = (
    "Hull kept up the pressure at the top with a comfortable 4-0 win over Leeds United. "
    "Clark fired home from the edge of the area to put Hull 2-0 ahead against Leeds United. "
    "Law made it 3-0 with a header before he added a fourth late on."
)


def test_a_result_is_not_held_by_a_running_score() -> None:
    assert number_reasons(RESULT, "Hull beat Leeds United 2-0 at home on Sunday.") == [
        ("number_mismatch", "2-0")
    ]
    assert number_reasons(RESULT, "Hull beat Leeds United 4-0 at home on Sunday.") == []
