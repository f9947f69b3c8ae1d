"""Tests for factkit.split.forced: the news rules that force a break inside a unit."""

from __future__ import annotations

import pytest

from tests.split.conftest import kinds


@pytest.mark.parametrize(
    ("before", "furniture"),
    [
        ("", "Media playback is not supported on this device"),
        ("England lost the first Test.\n", "Media playback is not supported on this device"),
        ('He said: "We won."\n', '"Media playback is not supported on this device'),
        (
            "",
            "Share this withEmailFacebookMessengerTwitterPinterestWhatsAppLinkedinCopy this link",
        ),
    ],
)
def test_page_furniture_glued_to_a_sentence_is_cut_off(before: str, furniture: str) -> None:
    # BBC pages glue the furniture to the next sentence with no space: the sentence's claims
    # went to the summary and the verifier with "Media playback ..." in front of them
    sentence = "The hosts won with a day to spare at Old Trafford to level the series."
    found = kinds(before + furniture + sentence)
    assert found[-2:] == [("embed", furniture), ("body", sentence)]


def test_furniture_words_inside_a_sentence_are_not_cut() -> None:
    # only furniture that opens the unit or follows a sentence end is cut off
    inside = "He said Media playback is not supported on this device for now."
    glued = "Media playback is not supported on this deviceThe hosts won."
    assert kinds(f"{inside} {glued}") == [
        ("body", inside),
        ("embed", "Media playback is not supported on this device"),
        ("body", "The hosts won."),
    ]


@pytest.mark.parametrize(
    ("link", "sentence"),
    [
        ("Analysis: Chris Ewokor, BBC Africa, Abuja", "The APC has made historic gains."),
        ("More on this story and news from London", "A 16-year-old boy was also stabbed."),
        ("Chilcot report: Coverage in full", "Mr Blair has apologised for any mistakes made."),
    ],
)
def test_a_sentence_glued_to_the_line_before_is_cut(link: str, sentence: str) -> None:
    # scraped BBC pages glue a related link or a byline to the next sentence with no space:
    # "...AbujaThe APC has made historic gains" was one segment; names with a capitalised
    # word inside ("LinkedIn", "FourFour Two", "TheThe") are not cut
    names = "Writing in his FourFour Two column for LinkedIn, he liked TheThe."
    assert [text for _, text in kinds(f"{names} {link}{sentence}")] == [names, link, sentence]


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("Flood defences: What happens afterwards", "Engineers will inspect it on Monday."),
        ("Thousands of fans waited in the downpour", "Source: City Council archive"),
        ("The harbour at dawn in winter", "Harbour Board chairman Ann Reid said it would reopen."),
        ("Profile: the port's new chairwoman", "BBC reporter Tom Hale visited the port."),
    ],
)
def test_any_capitalised_word_glued_to_a_lower_case_word_opens_a_segment(
    line: str, sentence: str
) -> None:
    # a link's title or a caption run into the next paragraph at a word that is no closed-class
    # starter ("... lost their livesSource: ...", "victoryNigeria's 36 governors ...") was one
    # segment with it
    assert [text for _, text in kinds(f"{line}{sentence}")] == [line, sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans booked flights with easyJet and watched the match on their iPhone screens.",
        "The cafe stood next to the EastEnders set and the ParkingEye office.",
        "Use the tag #floodWatch or see bbc.co.uk/newsBeat for the latest updates now.",
        "The share bar read withEmailFacebookTwitter before the storm knocked it out today.",
    ],
)
def test_a_capital_inside_a_name_opens_no_segment(sentence: str) -> None:
    # names with a capital inside: a short lower-case head, a capitalised head, a hashtag, a
    # link, a run of glued names
    assert [text for _, text in kinds(sentence)] == [sentence]


def test_a_label_glued_to_a_full_stop_opens_a_segment() -> None:
    # BBC team sheets and transfer lists glue the next label to the full stop before it: the
    # "Out" list was the tail of the "In" list's sentence, the attendance part of the referee's
    text = (
        "Loan: Aiden Nesbitt, forward (Celtic).Out: Ryan Stevenson, midfielder (Ayr United).\n"
        "Referee: Phil Bentham (RFL).Attendance: 7,158"
    )
    assert [t for _, t in kinds(text)] == [
        "Loan: Aiden Nesbitt, forward (Celtic).",
        "Out: Ryan Stevenson, midfielder (Ayr United).",
        "Referee: Phil Bentham (RFL).",
        "Attendance: 7,158",
    ]


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        (
            "Referee: Pascal Gauzere (France)For the latest news follow us on Twitter.",
            ["Referee: Pascal Gauzere (France)", "For the latest news follow us on Twitter."],
        ),
        # the quote mark closes the quotation: an odd number of them before it on its line
        (
            '"We wish them every success in the future"The task now is to find a coach.',
            ['"We wish them every success in the future"', "The task now is to find a coach."],
        ),
        # the quote mark opens the glued sentence's quotation
        (
            'He wants the rules made compulsory"It\'s like playing Russian roulette," he says.',
            [
                "He wants the rules made compulsory",
                '"It\'s like playing Russian roulette," he says.',
            ],
        ),
    ],
)
def test_a_sentence_glued_to_a_closing_mark_is_cut(text: str, segments: list[str]) -> None:
    # a scraped BBC page drops the space after a bracket or a quotation mark: the two
    # sentences were one segment
    assert [segment for _, segment in kinds(text)] == segments


@pytest.mark.parametrize(
    ("quote", "after"),
    [
        ('She said: "The party was amazing"', "Alison even tweeted from the hall."),
        ('He wrote: "A brilliant songwriter #RIP #Music"', "Producer Mark Ronson agreed."),
        ("She said: “We changed the room”", "Changing Places rules followed in 2009."),
        ('He wrote: "Thank you for the magic x"', "Temperton, who wrote Thriller, died at 66."),
    ],
)
def test_a_word_glued_to_a_closing_quote_mark_starts_a_sentence(quote: str, after: str) -> None:
    # XSum scrapes join a quoted paragraph to the next with no space: the two were one segment
    # (a capitalised word that is no sentence starter went unread)
    assert [text for _, text in kinds(quote + after)] == [quote, after]


def test_a_word_glued_to_an_opening_quote_mark_stays() -> None:
    text = 'The film"Frozen" won the prize in Los Angeles.'
    assert [text for _, text in kinds(text)] == [text]


@pytest.mark.parametrize(
    "element",
    [
        "<script>alert('Hi. There')</script>",
        '<STYLE type="text/css">p { color: red; }</STYLE>',
        "<script src=x.js>",  # left open: runs to the unit's end, as a browser reads it
    ],
)
def test_a_code_element_after_a_sentence_end_is_a_segment_of_its_own(element: str) -> None:
    # "came. <script>...</script> It spent" was one sentence; as a segment opening with the
    # element, the prose after it would be an embed, no body text
    after = "" if element.endswith(".js>") else " It spent two days in port."
    found = kinds("The ship came. " + element + after)
    expected = [("body", "The ship came."), ("embed", element)]
    assert found == expected + ([("body", after.strip())] if after else [])


def test_a_code_element_inside_a_sentence_is_left_there() -> None:
    text = "The mayor said <script>x()</script> that 5 people were hurt."
    assert kinds(text) == [("body", text)]
