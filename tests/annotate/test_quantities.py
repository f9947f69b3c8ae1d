"""Quantity finder: one case per pattern and per non-quantity rule, plus offset properties."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factkit.annotate.quantities import QuantityFinder, find_quantities
from factkit.config import QuantitiesConfig
from factkit.document import Quantity


def values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text)]


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost 1,234,567 yesterday", 1234567),
        ("a rate of 3.75 now", 3.75),
        ("a rate of .25 now", 0.25),
        ("China has 1 414 021 100 people", 1414021100),
        ("she saw five dogs", 5),
        ("twenty-one trillion and three hundred", 21000000000300),
        ("a hundred and two of those", 102),
        ("Three hundred  and  thirty one", 331),
        ("I bought a dozen eggs", 12),
        ("half a dozen", 6),
        ("two-thirds of voters", 2 / 3),
        ("a third of voters", 1 / 3),
        ("one hundred and three and two thirds", 103 + 2 / 3),
        ("five and a half million fish", 5.5e6),
        ("one billion and three quarters million", 1.00075e9),
        ("two hundred point seventy-one", 200.71),
        ("3 million people", 3e6),
        ("10k runners", 1e4),
        ("2 1/2 cups", 2.5),
        ("3/4 of them", 0.75),
        ("½ teaspoon", 0.5),
        ("1.3x10^6 cells", 1.3e6),
        ("one over three", 1 / 3),
        ("The answer is minus five", -5),
        ("a loss of -12.5 points", -12.5),
    ],
)
def test_number_values(text: str, expected: float) -> None:
    assert any(math.isclose(v, expected, rel_tol=1e-9) for v in values(text)), values(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("revenue of $1.13bn last year", 1.13e9, "dollar"),
        ("a £600m deal", 6e8, "pound sterling"),
        ("a £ 50 m bid (tokenized)", 5e7, "pound sterling"),
        ("a 5 m drop", 5, "meter"),
        ("€2.5 billion in aid", 2.5e9, "euro"),
        ("for C$ 300 million", 3e8, "canadian dollar"),
        ("USD 200 each", 200, "dollar"),
        ("361 million pounds profit", 3.61e8, "pound sterling"),
        ("it weighs 25 pounds", 25, "pound"),
        ("95 percent complete", 95, "percent"),
        ("40 per cent of them", 40, "percent"),
        ("up 3.2% on the year", 3.2, "percent"),
        ("rose 2 percentage points", 2, "percentage point"),
        ("a 2.5-mile stretch", 2.5, "mile"),
        ("1,500,000 kilometres away", 1.5e6, "kilometer"),
        ("301,338 km2 of land", 301338, "square kilometer"),
        ("20 degrees Celsius", 20, "celsius"),
        ("at 188 miles an hour", 188, "mile per hour"),
        ("3 dollars 50 cents", 3.5, "dollar"),
        ("he is 5 ft 2 in", 5 + 2 / 12, "foot"),
    ],
)
def test_units_and_currency(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert math.isclose(q.value, value, rel_tol=1e-9)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("at least 183 deaths", "at least"),
        ("more than $5 million", "more than"),
        ("nearly 40 percent", "nearly"),
        ("about 20 km", "about"),
        ("up to 4,000 km", "up to"),
        ("almost 12 people", "almost"),
        ("over 500 homes", "over"),
        ("fewer than 10 cases", "fewer than"),
        ("roughly 3 hours", "roughly"),
        ("~5 km", "about"),
    ],
)
def test_qualifiers_are_data_outside_the_span(text: str, qualifier: str) -> None:
    q = one(text)
    assert q.qualifier == qualifier
    assert qualifier not in q.text


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        # tabloid style glues the scale word to the digits
        ("a fortune of more than £40million now", 4e7, "pound sterling", "more than"),
        ("he once had $15million in earnings", 1.5e7, "dollar", None),
        ("a $2.5billion deal", 2.5e9, "dollar", None),
        ("some 8million people", 8e6, "people", "some"),
    ],
)
def test_scale_word_glued_to_the_digits(
    text: str, value: float, unit: str, qualifier: str | None
) -> None:
    q = one(text)
    assert math.isclose(q.value, value, rel_tol=1e-9)
    assert (q.unit, q.qualifier) == (unit, qualifier)


def test_a_grouped_number_glued_to_a_word_in_a_table_line_is_read_whole() -> None:
    # a flattened fact box: "Population8,412 Area"; before, the '412' group was read alone
    assert [q.value for q in find_quantities("Population8,412 Area 31 sq km")] == [8412, 31]
    assert [q.value for q in find_quantities("Votes cast: Greens2,105,330")] == [2105330]
    assert find_quantities("the model XK2,5") == []  # no thousands group: a code


def test_glued_letters_other_than_a_scale_word_still_mark_a_code() -> None:
    assert find_quantities("the model 500millionaire line") == []
    assert find_quantities("order 860BOX today") == []


def test_second_half_is_a_period_of_play_not_a_fraction_or_a_time() -> None:
    assert find_quantities("They scored in the second half and won.") == []
    assert find_quantities("a first-half penalty") == []
    q = one("four second-half tries sealed it")
    assert (q.value, q.unit) == (4, "second-half tries")
    assert one("half of the voters").value == 0.5
    assert one("a 10-second delay").unit == "second"


def test_half_time_and_a_half_of_the_pitch_are_no_fraction() -> None:
    # "at half-time", "a 16-0 half time lead", "a half-back", "in his own half", "the attacking
    # half": a break in play, a position or a part of the pitch, not 0.5
    for text in (
        "He was booked at half-time.",
        "They held a 16-0 half time lead.",
        "The new half-back pairing impressed.",
        "He ran from deep in his own half and scored.",
        "Kane won a free kick in the attacking half.",
    ):
        assert all(q.value != 0.5 for q in find_quantities(text)), text
    assert one("Half of the voters stayed at home.").value == 0.5
    assert one("the other half of the woodland").value == 0.5


def test_a_fraction_of_a_unit_takes_the_unit() -> None:
    # "half an hour", "a hundredth of a second": the article between keeps the unit apart
    q = one("The firemen arrived half an hour later.")
    assert (q.value, q.unit) == (0.5, "hour")
    q = one("He shaved a hundredth of a second off the record.")
    assert (q.value, q.unit) == (0.01, "second")
    assert one("a quarter of a mile from the coast").unit == "mile"
    assert one("half a million people").value == 500_000  # a scale, not a unit


def test_a_list_number_after_a_sentence_end_is_no_quantity() -> None:
    # a numbered list flattened onto one line: "... learned. 1. Dick Advocaat might stay."
    text = "Ten things we learned. 1. Dick Advocaat might stay. 2. Gary Cahill has responded."
    assert values(text) == [10.0]
    assert values("The final score was 3. Then the rain came.") == [3.0]
    assert values("AGE: 27. CLUBS: Real Madrid.") == [27.0]


def test_counted_noun_is_the_unit_and_can_be_switched_off() -> None:
    assert one("captured 34 provincial capitals").unit == "provincial capitals"
    assert one("183 deaths").unit == "deaths"
    plain = QuantityFinder(QuantitiesConfig(count_nouns_as_units=False))
    assert plain.find("183 deaths")[0].unit is None
    assert not plain.is_measurement_unit("deaths")
    assert plain.is_measurement_unit("percent")


def test_ranges_ratios_and_changes_give_separate_quantities() -> None:
    finder = QuantityFinder()
    qs, ranges = finder.find_with_ranges("between 10 and 20 million people")
    assert [q.value for q in qs] == [1e7, 2e7]
    assert ranges == [(0, 1)]
    assert all(q.qualifier == "between" for q in qs)
    qs, ranges = finder.find_with_ranges("temperatures of 10-20 degrees")
    assert [(q.value, q.unit) for q in qs] == [(10, "degree"), (20, "degree")]
    assert ranges == [(0, 1)]
    assert values("five out of 34 provincial capitals") == [5, 34]
    assert values("one in five adults") == [1, 5]
    qs, ranges = finder.find_with_ranges("sales rose 2% to $11.1bn from $10.9bn")
    assert [q.value for q in qs] == [2, 1.11e10, 1.09e10]
    assert ranges == []
    _, ranges = finder.find_with_ranges("prices rose from 5 to 7 dollars")
    assert ranges == []  # a change, not a range


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 2019 and again",
        "date 2021-08-10 Fast News",
        "on August 10, 2021 at noon",
        "by 31 August they left",
        "the 1960s were loud",
        "the 2013-14 season",
        "we met at 9 a.m. sharp",
        "the train left at 10:30",
        "the fourth quarter",
        "the 21st century",
        "a Boeing 737 landed",
        "Windows 11 shipped",
        "COVID-19 cases",
        "an F-35 jet",
        "drive Route 66",
        "see https://t.co/qjLnB9q9gy now",
        "UN Human Rights (@UNHumanRights)",
        "posts tagged #G20 today",
        "call (555) 123-4567 now",
        "1. First item",
        "the model LGA1156 socket",
        "since '57 it has",
        "the one you mentioned",
        "one of the victims",
        "hundreds of injuries",
        "won a third term",
        "the Capital One Cup semi-final",
        "a Formula One champion on Channel Nine",
        "relegated to League One in May",
        "fans of One Direction",
        "during the Six Nations",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == [], find_quantities(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Arsenal passed 436 Champions League goals on Tuesday", "Champions League goals"),
        ("She scored 12 Premier League goals", "Premier League goals"),
        # a title-case line: no lower-case noun ends the capitalised run, the plural stands
        ("Report That 350 People Attended A Protest", "People"),
        # an acronym is a name, not the pronoun "us"; a plural acronym is a plural
        ("Floods hit 14 US counties last week", "US counties"),
        ("Only 9 Green MPs voted", "Green MPs"),
        # a compound of an irregular plural is a plural
        ("About 40 schoolchildren came", "schoolchildren"),
        ("Six policemen arrived", "policemen"),
        ("She sent 3 specimen jars", "specimen jars"),  # a vowel before "-men": a singular
    ],
)
def test_counted_noun_reads_past_a_name(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


def test_counted_noun_reads_past_an_age_or_size_compound() -> None:
    # "three" counts the boys; "10-year-old" is their age, a quantity of its own
    found = find_quantities("Police spoke to three 10-year-old boys on Monday")
    assert [(q.value, q.unit) for q in found] == [(3, "10-year-old boys"), (10, "year")]
    assert find_quantities("They carried six 8ft wooden poles")[0].unit == "8ft wooden poles"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The council opened a 250-bed care home", "bed"),
        ("He was handed a four-game suspension", "game"),
        ("A 5,000-strong crowd gathered", None),  # "strong" counts nothing
        ("She rode a three-wheeled bike", None),  # a participle describes
        ("They sold it at half-price again", None),  # no whole number, no count
    ],
)
def test_the_word_joined_to_a_number_by_a_hyphen_is_what_it_counts(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "The old bridge was a sturdy one.",
        "He swapped the broken lamp for a brighter one, she said.",
        "She is one of Scotland's finest painters",
    ],
)
def test_one_as_a_pronoun_after_an_adjective_or_before_a_possessive_group(text: str) -> None:
    assert find_quantities(text) == [], find_quantities(text)


def test_one_counting_a_noun_after_an_adjective_is_still_a_count() -> None:
    assert [q.value for q in find_quantities("The court heard one new witness.")] == [1]


def test_a_score_after_a_team_is_two_numbers_not_a_model_name() -> None:
    # "Chelsea 2" is no "Boeing 737": small numbers either side of a dash make a score
    assert [q.value for q in find_quantities("Liverpool beat Chelsea 2-1 on Tuesday")] == [2, 1]
    assert find_quantities("the Apollo 11 crew") == []


def test_a_number_word_opening_a_sentence_or_after_about_is_a_quantity() -> None:
    assert [q.value for q in find_quantities("Three people died. About Five were hurt.")] == [3, 5]
    assert [q.value for q in find_quantities('"Two men were arrested," police said.')] == [2]


def test_find_searches_only_the_window_with_absolute_offsets() -> None:
    text = "First 10 apples. Then 20 pears."
    finder = QuantityFinder()
    start = text.index("Then")
    qs = finder.find(text, start, len(text))
    assert [(q.value, q.start, q.end) for q in qs] == [(20, text.index("20"), text.index("20") + 2)]
    assert finder.find(text, 5, 5) == []


def test_seed_article(seed_text: str, seed_expected: dict[str, Any]) -> None:
    finder = QuantityFinder()
    found = finder.find(seed_text)
    by_value = {q.value: q for q in found}
    assert {5.0, 34.0, 8.0, 183.0, 95.0} <= set(by_value)
    assert by_value[183.0].qualifier == "at least"
    assert by_value[95.0].unit == "percent"
    for item in seed_expected["must_flag"]:
        start = seed_text.index(item["sentence_contains"])
        line_end = seed_text.find("\n", start)
        line_start = seed_text.rfind("\n", 0, start) + 1
        got = {q.value for q in finder.find(seed_text, line_start, line_end)}
        assert set(map(float, item.get("numbers") or [])) <= got
    for snippet in seed_expected["must_not_be_quantitative_claims"]:
        start = seed_text.index(snippet)
        assert finder.find(seed_text, start, start + len(snippet)) == [], snippet


_TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.-/$%£€½ abcmkMBnto\n")) | st.characters(),
    max_size=200,
)
_WORDY = st.lists(
    st.sampled_from(
        [
            "one",
            "two",
            "hundred",
            "and",
            "a",
            "half",
            "million",
            "3",
            "4.5",
            "$",
            "percent",
            "km",
            "-",
            "of",
            "thirds",
            "twenty",
            "1,000",
            "over",
            "to",
            "between",
            "at least",
            "2021",
            "May",
            "%",
            "bn",
            "dozen",
            "point",
        ]
    ),
    max_size=20,
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TEXT, _WORDY))
def test_spans_round_trip_and_never_raise(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
        assert math.isfinite(q.value)  # JSON has no Infinity


def test_large_input_does_not_raise() -> None:
    chunk = "In 2019, about 1,200 people (12.5%) paid $3.4bn over 20 km; two-thirds agreed. "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    found = find_quantities(text)
    assert len(found) > 1000
    assert all(text[q.start : q.end] == q.text for q in found)


def test_a_long_token_of_number_words_is_checked_for_addresses_only_where_one_can_be() -> None:
    # the web-address and e-mail patterns were tried from every character of each number's
    # 600-character chunk (4.5 ms a number: 14 s for 42 KB); they need a "/" or an "@"
    text = "twenty-" * 6_000
    found = find_quantities(text)
    assert len(found) == 6_000 and {q.value for q in found} == {20}
    mixed = "He paid 5 dollars at shop.com/5 and wrote to jo@x5.org about 7 cats on twenty-two."
    assert [(q.text, q.value) for q in find_quantities(mixed)] == [
        ("5 dollars", 5),
        ("7", 7),
        ("twenty-two", 22),
    ]


def test_a_long_run_of_number_words_reads_every_number() -> None:
    # each token of the run looked ahead for the next ordinal word: 48,000 words without one
    # took seconds (quadratic); the whole run is still read, number after number
    text = "twenty-five thousand three hundred and " * 8_000
    found = find_quantities(text)
    assert len(found) == 4_001
    assert found[0].value == 25_325
    assert {q.value for q in found[1:-1]} == {325_325}
    assert (found[-1].text, found[-1].value) == ("three hundred", 300)
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize(
    "text", ["to 1e400 tons", "9.9e999 units", "a 4.5×10^999 rise", "9" * 400 + " people"]
)
def test_a_number_past_float_range_is_no_quantity_and_no_crash(text: str) -> None:
    # "1e400" raised OverflowError out of the annotate stage (the whole article failed), and a
    # 400-digit number became value inf, written as "Infinity": not JSON
    assert all(math.isfinite(q.value) for q in find_quantities(text))
    assert find_quantities(text + ", and 12 homes burned.")[-1].value == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ESC[0m" was read as "0m" (0 million) and flagged in a verified summary
        ("The mayor said \x1b[31m40\x1b[0m people came.", [40]),
        ("The council said 40 attended. <script>alert(1)</script> It spent $5 million.", [40, 5e6]),
        ('A <img width="300" height="200"> photo of 12 boats.', [12]),
    ],
)
def test_no_number_is_read_from_an_escape_or_markup(text: str, expected: list[float]) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == expected
    assert all(text[q.start : q.end] == q.text for q in found)


def test_a_number_in_colour_keeps_its_unit_and_its_offsets() -> None:
    # "ESC[31m" glued to "5" hid the number; blanked, it reads as "5 million" would
    text = "The city spent \x1b[1m$5\x1b[0m million on it."
    (q,) = QuantityFinder().find(text, 4, len(text))
    assert (q.value, q.unit) == (5e6, "dollar")
    assert q.text == text[q.start : q.end] == "$5\x1b[0m million"
