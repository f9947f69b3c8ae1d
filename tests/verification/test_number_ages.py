"""factkit.verification.number_ages: ages with the person they belong to."""

from __future__ import annotations

from factkit.verification import verify
from factkit.verification.number_ages import find_ages


def _ages(text: str) -> list[tuple[str, float, bool]]:
    return [(text[a.start : a.end], a.value, a.held) for a in find_ages(text)]


def test_an_age_after_a_name_and_a_comma_is_held_by_that_name() -> None:
    text = "Elle, 51, said she felt fine. Bob (40) agreed."
    assert _ages(text) == [("51", 51.0, True), ("40", 40.0, True)]
    assert find_ages(text)[0].holder == frozenset({"elle"})


def test_a_number_with_thousands_after_a_comma_is_no_age() -> None:
    # "started, 1,000 sit ups": the 1 of 1,000 is no age held by "started"
    assert _ages("Training began before filming started, 1,000 sit ups a day.") == []
    assert _ages("The firm, 2,500 staff strong, grew.") == []


def test_an_age_ends_at_a_comma_or_semicolon() -> None:
    assert _ages("Bob, 40; Ann, 3, and the dog.") == [("40", 40.0, True), ("3", 3.0, True)]


def test_a_thousands_figure_is_judged_as_a_figure_not_as_an_age() -> None:
    article = (
        "The actor trained hard for the film, his trainer said. "
        "It took six months of training before filming started, 2,000 sit ups a day. "
        "The film opens in July."
    )
    summary = "It took six months of training before filming started, 1,000 sit ups a day."
    details = [r.detail for s in verify(summary, article).sentences for r in s.reasons]
    assert details and not any("age" in d for d in details)


def test_a_numbered_list_in_brackets_holds_no_age() -> None:
    # "(1) ... of (2)" numbers a list; only a name before the bracket holds an age
    text = "The court said the tests are (1) a notice of (2) the claim. Tom Lee (40) agreed."
    assert _ages(text) == [("40", 40.0, True)]


def test_a_name_at_the_edge_of_the_reach_is_read_whole() -> None:
    # "Narre Warren" starts within reach after the age but ends beyond it: never "Nar"
    after = find_ages("Three more men, aged 18, were later held in the town of Narre Warren.")
    assert after[0].holder == frozenset({"narre", "warren"})
    # the reach before "turned 51" ends inside "Macpherson": read whole, never "acpherson"
    before = find_ages("The model Elle Macpherson, who had, as it seems, lately turned 51.")
    assert before[0].holder == frozenset({"macpherson"})
    # a word read whole at the reach that opens its sentence is no name
    text = "It rained. Unfortunately divorce is likeliest among people aged 40, it said."
    opening = find_ages(text)
    assert opening[0].holder == frozenset()


def test_bracketed_tallies_in_a_sports_list_are_no_ages() -> None:
    text = "Mason leads with 22 goals, followed by Tom Reid (20) and Sam Cole (19)."
    assert find_ages(text) == []
    text = "Ben Stokes (90) and Joe Hart (45) put on 135 runs for the fifth wicket."
    assert find_ages(text) == []
    # a bracketed age in a sentence that counts no tally is still an age
    assert [a.value for a in find_ages("Model Ella Park (51) was seen in Paris.")] == [51.0]


def test_an_age_band_is_nobodys_age() -> None:
    text = "Women aged 40 to 44 and men aged 50-54 or aged 65 and over were asked."
    assert find_ages(text) == []
    assert [a.value for a in find_ages("The man, aged 40, was arrested.")] == [40.0, 40.0]


def test_a_tally_word_with_no_count_leaves_a_bracketed_age() -> None:
    text = "Ella Park (51), who runs a bakery, was spotted over the weekend."
    assert [a.value for a in find_ages(text)] == [51.0]
