"""Tests for factkit.split: golden rules, the seed contract, news rules, kinds, offsets."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factkit.config import SplitterConfig
from factkit.split import (
    SentenceSplitter,
    english_punkt_parameters,
    get_splitter,
    punkt_tokenizer,
    split_sentences,
)
from factkit.split.splitter import BYTE_ORDER_MARK
from tests.conftest import read_jsonl, shared_file


def texts(text: str, config: SplitterConfig | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, config)]


def kinds(text: str, config: SplitterConfig | None = None) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in split_sentences(text, config)]


def assert_valid(text: str, config: SplitterConfig | None = None) -> None:
    """Ordered, non-overlapping, stripped, exact offsets, every non-space char covered."""
    sentences = split_sentences(text, config)
    covered = [False] * len(text)
    prev_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert prev_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        for k in range(s.start, s.end):
            covered[k] = True
        prev_end = s.end
    # a leading byte order mark is no text: the splitter reads it as a space by design
    # (test_a_leading_byte_order_mark_is_no_segment_and_no_part_of_one)
    content = [
        not c.isspace() and not (i == 0 and c == BYTE_ORDER_MARK) for i, c in enumerate(text)
    ]
    missed = [i for i, c in enumerate(content) if c and not covered[i]]
    assert not missed, f"uncovered characters at {missed[:5]}"


# --- golden rules and seed contract --------------------------------------------------------


def _golden_rules() -> list[dict[str, Any]]:
    return read_jsonl(shared_file("eval", "sbd_golden_rules_en.jsonl"))


@pytest.mark.parametrize("rule_id", range(1, 49))
def test_golden_rule(rule_id: int) -> None:
    rule = next(r for r in _golden_rules() if r["id"] == rule_id)
    got = [t.strip() for t in texts(rule["text"]) if t.strip()]
    assert got == rule["sentences"], rule["name"]


def test_seed_segments_match_reference(seed_text: str) -> None:
    reference = json.loads(
        shared_file("eval", "seed_article_sentences.json").read_text(encoding="utf-8")
    )
    assert texts(seed_text) == reference
    assert_valid(seed_text)


def test_seed_non_body_kinds(seed_text: str, seed_expected: dict[str, Any]) -> None:
    sentences = split_sentences(seed_text)
    for kind, needle in seed_expected["segments_not_body"].items():
        matches = [s for s in sentences if needle in s.text]
        assert len(matches) == 1 and matches[0].kind == kind, (kind, needle)
    embeds = [s.text for s in sentences if s.kind == "embed"]
    assert len(embeds) == 3
    assert embeds[0].startswith("🇦🇫 Failure to stem")
    assert embeds[2] == "— UN Human Rights (@UNHumanRights) August 10, 2021"
    assert sum(s.kind != "body" for s in sentences) == 9
    # the caption above the credit and the standfirst the body restates are not body text
    caption = "Khalilzad hopes to persuade Taliban leaders to return to peace talks"
    assert [s.kind for s in sentences if s.text.startswith(caption)] == ["caption"]
    assert [s.kind for s in sentences if s.text.startswith("The US envoy, Zalmay")] == [
        "standfirst"
    ]


def test_seed_body_equals_reference_body(seed_text: str, seed_expected: dict[str, Any]) -> None:
    reference = json.loads(
        shared_file("eval", "seed_article_sentences.json").read_text(encoding="utf-8")
    )
    non_body = {
        "date 2021-08-10 Fast News",
        reference[1],  # the standfirst, restated by the body
        reference[2],  # the photo caption
        "(Susan Walsh / Reuters)",
        "Civilians bear the brunt",
        "Source: AP",
    }
    body_ref = [
        r
        for r in reference
        if r not in non_body
        and not r.startswith("🇦🇫")
        and "pic.twitter.com" not in r
        and not r.startswith("— UN Human Rights")
    ]
    assert [s.text for s in split_sentences(seed_text) if s.is_body] == body_ref


# --- Punkt is the base ------------------------------------------------------------------------


def test_punkt_parameters_are_the_english_model() -> None:
    params = english_punkt_parameters()
    assert {"mr", "u.s", "gen", "a.m"} <= params.abbrev_types
    assert "however" in params.sent_starters
    assert len(params.ortho_context) > 20_000
    assert params.ortho_context["no-such-word-type"] == 0  # a defaultdict(int), as NLTK needs


def test_agrees_with_punkt_on_plain_prose() -> None:
    text = (
        "The committee met on Tuesday. Its chairman, Mr. Hale, opened the session. "
        "Members debated the budget for three hours! Did they agree? Nobody knows yet. "
        "The vote is set for Dec. 5 in Washington."
    )
    assert texts(text) == punkt_tokenizer().tokenize(text)


# --- news rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations: titles never end a sentence; others only before a sentence starter
        (
            "Gen. Mark Milley met Sen. Jack Reed. They spoke.",
            ["Gen. Mark Milley met Sen. Jack Reed.", "They spoke."],
        ),
        # the Army's specialist and private first class ranks, as AP writes them
        (
            "She went with Army Spc. Caleb Barnes and Pfc. Jo Lee. They left.",
            ["She went with Army Spc. Caleb Barnes and Pfc. Jo Lee.", "They left."],
        ),
        ("Troops left the U.S. Embassy in Kabul.", ["Troops left the U.S. Embassy in Kabul."]),
        ("He moved to the U.S. It was 1990.", ["He moved to the U.S.", "It was 1990."]),
        ("It is No. 1 in the world.", ["It is No. 1 in the world."]),
        ("The meeting ends at 5 p.m. Friday.", ["The meeting ends at 5 p.m. Friday."]),
        (
            "The polls closed at 8 p.m. Officials began counting.",
            ["The polls closed at 8 p.m.", "Officials began counting."],
        ),
        ("By 9 a.m. Sunday, crowds had gathered.", ["By 9 a.m. Sunday, crowds had gathered."]),
        (
            "He was born in Scranton, Pa. Later he moved.",
            ["He was born in Scranton, Pa.", "Later he moved."],
        ),
        # initials and decimals
        (
            "Laurence H. Tribe and John F. Kennedy met.",
            ["Laurence H. Tribe and John F. Kennedy met."],
        ),
        (
            "Growth was 2.5 percent. Prices rose 3.1%.",
            ["Growth was 2.5 percent.", "Prices rose 3.1%."],
        ),
        # URLs, e-mails, @handles
        (
            "Read it at https://example.org/a.b/c.html. Then reply.",
            ["Read it at https://example.org/a.b/c.html.", "Then reply."],
        ),
        (
            "Write to tips@news.example.com. We answer.",
            ["Write to tips@news.example.com.", "We answer."],
        ),
        (
            "Follow @Reuters.World for news. It is free.",
            ["Follow @Reuters.World for news.", "It is free."],
        ),
        # quotes and parentheses
        ('"Why not?" Smith asked. He left.', ['"Why not?" Smith asked.', "He left."]),
        ('"We will win." He smiled.', ['"We will win."', "He smiled."]),
        ("He spoke (at length.) and left.", ["He spoke (at length.) and left."]),
        (
            "“It is over,” she said. “We lost.” Then silence.",
            ["“It is over,” she said.", "“We lost.”", "Then silence."],
        ),
        # ellipses
        ("He paused ... and went on.", ["He paused ... and went on."]),
        ('She said: "...These are facts."', ['She said: "...These are facts."']),
        # glued sentence ends from scraped pages
        ("It cost $5,000.The deal closed.", ["It cost $5,000.", "The deal closed."]),
        # lists
        (
            "The plan: 1) cut taxes 2) raise pay 3) hire staff",
            ["The plan:", "1) cut taxes", "2) raise pay", "3) hire staff"],
        ),
        ("• First point • Second point", ["• First point", "• Second point"]),
        # emoji-led sentences
        (
            "Kabul fell in the U.S. 🇺🇸 Officials reacted.",
            ["Kabul fell in the U.S.", "🇺🇸 Officials reacted."],
        ),
    ],
)
def test_news_rules(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    assert_valid(text)


def test_blank_line_ends_a_segment() -> None:
    text = "The talks continued with Mr.\n\nSmith arrived later"
    assert texts(text) == ["The talks continued with Mr.", "Smith arrived later"]


def test_single_line_break_rules() -> None:
    wrapped = "The senator said the bill\nwould pass next week."
    assert texts(wrapped) == ["The senator said the bill\nwould pass next week."]
    title = "Taliban advance on Kabul\nThe insurgents took five cities."
    assert kinds(title) == [
        ("heading", "Taliban advance on Kabul"),
        ("body", "The insurgents took five cities."),
    ]


def test_extra_abbreviations() -> None:
    text = "He wrote to the Cmte. Smith answered."
    assert texts(text) == ["He wrote to the Cmte.", "Smith answered."]
    config = SplitterConfig.model_validate({"extra_abbreviations": ["Cmte."]})
    assert texts(text, config) == [text]
    # still an abbreviation that can end a sentence before a real sentence starter
    assert texts("He wrote to the Cmte. They answered.", config) == [
        "He wrote to the Cmte.",
        "They answered.",
    ]


def test_max_len_cuts_long_sentences() -> None:
    text = "Officials said on Tuesday, after a long meeting in the capital, that talks would go on."
    config = SplitterConfig.model_validate({"max_len": 40})
    pieces = split_sentences(text, config)
    assert len(pieces) > 1
    assert all(len(p.text) <= 40 for p in pieces)
    assert pieces[0].text.endswith(",")  # cut after a comma near the limit
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")
    assert_valid(text, config)


@pytest.mark.parametrize("token", ["1" * 100_000, "1,000," * 16_000, "A@" * 50_000])
def test_a_giant_token_line_is_one_segment_between_the_sentences(token: str) -> None:
    # the e-mail pattern ran from every position of a long token to its end (quadratic: seconds
    # for 100 KB of digits on a line of its own, which the heading rule looks at whole)
    text = f"Police said the fire started at noon.\n\n{token}\n\nThe mayor thanked the crews."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Police said the fire started at noon.",
        token,
        "The mayor thanked the crews.",
    ]
    assert_valid(text)


# --- segment kinds --------------------------------------------------------------------------


def test_kinds_of_a_news_page() -> None:
    text = (
        "WASHINGTON (AP) —\n\n"
        "Lawmakers passed the bill on Monday. (AP Photo/Jane Doe)\n\n"
        "What happens next\n\n"
        "Source: Congressional Budget Office\n\n"
        "Getty Images\n\n"
        "Photo: Lawmakers leave the Capitol after the vote on Monday evening.\n\n"
        "We did it! #bill @senate\n\n"
        "— Jane Roe (@janeroe) May 3, 2021\n\n"
        "The bill now goes to the president."
    )
    assert kinds(text) == [
        ("dateline", "WASHINGTON (AP) —"),
        ("caption", "Lawmakers passed the bill on Monday."),
        ("caption", "(AP Photo/Jane Doe)"),
        ("heading", "What happens next"),
        ("credit", "Source: Congressional Budget Office"),
        ("credit", "Getty Images"),
        ("caption", "Photo: Lawmakers leave the Capitol after the vote on Monday evening."),
        ("embed", "We did it!"),
        ("embed", "#bill @senate"),
        ("embed", "— Jane Roe (@janeroe) May 3, 2021"),
        ("body", "The bill now goes to the president."),
    ]


def test_inline_dateline_stays_body() -> None:
    text = "WASHINGTON (AP) — Lawmakers passed the bill on Monday."
    assert kinds(text) == [("body", text)]


def test_dateline_at_top_only() -> None:
    top = "Updated August 10, 2021\n\nThe talks resumed."
    assert kinds(top)[0] == ("dateline", "Updated August 10, 2021")
    late = "One.\n\nTwo.\n\nThree.\n\nFour.\n\nNext talks August 10, 2021"
    assert kinds(late)[-1][0] == "heading"


def test_tweet_in_one_line_and_markup() -> None:
    text = (
        "The agency posted a video.\n\n"
        "Stay safe pic.twitter.com/AbCdEfGhIj — City Police (@citypd) June 1, 2020\n\n"
        '<tweet tweet-id="1"><tweet/>.\n\n'
        "The video was viewed widely."
    )
    assert kinds(text) == [
        ("body", "The agency posted a video."),
        ("embed", "Stay safe pic.twitter.com/AbCdEfGhIj"),
        ("embed", "— City Police (@citypd) June 1, 2020"),
        ("embed", '<tweet tweet-id="1"><tweet/>.'),
        ("body", "The video was viewed widely."),
    ]


def test_link_sentence_stays_body() -> None:
    assert kinds("See https://example.com for details.") == [
        ("body", "See https://example.com for details.")
    ]


def test_all_caps_section_header_is_heading() -> None:
    assert kinds("FULL TEXT.\n\nThe story begins.")[0] == ("heading", "FULL TEXT.")


def test_classify_off_gives_all_body(seed_text: str) -> None:
    config = SplitterConfig.model_validate({"classify_segments": False})
    sentences = split_sentences(seed_text, config)
    assert {s.kind for s in sentences} == {"body"}
    assert [s.text for s in sentences] == texts(seed_text)


def test_heading_max_words() -> None:
    text = "Civilians bear the brunt of the war\n\nThe toll rose."
    assert kinds(text)[0][0] == "heading"
    config = SplitterConfig.model_validate({"heading_max_words": 3})
    assert kinds(text, config)[0][0] == "body"


def test_splitter_is_cached_and_reusable() -> None:
    assert get_splitter() is get_splitter()
    config = SplitterConfig.model_validate({"max_len": 50})
    assert get_splitter(config) is get_splitter(SplitterConfig.model_validate({"max_len": 50}))
    splitter = SentenceSplitter()
    assert splitter.split("A b. C d.") == splitter.split("A b. C d.")
    assert splitter.spans("") == [] and split_sentences("  \n\n ") == []


# --- properties -----------------------------------------------------------------------------

NEWS_ALPHABET = st.sampled_from(
    [*"abcXYZ019 .,;:!?'\"“”‘’()[]-—…•@#/\n\t", "U.S.", "Mr.", "p.m.", "🇦🇫", "1.", "(@x)"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
@example("\ufeff")  # a lone byte order mark: no sentence, and nothing left uncovered
def test_any_unicode_text_round_trips(text: str) -> None:
    assert_valid(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(NEWS_ALPHABET, max_size=120).map("".join))
def test_news_like_text_round_trips(text: str) -> None:
    assert_valid(text)
    assert_valid(text, SplitterConfig.model_validate({"max_len": 15, "classify_segments": False}))


# --- page layout: captions, standfirst, page furniture (factkit.layout) ----------------------


def test_caption_before_a_credit_line() -> None:
    text = (
        "The council voted on Monday to close the bridge for repairs.\n\n"
        "Workers inspect the bridge on Sunday\n\n"
        "Getty Images\n\n"
        "Repairs will take six months, the council said."
    )
    assert [k for k, _ in kinds(text)] == ["body", "caption", "credit", "body"]


def test_source_note_does_not_make_a_caption() -> None:
    text = "The council voted on Monday to close the bridge for repairs.\n\nSource: AP"
    assert [k for k, _ in kinds(text)] == ["body", "credit"]


def test_quoted_statement_above_a_credit_stays_body() -> None:
    text = '"We will rebuild it," the mayor said.\n\nGetty Images\n\nThe bridge opened in 1950.'
    assert kinds(text)[0][0] == "body"


def test_image_description_line_is_a_caption() -> None:
    text = (
        "Juan Mata (right) celebrates with Ander Herrera at Old Trafford\n\n"
        "United won the match 3-1 on Saturday."
    )
    assert [k for k, _ in kinds(text)] == ["caption", "body"]


def test_scroll_down_for_video_is_split_off() -> None:
    text = "The robots were built in 2014. Scroll down for video The robots were ordered online."
    assert kinds(text) == [
        ("body", "The robots were built in 2014."),
        ("embed", "Scroll down for video"),
        ("body", "The robots were ordered online."),
    ]


STANDFIRST = (
    "The mayor has asked the federal government for emergency money to rebuild the river "
    "bridge that collapsed during the storm last week."
)


def test_restated_standfirst() -> None:
    text = (
        f"{STANDFIRST}\n\n"
        "Officials said the storm was the worst in decades.\n\n"
        "On Monday the mayor asked the federal government for emergency money to rebuild the "
        "bridge over the river, which collapsed during last week's storm.\n\n"
        "Traffic has been diverted to the highway."
    )
    assert kinds(text)[0] == ("standfirst", STANDFIRST)


def test_lede_not_restated_stays_body() -> None:
    text = (
        f"{STANDFIRST}\n\n"
        "Officials said the storm was the worst in decades.\n\n"
        "Traffic has been diverted to the highway, and schools stay closed on Tuesday."
    )
    assert kinds(text)[0] == ("body", STANDFIRST)


def test_segment_kinds_are_known() -> None:
    from factkit.document import SEGMENT_KINDS
    from factkit.render.to_json import report_schema

    assert report_schema()["$defs"]["SegmentKind"]["enum"] == list(SEGMENT_KINDS)
    assert "standfirst" in SEGMENT_KINDS and "caption" in SEGMENT_KINDS


def test_markdown_headings_and_image_lines_are_not_body() -> None:
    # a Markdown article's "# Title" and "![alt](src)" lines were body: the summarizer picked
    # them as summary sentences ("# Storm hits coast" first of three)
    text = (
        "# Storm hits coast\n"
        "A storm hit the coast on Monday, officials said. Power was cut to 5,000 homes.\n\n"
        "![Workers repair a power line in Dover on Tuesday.](photos/line.jpg)\n\n"
        "## What happens next\n\n"
        "#StormWatch trended all day. Schools stay shut until Friday.\n\n"
        "# Breaking: the army said it fired 50 rockets on Sunday."
    )
    assert kinds(text) == [
        ("heading", "# Storm hits coast"),
        ("body", "A storm hit the coast on Monday, officials said."),
        ("body", "Power was cut to 5,000 homes."),
        ("caption", "![Workers repair a power line in Dover on Tuesday.](photos/line.jpg)"),
        ("heading", "## What happens next"),
        ("body", "#StormWatch trended all day."),
        ("body", "Schools stay shut until Friday."),
        # a sentence behind "#" is still a sentence: its claims stay in the checklist
        ("body", "# Breaking: the army said it fired 50 rockets on Sunday."),
    ]


def test_old_mac_line_endings_split_as_newlines_do() -> None:
    # a file with lone "\r" line ends (classic Mac exports) was one paragraph: the dateline and
    # the photo caption were glued to the first body sentence
    lines = [
        "Updated March 3, 2022",
        "",
        "Crews clear a fallen tree in Dover on Tuesday. (AP Photo/Sam Lee)",
        "",
        "What the council said",
        "",
        "The council met on Tuesday. It voted to rebuild the bridge.",
    ]
    with_lf, with_cr = "\n".join(lines), "\r".join(lines)
    expected = [(s.kind, s.start, s.end) for s in split_sentences(with_lf)]
    assert expected[0][0] == "dateline" and expected[1][0] == "caption"
    assert [(s.kind, s.start, s.end) for s in split_sentences(with_cr)] == expected
    for s in split_sentences(with_cr):
        assert with_cr[s.start : s.end] == s.text  # offsets into the text as given
    # Windows line ends are still line ends, never blank lines
    with_crlf = "Flood warning for the valley\r\nThe river rose on Tuesday."
    assert texts(with_crlf) == ["Flood warning for the valley", "The river rose on Tuesday."]


def test_markdown_setext_headings_rules_and_italic_captions_are_not_body() -> None:
    # setext underlines, thematic breaks and italic caption lines were body: the summarizer
    # picked "*Photo: ...*" as the third sentence of a three-sentence summary
    text = (
        "Ferry service resumes\n"
        "=====================\n\n"
        "The ferry to Calais sailed again on Monday, the operator said.\n\n"
        "*Photo: Passengers board at Dover on Monday.*\n\n"
        "_Passengers at the terminal_\n\n"
        "---\n\n"
        "Fares\n"
        "-----\n\n"
        "The ferry ran a full schedule.\n"
        "* * *\n\n"
        "*The operator said fares rise by 5 percent in May.*\n\n"
        "* Bookings open on Friday.\n"
        "Tickets sold out.\n"
        "--"
    )
    assert kinds(text) == [
        ("heading", "Ferry service resumes"),
        ("heading", "====================="),
        ("body", "The ferry to Calais sailed again on Monday, the operator said."),
        ("caption", "*Photo: Passengers board at Dover on Monday.*"),
        ("caption", "_Passengers at the terminal_"),
        ("embed", "---"),
        ("heading", "Fares"),
        ("heading", "-----"),
        ("body", "The ferry ran a full schedule."),
        ("embed", "* * *"),
        ("body", "*The operator said fares rise by 5 percent in May.*"),
        ("body", "* Bookings open on Friday."),
        ("body", "Tickets sold out."),
        ("embed", "--"),
    ]


def test_a_caption_label_line_is_a_caption_however_short() -> None:
    # the HTML reader writes a <figcaption> as "Caption: ..."; a short one read as a heading
    text = (
        "Crews repaired the line on Tuesday.\n\n"
        "Caption: Fallen tree\n\n"
        "Caption: Workers repair a power line in Dover on Tuesday.\n\n"
        "Roads reopened on Wednesday."
    )
    assert [k for k, _ in kinds(text)] == ["body", "caption", "caption", "body"]


def test_yaml_front_matter_is_metadata_not_body() -> None:
    # a Jekyll/Hugo page's front matter was the first summary sentence ("--- title: ...")
    text = (
        "---\ntitle: Ferry service resumes\ndate: 2021-08-10\n---\n\n"
        "The ferry to Calais sailed again on Monday, the operator said.\n\n---\n\n"
        "Fares rise in May."
    )
    assert [k for k, _ in kinds(text)] == ["dateline", "dateline", "body", "embed", "body"]


def test_a_rule_line_ends_its_line() -> None:
    # "---" ends in "-", read as a line that goes on: it was glued to the sentence below it
    text = "---\ntitle: Ferry\n---\nThe ferry sailed on Monday.\n---\nFares rise in May."
    assert kinds(text) == [
        ("dateline", "---\ntitle: Ferry"),
        ("dateline", "---"),
        ("body", "The ferry sailed on Monday."),
        ("embed", "---"),
        ("body", "Fares rise in May."),
    ]


def test_toml_front_matter_is_metadata_not_body() -> None:
    text = '+++\ntitle = "Ferry resumes"\n+++\n\nThe ferry sailed on Monday.'
    assert [k for k, _ in kinds(text)] == ["dateline", "dateline", "body"]


def test_a_leading_byte_order_mark_is_no_segment_and_no_part_of_one() -> None:
    # split_sentences("\ufeff\n\nHello ...") gave a segment that was only the mark, and a mark
    # glued to the first sentence stayed in its text
    for text, first_start in (("\ufeff\n\nHello there. Bye now.", 3), ("\ufeffHello there.", 1)):
        sentences = split_sentences(text)
        assert sentences[0].text == "Hello there."
        assert sentences[0].start == first_start
        for s in sentences:
            assert text[s.start : s.end] == s.text  # offsets into the text as given


def test_a_stray_stop_after_a_sentence_ends_that_sentence() -> None:
    # scrapes that joined paragraphs leave " . " between them: no sentence of its own
    first = "Leeds scored twice in the last ten minutes to win the match."
    second = "'We never gave up,' said the manager."
    text = f"{first}  . {second} .  . The fans stayed long after the final whistle."
    assert texts(text) == [
        f"{first}  .",
        f"{second} .  .",
        "The fans stayed long after the final whistle.",
    ]
    assert_valid(text)


def test_a_stray_stop_after_page_furniture_goes_with_the_furniture() -> None:
    # the scrape's " . " after "Scroll down for video" is no segment of its own: the furniture
    # takes it and still reads as furniture
    text = "A ship was hit by a storm. Scroll down for video . The crew are safe."
    assert kinds(text) == [
        ("body", "A ship was hit by a storm."),
        ("embed", "Scroll down for video ."),
        ("body", "The crew are safe."),
    ]
    spaced = "A ship was hit by a storm. Scroll down for videos    . The crew are safe."
    assert ("embed", "Scroll down for videos    .") in kinds(spaced)
    assert_valid(spaced)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c"])
def test_a_unicode_line_separator_ends_a_line_like_a_line_feed(separator: str) -> None:
    # a caption with no full stop ended by U+2028 ran on into the next sentence: the line
    # rules read "\n" alone
    text = f"Firefighters at the scene{separator}Crews worked through the night."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Firefighters at the scene",
        "Crews worked through the night.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
