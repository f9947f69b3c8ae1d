"""factkit.verification.checks.numbers: derived numbers are supported (rounding past a bound,
fractions for percentages, sums and differences, times of day, ages in another form, numbers
a tokenizer spaced out), while a wrong number, a swapped age and a changed scoreline are
flagged with spans into the summary and the article."""

from __future__ import annotations

import pytest

from factkit.config import Config
from factkit.document import Quantity, Verification
from factkit.ingest import article_from_text
from factkit.split import split_sentences
from factkit.verification import Verifier
from tests.verification.checks.conftest import reported


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(Config())


def number_reasons(verifier: Verifier, article_text: str, summary: str) -> list[tuple[str, str]]:
    """(type, summary words) of the number reasons and notes against ``summary``; every span
    checked to point into the summary and the article."""
    article = article_from_text(article_text)
    result: Verification = verifier.verify(summary, article, split_sentences(article.text))
    out = []
    for s in result.sentences:
        for r in (*s.reasons, *s.notes):
            if not r.type.startswith("number"):
                continue
            assert r.summary_span is not None
            a, b = r.summary_span
            assert s.start <= a < b <= s.end
            if r.source_start is not None:
                assert r.source_end is not None and 0 <= r.source_start < r.source_end
                assert article.text[r.source_start : r.source_end].strip()
            out.append((str(r.type), summary[a:b]))
    return out


FRAUD = (
    "A former footballer has appeared in court in Belfast on Monday. "
    "He was charged with stealing £572,206 from a quarry company based in Kilrea. "
    "The court heard that the money was taken over a period of three years."
)


def test_a_bound_the_article_number_passes_is_supported(verifier: Verifier) -> None:
    summary = "A former footballer was charged with stealing more than £500,000 from a quarry."
    assert number_reasons(verifier, FRAUD, summary) == []


def test_a_wrong_bound_is_still_flagged(verifier: Verifier) -> None:
    summary = "A former footballer was charged with stealing more than £300,000 from a quarry."
    assert [t for t, _ in number_reasons(verifier, FRAUD, summary)] == ["number_mismatch"]


def test_an_upper_bound_is_no_value_far_below_it(verifier: Verifier) -> None:
    # "up to 100,000" written with one digit is worth all of 100,000: 10 is no rounding of it
    article = "Dunn was charged on Monday. He faces a maximum of 10 years in prison if guilty."
    wrong = "He faces a maximum of 100,000 years in prison."
    assert [t for t, _ in number_reasons(verifier, article, wrong)] == ["number_mismatch"]
    assert number_reasons(verifier, article, "He faces up to 10 years in prison.") == []
    assert number_reasons(verifier, FRAUD, "He is accused of stealing up to £600,000.") == []


SURVEY = (
    "A survey of British adults was published by the charity on Tuesday. "
    "It found that 48 per cent of adults had not read a book in the past year. "
    "The charity said the figure had risen sharply since the last survey in 2010."
)


def test_a_fraction_in_words_for_a_percentage(verifier: Verifier) -> None:
    summary = "About half of adults had not read a book in the past year, the survey found."
    assert number_reasons(verifier, SURVEY, summary) == []


CRICKET = (
    "Surrey reached the One-Day Cup final at Lord's on Sunday. "
    "Surrey made 250 runs in their 50 overs and Yorkshire managed 226 runs in reply. "
    "Steven Davies top-scored for the winners with a fine innings."
)


def test_a_difference_of_the_article_numbers_is_supported(verifier: Verifier) -> None:
    summary = "Surrey beat Yorkshire by 24 runs to reach the One-Day Cup final at Lord's."
    assert number_reasons(verifier, CRICKET, summary) == []


def test_a_number_no_sum_or_difference_gives_is_flagged(verifier: Verifier) -> None:
    summary = "Surrey beat Yorkshire by 31 runs to reach the One-Day Cup final at Lord's."
    assert [w for _, w in number_reasons(verifier, CRICKET, summary)] == ["31"]


SHIP = (
    "The cruise ship was battered by a storm off the coast of Sydney on Tuesday. "
    "The ship, carrying 2,500 holidaymakers, docked at the Overseas Passenger Terminal "
    "at around 10am. One crew member has been working here for 10 years."
)


def test_a_time_of_day_in_another_form(verifier: Verifier) -> None:
    summary = "The ship, carrying 2,500 holidaymakers, docked at the terminal at around 10 am."
    assert number_reasons(verifier, SHIP, summary) == []


AGES = (
    "Emma Jackson, 28, from Hull was subjected to a campaign of terror by her neighbour. "
    "Unemployed Mark Ray, 56, made threats and went on expletive-laden rants at her. "
    "She recently turned 51, and Elle Macpherson says she still trains every day."
)


def test_an_age_in_another_form_is_supported(verifier: Verifier) -> None:
    summary = "Elle, 51, says she still trains every day."
    assert number_reasons(verifier, AGES, summary) == []


def test_a_swap_between_two_people_is_caught(verifier: Verifier) -> None:
    summary = "Emma Jackson, 56, from Hull was subjected to a campaign of terror."
    assert number_reasons(verifier, AGES, summary) == [("number_mismatch", "56")]


# a player profile writes the age as a label; the summary writes it "the 27-year-old", which
# the quantity finder reads as "27-year" (longer than the age's digits)
PROFILE = (
    "Alberto Bueno could soon move to Porto from Rayo Vallecano. "
    "With 17 goals he is the highest-scoring Spaniard in La Liga this season. "
    "AGE: 27. CLUBS (League record only) Real Madrid (2006-09): 97 apps, 22 goals."
)


def test_an_age_label_supports_a_year_old_age(verifier: Verifier) -> None:
    summary = "The 27-year-old is the highest-scoring Spaniard in La Liga."
    assert number_reasons(verifier, PROFILE, summary) == []


def test_a_year_old_age_the_label_does_not_give_is_flagged(verifier: Verifier) -> None:
    summary = "The 22-year-old is the highest-scoring Spaniard in La Liga."
    assert [w for _, w in number_reasons(verifier, PROFILE, summary)] == ["22-year"]


TOKENIZED = (
    "The railway was used as the setting for a film that caused anger in the town. "
    "The film has now been viewed more than 235, 000 times on the website. "
    "Barcelona will make a £50m offer for the midfielder, the paper says."
)


def test_numbers_a_tokenizer_spaced_out(verifier: Verifier) -> None:
    assert (
        number_reasons(verifier, TOKENIZED, "The film has been viewed more than 235,000 times.")
        == []
    )
    assert number_reasons(verifier, TOKENIZED, "Barcelona will make a £ 50 m offer.") == []
    wrong = number_reasons(verifier, TOKENIZED, "The film has been viewed more than 735,000 times.")
    assert [t for t, _ in wrong] == ["number_mismatch"]


ANIMALS = (
    "Police raided a house in Arizona on Friday after complaints from neighbours. "
    "More than 70 animals were found living in 18 cages in disgusting conditions. "
    "The owner, who has not been named, is expected to face charges next week."
)


# the 70 animals are in the sentence before the one the rest of the summary rests on
ANIMALS_APART = (
    "More than 70 animals have been seized from a filthy mobile home in Wittmann. "
    "Officers found 54 dogs and 18 cats living in disgusting, cramped conditions in Arizona. "
    "The owner, who has not been named, is expected to face charges next week."
)


@pytest.mark.parametrize(
    ("article", "right"),
    [
        (ANIMALS, "More than 70 animals were found living in 18 cages in Arizona."),
        # the noun that 18 counts is in the sentence before
        (ANIMALS_APART, "More than 70 animals were seized from a filthy mobile home in Wittmann."),
    ],
)
def test_a_number_moved_to_another_noun_is_caught(
    verifier: Verifier, article: str, right: str
) -> None:
    summary = "More than 18 animals were found living in disgusting conditions in Arizona."
    assert [w for _, w in number_reasons(verifier, article, summary)] == ["18"]
    assert number_reasons(verifier, article, right) == []


MILLIONS = (
    "Crystal Palace's starting XI on Monday night was worth a mere £17m in transfer fees. "
    "Manchester City's bench alone cost more than £40m, the club's accounts show."
)


def test_a_sum_written_with_another_scale_word_is_the_same_text() -> None:
    summary = "Crystal Palace's starting XI cost just £17million."
    assert number_reasons(Verifier(Config()), MILLIONS, summary) == []


HIKE = (
    "The family left the White House about 15 minutes ago and hiked at Great Falls Park. "
    "The 50-minute trek concluded as a light drizzle began."
)


def test_how_long_ago_is_no_rival_for_how_long() -> None:
    summary = "The family hiked at Great Falls Park for around 50 minutes until a light rain."
    assert number_reasons(Verifier(Config()), HIKE, summary) == []
    wrong = "The family hiked at Great Falls Park for around 90 minutes until a light rain."
    assert [t for t, _ in number_reasons(Verifier(Config()), HIKE, wrong)] != []


def test_the_noun_a_number_counts_is_in_the_slot_evidence() -> None:
    verifier = Verifier(Config())
    verifier.trace = []
    article = article_from_text(ANIMALS)
    summary = "More than 18 animals were found living in disgusting conditions in Arizona."
    verifier.verify(summary, article, split_sentences(article.text))
    [slot] = [ev for ev in verifier.trace if ev["check"] == "number"]
    assert summary[int(slot["span_start"]) : int(slot["span_end"])] == "18"
    # "18" counts animals here, cages in the article, whose 70 counts the animals
    assert [slot[k] for k in ("counted", "noun_own", "noun_rival", "noun_moved")] == [1, 0, 1, 1]


def test_a_range_end_is_held_against_the_article_range(verifier: Verifier) -> None:
    article = (
        "Altice could face up to 45 years in prison when she is sentenced next month. "
        "Each count carries a possible sentence of 1 to 15 years in prison, a prosecutor said."
    )
    wrong = "Each count against the teacher carries 1 to 45 years in prison."
    assert number_reasons(verifier, article, wrong) == [("number_mismatch", "45 years")]
    right = "Each count against the teacher carries 1 to 15 years in prison."
    assert number_reasons(verifier, article, right) == []


def test_a_time_offset_is_no_duration(verifier: Verifier) -> None:
    article = (
        "The Obamas left the White House for a family hike in Great Falls Park on Sunday. "
        "'The president left for a hike in Great Falls Park about 15 minutes ago,' tweeted a "
        "reporter. The family walked for around 50 minutes before a light rain came."
    )
    summary = "The president and his family hiked in Great Falls Park for around 15 minutes."
    assert number_reasons(verifier, article, summary) == [("number_not_in_source", "15 minutes")]


def test_a_hyphened_count_is_no_measurement(verifier: Verifier) -> None:
    article = (
        "Sydney is bracing for more wild weather. The Carnival Spirit was returning from a "
        "12-night cruise to New Caledonia but has been stopped by the huge waves. Weather "
        "conditions are expected to worsen in the afternoon with damaging winds on the way, "
        "forecasters said. Gusts could reach 100kph."
    )
    summary = "Weather conditions are expected to worsen in the afternoon with 12kph winds."
    # not the article's "12" in another context: it gives no 12 of any measure
    assert number_reasons(verifier, article, summary) == [("number_not_in_source", "12kph")]


def test_a_lone_one_is_no_rival(verifier: Verifier) -> None:
    article = (
        "The Community Technology Alliance finds homeless people who would benefit the most "
        "from having one. So far they have given out 100 of the 1,000 handsets they have been "
        "given."
    )
    summary = "The Community Technology Alliance has given 100 free phones to homeless people."
    assert number_reasons(verifier, article, summary) == []


def test_a_changed_number_in_the_article_words_is_no_derived_one(verifier: Verifier) -> None:
    article = (
        "Crystal Palace's XI may only have been worth a mere £17m, but a City defence was deemed "
        "good enough to keep £40m signing Eliaquim Mangala on the bench."
    )
    # 23 is 40 - 17, but the article writes these very words with £40m
    summary = "£23m signing Eliaquim Mangala was left on the bench."
    assert number_reasons(verifier, article, summary) == [("number_mismatch", "£23m")]


def test_a_hyphened_number_is_no_age(verifier: Verifier) -> None:
    article = (
        "She's been living in New York for a year now, and it seems that Princess Eugenie is "
        "right at home in the city. The 25-year-old cousin of Princes William and Harry was seen "
        "texting on her mobile. If that wasn't enough, the prince got his 400-strong audience in "
        "the State Apartments at St James's Palace to sing Happy Birthday. Princess Eugenie, who "
        "recently turned 25, was engrossed in her phone."
    )
    summary = "Princess, 400, spotted in bowler hat on streets of New York."
    parsed = article_from_text(article)
    result = verifier.verify(summary, parsed, split_sentences(parsed.text))
    (reason,) = [r for s in result.sentences for r in s.reasons if r.type.startswith("number")]
    assert reason.type == "number_not_in_source"
    assert "it gives '400-strong'" in reason.detail


def flagged(verifier: Verifier, article_text: str, summary: str) -> bool:
    article = article_from_text(article_text)
    return not verifier.verify(summary, article, split_sentences(article.text)).all_supported


ELEVATION = (
    "The time lapse footage speeds along the 9km long electrified track. The track leads from "
    "Kleine Scheidegg to Jungraujoch and stands at an elevation of 2061m and 3454m "
    "respectively. Building it took 16 years."
)


def test_a_number_swapped_inside_a_respectively_list_is_caught(verifier: Verifier) -> None:
    swapped = "The track runs from Kleine Scheidegg (2061m) to Jungraujoch (2061m)"
    assert number_reasons(verifier, ELEVATION, swapped) == [("number_mismatch", "2061m")]
    assert flagged(verifier, ELEVATION, swapped)
    right = "The track climbs to Jungraujoch (3454m) from Kleine Scheidegg (2061m)."
    assert number_reasons(verifier, ELEVATION, right) == []


def test_a_respectively_number_within_tolerance_of_another_names_is_caught(
    verifier: Verifier,
) -> None:
    # 3459m is within the number check's tolerance of Jungraujoch's 3454m, not of 2061m
    changed = "The track runs from Kleine Scheidegg (3459m) to Jungraujoch (3454m)"
    assert number_reasons(verifier, ELEVATION, changed) == [("number_mismatch", "3459m")]
    assert flagged(verifier, ELEVATION, changed)


TENNIS = (
    "Eugenie Bouchard's poor run continued as the top seed was beaten 6-3, 6-1 by American "
    "Lauren Davis in the second round in Charleston on Wednesday. Davis had lost her only "
    "meeting with Bouchard, but was in control this time against the world No 7. 'I had "
    "nothing to lose,' said Davis, ranked 66th in the world."
)


def test_a_rank_is_held_against_the_article_ranks(verifier: Verifier) -> None:
    # the 3 of "6-3" is no rank
    swapped = "World No 3 Davis won 6-3, 6-1 in the second round in Charleston."
    assert number_reasons(verifier, TENNIS, swapped) == [("number_mismatch", "3")]
    assert flagged(verifier, TENNIS, swapped)
    right = "World No 66 Davis beat the world No 7 in the second round in Charleston."
    assert number_reasons(verifier, TENNIS, right) == []


SUBSTITUTED = (
    "Eden Hazard admitted he was tired after he was substituted just 62 minutes into "
    "Belgium's win over Israel on Tuesday. But as Belgium struggled to a 1-0 win over Israel, "
    "Hazard was withdrawn by manager Marc Wilmots with 28 minutes to go. Hazard was "
    "substituted with 28 minutes in Belgium's 1-0 win over Israel in Jerusalem on Tuesday."
)


def test_time_gone_is_not_time_left(verifier: Verifier) -> None:
    swapped = "Eden Hazard was substituted 28 minutes into Belgium's win in Israel."
    assert number_reasons(verifier, SUBSTITUTED, swapped) == [("number_mismatch", "28 minutes")]
    assert flagged(verifier, SUBSTITUTED, swapped)
    for right in (
        "Eden Hazard was substituted 62 minutes into Belgium's win in Israel.",
        "Eden Hazard was taken off with 28 minutes to go in Belgium's win in Israel.",
    ):
        assert number_reasons(verifier, SUBSTITUTED, right) == []


JUSTICE = (
    "The mother of a boy killed by two teenagers says she still wants justice. Kirsty Fenton's "
    "son Daniel was killed in Leeds in 1995. One of the killers was freed in 2003, having "
    "served eight years of a life sentence, but was recalled in 2012 after a burglary. The "
    "other, who was also freed in 2003, was given a new name. Asked if, after 20 years, she "
    'should move on, Mrs Fenton said: "Why should I?"'
)


def test_the_years_since_an_event_are_not_a_spell_served(verifier: Verifier) -> None:
    # the article's eight years are a sentence a killer served, not the time since the death
    swapped = "Daniel's mother says she still wants justice 8 years after her son's death."
    assert number_reasons(verifier, JUSTICE, swapped) == [("number_mismatch", "8 years")]
    assert flagged(verifier, JUSTICE, swapped)
    right = "Daniel's mother says she still wants justice 20 years after her son's death."
    assert number_reasons(verifier, JUSTICE, right) == []
    # a spell told as a spell is the article's spell
    served = "One of Daniel's killers served 8 years of a life sentence."
    assert number_reasons(verifier, JUSTICE, served) == []


GROOMING = (
    "A paedophile was caught by police after grooming a girl he believed to be 14. Married "
    "Adeli, 32, arranged to meet her after sending messages online. Jafar Adeli was arrested "
    "at a bus station after thinking he was going to meet a 14-year-old girl for sex."
)


def test_a_new_person_aged_as_somebody_else_is_caught(verifier: Verifier) -> None:
    # "a 32-year-old girl" is the girl, not Adeli, whom the article gives 32
    swapped = "Jafar Adeli thought he had been chatting to a 32-year-old girl he met online."
    assert [t for t, _ in number_reasons(verifier, GROOMING, swapped)] == ["number_mismatch"]
    right = "Jafar Adeli, 32, thought he was chatting to a 14-year-old girl he met online."
    assert number_reasons(verifier, GROOMING, right) == []


CHARGED = (
    "Six men were charged on Monday. Charged are Mohamed Abdihamid Farah, 21; Adnan Abdihamid "
    "Farah, 19; Abdurahman Yasin Daud, 21; and Guled Ali Omar, 20. The men had planned to "
    "travel to Syria."
)


def test_an_age_goes_with_the_whole_name_not_a_shared_surname(verifier: Verifier) -> None:
    swapped = "Suspects Adnan Abdihamid Farah, 21; and Guled Ali Omar, 20 were charged."
    assert [t for t, _ in number_reasons(verifier, CHARGED, swapped)] == ["number_mismatch"]
    right = "Suspects Adnan Abdihamid Farah, 19; and Mohamed Abdihamid Farah, 21 were charged."
    assert number_reasons(verifier, CHARGED, right) == []


HOUSES = (
    "Homes with a Waitrose nearby cost 12 per cent more – or £38,831 – than those in "
    "surrounding areas that weren't near a branch. Researchers found that homes in Clifton, "
    "which enjoy access to a Waitrose, cost £392,961 on average."
)


def test_an_amount_is_no_difference(verifier: Verifier) -> None:
    swapped = "Study found houses cost £392,961 more than homes without the shop."
    assert number_reasons(verifier, HOUSES, swapped) == [("number_mismatch", "£392,961")]
    assert flagged(verifier, HOUSES, swapped)
    right = "Homes near a Waitrose cost £38,831 more than those in surrounding areas."
    assert number_reasons(verifier, HOUSES, right) == []


LIGHTNING = (
    "Volcanic lightning may have shaped the early Earth. Ash could have helped decrease "
    "global temperatures by between 0.05°C to 0.12°C over the past 15 years. A bolt of "
    "volcanic lightning can heat the surrounding air to more than 3,000°C, according to the "
    "researchers from the University of Alabama."
)


def test_a_number_that_took_another_numbers_words_is_caught() -> None:
    # the article gives 0.12°C, but as a fall in global temperatures, not the heated air
    verifier = Verifier(Config())
    article = article_from_text(LIGHTNING)
    moved = []
    for summary in (
        "Lightning can heat surrounding air to 0.12°C, researchers from Alabama found.",
        "Lightning can heat surrounding air to more than 3,000°C, researchers from Alabama found.",
    ):
        verifier.trace = []
        result = verifier.verify(summary, article, split_sentences(article.text))
        [slot] = [ev for ev in verifier.trace if ev["check"] == "number"]
        reasons = [
            (str(r.type), summary[r.summary_span[0] : r.summary_span[1]])
            for s in result.sentences
            for r in s.reasons
            if r.summary_span and r.type.startswith("number")
        ]
        moved.append((slot["words_moved"], reasons))
    assert moved == [(1.0, [("number_mismatch", "0.12°C")]), (0.0, [])]


PENSIONS = (
    "People who have never divorced can expect a retirement income 13 per cent higher than "
    "those who have. It means an extra £2,100 a year – £17,800 rather than £15,700 – to anyone "
    "who has kept their marriage intact, according to the survey."
)


def test_a_number_in_another_numbers_very_words_is_caught(verifier: Verifier) -> None:
    # the article gives £15,700, but "an extra ... a year" is the £2,100's
    swapped = "Anyone who kept their marriage intact gets an extra £15,700 a year."
    assert number_reasons(verifier, PENSIONS, swapped) == [("number_mismatch", "£15,700")]
    right = "Anyone who kept their marriage intact gets an extra £2,100 a year."
    assert number_reasons(verifier, PENSIONS, right) == []


SELFIE = (
    "Food blogger Tom Hart, 37, posted a photo of his finger touching the tower. Since then "
    "over 100 edited pictures have been uploaded by fans. The 37-year-old said he found the "
    "pictures hilarious."
)


def test_a_count_the_article_gives_only_as_an_age_is_caught(verifier: Verifier) -> None:
    # the article's only 37s are his age: no count of photos
    swapped = "Tom Hart posted 37 photos of his finger touching the tower."
    assert number_reasons(verifier, SELFIE, swapped) == [("number_mismatch", "37")]
    for right in (
        "Over 100 edited pictures have been uploaded by fans of the food blogger.",
        "Food blogger Tom Hart, 37, posted a photo of his finger touching the tower.",
    ):
        assert number_reasons(verifier, SELFIE, right) == []


def test_an_age_the_article_gives_only_as_a_count_is_caught(verifier: Verifier) -> None:
    # the article's only 22 counts crimes; his age is 52
    article = (
        "Ray Dunn fought extradition for five years. The 52-year-old, who is wanted for 22 "
        "crimes in Lithuania, claimed he was mentally ill."
    )
    swapped = "Ray Dunn, 22, is wanted for 22 crimes in Lithuania."
    assert ("number_mismatch", "22") in number_reasons(verifier, article, swapped)
    right = "Ray Dunn, 52, is wanted for 22 crimes in Lithuania."
    assert number_reasons(verifier, article, right) == []


def test_a_larger_count_the_article_leaves_bare_is_caught(verifier: Verifier) -> None:
    # the article's 311 is a helpline's number and counts nothing: the complaints are 133
    article = (
        "Neighbours complained about the noise for months. New York's 311 helpline recorded "
        "133 complaints about loud parties last year, the city said."
    )
    swapped = "The city's helpline recorded 311 complaints about loud parties."
    assert number_reasons(verifier, article, swapped) == [("number_mismatch", "311")]
    right = "The city's helpline recorded 133 complaints about loud parties."
    assert number_reasons(verifier, article, right) == []


def test_an_amount_the_article_gives_only_as_an_age_is_caught(verifier: Verifier) -> None:
    article = (
        "Grant Allen, 38, of Harlow, was jailed for fraud. He spent £30,000 on holidays with "
        "his girlfriend between 2006 and 2010, the court heard."
    )
    swapped = "Grant Allen, 38, spent £38 on holidays with his girlfriend."
    assert ("number_mismatch", "£38") in number_reasons(verifier, article, swapped)
    right = "Grant Allen, 38, spent £30,000 on holidays with his girlfriend."
    assert number_reasons(verifier, article, right) == []


PARKING = (
    "Barry Beavis lost his challenge to an £85 fine for overstaying in a car park. He had "
    "parked at a retail park in Chelmsford. Motoring groups said the judges who dismissed the "
    "challenge earn more than £200,000 a year."
)


def test_an_amount_whose_noun_is_another_amounts_is_caught(verifier: Verifier) -> None:
    # the judges' £200,000 is a salary: the fine is the £85
    swapped = "Motoring groups said judges who dismissed the challenge to a £200,000 fine erred."
    assert number_reasons(verifier, PARKING, swapped) == [("number_mismatch", "£200,000")]
    right = "Motoring groups said judges who dismissed the challenge to an £85 fine erred."
    assert number_reasons(verifier, PARKING, right) == []


VOLUNTEERING = (
    "The Prime Minister today announced plans to give millions of workers three days paid "
    "leave a year to do volunteer work. The good deeds scheme will only affect firms with at "
    "least 250 staff, an estimated 10 million workers."
)


def test_a_unit_after_a_describing_word_is_the_bare_units(verifier: Verifier) -> None:
    from factkit.verification.number_units import described_unit

    def measurement(unit: str) -> bool:
        return unit in {"days", "square miles", "miles"}

    assert described_unit("paid days", "days", measurement)
    assert not described_unit("square miles", "miles", measurement)
    right = "The Prime Minister wants workers to have three paid days off to do good deeds."
    assert number_reasons(verifier, VOLUNTEERING, right) == []
    wrong = "The Prime Minister wants workers to have five paid days off to do good deeds."
    assert number_reasons(verifier, VOLUNTEERING, wrong) != []


def test_a_number_flagged_in_its_own_slot_is_not_said_to_be_elsewhere(verifier: Verifier) -> None:
    # the article's 18 stands in this very passage (counting cages): "only in another
    # context" would send an editor looking elsewhere
    summary = "More than 18 animals were found living in disgusting conditions in Arizona."
    result = verifier.verify(summary, article_from_text(ANIMALS), split_sentences(ANIMALS))
    [reason] = [r for s in result.sentences for r in s.reasons]
    assert reason.type == "number_mismatch"
    assert "another context" not in reason.detail
    assert ANIMALS[reason.source_start : reason.source_end] == "18"


CAPSIZED = (
    "The sailor said he took his boat out to the Gulf Stream to find better fishing, when it "
    "capsized. The boat capsized two more times before he was rescued by a container ship."
)


def test_a_count_one_more_than_the_articles_n_more_is_supported(verifier: Verifier) -> None:
    from factkit.verification.number_more import counted_on

    summary = "The sailor says his boat capsized three times."
    assert number_reasons(verifier, CAPSIZED, summary) == []
    # one more than "two more" only: four is no count the article gives
    wrong = "The sailor says his boat capsized four times."
    assert [t for t, _ in number_reasons(verifier, CAPSIZED, wrong)] == ["number_mismatch"]
    # a summary that says "more" itself changed the article's N
    at = CAPSIZED.index("two more")
    article_two = [Quantity("two", at, at + 3, 2.0, None)]
    for line, supported in (("It capsized three times.", True), ("It capsized three more.", False)):
        three = Quantity("three", 12, 17, 3.0, None)
        assert counted_on(line, three, CAPSIZED, article_two) is supported


KITE = (
    "A Chinese team took a kite measuring an astonishing 6,000 metres (3.7 miles) to a kite "
    "flying festival, aiming to break the world record. The kite is made from 2,000 sections."
)


def test_an_amount_in_a_unit_a_power_of_ten_away_is_the_articles(verifier: Verifier) -> None:
    from factkit.verification.unit_scales import scale_between

    assert scale_between("kilometer", "meter") == 1000
    assert scale_between("tonne", "gram") == 1_000_000
    assert scale_between("kilometer", "mile") is None
    right = "The kite's total length is 6km (3.7 miles) and it is made of 2,000 sections."
    assert number_reasons(verifier, KITE, right) == []
    wrong = "The kite's total length is 6m (3.7 miles) and it is made of 2,000 sections."
    assert [w for _, w in number_reasons(verifier, KITE, wrong)] == ["6m"]


LANDMARK = (
    "Two goals against Porto took Arsenal past 300 Champions League goals on Tuesday. "
    "The club has reached the landmark in 150 Champions League matches since 1998. "
    "Arsenal still have a long way to go before they catch the 420 Champions League goals "
    "of Real Madrid."
)


def test_a_count_whose_noun_past_a_name_is_another_counts_is_caught(verifier: Verifier) -> None:
    # the article's 300 counts goals, its 150 the matches: "300 ... matches" took the 150's noun
    swapped = "Arsenal reached the landmark in 300 Champions League matches since 1998."
    assert number_reasons(verifier, LANDMARK, swapped) == [("number_mismatch", "300")]
    right = "Arsenal reached the landmark in 150 Champions League matches since 1998."
    assert number_reasons(verifier, LANDMARK, right) == []


GOALS = (
    "Huddersfield beat Ipswich 2-1 on Saturday to climb into the top half of the table. "
    "Nahki Wells scored after 12 minutes and Luke Varney pulled one back after 48 minutes. "
    "Huddersfield: Smithies; Wells (Edgar 83), Vaughan. Goals: Wells 12, Vaughan 30. "
    "Ipswich: Bialkowski; Varney, Murphy. Goal: Varney 48."
)


def test_a_minute_the_goal_list_gives_another_scorer(verifier: Verifier) -> None:
    summary = "Nahki Wells gave Huddersfield the lead after {} minutes against Ipswich."
    assert number_reasons(verifier, GOALS, summary.format(48)) == [
        ("number_mismatch", "48 minutes")
    ]
    assert number_reasons(verifier, GOALS, summary.format(12)) == []


RESULTS = (
    "Leeds passed 300 European goals on Tuesday night. "
    "The club still have a long way to go before they catch the 420 European goals of Milan. "
    "Their best nights: Leeds 4 Lazio 0 (2001 quarter-final). Leeds 3 Roma 1 (2003 final)."
)


def test_a_side_of_a_result_is_no_count_of_goals(verifier: Verifier) -> None:
    # the 0 and the 1 are goals of one game: "Milan's 0 European goals" took the 420's words
    swapped = "Leeds still have a long way to go to catch Milan's 0 European goals."
    assert number_reasons(verifier, RESULTS, swapped) == [("number_mismatch", "0")]
    right = "Leeds still have a long way to go to catch Milan's 420 European goals."
    assert number_reasons(verifier, RESULTS, right) == []
    # no rival in the summary number's words: the result may be what it says
    assert number_reasons(verifier, RESULTS, "Leeds beat Lazio with 4 goals in 2001.") == []


LEAGUE = (
    "Leeds went top of League 1 with a 2-0 home win against Hull on Saturday. "
    "Ward scored twice to move Leeds up to 64 points from 32 games."
)


def test_the_number_of_a_name_pairs_with_nothing(verifier: Verifier) -> None:
    # "League 1 ... 2-0" in the article is no pair of "League 1 with 0 points": 0 took the
    # words of the 64
    swapped = "Leeds are now top of League 1 with 0 points from 32 games."
    assert number_reasons(verifier, LEAGUE, swapped) == [("number_mismatch", "0")]
    right = "Leeds are now top of League 1 with 64 points from 32 games."
    assert number_reasons(verifier, LEAGUE, right) == []


TAX = (
    "The coffee chain has faced questions over its tax bill in Europe for years. "
    "It ran its European business through Belgium, but it paid just £2.4million in tax to the "
    "Belgian government, from a reported £410million profit. "
    "Campaigners said the figures showed how little the company contributed. "
    "After a boycott, the firm offered to pay a voluntary £30million in tax in Britain."
)


def test_a_number_in_all_four_words_of_anothers_is_caught(verifier: Verifier) -> None:
    # "paid just £30million in tax to" copies the words around the £2.4million word for word;
    # the £30million is the article's too, but only as "a voluntary £30million in tax"
    tail = " in tax to the Belgian government, from a reported £410million profit."
    swapped = "But it paid just £30million" + tail
    assert number_reasons(verifier, TAX, swapped) == [("number_mismatch", "£30million")]
    assert number_reasons(verifier, TAX, "But it paid just £2.4million" + tail) == []
    right = "The firm offered to pay a voluntary £30million in tax after a boycott."
    assert number_reasons(verifier, TAX, right) == []


def test_an_age_is_not_judged_by_the_words_around_its_figure() -> None:
    # the article's only 7 is a pier's, sharing no word with the summary's; an age is the age
    # checks' to settle (this one is nobody's in the article): no number_mismatch from the words
    article = (
        "Tom Hale was rescued from the harbour on Monday. Rescuers searched Pier 7 for hours. "
        "The boy was taken to hospital, police said."
    )
    assert reported("The boy, 7, was taken to hospital.", article) == []
    # a figure that is no age is still judged by its words
    assert "number_mismatch" in [
        r.type for r in reported("Police said 7 boats took the boy to hospital.", article)
    ]
