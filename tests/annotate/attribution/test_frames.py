"""Frame matchers: the ordered list the finder runs, and one sentence each matcher decides."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factkit.annotate.attribution import AttributionFinder, find_attributions
from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult
from factkit.annotate.attribution.frames import FRAME_MATCHERS, FrameMatcher, leading
from factkit.split import split_sentences

# The precedence the single frame reader had; a reordering changes behaviour.
ORDER = [
    "prepositional",
    "opening_cue",
    "infinitive",
    "score_before",
    "reduced_passive",
    "noun_without_verb_evidence",
    "participle_without_subject",
    "quote_only_without_quote",
    "phone_call",
    "chained",
    "participle_after_clause",
    "passive",
    "inverted_after_quote",
    "speaker_after_quote",
    "no_subject",
    "object_relative",
    "subject_of_sentence",
    "object_preposition",
    "naming_call",
    "thing_object",
    "noun_use",
    "unquoted_inversion",
    "no_speaker",
    "trailing",
    "nothing_after",
    "missing_that_clause",
    "leading",
]

# (sentence, cue, the matcher that decides it, whether it yields an attribution)
DECIDED_BY = [
    ("According to the police, the suspect fled on foot.", "according to", "prepositional", True),
    ('Few agreed. Said Ellis: "The plan is dead."', "said", "opening_cue", True),
    ("He declined to say whether the talks would resume.", "say", "infinitive", False),
    ("The suspect, described as tall, fled.", "described", "reduced_passive", False),
    ("The report was published on Monday.", "report", "noun_without_verb_evidence", False),
    (
        "It's worth noting that the numbers are small.",
        "noting",
        "participle_without_subject",
        False,
    ),
    ("The talks continued for hours.", "continued", "quote_only_without_quote", False),
    ("Smith said the plan would work, adding that it was cheap.", "adding", "chained", True),
    (
        "The RNC filed a complaint, claiming that the vote was rigged.",
        "claiming",
        "participle_after_clause",
        True,
    ),
    ("It was reported that the mayor would resign.", "reported", "passive", True),
    ("England made 589-8 and 173-1 declared to win.", "declared", "score_before", False),
    (
        "“We will win this fight,” said John Smith, a spokesman for the party.",
        "said",
        "inverted_after_quote",
        True,
    ),
    ("“We will win this fight,” Smith said.", "said", "speaker_after_quote", True),
    ("also said the plan would work.", "said", "no_subject", False),
    ("It had a smell which the clients noted at first.", "noted", "object_relative", False),
    ("The senator stood up and said the bill was dead.", "said", "subject_of_sentence", True),
    ("She called into the radio show on Monday.", "called", "phone_call", False),
    ("A driver accused of speeding pleaded not guilty.", "accused", "object_preposition", False),
    ("The twins set up a charity called Brightsteps last year.", "called", "naming_call", False),
    ("Moss claimed her third world title in Oslo.", "claimed", "thing_object", False),
    ("a spokesman, in said.", "said", "noun_use", False),
    (
        "The plan failed because nobody funded it properly, said Smith.",
        "said",
        "unquoted_inversion",
        True,
    ),
    ("Because of the storm said the forecast was wrong.", "said", "no_speaker", False),
    ("The economy is growing quickly this year, Smith said.", "said", "trailing", True),
    ("Smith told CNN.", "told", "nothing_after", False),
    ("The company revealed its new phone on Monday.", "revealed", "missing_that_clause", False),
    ("Smith said the plan would work.", "said", "leading", True),
]


def recording(log: list[tuple[str, str, bool]]) -> tuple[FrameMatcher, ...]:
    """FRAME_MATCHERS, each logging (matcher, cue, attributed) when it answers."""

    def wrap(matcher: FrameMatcher) -> Callable[[CueContext], FrameResult]:
        def run(c: CueContext) -> FrameResult:
            result = matcher(c)
            if result is not None:
                log.append((matcher.__name__, c.form, result is not REJECT))
            return result

        return run

    return tuple(wrap(m) for m in FRAME_MATCHERS)


def test_the_finder_runs_the_matcher_list_in_its_order() -> None:
    assert AttributionFinder().matchers is FRAME_MATCHERS
    assert [m.__name__ for m in FRAME_MATCHERS] == ORDER


def test_every_matcher_has_a_sentence_it_decides() -> None:
    assert sorted({name for _, _, name, _ in DECIDED_BY}) == sorted(ORDER)


@pytest.mark.parametrize(("text", "cue", "matcher", "attributed"), DECIDED_BY)
def test_the_expected_matcher_decides(text: str, cue: str, matcher: str, attributed: bool) -> None:
    log: list[tuple[str, str, bool]] = []
    finder = AttributionFinder(matchers=recording(log))
    found = finder.find(text, split_sentences(text))
    assert (matcher, cue, attributed) in log
    assert any(a.cue.lower() == cue for a in found) == attributed


def test_the_list_is_what_decides() -> None:
    text = "He declined to say whether the talks would resume."
    # Without the infinitive rule, the leading frame reads "He declined to" as a speaker.
    only_leading = AttributionFinder(matchers=(leading,))
    assert [a.cue for a in only_leading.find(text, split_sentences(text))] == ["say"]
    assert AttributionFinder().find(text, split_sentences(text)) == []
    assert AttributionFinder(matchers=()).find(text, split_sentences(text)) == []


def test_an_unpaired_ascii_closing_mark_before_an_inverted_cue() -> None:
    # the quotation finder pairs no mark here (no opening one): ",' said X" is still inverted
    text = "The crowd loved it and we will be back next year,' said Tom Reed."
    log: list[tuple[str, str, bool]] = []
    found = AttributionFinder(matchers=recording(log)).find(text, split_sentences(text))
    assert ("inverted_after_quote", "said", True) in log
    assert [a.speaker for a in found] == ["Tom Reed"]
    assert found[0].content.startswith("The crowd loved it")


def test_a_bare_cue_form_after_a_singular_indefinite_subject_is_a_noun() -> None:
    # "A new 1,000 rupee note" was a speaker with the quoted phrase after "note" its content
    text = (
        'A new 1,000 rupee note "with a new dimension and design" will also be introduced in '
        "due course, a senior official said on Thursday."
    )
    assert "note" not in [a.cue for a in find_attributions(text)]
    # an -s form, an auxiliary or a subject that counts many is still a verb
    for text in [
        "A spokesman notes that the figures are small.",
        "A spokesman would note that the figures are small.",
        "A number of experts note that the figures are small.",
        "A few analysts claim that the figures are small.",
    ]:
        assert [a.cue for a in find_attributions(text)] != [], text


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # "recall" is a noun as often as a verb: a call back into a squad
        ("Many tipped Young to earn an England recall after 19 months in the wilderness.", False),
        ("Sturridge is pushing for an immediate recall against Villa on Sunday.", False),
        ("The huge swing in his physique recalls other drastic changes actors have made.", False),
        # a subject before it and a clause after it: a report
        ("She recalls how a small gang left the Palace by the Privy Gate.", True),
        ("Carver recalls: 'We were at the old training ground.'", True),
    ],
)
def test_recall_is_a_report_only_with_verb_evidence(text: str, reported: bool) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert any(a.cue.startswith("recall") for a in found) is reported, [
        (a.speaker, a.cue, a.content) for a in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a that-cue after "and" with a bare object reports nothing
        "The striker trained on Monday and hopes to play against Leeds.",
        "Officers arrested the driver and charged him with theft.",
        "The coach signed two new faces and knows the job of rebuilding well.",
    ],
)
def test_a_that_cue_with_a_bare_object_after_and_is_no_report(text: str) -> None:
    assert AttributionFinder().find(text, split_sentences(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a clause opened by a subject pronoun, or a finding cue ("found 73 percent improved")
        (
            "The coach watched the game and believes he deserves a new deal.",
            "believes",
            "The coach",
        ),
        ("The study tracked 500 pupils and found 73 percent improved.", "found", "The study"),
    ],
)
def test_a_that_cue_after_and_with_a_clause_still_reports(
    text: str, cue: str, speaker: str
) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert [a.speaker for a in found if a.cue == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # "accused of" after "and" or a comma: the subject is accused, nobody reports
        ("Two men were arrested and accused of smuggling guns.", []),
        ("Police said they had arrested six men, accused of trying to join the group.", ["said"]),
        # a statement after the preposition keeps the report
        ("He praised the plan and said of the budget that it was fair.", ["said"]),
    ],
)
def test_a_prepositional_object_after_and_or_a_comma_is_no_report(
    text: str, cues: list[str]
) -> None:
    found = AttributionFinder().find(text, split_sentences(text))
    assert [a.cue for a in found] == cues


@pytest.mark.parametrize(
    "text",
    [
        # a participle between a possessive and its noun describes the noun: no report
        "The group's declared goal is to win the seat back.",
        "The judge ordered Rojo to pay Sarah's estimated legal costs.",
        "The court heard Perry's alleged remarks were recorded.",
    ],
)
def test_a_participle_between_a_possessive_and_its_noun_is_an_adjective(text: str) -> None:
    assert AttributionFinder().find(text, split_sentences(text)) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a contracted subject, a name ending in 's or a clause after the cue: still a report
        ("He's assured me that it won't happen again.", "assured"),
        ("The rate will rise, Maclean's reported.", "reported"),
        ("The company's lawyers warned that the deal would fail.", "warned"),
    ],
)
def test_a_possessive_before_a_reporting_verb_can_still_report(text: str, cue: str) -> None:
    assert [a.cue for a in AttributionFinder().find(text, split_sentences(text))] == [cue]


def test_is_clipped_onto_a_pronoun_makes_the_cue_passive() -> None:
    # "She's accused of" is "she is accused of": she reports nothing, and nothing names who did
    text = "She's accused of sending the message under the subject line: 'Great article.'"
    assert find_attributions(text) == []
    # "It's believed that C": a report with no speaker, as "It was believed that C"
    (found,) = find_attributions("It's believed that the box was made for the royal family.")
    assert found.speaker is None
    assert found.content == "the box was made for the royal family"
    # before an object the clitic is "has": she still reports
    assert [a.cue for a in find_attributions("She's accused him of lying to the court.")] == [
        "accused"
    ]


def test_a_name_ending_the_sentence_after_said_is_the_speaker() -> None:
    # "..., Newtown West, said Kent Police." made the place before the cue the speaker: "said"
    # takes no bare name as its object, so a name ending the sentence after it is inverted
    text = "Tom Price, 40, was hurt at a flat in Mill Lane, Newtown West, said Kent Police."
    (found,) = find_attributions(text)
    assert found.speaker == "Kent Police"
    assert found.content == "Tom Price, 40, was hurt at a flat in Mill Lane, Newtown West"


def test_a_phrase_that_is_no_name_after_the_cue_stays_its_object() -> None:
    # the inversion above needs a name: these sentence-final phrases are the cue's object
    for text, speaker in [
        (
            "Ann Cole, 62, of Leeds, who ran a shop for years, denied three counts of theft.",
            "Ann Cole",
        ),
        ("Ann Cole, a lecturer at Hull, described Smith's plan in terms of its cost.", "Ann Cole"),
    ]:
        assert [a.speaker for a in find_attributions(text)] == [speaker], text


@pytest.mark.parametrize(
    "text",
    [
        # an -ed cue after a comma with as/by/of after it describes the noun before the comma:
        # "only" was the speaker of the first, "It showed at least 16 men" of the second
        "Police believe the suspect, only described as a man in his 30s, may be tied to it.",
        "It showed 16 men, described by the group as the followers of the cross, in a desert.",
        "Police said the car, described as a people carrier, gave the victim a lift home.",
    ],
)
def test_a_reduced_passive_after_a_comma_reports_nothing(text: str) -> None:
    assert [a.cue for a in find_attributions(text) if a.cue == "described"] == []


def test_a_two_word_participle_after_a_clause_takes_the_sentence_subject() -> None:
    # "pointing out" is a participle as "saying" is: "Judge Arnold Jones interjected, pointing
    # out that ..." gave the speaker "Judge Arnold Jones interjected"
    text = "Judge Arnold Jones interjected, pointing out that the maximum sentence is death."
    assert [a.speaker for a in find_attributions(text)] == ["Judge Arnold Jones"]
    # after "is", the -ing form is a progressive: the apposition keeps its title
    text = "Ms Edwards, a minister, is now calling on all vets to check the pads."
    (found,) = find_attributions(text)
    assert (found.speaker, found.speaker_title) == ("Ms Edwards", "a minister")


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # phone_call ran after the participle and quotation frames, which took the call first
        ("The driver stopped the car, calling the police.", []),
        ("Smith, calling in to the show, said the plan failed.", [("Smith", "said")]),
        # after a quotation the call is what was shouted
        ("“I need help,” he called back.", [("he", "called")]),
    ],
)
def test_a_phone_call_is_no_report_whatever_frame_comes_first(
    text: str, reports: list[tuple[str, str]]
) -> None:
    assert [(a.speaker, a.cue) for a in find_attributions(text)] == reports


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "official" opens no subject before a noun-like cue ("the official report said"), but
        # "said" is never a noun: the official is the speaker
        (
            "But a Homeland Security Department official said Friday that hackers have "
            "targeted the voter registration systems.",
            "a Homeland Security Department official",
        ),
        ("The work has been meeting regulatory standards, one official said.", "one official"),
        ("A senior official told reporters that the plan would fail.", "A senior official"),
    ],
)
def test_an_official_before_a_verb_only_cue_speaks(text: str, speaker: str) -> None:
    assert [a.speaker for a in find_attributions(text)] == [speaker]


def test_a_participle_after_a_quoted_comma_chains_to_the_report_before() -> None:
    # 'Nina Cole said: "... safe," adding that B' was rejected: the comma sits inside the
    # quotation, so the closing mark was the word before "adding"
    text = (
        'Nina Cole said: "The club has never been in better shape," adding that the debts '
        "had been paid."
    )
    found = [(a.speaker, a.cue, a.content) for a in find_attributions(text)]
    assert found[1] == ("Nina Cole", "adding", "the debts had been paid")
    # with no report before it in the sentence the participle has no speaker
    assert find_attributions('"The club is safe," adding nothing more.') == []
