"""factkit.verification.modifier_slots: the article name written before the noun a summary
name modifies."""

from __future__ import annotations

from factkit.verification.index import IndexedName
from factkit.verification.modifier_slots import (
    article_heads,
    modifier_rival,
    summary_head,
    verb_after,
)
from factkit.verification.slot_query import SlotQuery
from factkit.verification.text import stem_of
from tests.verification.conftest import article_index

ARTICLE = (
    "The paper said it had been threatened by influential Muslim clerics on Sunday. "
    "Police in Grozny said nobody had been detained. "
    "Anna Petrova, a Kremlin press officer, declined to comment."
)


def _rival(summary: str, name: str, article: str = ARTICLE) -> str | None:
    """The article name ``modifier_rival`` finds for ``name`` (every body sentence aligned;
    an article name with a word of ``name`` is the same name; any other may rival it)."""
    src = article_index(article)
    start = summary.index(name)
    words = [w.lower().removesuffix("'s") for w in name.split()]

    def same(n: IndexedName) -> bool:
        return bool(set(words) & n.words)

    span = (start, start + len(name), words)
    query = SlotQuery(summary, span, (0, len(summary)), [span], src, range(len(src.body)), same)
    found = modifier_rival(query, lambda n: True)
    return None if found is None else article[found.start : found.end]


def test_the_head_is_the_content_word_after_the_name_or_its_possessive() -> None:
    text = "Grozny clerics in Chechnya and Disney's remake"
    assert summary_head(text, text.index(" clerics")) == stem_of("clerics")
    assert summary_head(text, text.index("'s remake")) == stem_of("remake")


def test_a_verb_after_the_name_is_no_head() -> None:
    # "insists his side": a word opening an object follows, so "insists" is a verb
    text = "Enrique insists his side will win. Smith said nothing."
    assert summary_head(text, text.index(" insists")) is None
    assert summary_head(text, text.index(" said")) is None  # a reporting verb


def test_a_past_verb_after_the_name_is_matched_only_right_after_a_bare_article_name() -> None:
    text = (
        "Farmers took out loans. Mr Ortiz's sons took out two loans. Mr Diaz took one. "
        "Mr Ruiz who took two."
    )
    assert verb_after(text, text.index(" took out loans"))
    assert not verb_after(text, text.index("'s sons"))  # a possessive: "sons" is the noun
    # "Ortiz's sons took": "took" is the verb of "sons", not of "Ortiz"
    assert article_heads(text, text.index("'s sons"), verb=True) == set()
    assert article_heads(text, text.index(" took one"), verb=True) == {stem_of("took")}
    assert article_heads(text, text.index(" who took"), verb=True) == {stem_of("took")}
    assert stem_of("took") in article_heads(text, text.index("'s sons"))  # a noun's reach


def test_a_possessive_before_a_noun_and_a_past_verb_rivals_no_subject() -> None:
    # the article's "Ortiz's sons took" holds no noun "took" for "Farmers" to be swapped in
    article = "Mr Ortiz's sons took out two loans to buy the farm in Grozny."
    assert _rival("Farmers took out loans to buy land.", "Farmers", article) is None
    # a name right before the verb still holds its slot
    article = "Mr Ortiz took out two loans to buy the farm in Grozny."
    assert _rival("Farmers took out loans to buy land.", "Farmers", article) == "Mr Ortiz"


def test_the_article_head_may_follow_one_word_after_the_name() -> None:
    text = "an ESPN sports reporter"
    heads = article_heads(text, text.index(" sports"))
    assert stem_of("reporter") in heads and stem_of("sports") in heads


def test_a_name_swapped_before_a_noun_meets_the_name_the_article_writes_there() -> None:
    summary = "The paper was threatened by Grozny clerics after its report."
    assert _rival(summary, "Grozny") == "Muslim"


def test_a_rival_in_a_sentence_that_also_names_the_summary_name_still_holds_the_noun() -> None:
    # the aligned sentence names Grozny too, but before another noun: "clerics" stays Muslim's
    article = "Grozny officials and influential Muslim clerics met on Sunday."
    summary = "The paper was threatened by Grozny clerics after its report."
    assert _rival(summary, "Grozny", article) == "Muslim"


def test_the_name_the_article_writes_before_the_noun_has_no_rival() -> None:
    assert _rival("The paper was threatened by Muslim clerics.", "Muslim") is None


def test_a_verb_after_the_name_gives_no_rival() -> None:
    # "Grozny said" holds the verb "said", not a noun "Grozny" modifies
    assert _rival("Kremlin said nobody was detained.", "Kremlin") is None


def test_a_function_word_after_the_name_is_no_head() -> None:
    text = "a hat-trick for Crystal Palace against Sunderland"
    assert summary_head(text, text.index(" against")) is None


def test_one_entity_before_the_noun_anywhere_fills_the_slot_only_when_asked() -> None:
    article = (
        "Historians call it the Armenian genocide. Nobody in Ankara spoke on Friday. "
        "The Armenian genocide is denied by officials."
    )
    src = article_index(article)
    summary = "They call it the Turkish genocide."
    start = summary.index("Turkish")
    span = (start, start + len("Turkish"), ["turkish"])

    def same(n: IndexedName) -> bool:
        return "turkish" in n.words

    def found(anywhere: bool) -> IndexedName | None:
        # aligned to the second sentence only, which names nobody before "genocide"
        query = SlotQuery(summary, span, (0, len(summary)), [span], src, [1], same)
        return modifier_rival(query, lambda n: True, anywhere)

    rival = found(True)
    assert rival is not None and article[rival.start : rival.end] == "Armenian"
    assert found(False) is None
