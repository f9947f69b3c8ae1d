"""factkit.verification.name_slots: the article name that stands between the words the summary
puts around a name."""

from __future__ import annotations

from factkit.verification.index import IndexedName
from factkit.verification.name_slots import anchored_rival, gap_rival, list_rival, summary_anchors
from factkit.verification.slot_query import SlotQuery
from factkit.verification.text import stem_of
from tests.verification.conftest import article_index, name_in_slot, summary_span

ARTICLE = (
    "Getafe took a step closer to survival on Sunday. "
    "Felipe Caicedo scored twice for Espanyol in the 3-0 defeat of Villarreal. "
    "Britt McHenry, an ESPN sports reporter, was suspended for a week."
)


def _rival(summary: str, name: str, article: str = ARTICLE) -> str | None:
    """The article name ``anchored_rival`` finds in the slot of ``name``."""
    return name_in_slot(anchored_rival, summary, name, article)


def test_anchors_are_the_nearest_content_words_on_each_side() -> None:
    summary = "Felipe Caicedo scored a brace in Villarreal's 3-0 defeat of Villarreal."
    anchors = summary_anchors(summary, summary_span(summary, "Villarreal's"), (0, len(summary)))
    assert anchors is not None and anchors.between
    assert anchors.left == (stem_of("brace"), stem_of("scored"))
    assert anchors.right == (stem_of("3-0"), stem_of("defeat"))


def test_a_name_opening_its_sentence_has_two_anchors_after_it() -> None:
    summary = "Washington sports reporter Britt McHenry was suspended."
    anchors = summary_anchors(summary, summary_span(summary, "Washington"), (0, len(summary)))
    assert anchors is not None and not anchors.between
    assert anchors.left == () and anchors.right == (stem_of("sports"), stem_of("reporter"))


def test_a_name_swapped_within_one_article_sentence_meets_the_name_its_anchors_hold() -> None:
    summary = "Felipe Caicedo scored a brace in Villarreal's 3-0 defeat of Villarreal."
    assert _rival(summary, "Villarreal's") == "Espanyol"


def test_the_right_name_in_the_same_sentence_has_no_rival() -> None:
    summary = "Felipe Caicedo scored a brace in Espanyol's 3-0 defeat of Villarreal."
    assert _rival(summary, "Espanyol's") is None


def test_a_name_opening_its_sentence_meets_the_name_before_its_anchor_pair() -> None:
    summary = "Getafe sports reporter Britt McHenry was suspended for a week."
    assert _rival(summary, "Getafe") == "ESPN"
    assert _rival("ESPN sports reporter Britt McHenry was suspended.", "ESPN") is None


def test_anchors_far_apart_in_the_article_hold_no_name() -> None:
    # "scored" ... "defeat" are more than a name and a word apart around "Espanyol"
    summary = "Caicedo scored Getafe defeat."
    assert _rival(summary, "Getafe") is None


def test_an_apposition_turned_round_holds_no_name_between_its_anchors() -> None:
    # the summary writes "envoy, Khalilzad, traveled"; the article "Khalilzad, the US envoy,
    # traveled to Doha, Qatar": "traveled" follows "envoy" at once, so nothing stands in the
    # slot, and "Doha" (before the further anchor "Qatar") is no rival
    article = (
        "Zalmay Khalilzad, the US envoy, traveled to Doha, Qatar on Tuesday to meet the group. "
        "The talks were held in private."
    )
    summary = "The US envoy, Zalmay Khalilzad, traveled to Qatar to meet the group."
    assert _rival(summary, "Zalmay Khalilzad", article) is None
    # a name between the nearest anchors is still met ("envoy X traveled")
    swapped = "Zalmay Khalilzad met the US envoy Tom West, who traveled to Qatar on Tuesday."
    assert _rival("The US envoy, Ann Lee, traveled to Qatar.", "Ann Lee", swapped) == "Tom West"


def test_a_name_the_article_gives_next_to_one_side_of_its_anchors_has_no_rival() -> None:
    # "fled after ... Mary's" holds "Mark Nunes", but the article also writes "Genevieve
    # Kelley, Mary's mother": the right-hand anchors hold the summary's name
    article = (
        "Scott fled in 2004 along with Genevieve Kelley, Mary's mother, during a dispute. "
        "The Kelleys fled after Mark Nunes, Mary's father, was granted custody."
    )
    summary = "Fled after Genevieve Kelley, Mary's mother, refused to hand over her daughter."
    assert _rival(summary, "Genevieve Kelley", article) is None
    summary = "Fled after Scott, Mary's stepfather, refused to hand over her daughter."
    assert _rival(summary, "Scott", article) == "Mark Nunes"


def test_one_side_speaks_where_the_two_sided_anchors_hold_no_slot_anywhere() -> None:
    article = (
        "Crystal Palace wrote to their fans on Monday. "
        "Since then the Premier League champions around the country have written to fans."
    )
    # "cost" ... "champions" hold no slot in the article: the pair after the name does
    summary = "It will cost the Crystal Palace champions around £12,000."
    assert _rival(summary, "Crystal Palace", article) == "Premier League"
    summary = "It will cost the Premier League champions around £12,000."
    assert _rival(summary, "Premier League", article) is None


RECOVERY = (
    "The Swansea striker returned to France in a bid to speed up his recovery. "
    "He will miss the trips to Leicester and Newcastle. "
    "The club also has clinics in Cardiff and Bristol for its injured players."
)


def _gapped(
    summary: str, name: str, window: range | None = None, article: str = RECOVERY
) -> str | None:
    """The article name ``gap_rival`` finds after the word and preposition before ``name``
    (``window``: the aligned body sentences, all by default)."""
    src = article_index(article)
    words = set(summary_span(summary, name)[2])

    def same(n: IndexedName) -> bool:
        return bool(words & n.words)

    span = summary_span(summary, name)
    aligned = range(len(src.body)) if window is None else window
    query = SlotQuery(summary, span, (0, len(summary)), [span], src, aligned, same)
    found = gap_rival(query, lambda n: not same(n))
    return None if found is None else article[found.start : found.end]


def test_a_name_after_a_word_and_its_preposition_meets_the_article_name_there() -> None:
    summary = "Gomis returned to Newcastle to work on his recovery."
    assert _gapped(summary, "Newcastle") == "France"
    # the article gives it there
    assert _gapped("Gomis returned to France to work on it.", "France") is None


def test_one_entity_after_the_words_fills_the_slot_outside_the_window_but_no_list() -> None:
    assert _gapped("Gomis returned to Newcastle on Monday.", "Newcastle", range(1, 3)) == "France"
    # "clinics in Cardiff and Bristol": a list after the words, no one entity's slot
    assert _gapped("It has a clinic in Swansea for him.", "Swansea", range(0, 2)) is None
    assert _gapped("It has a clinic in Swansea for him.", "Swansea") == "Cardiff"


def test_the_word_before_the_preposition_matches_the_article_in_another_form() -> None:
    # six-letter stems tell "move" from "moved": the article's "moved to" holds the slot of
    # the summary's "a move to"
    article = "After returning to Valladolid he moved to Rayo Vallecano. He has scored 17 goals."
    summary = "Bueno has been linked with a move to Madrid at the end of the season."
    assert _gapped(summary, "Madrid", article=article) == "Rayo Vallecano"
    given = "Bueno made a move to Rayo Vallecano."
    assert _gapped(given, "Rayo Vallecano", article=article) is None


def test_no_preposition_after_the_word_is_no_slot_of_this_kind() -> None:
    assert _gapped("Gomis missed Newcastle again.", "Newcastle") is None


def test_a_place_is_no_rival_of_a_place_after_the_same_words() -> None:
    article = (
        "The pair went to Gordon's Wine Bar after dinner. "
        "They sat at Gordon's Wine Bar for hours, then walked home in Camden. "
        "Arsenal had lost that night."
    )
    # places nest: the bar may be in Camden
    assert _gapped("The pair went to Camden after dinner.", "Camden", article=article) is None
    summary = "The pair went to Arsenal after dinner."
    assert _gapped(summary, "Arsenal", article=article) == "Gordon's Wine Bar"


FIGHTERS = (
    "More than 20,000 foreign fighters have travelled abroad, the report says. "
    "Syria and Iraq were by far the biggest destinations for them. "
    "Many of them crossed into the region from Turkey last year."
)


def _listed(summary: str, name: str, article: str = FIGHTERS) -> str | None:
    """The article name ``list_rival`` finds next to the summary list mate of ``name``."""
    src = article_index(article)
    words = set(summary_span(summary, name)[2])
    spans = [
        summary_span(summary, n) for n in ("Turkey", "Syria", "Iraq", "Jordan") if n in summary
    ]

    def same(n: IndexedName) -> bool:
        return bool(words & n.words)

    span = summary_span(summary, name)
    query = SlotQuery(summary, span, (0, len(summary)), spans, src, range(len(src.body)), same)
    found = list_rival(query, lambda n: True)
    return None if found is None else article[found.start : found.end]


def test_a_name_swapped_into_a_list_meets_the_name_the_article_lists_with_its_mate() -> None:
    summary = "Turkey and Iraq were the most popular destinations."
    assert _listed(summary, "Turkey") == "Syria"
    assert _listed("Syria and Iraq were the most popular destinations.", "Syria") is None


def test_a_list_name_the_article_also_gives_in_that_sentence_or_list_has_no_rival() -> None:
    article = "Syria and Iraq were the biggest destinations, with Jordan close behind."
    assert _listed("Jordan and Iraq were popular destinations.", "Jordan", article) is None
    article = "Syria, Jordan and Iraq were the biggest destinations."
    assert _listed("Jordan and Iraq were popular destinations.", "Jordan", article) is None
    # a name standing alone has no list mate
    assert _listed("Turkey was the most popular destination.", "Turkey") is None


def test_a_place_and_its_region_joined_by_a_comma_are_no_list() -> None:
    # "Syria, Iraq" with no "and" locates one place in the other; it lists nothing
    article = "A trader from Aleppo moved to Homs, Syria, where he bought two shops."
    summary = "He bought shops in Turkey and Syria."
    assert _listed(summary, "Turkey", article) is None
    # a real list of two still gives the rival
    article = "A trader from Aleppo moved to Homs and Syria, where he bought two shops."
    assert _listed(summary, "Turkey", article) == "Homs"


def test_two_sided_anchors_holding_another_name_outside_the_window_give_a_rival() -> None:
    article = (
        "Dale Okafor spoke about his years in France on Monday. "
        "The flanker returned to Wasps for the 2012 season after a spell at Toulon."
    )
    src = article_index(article)

    def rival(summary: str, name: str) -> str | None:
        span = summary_span(summary, name)
        words = set(span[2])

        def same(n: IndexedName) -> bool:
            return bool(words & n.words)

        # only the first sentence is aligned
        query = SlotQuery(summary, span, (0, len(summary)), [span], src, [0], same)
        found = anchored_rival(query, lambda n: not same(n))
        return None if found is None else article[found.start : found.end]

    assert rival("Okafor returned to Toulon for the 2012 season.", "Toulon") == "Wasps"
    # not when an aligned sentence names the summary's name: it may tell it otherwise
    assert rival("Okafor returned to France for the 2012 season.", "France") is None
    # nor for a name right before its noun ("the Toulon squad"), a modifier many names fit
    assert rival("Okafor returned to the Toulon squad for the 2012 season.", "Toulon") is None
