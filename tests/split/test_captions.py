"""Tests for factkit.split.captions: label captions ("Aftermath: ...") cut off and labelled."""

from __future__ import annotations

import pytest

from tests.split.conftest import kinds


def test_glued_label_captions_are_cut_and_labelled() -> None:
    # Daily Mail captions with no full stop, glued to each other: one body segment before,
    # whose quoted and reported words went to the claims
    aftermath = (
        "Aftermath: The trailer of the motorbike was found 30 metres away from the main vehicle"
    )
    poignant = "Poignant: Vegetables sold by Mr Zhang at the local market were found in the trailer"
    text = f"A man died in a crash on a road in China. {aftermath} {poignant}"
    assert kinds(text) == [
        ("body", "A man died in a crash on a road in China."),
        ("caption", aftermath),
        ("caption", poignant),
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Guilty: Glenn Mason, 56, has said he will pay back the whole sum out of his pension",
        # a long name after the label, the clause comes later
        "Banned: The Coachella Valley Music and Arts Festival are the latest to ban selfie sticks",
    ],
)
def test_label_caption_without_a_full_stop_is_a_caption(caption: str) -> None:
    text = f"{caption}\n\nA respected bank manager was jailed on Friday."
    assert kinds(text)[0] == ("caption", caption)


def test_a_label_before_a_no_break_space_is_a_caption() -> None:
    # scraped pages often put a no-break space after the colon: the caption was body text
    first = "Global appeal:\xa0Kite flying teams from 13 countries came to the festival"
    second = "Always the bride:\xa0Liana Barrientos, 39, pleaded not guilty on Friday in the Bronx"
    text = f"She was married ten times. {first} {second}"
    assert kinds(text) == [
        ("body", "She was married ten times."),
        ("caption", first),
        ("caption", second),
    ]


def test_all_capitals_label_is_a_caption() -> None:
    caption = (
        "FAKERS: According to one audit tool, only 44 per cent of her followers are real people"
    )
    assert kinds(caption) == [("caption", caption)]


# a label caption after each case: the old splitter left it body, glued to the case
CAPTION = "Crowd pleaser: Bystanders are heard laughing in the background as they watch the tot"


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with a full stop stays body: its claims are the article's
        "Sleepy kid: Brock Guzman, 8, was last seen inside his parents' silver car.",
        # speech and a quote after the colon
        "She admits: 'I don't like the thought of getting old at all' and laughs",
        "Joy Smith: He's turning blue and he is not breathing any more now",
        # a list of names, not a clause
        "Replacements: 16-Fraser Brown, 17-Alex Allan, 18-Moray Low",
    ],
)
def test_labels_that_are_no_captions_are_not_captions(text: str) -> None:
    found = kinds(f"{text}\n\n{CAPTION}")
    assert found[-1] == ("caption", CAPTION)
    assert [k for k, _ in found[:-1]] != ["caption"]


@pytest.mark.parametrize(
    "text",
    [
        # titles and names before a colon run on from the words before them
        "Buzz surrounds the release of Fall of an Empire: The Story of Katherine was shown.",
        "He played Black Panther in Captain America: Civil War and won acclaim from critics.",
        "With the new Avengers: Age of Ultron movie released this week, he posted a photo.",
        "The seat went to anyone appointed to fill Kaine's seat: That candidate would serve.",
        "She starred in the film Ditching Wall Street: Mary quit her job at a finance firm.",
        "The Tories unveiled a plan on Friday: Republicans said they were increasingly worried.",
        "Asked about it the minister told reporters Monday: The plan stands as it was.",
        # "PLAYERS HE LIKES:" is one label, not "PLAYERS" and "HE LIKES:"
        "PLAYERS HE LIKES: Has established a rapport at Surrey with the out-of-favour Pietersen.",
    ],
)
def test_colons_inside_sentences_are_not_cut(text: str) -> None:
    assert kinds(f"{text} {CAPTION}") == [("body", text), ("caption", CAPTION)]


def test_a_glued_label_after_a_name_is_cut() -> None:
    # "... Malenda Meacham Dressed to impress: ..." was one caption: a label after a capitalised
    # word was taken for a title running on; a label whose first word is part of names ("Air
    # Force to bare force:") still runs on
    first = "Scene: The couple was stabbed by a man as they argued outside a club in Chelsea"
    second = "Bloody scene: After Copeland told the man to back off, he pulled out a knife"
    body = (
        "Air Force to bare force: Manhart was once a Staff Sergeant at the San Antonio Air Force"
        " training camp, but was demoted."
    )
    assert kinds(f"{body} {first} {second}") == [
        ("body", body),
        ("caption", first),
        ("caption", second),
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Bride: Liana Barrientos, pictured, has been married ten times.",
        "On the court: Copeland previously played for the New York Knicks (pictured in 2013).",
        "Blinded by love: Lillian Roldan (left) says she dated Ariel Castro (right) until 2003.",
    ],
)
def test_a_short_label_caption_with_a_full_stop_that_places_someone_is_a_caption(
    caption: str,
) -> None:
    # these were body: a full stop made any label caption a sentence; its claims went to the
    # checklist and its words to the summary
    body = "Her first marriage took place in 1999."
    assert kinds(f"{body} {caption} {body}") == [
        ("body", body),
        ("caption", caption),
        ("body", body),
    ]
