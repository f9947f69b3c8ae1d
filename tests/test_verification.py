"""factkit.verification: the seed acceptance case, each reason type, offset invariants."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from factkit.config import Config
from factkit.document import Article, Quantity, Verification
from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier, decision_features, verify
from factkit.verification.decision import _decision_model
from factkit.verification.index import spread_positions
from factkit.verification.names import (
    common_capitalized,
    common_english,
    lower_name_spans,
    name_spans,
    short_form,
)
from factkit.verification.number_rounding import precision


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(Config())


@pytest.fixture(scope="module")
def seed_article(seed_text: str) -> Article:
    return article_from_text(seed_text)


def check(verifier: Verifier, article: Article, summary: str) -> Verification:
    result = verifier.verify(summary, article, split_sentences(article.text))
    for s in result.sentences:  # offsets always point into the summary and the article
        assert summary[s.start : s.end] == s.text
        for r in (*s.reasons, *s.notes):
            if r.summary_span is not None:
                assert s.start <= r.summary_span[0] < r.summary_span[1] <= s.end
            if r.source_start is not None:
                assert r.source_end is not None
                assert 0 <= r.source_start < r.source_end <= len(article.text)
    return result


def reasons(result: Verification, index: int) -> dict[str, tuple[int | None, int | None]]:
    return {r.type: (r.source_start, r.source_end) for r in result.sentences[index].reasons}


def test_seed_acceptance_number_and_speaker(seed_text: str) -> None:
    """The customer's case, through the public function: both planted errors, right spans."""
    summary = (
        "The UN human rights chief said her office had counted at least 138 deaths among "
        "civilians in recent weeks. The State Department said the pullout is 95 percent complete."
    )
    result = verify(summary, seed_text)
    assert [s.verdict for s in result.sentences] == ["unsupported", "unsupported"]
    number = {r.type: r for r in result.sentences[0].reasons}["number_mismatch"]
    assert seed_text[number.source_start : number.source_end] == "183"
    assert number.summary_span is not None
    assert summary[number.summary_span[0] : number.summary_span[1]] == "138"
    speaker = {r.type: r for r in result.sentences[1].reasons}["speaker_mismatch"]
    assert seed_text[speaker.source_start : speaker.source_end] == "the US Central Command"
    assert speaker.summary_span is not None
    assert summary[speaker.summary_span[0] : speaker.summary_span[1]] == "The State Department"
    assert not result.all_supported


def test_faithful_paraphrases_are_supported(verifier: Verifier, seed_article: Article) -> None:
    summary = (
        "Zalmay Khalilzad traveled to Doha on Tuesday to warn the Taliban that a government "
        "taking power by force would not be recognised. "
        "The insurgents have captured five of 34 provincial capitals in less than a week. "
        "The US Central Command has said the pullout is 95 percent complete. "
        "The final date of the withdrawal is August 31."
    )
    result = check(verifier, seed_article, summary)
    assert [s.verdict for s in result.sentences] == ["supported"] * 4, [
        s.reasons for s in result.sentences
    ]
    assert all(s.support and s.support[0].similarity > 0.5 for s in result.sentences)


def test_changed_percentage_points_at_the_article_number(
    verifier: Verifier, seed_article: Article
) -> None:
    summary = "The US Central Command has said the pullout is 59 percent complete."
    got = reasons(check(verifier, seed_article, summary), 0)
    start, end = got["number_mismatch"]
    assert seed_article.text[start:end] == "95 percent"


def test_number_nowhere_in_the_article(verifier: Verifier, seed_article: Article) -> None:
    summary = "Zalmay Khalilzad met 40 diplomats in Doha, Qatar."
    got = reasons(check(verifier, seed_article, summary), 0)
    assert got["number_not_in_source"] == (None, None)


def test_shifted_date(verifier: Verifier, seed_article: Article) -> None:
    summary = "Zalmay Khalilzad traveled to Doha, Qatar on Wednesday."
    result = check(verifier, seed_article, summary)
    assert "date_mismatch" in reasons(result, 0)
    ok = check(verifier, seed_article, "Zalmay Khalilzad traveled to Doha, Qatar on Tuesday.")
    assert ok.all_supported


def test_a_date_given_elsewhere_is_still_wrong_for_this_event() -> None:
    text = (
        "Liverpool face Aston Villa in the FA Cup semi-final at Wembley on Sunday. "
        "Brendan Rodgers said the squad trained hard all week. "
        "Jordan Henderson is fit again after a knee injury. "
        "The club's owners met supporters' groups at Anfield. "
        "Ticket prices for next season will be frozen, the club confirmed. "
        "Raheem Sterling was criticised on Monday after a video emerged."
    )
    bad = verify("Liverpool face Aston Villa in the FA Cup semi-final at Wembley on Monday.", text)
    dates = [r for r in bad.sentences[0].reasons if r.type == "date_mismatch"]
    assert dates and text[dates[0].source_start : dates[0].source_end] == "Sunday"
    ok = verify("Liverpool face Aston Villa in the FA Cup semi-final at Wembley on Sunday.", text)
    assert ok.all_supported, ok.sentences[0].reasons


def test_an_ordinary_word_opening_the_sentence_is_not_a_name() -> None:
    text = (
        "Police arrested Adnan Farah, 19, in Minneapolis on charges of supporting terrorism. "
        "A judge insulted the defendant's lawyer during the hearing, observers said."
    )
    # "Suspects" and "Insulted" never occur in the article, but they are plain English words
    assert verify("Suspects Adnan Farah, 19, was arrested in Minneapolis.", text).all_supported
    assert verify("Insulted the defendant's lawyer during the hearing.", text).all_supported
    assert common_english("insulted") and common_english("suspects")
    assert not common_english("darwin") and not common_english("tories")
    bad = verify("Omar Hassan, 19, was arrested in Minneapolis.", text)
    assert "entity_not_in_source" in {r.type for r in bad.sentences[0].reasons}


def test_a_description_speaker_fits_when_its_team_is_named_around_the_speaker() -> None:
    text = (
        "Chelsea beat Stoke 2-1 at Stamford Bridge on Saturday. "
        "Eden Hazard scored the winner for Chelsea in the second half. "
        "Hazard said the fixture list had left him tired. "
        "Arsenal manager Arsene Wenger said his side would rest several players. "
        "The league leaders face Arsenal next weekend."
    )
    ok = verify("Chelsea playmaker said the fixture list had left him tired.", text)
    assert ok.all_supported, ok.sentences[0].reasons
    for wrong in ("Arsenal playmaker", "Arsene Wenger"):
        bad = verify(f"{wrong} said the fixture list had left him tired.", text)
        assert "speaker_mismatch" in {r.type for r in bad.sentences[0].reasons}, wrong


def test_name_not_in_article(verifier: Verifier, seed_article: Article) -> None:
    summary = "Joe Biden traveled to Doha, Qatar to warn the Taliban."
    result = check(verifier, seed_article, summary)
    bad = [r for r in result.sentences[0].reasons if r.type == "entity_not_in_source"]
    assert bad and bad[0].summary_span is not None
    assert summary[bad[0].summary_span[0] : bad[0].summary_span[1]] == "Joe Biden"


def test_dropped_qualifier_is_a_note_unless_strict(seed_article: Article) -> None:
    summary = "Michelle Bachelet said her office had counted 183 deaths among civilians."
    relaxed = check(Verifier(Config()), seed_article, summary)
    assert relaxed.all_supported
    assert [n.type for n in relaxed.sentences[0].notes] == ["qualifier_dropped"]
    strict_cfg = Config()
    strict_cfg.verify.strict_qualifiers = True
    strict = check(Verifier(strict_cfg), seed_article, summary)
    assert "number_mismatch" in reasons(strict, 0)


def test_unrelated_sentence_has_no_support(verifier: Verifier, seed_article: Article) -> None:
    result = check(verifier, seed_article, "Tokyo stocks rose sharply after the earnings season.")
    assert "no_support" in reasons(result, 0)


def test_empty_summary_and_source_text(verifier: Verifier, seed_article: Article) -> None:
    assert verifier.verify("   ", seed_article, split_sentences(seed_article.text)).sentences == ()
    assert verify("No article, no support.", "").sentences[0].verdict == "unsupported"


def test_number_swapped_from_elsewhere_in_the_article(
    verifier: Verifier, seed_article: Article
) -> None:
    """'five' is in the article (five provincial capitals), but not in this slot."""
    summary = "The bombing that targeted Bismillah Khan Mohammadi killed five."
    bad = {r.type: r for r in check(verifier, seed_article, summary).sentences[0].reasons}
    number = bad["number_mismatch"]
    assert seed_article.text[number.source_start : number.source_end] == "eight"
    ok = "The bombing that targeted acting Defense Minister Bismillah Khan Mohammadi killed eight."
    assert check(verifier, seed_article, ok).all_supported


def test_scores_are_numbers_too() -> None:
    text = (
        "Holland beat Spain 2-0 in Amsterdam on Tuesday night. Spain had lost 5-1 to Holland at "
        "the World Cup last summer, a defeat that still hurts."
    )
    swapped = verify("Holland beat Spain 2-5 in Amsterdam on Tuesday.", text)
    assert "number_mismatch" in reasons(swapped, 0)
    assert verify("Holland beat Spain 2-0 in Amsterdam on Tuesday.", text).all_supported


def test_name_swapped_from_elsewhere_in_the_article(
    verifier: Verifier, seed_article: Article
) -> None:
    """Bachelet is in the article, but the spokesman in Doha is Mohammad Naim."""
    base = "The recording was shared on Twitter by the Taliban spokesman in Doha, "
    result = check(verifier, seed_article, base + "Michelle Bachelet.")
    bad = {r.type: r for r in result.sentences[0].reasons}["entity_not_in_source"]
    assert seed_article.text[bad.source_start : bad.source_end] == "Mohammad Naim"
    assert check(verifier, seed_article, base + "Mohammad Naim.").all_supported


def test_speaker_swapped_for_a_name_of_the_article(
    verifier: Verifier, seed_article: Article
) -> None:
    result = check(verifier, seed_article, "Mohammad Naim said the pullout is 95 percent complete.")
    start, end = reasons(result, 0)["speaker_mismatch"]
    assert seed_article.text[start:end] == "the US Central Command"


def test_descriptions_opening_a_sentence_are_not_names(
    verifier: Verifier, seed_article: Article
) -> None:
    summary = "Relatives said the insurgents imposed restrictions on women."
    assert check(verifier, seed_article, summary).all_supported
    text = "READ: Chelsea star Hazard rated best. Turkey said so."
    read = next(sp for sp in name_spans(text, 0, len(text), set()) if text[sp[0] : sp[1]] == "READ")
    assert common_capitalized(text, 0, read, set())
    turkey = next(sp for sp in name_spans(text, 0, len(text), set()) if sp[2] == ["turkey"])
    assert not common_capitalized(text, 38, turkey, {"turkey"})  # the article's name


def test_lower_cased_summaries_find_names_by_the_article_casing(
    verifier: Verifier, seed_article: Article
) -> None:
    text = "the taliban spokesman in doha , michelle bachelet , shared it ."
    spans = lower_name_spans(text, 0, len(text), {"taliban", "doha", "michelle", "bachelet"})
    assert [text[s:e] for s, e, _ in spans] == ["taliban", "doha", "michelle bachelet"]
    summary = (
        "the recording was shared on twitter by the taliban spokesman in doha , michelle bachelet ."
    )
    assert "entity_not_in_source" in reasons(check(verifier, seed_article, summary), 0)


def test_a_bare_full_stop_claims_nothing(verifier: Verifier, seed_article: Article) -> None:
    result = check(verifier, seed_article, ".")
    assert result.all_supported


def q(text: str, value: float, qualifier: str | None = None) -> Quantity:
    return Quantity(text=text, start=0, end=len(text), value=value, qualifier=qualifier)


def test_precision_follows_how_the_number_is_written() -> None:
    assert precision(q("$1.1bn", 1.1e9)) == pytest.approx(1e8)
    assert precision(q("180", 180)) == 0  # a bare integer is exact
    assert precision(q("180", 180, "about")) == pytest.approx(10)
    assert precision(q("3 million", 3e6)) == pytest.approx(1e6)
    assert precision(q("five", 5)) == 0


def test_name_spans() -> None:
    text = 'The State Department said "Police in Kabul" met the Bank of England and I.'
    names = [text[s:e] for s, e, _ in name_spans(text, 0, len(text), {"police"})]
    assert names == ["The State Department", "Kabul", "Bank of England"]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "Khalilzad",
                "said",
                "183",
                "at least",
                "Doha",
                "on Tuesday",
                "the",
                "percent",
                ".",
                "\n",
                "“",
                "Taliban",
                "95",
                "UN",
                "warned",
                ",",
                "capitals",
                "five",
                "August 31",
            ]
        ),
        max_size=25,
    )
)
def test_any_summary_gives_valid_offsets(
    verifier: Verifier, seed_article: Article, words: list[str]
) -> None:
    summary = " ".join(words)
    result = check(verifier, seed_article, summary)
    for s in result.sentences:
        assert s.verdict in ("supported", "unsupported")
        assert (s.verdict == "unsupported") == bool(s.reasons)


def test_windows_hold_a_sentence_and_its_neighbours() -> None:
    import numpy as np

    assert spread_positions(np.array([2]), 5).tolist() == [0, 1, 1, 1, 0]
    assert spread_positions(np.array([0, 4]), 5).tolist() == [1, 1, 0, 1, 1]
    assert spread_positions(np.array([], dtype=np.int64), 3).tolist() == [0, 0, 0]


def test_decision_layer_matches_its_features() -> None:
    model = _decision_model()
    evidence = {
        "rule": 1.0,
        "gap": 0.5,
        "cover_own": 0.4,
        "cover_best": 0.9,
        "near_own": 0.3,
        "near_best": 0.6,
        "freq": 0.1,
        "slot_gap": 0.7,
        "words": 2.0,
        "ctx_own": 0.0,
        "ctx_other": 0.5,
        "cooc": -1.0,
        "adj_own": 1.0,
        "adj_own_any": 2.0,
        "adj_other": 3.0,
        "same_text": 1.0,
    }
    for check in ("name", "number"):
        weights, threshold = model[check]
        assert len(weights) == len(decision_features(check, evidence))
        assert 0 < threshold < 1


def test_swapped_name_in_the_supporting_sentence_is_caught_by_its_neighbours() -> None:
    text = (
        "Jurgen Klopp will leave Borussia Dortmund at the end of the season. "
        "Klopp has been linked with Manchester City, Manchester United and Arsenal. "
        "The German won two league titles with Dortmund."
    )
    assert verify("Klopp has been linked with Manchester City and Arsenal.", text).all_supported
    # each swapped-in name is in the next or the previous sentence, next to other words
    for line, name in (
        (
            "Manchester United will leave Borussia Dortmund at the end of the season.",
            "Manchester United",
        ),
        (
            "Borussia Dortmund has been linked with Manchester City and Arsenal.",
            "Borussia Dortmund",
        ),
    ):
        reasons = verify(line, text).sentences[0].reasons
        assert [(r.type, line[r.summary_span[0] : r.summary_span[1]]) for r in reasons] == [
            ("entity_not_in_source", name)
        ]


def test_name_threshold_from_the_config_trades_recall_for_false_alarms() -> None:
    text = (
        "Jurgen Klopp will leave Borussia Dortmund at the end of the season. "
        "Klopp has been linked with Manchester City, Manchester United and Arsenal."
    )
    # The decision layer judges this slot: no certain rule (slot-type clash, anchored or
    # subject slot) holds "Manchester United" in Klopp's place here.
    line = "Borussia Dortmund will lose Manchester United at the end of the season."
    assert not verify(line, text).all_supported
    lenient = Config.model_validate({"verify": {"name_threshold": 0.999}})
    assert verify(line, text, lenient).all_supported
    # A name in the slot the article gives another name of its type, with the same words
    # around it, is a certain swap, which no threshold lets through (name_slots.py).
    subject_swap = "Manchester United will leave Borussia Dortmund at the end of the season."
    assert not verify(subject_swap, text, lenient).all_supported
    with pytest.raises(ValidationError):
        Config.model_validate({"verify": {"name_threshold": 1.5}})


def test_short_forms_of_given_names() -> None:
    assert short_form("alex", {"alexander", "soumbadze"})
    assert not short_form("al", {"alexander"})
    assert not short_form("joe", {"alexander"})


def test_ordinals_and_years_written_as_dates_support_numbers() -> None:
    text = (
        "Lauren Davis, ranked 66th in the world, beat Eugenie Bouchard in Charleston on Tuesday. "
        "Between 2011 and 2051, the UK population will rise by ten million, researchers said."
    )
    assert verify("World No 66 Davis beat Bouchard in Charleston.", text).all_supported
    ok = verify("Between 2011 and 2051 the UK population will rise by ten million.", text)
    assert ok.all_supported, ok.sentences[0].reasons
    bad = verify("World No 12 Davis beat Bouchard in Charleston.", text)
    assert not bad.all_supported


def test_rules_without_the_decision_layer_still_flag_the_seed_errors(seed_text: str) -> None:
    cfg = Config()
    cfg.verify.decision = False
    summary = (
        "The UN human rights chief said her office had counted at least 138 deaths among "
        "civilians in recent weeks. The State Department said the pullout is 95 percent complete."
    )
    result = verify(summary, seed_text, cfg)
    types = [{r.type for r in s.reasons} for s in result.sentences]
    assert "number_mismatch" in types[0] and "speaker_mismatch" in types[1]


# ------------------------------------------------------------------------------ score, threshold


def test_every_sentence_and_the_summary_get_a_calibrated_score(
    verifier: Verifier, seed_article: Article
) -> None:
    summary = "At least 138 people have died. Zalmay Khalilzad traveled to Doha on Tuesday."
    result = check(verifier, seed_article, summary)
    scores = [s.score for s in result.sentences]
    assert all(s is not None and 0.0 <= s <= 1.0 for s in scores)
    assert scores[0] is not None and scores[1] is not None and scores[0] > scores[1]
    assert result.score is not None and result.score >= scores[1]
    assert result.sentences[0].verdict == "unsupported"
    data = result.to_dict()
    assert data["score"] == round(result.score, 4)
    assert data["sentences"][0]["score"] == round(scores[0], 4)


def test_threshold_sets_where_unsupported_begins(seed_article: Article) -> None:
    """Above every score, the reasons stay visible as notes and nothing is unsupported."""
    summary = "At least 138 people have died."
    strict = Verifier(Config.model_validate({"verify": {"threshold": 0.999999}}))
    result = check(strict, seed_article, summary)
    assert result.all_supported
    assert [n.type for n in result.sentences[0].notes] == ["number_mismatch"]
    lax = Verifier(Config.model_validate({"verify": {"threshold": 0.01}}))
    assert not check(lax, seed_article, summary).all_supported


def test_score_model_names_its_features_and_version() -> None:
    from factkit.verification.score import FEATURES, FORMAT_VERSION, SCORE_FILE, score_model

    raw = json.loads(resources.files("factkit.models").joinpath(SCORE_FILE).read_text())
    assert raw["format_version"] == FORMAT_VERSION and tuple(raw["features"]) == FEATURES
    assert len(score_model().weights) == len(FEATURES)


# ------------------------------------------------------------------------------ boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "CLICK HERE for all the latest Manchester United news",
        "Scroll down for video.",
        "READ MORE: The full story",
        "\u201cRead: Chelsea star Hazard rated Europe's best midfielder",
    ],
)
def test_boilerplate_is_reported_and_supported_by_default(
    verifier: Verifier, seed_article: Article, line: str
) -> None:
    result = check(verifier, seed_article, line)
    assert result.all_supported
    assert [n.type for n in result.sentences[0].notes] == ["boilerplate"]


def test_boilerplate_unsupported_setting(seed_article: Article) -> None:
    strict = Verifier(Config.model_validate({"verify": {"boilerplate_unsupported": True}}))
    result = check(strict, seed_article, "Click here for more transfer news.")
    assert not result.all_supported
    assert [r.type for r in result.sentences[0].reasons] == ["boilerplate"]
    assert result.sentences[0].score == 1.0


@pytest.mark.parametrize(
    "heading", ["# Summary", "Key Points", "**Key points:**", "Highlights:", "=======", "* * *"]
)
def test_a_summary_heading_is_a_note_without_a_score(
    verifier: Verifier, seed_article: Article, heading: str
) -> None:
    from factkit.verification.score import score_model

    # "Key Points" alone read as an absent name and had no support: unsupported, exit 1
    claim = "The UN human rights chief said her office had counted at least 183 deaths."
    result = check(verifier, seed_article, f"{heading}\n\n{claim}")
    label, stated = result.sentences
    assert result.all_supported
    assert [n.type for n in label.notes] == ["boilerplate"]
    assert any(w in label.notes[0].detail for w in ("a heading of the summary", "without words"))
    # it states nothing, so it neither has a score nor raises the summary's: the summary's
    # score is that of its one stated sentence
    assert label.score is None and stated.score is not None
    assert result.score == pytest.approx(score_model().summary([stated.score]))
    assert stated.notes == () and stated.reasons == ()


def test_a_summary_heading_counts_under_the_boilerplate_setting(seed_article: Article) -> None:
    strict = Verifier(Config.model_validate({"verify": {"boilerplate_unsupported": True}}))
    result = check(strict, seed_article, "Key points:")
    assert [r.type for r in result.sentences[0].reasons] == ["boilerplate"]
    assert result.sentences[0].score == 1.0


# ------------------------------------------------------------------------------ references, numbers


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The Frenchman scored twice.", "The Frenchman", True),
        ("He joined the England winger on the bench.", "England", True),
        ("The Portuguese side won.", "The Portuguese", True),
        ("Chelsea won the league.", "Chelsea", False),
        ("He moved to the Chelsea.", "Chelsea", False),
        ("A statement from the White House followed.", "White House", False),
    ],
)
def test_descriptions_and_demonyms_are_references(text: str, span: str, expected: bool) -> None:
    from factkit.verification.references import is_description

    start = text.index(span)
    assert is_description(text, start, start + len(span)) is expected


def test_clipped_forms_of_a_name() -> None:
    from factkit.verification.references import short_form_of

    assert short_form_of("hibernian", {"hibs"}) and short_form_of("hibs", {"hibernian"})
    assert not short_form_of("chelsea", {"chelsea", "arsenal"})
    assert not short_form_of("al", {"alan"})


def test_scorelines_the_article_gives_either_way_round() -> None:
    from factkit.verification.number_scorelines import (
        article_scorelines,
        supported_scoreline_numbers,
    )

    article = "Stoke lost 1-2 at home on 12-05-2014. A 3 \u2013 0 win followed in 1999-2000."
    assert article_scorelines(article) == {(1, 2), (2, 1), (3, 0), (0, 3)}
    summary = "City beat Stoke 2-1 and then won 3-0, not 4-0."
    spans = supported_scoreline_numbers(summary, 0, len(summary), article)
    assert [summary[a:b] for a, b in spans] == ["2-1", "3-0"]


def test_a_scoreline_the_article_gives_is_supported(verifier: Verifier) -> None:
    article = article_from_text(
        "Stoke City were beaten 2-1 by Everton at the Britannia Stadium on Saturday. "
        "Romelu Lukaku scored the winner in the 87th minute after a long spell of pressure."
    )
    result = check(verifier, article, "Everton beat Stoke City 2-1 at the Britannia Stadium.")
    assert not any(r.type.startswith("number") for r in result.sentences[0].reasons)


def test_a_description_is_never_not_in_source(verifier: Verifier) -> None:
    article = article_from_text(
        "Franck Ribery scored twice as Bayern Munich beat Porto 6-1 on Tuesday night. "
        "The winger, 32, has been with the club since 2007 and said he was delighted."
    )
    result = check(verifier, article, "The Frenchman scored twice as Bayern beat Porto.")
    assert "entity_not_in_source" not in reasons(result, 0)


def test_ages_as_news_writes_them() -> None:
    from factkit.verification.number_ages import article_ages, find_ages, judge_ages

    article = (
        "The 39-year-old actress Elle King arrived first. Bob (45) was aged 60 in the film. "
        "Hours later the organisers said that Jane Doe, 27, had joined. It cost 51,000."
    )
    assert set(article_ages(article)) == {27.0, 39.0, 45.0, 60.0}
    found = []
    for summary in ("Elle, 39, left.", "A 27-year-old left.", "Tim, 51, left.", "Bob, 27, left."):
        judged = judge_ages(summary, 0, len(summary), find_ages(summary), article)
        found += [summary[age.start : age.end] for age, rival in judged if rival is None]
    assert sorted(found) == ["27", "39"]  # Bob is 45, not 27; nobody is 51


def test_demonyms_are_unjudged_references_and_modifiers_are_held_to_their_slot() -> None:
    from factkit.verification.references import description_kind

    assert description_kind("The Frenchman scored.", 0, 13) == "demonym"
    assert description_kind("He met the England winger.", 11, 18) == "modifier"
    assert description_kind("He met the Taliban.", 11, 18) is None


def test_verification_json_with_scores_and_boilerplate_matches_the_schema(
    verifier: Verifier, seed_article: Article
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from factkit.document import Verification
    from factkit.render.to_json import contract_schema

    result = check(verifier, seed_article, "CLICK HERE for more. At least 138 people have died.")
    assert [n.type for n in result.sentences[0].notes] == ["boilerplate"]
    jsonschema.validate(result.to_dict(), contract_schema(Verification))
