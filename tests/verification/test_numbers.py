"""factkit.verification.numbers: numbers as people write them (ages with their holders,
times of day, numbers a tokenizer spaced out, scale words glued to the digits, scorelines
judged against the score of their teams) and the slot numbers of a stretch of text."""

from __future__ import annotations

import re

from factkit.annotate.quantities import find_quantities
from factkit.document import Quantity
from factkit.verification.number_ages import Age, find_ages, judge_ages
from factkit.verification.number_scorelines import judge_scorelines
from factkit.verification.numbers import (
    glued_numbers,
    judge_ranges,
    number_ranges,
    slot_numbers,
    times_of_day,
)


def _judge(summary: str, article: str) -> list[tuple[Age, Age | None]]:
    """judge_ages over the whole of ``summary``."""
    return judge_ages(summary, 0, len(summary), find_ages(summary), article)


def test_an_age_is_tied_to_the_name_it_follows() -> None:
    text = "Emma Jackson, 28, from Hull met Mark Ray (56). Later the 31-year-old Tim Bell came."
    ages = find_ages(text)
    assert [(text[a.start : a.end], sorted(a.holder), a.held) for a in ages] == [
        ("28", ["emma", "jackson"], True),
        ("56", ["mark", "ray"], True),
        ("31", ["bell", "tim"], False),  # the name it stands next to
    ]


def test_a_long_token_before_an_age_is_read_once() -> None:
    # the holder's word was read from every letter of a long token to its end: a 40 KB scraped
    # blob took a minute (quadratic); the ages around it are still found and held
    blob = "aQ9" * 13_000
    text = f"Emma Jackson, 28, sent {blob} to Mark Ray (56) and {blob}x, 41, said so."
    ages = find_ages(text)
    assert [(text[a.start : a.end], a.held) for a in ages] == [
        ("28", True),
        ("56", True),
        ("41", True),
    ]
    assert sorted(ages[0].holder) == ["emma", "jackson"]
    assert sorted(ages[1].holder) == ["mark", "ray"]


def test_an_age_in_another_form_of_the_same_person_is_supported() -> None:
    article = (
        "She recently turned 51 but Elle Macpherson still trains daily. "
        "Pippa Middleton stepped out in London. The 31-year-old sister wore tweed. AGE: 27."
    )
    for summary in ("Elle, 51, has been labelled The Body.", "Pippa, 31, wore a skirt."):
        verdicts = _judge(summary, article)
        assert [(summary[a.start : a.end], rival) for a, rival in verdicts] == [
            (summary.split(", ")[1], None)
        ]
    summary = "The 27-year-old could move to Porto."
    assert [rival for _, rival in _judge(summary, article)] == [None]


def test_a_swapped_age_meets_the_age_the_article_gives_that_person() -> None:
    article = "Emma Jackson, 28, was threatened by Mark Ray, 56, for a year."
    summary = "Emma Jackson, 56, was threatened."
    [(age, rival)] = _judge(summary, article)
    assert summary[age.start : age.end] == "56"
    assert rival is not None and article[rival.start : rival.end] == "28"


def test_an_age_nobody_is_given_is_left_to_the_slot_check() -> None:
    article = "Emma Jackson, 28, was threatened by a neighbour for a year."
    summary = "Tim Brown, 28, was threatened."
    assert _judge(summary, article) == []


def test_times_of_day_in_any_form() -> None:
    text = "Docked at 10am, not 10 a.m. or 17:30 BST (7. 30 pm GMT); 3 : 30 pm."
    found = [(text[a:b], minute) for a, b, minute in times_of_day(text)]
    assert found == [
        ("10am", 600),
        ("10 a.m.", 600),
        ("17:30", 1050),
        ("7. 30 pm", 1170),
        ("3 : 30 pm", 930),
    ]


def test_a_race_time_with_hundredths_is_no_time_of_day() -> None:
    # "4:22.60" is four minutes, 22.60 seconds: no 4:22 in the morning
    text = "She ran the mile in 4:22.60 on Sunday and flew home at 14:48."
    assert [(text[a:b], minute) for a, b, minute in times_of_day(text)] == [("14:48", 888)]


def test_a_number_a_tokenizer_spaced_out_is_one_number() -> None:
    text = "It was viewed more than 235, 000 times by 1. 3 billion people for $ 1. 8 million."
    got = [
        (text[q.start : q.end], q.value, q.unit, q.qualifier)
        for q in slot_numbers(text, 0, len(text), find_quantities(text), [])
    ]
    assert got == [
        ("235, 000", 235000.0, None, "more than"),
        ("1. 3 billion", 1.3e9, "people", None),
        ("$ 1. 8 million", 1.8e6, "dollar", None),
    ]


def test_scores_and_separate_numbers_are_not_joined() -> None:
    text = "He won 6-3, 6-1 and scored 3, 4 and 5 goals."
    values = [q.value for q in slot_numbers(text, 0, len(text), find_quantities(text), [])]
    assert values == [6.0, 3.0, 6.0, 1.0, 3.0, 4.0, 5.0]


def test_a_decimal_the_splitter_cut_at_its_point_is_one_number() -> None:
    text = "Around 1. 3 billion people marked it. He died in 2014. 2 more died. Up 1. 0 points."
    cut = [text.index("3 billion"), text.index("2 more"), text.index("0 points")]
    got = []
    for start, end in zip(cut, [text.index(".", c) for c in cut], strict=True):
        found = [q for q in find_quantities(text) if start <= q.start < end]
        got += [(text[q.start : q.end], q.value) for q in slot_numbers(text, start, end, found, [])]
    # "2014. 2" is a year and a count, not a decimal
    assert got == [("1. 3 billion", 1.3e9), ("2", 2.0), ("1. 0", 1.0)]


def test_a_scale_word_glued_to_the_digits_is_read() -> None:
    text = "The theft of $500million in art. It has 8million users. The half-a-billion heist."
    found = {(q.text, q.value, q.unit) for q in glued_numbers(text, 0, len(text))}
    assert found == {
        ("$500million", 5e8, "dollar"),
        ("8million", 8e6, None),
        ("half-a-billion", 5e8, None),
    }
    # "m" alone is a metre unless a currency symbol says it is millions
    assert glued_numbers("a 5m fall", 0, 9) == []
    # a doubled letter in a long scale word is a typo, not another word
    [typo] = glued_numbers("earned $50miillion", 0, 18)
    assert (typo.text, typo.value, typo.unit) == ("$50miillion", 5e7, "dollar")


def test_a_bare_glued_m_is_millions_where_the_sentence_counts_and_no_length_is_near() -> None:
    text = "The population will rise from 61.2m to 70.5m by 2040."
    found = [(q.text, q.value, q.unit) for q in glued_numbers(text, 0, len(text))]
    assert found == [("61.2m", 61.2e6, None), ("70.5m", 70.5e6, None)]
    # a length word next to the number keeps it metres, even where people are counted
    for metres in ("Some 8,000 people saw the 200m sprint.", "Fans watched him scale a 6m wall."):
        assert glued_numbers(metres, 0, len(metres)) == []


def test_a_size_an_area_or_a_distance_in_a_counting_sentence_is_metres() -> None:
    # "3m x 4m", "a 30m square plot", "within 500m of": metres, though people are counted
    for metres in (
        "Each of the 300 residents gets a room of 3m x 4m.",
        "Each of the 300 residents gets a 30m square plot.",
        "Police moved 300 residents living within 500m of the bomb.",
    ):
        assert glued_numbers(metres, 0, len(metres)) == []


def test_an_age_after_now_is_held_by_the_name_before_it() -> None:
    text = "Scott Kelley, now 50, fled with his stepdaughter."
    [age] = find_ages(text)
    assert (text[age.start : age.end], age.holder, age.held) == ("50", {"scott", "kelley"}, True)
    article = "Scott Kelley, 50, and his stepdaughter Mary Nunes, 19, fled the country in 2004."
    summary = "Scott Kelley, now 19, fled the U.S. in 2004."
    [(claimed, rival)] = _judge(summary, article)
    assert claimed.value == 19 and rival is not None and rival.value == 50


def test_an_age_after_now_aged_is_held_by_the_name_before_it() -> None:
    text = "Janet Hale, now aged 44, moved to Leeds."
    held = [a for a in find_ages(text) if a.held]
    assert [(text[a.start : a.end], a.holder) for a in held] == [("44", {"janet", "hale"})]
    article = "Janet Hale, now 44, and her nephew Tom Reed, now 17, moved to Leeds in 2010."
    summary = "Janet Hale, now aged 17, moved to Leeds in 2010."
    [(claimed, rival)] = _judge(summary, article)
    assert claimed.value == 17 and rival is not None and article[rival.start : rival.end] == "44"


def test_a_glued_number_replaces_the_finders_half_and_keeps_its_own_readings() -> None:
    text = "The half-a-billion heist and a $500m deal."
    half = Quantity("half", 4, 8, 0.5)
    deal = Quantity("$500m", 31, 36, 5e8, "dollar", "about")
    numbers = slot_numbers(text, 0, len(text), [half, deal], [])
    assert [(q.text, q.value, q.qualifier) for q in numbers] == [
        ("half-a-billion", 5e8, None),
        ("$500m", 5e8, "about"),  # the finder's reading, qualifier included
    ]


def test_an_age_the_article_gives_somebody_else_is_theirs() -> None:
    article = (
        "Carlos Boente, 33, was jailed on Friday at Norwich Crown Court for a string of "
        "harassment offences against his former partner and her family. He had met his victim "
        "on Facebook in 2012, the court heard, and sent her hundreds of messages."
    )
    summary = "Facebook, 33, was serving time in prison."
    [(claimed, rival)] = _judge(summary, article)
    assert rival is not None and rival.value == claimed.value == 33
    assert article[rival.start - 15 : rival.end] == "Carlos Boente, 33"
    # the person the article gives that age is still supported, by surname alone too
    for right in ("Carlos Boente, 33, was jailed.", "Boente, 33, was jailed."):
        assert _judge(right, article) == [(find_ages(right)[0], None)]


def _capitalized(text: str) -> set[str]:
    return {w.lower() for w in text.replace(",", " ").replace(".", " ").split() if w[:1].isupper()}


SCORES = (
    "Slovakia lead the group after a 2-1 win over Spain in October. "
    "Holland beat Spain 2-0 in Amsterdam on Tuesday. "
    "Lauren Davis beat Eugenie Bouchard 6-3, 6-1 in Charleston."
)


def _scores(summary: str, article: str = SCORES) -> list[tuple[str, bool, str | None]]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", article)]
    verdicts = judge_scorelines(summary, 0, len(summary), article, sentences, set(), _capitalized)
    return [
        (summary[v.start : v.end], v.held, article[v.rival[0] : v.rival[1]] if v.rival else None)
        for v in verdicts
    ]


def test_a_scoreline_is_held_against_the_score_of_its_teams() -> None:
    # the article's 2-1 is another match of Spain's
    assert _scores("Holland beat Spain 2-1 on Tuesday.") == [("2-1", False, "2-0")]
    assert _scores("Spain lost 0-2 to Holland.") == [("0-2", True, None)]


def test_set_scores_are_a_sequence() -> None:
    assert _scores("Davis won 6-3, 6-3 in Charleston.") == [
        ("6-3", True, None),
        ("6-3", False, "6-1"),
    ]
    right = [("6-3", True, None), ("6-1", True, None)]
    assert _scores("Davis won 6-3, 6-1 in Charleston.") == right


def test_a_scoreline_where_the_article_gives_no_score_is_not_in_it() -> None:
    no_scores = "Cesc Fabregas scored an 87th minute winner as Chelsea beat Rangers."
    assert _scores("Chelsea beat Rangers 1-0.", no_scores) == [("1-0", False, None)]
    # the article gives scores, but none names these teams: left to the slot check
    assert _scores("Arsenal beat Stoke 3-1.") == []


def test_a_passage_score_naming_only_other_teams_is_another_match() -> None:
    article = (
        "Getafe moved 10 points clear of the bottom three by edging to a 1-0 win at Elche. "
        "Getafe celebrate after defeating Elche through Fredy Hinestroza's fine strike on "
        "Sunday while Felipe Caicedo scored twice for Espanyol in the 3-0 defeat of Villarreal."
    )
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", article)]
    passage = {0, 1}  # both sentences name the summary's teams
    for summary, verdict in (
        ("Getafe boosted survival chances with 3-0 win over Elche.", (False, "1-0")),
        ("Getafe boosted survival chances with 1-0 win over Elche.", (True, None)),
    ):
        [v] = judge_scorelines(summary, 0, len(summary), article, sentences, passage, _capitalized)
        assert (v.held, v.rival and article[v.rival[0] : v.rival[1]]) == verdict


def test_ranges_and_the_end_the_article_gives_otherwise() -> None:
    text = "It rose from 2% to 5% and costs between £5m and £10m, after a 2-1 win."
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in number_ranges(text, 0, len(text))] == [
        ("2", "5"),
        ("5", "10"),
    ]
    article = "Each count carries 1 to 15 years. She could face up to 45 years."
    summary = "Each count carries 1 to 45 years."
    verdicts = judge_ranges(summary, 0, len(summary), article)
    assert [(summary[a:b], article[c:d]) for (a, b), (c, d) in verdicts] == [("45", "15")]
    assert judge_ranges("It carries 1 to 15 years.", 0, 25, article) == []
    # a currency a tokenizer spaced off its digits
    costs = "It costs the NHS between £800 and £900 per eye."
    spaced = "It costs the NHS between £ 700 and £ 900 per eye."
    verdicts = judge_ranges(spaced, 0, len(spaced), costs)
    assert [(spaced[a:b], costs[c:d]) for (a, b), (c, d) in verdicts] == [("700", "800")]


def test_a_new_person_is_judged_by_the_ages_of_the_same_noun() -> None:
    article = "Adeli, 32, wanted to meet a 14-year-old girl. The police had a 40-year-old officer."
    for summary, rival in (
        ("Jafar Adeli chatted to a 32-year-old girl.", "14"),
        ("Jafar Adeli chatted to a 14-year-old girl.", None),
    ):
        [(_, found)] = _judge(summary, article)
        assert (found and article[found.start : found.end]) == rival


def test_an_acronym_before_the_noun_leaves_the_noun_to_judge() -> None:
    article = "A 45-year-old NFL fan dances in the stands. Her 16-year-old son joins in."
    for summary, rival in (
        ("A 16-year-old NFL fan dances in the stands.", "45"),
        ("A 45-year-old NFL fan dances in the stands.", None),
    ):
        [(_, found)] = _judge(summary, article)
        assert (found and article[found.start : found.end]) == rival


def test_an_age_goes_with_the_most_of_its_name() -> None:
    article = "Charged are Mohamed Abdihamid Farah, 21; Adnan Abdihamid Farah, 19; and others."
    summary = "Adnan Abdihamid Farah, 21; and Mohamed Abdihamid Farah, 21; were charged."
    verdicts = _judge(summary, article)
    assert [(sorted(a.holder), r and article[r.start : r.end]) for a, r in verdicts] == [
        (["abdihamid", "adnan", "farah"], "19"),
        (["abdihamid", "farah", "mohamed"], None),
    ]


def test_a_sentence_opening_with_the_and_an_age_is_judged_by_the_same_noun() -> None:
    article = (
        "The 52-year-old senator from Ohio met a 34-year-old gambler. "
        "Later the gambler threw an 18-year-old model into a pool."
    )
    for summary, rival in (
        ("The 34-year-old senator from Ohio learnt to play cards.", "52"),
        ("The 52-year-old senator from Ohio learnt to play cards.", None),
    ):
        [(_, found)] = _judge(summary, article)
        assert (found and article[found.start : found.end]) == rival
    # a "the" inside the sentence follows a name: the name judges the age, not the noun
    summary = "Mr Smith, the 34-year-old senator, learnt to play cards."
    assert _judge(summary, article) == []


def test_an_age_right_before_a_full_name_is_tied_to_it() -> None:
    article = (
        "In 2002 he kidnapped 21-year-old Mary Cole. Months later he took another girl, "
        "17-year-old Anna Webb. Webb's 6-year-old daughter later helped them escape."
    )
    for value, name in ((6, "Mary Cole"), (17, "Mary Cole"), (21, "Anna Webb")):
        summary = f"He kidnapped {value}-year-old {name} in 2002."
        [(claimed, rival)] = _judge(summary, article)
        assert rival is not None and rival.value != claimed.value == value
    for right in ("He kidnapped 21-year-old Mary Cole.", "He kidnapped 17-year-old Anna Webb."):
        assert _judge(right, article) == [(find_ages(right)[0], None)]
    # "a" brings in somebody new, and one capitalized word may be no name: left as before
    for loose in ("He kidnapped a 6-year-old Anna Webb.", "He kidnapped 6-year-old Webb."):
        assert [rival for _, rival in _judge(loose, article)] == [None]


def test_a_caption_between_a_name_and_its_age_is_no_break() -> None:
    text = "Grant Allen (left), 38, of Harlow and Jo Mills (pictured), 40, were jailed."
    assert [(a.value, sorted(a.holder)) for a in find_ages(text)] == [
        (38.0, ["allen", "grant"]),
        (40.0, ["mills"]),
    ]
    # a capitalized aside is no caption: "Allen (Harlow), 38" is left alone
    assert find_ages("Allen (Harlow), 38, was jailed.") == []


def test_an_age_given_by_the_age_alone_meets_a_swapped_one() -> None:
    article = (
        "Ian Guffick asked pupils to change their answers in the tests for 11-year-olds. "
        "The 31-year-old also altered a number of answers himself, the panel heard."
    )
    swapped = "Ian Guffick, 11, let pupils change their answers."
    [(claimed, rival)] = _judge(swapped, article)
    assert claimed.value == 11 and rival is not None and rival.value == 31
    right = "Ian Guffick, 31, let pupils change their answers."
    assert _judge(right, article) == [(find_ages(right)[0], None)]
    # "The 12-year-old boy" is somebody else; two such ages leave it open
    for other in ("The 12-year-old boy", "The 40-year-old agreed. The 31-year-old"):
        text = article.replace("The 31-year-old", other)
        assert _judge(swapped, text) == []


def test_bare_digits_of_a_long_scoreline_run_are_each_a_slot_number() -> None:
    # each digit run was checked against every number taken before it (quadratic in a
    # flattened results table); the overlap test is now a bisection, with the same numbers
    from factkit.verification.numbers import _SpanIndex

    text = "Results: " + "Leeds 2-0 Hull, " * 2_000
    found = find_quantities(text)
    numbers = slot_numbers(text, 0, len(text), found, [])
    assert [q.value for q in numbers[:4]] == [2, 0, 2, 0]
    assert len(numbers) == 4_000
    spans = _SpanIndex([(10, 20), (30, 31), (15, 25), (40, 40)])
    scan = [(10, 20), (30, 31), (15, 25), (40, 40)]
    for a in range(0, 45):
        for b in range(a, 46):
            assert spans.overlaps(a, b) == any(x < b and a < y for x, y in scan), (a, b)


def test_a_scoreline_naming_no_team_is_held_against_the_articles_one_score() -> None:
    article = (
        "Fans protested outside the ground before a 1-1 draw with Reading. "
        "Bottom-of-the-table Blackpool moved to 25 points."
    )
    quote = "'Having got back to 25-1 I am a bit disappointed,' he said."
    assert _scores(quote, article) == [("25-1", False, "1-1")]
    assert _scores("'Having got back to 1-1 I am a bit disappointed,' he said.", article) == [
        ("1-1", True, None)
    ]
    # an article of several scores, none of these teams: no telling which match it is
    assert _scores(quote, article + " Leeds won 2-0 at Hull.") == []


def test_a_glued_m_joined_to_a_length_is_a_length_too() -> None:
    # the length word is next to the first figure only; the one joined to it by "and" is read
    # as it is, never as millions
    text = "The resort, home to 300 people, sits at an elevation of 2061m and 3454m."
    assert glued_numbers(text, 0, len(text)) == []
    text = "Its 300 workers build at a height of 2061m, 2300m or 3454m."
    assert glued_numbers(text, 0, len(text)) == []
