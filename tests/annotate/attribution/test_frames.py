"""Frame matchers: the ordered list the finder runs, and one sentence each matcher decides."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factkit.annotate.attribution import AttributionFinder, find_attributions
from factkit.annotate.attribution.context import REJECT, CueContext, FrameResult
from factkit.annotate.attribution.frames import FRAME_MATCHERS, FrameMatcher
from factkit.annotate.attribution.leading_frames import leading
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
