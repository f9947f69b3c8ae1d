"""factkit.verification.names: name spans and the words that open them."""

from __future__ import annotations

from factkit.verification.names import (
    common_english,
    drop_opening_common,
    generic_name_words,
    name_spans,
    shares_only_generic,
)

TEXT = "Kestrel Adnan Farah left."
SPAN = (0, len("Kestrel Adnan Farah"), ["kestrel", "adnan", "farah"])


def test_an_opening_word_the_article_writes_in_lower_case_is_dropped() -> None:
    assert not common_english("kestrel")  # so only the article's own lower-case use drops it
    start, end, words = drop_opening_common(TEXT, 0, SPAN, {"kestrel"})
    assert (TEXT[start:end], words) == ("Adnan Farah", ["adnan", "farah"])


def test_an_opening_word_the_article_only_capitalises_stays() -> None:
    assert drop_opening_common(TEXT, 0, SPAN, {"left"}) == SPAN
    # a common word that does not open the sentence stays part of the name
    later = "He met " + TEXT
    shifted = (7, 7 + SPAN[1], SPAN[2])
    assert drop_opening_common(later, 0, shifted, {"kestrel"}) == shifted


def test_a_two_word_nickname_opening_the_sentence_keeps_its_first_word() -> None:
    # "Light" is a common word, but "Light Blues" is Rangers' nickname, not "Blues"
    text = "Light Blues beat Raith Rovers."
    span = (0, len("Light Blues"), ["light", "blues"])
    assert drop_opening_common(text, 0, span, {"light"}) == span


def test_an_opening_word_stays_where_only_words_many_names_share_would_be_left() -> None:
    # "World" is common English, but "Cup" alone would name any cup ("the FA Cup")
    text = "World Cup winners Germany lost."
    span = (0, len("World Cup"), ["world", "cup"])
    assert drop_opening_common(text, 0, span, {"world"}) == span
    party = "Labour Party members voted."
    party_span = (0, len("Labour Party"), ["labour", "party"])
    assert drop_opening_common(party, 0, party_span, set()) == party_span


def test_names_sharing_only_words_many_names_hold_are_two_names() -> None:
    generic = generic_name_words()
    assert {"city", "cup", "party"} <= generic
    assert "swansea" not in generic
    city, cup = frozenset({"city"}), frozenset({"cup"})
    # each has a word of its own besides the shared "City" / "Cup"
    assert shares_only_generic(["swansea", "city"], frozenset({"manchester", "city"}), city)
    assert shares_only_generic(["world", "cup"], frozenset({"fa", "cup"}), cup)
    # "City" alone may be either club; a shared word of their own makes them one
    assert not shares_only_generic(["city"], frozenset({"manchester", "city"}), city)
    assert not shares_only_generic(["swansea", "city"], city, city)
    both = frozenset({"swansea", "city"})
    assert not shares_only_generic(["swansea", "city"], frozenset({"swansea", "city", "afc"}), both)


def test_name_spans_of_one_text_follow_each_articles_common_words() -> None:
    # the runs of a text are read once; which lone opening word is a name is still decided by
    # the common words each call passes ("Police" is no name where the article writes "police")
    text = "Police said Anna Kowalski left. Police Scotland agreed."
    found = name_spans(text, 0, len(text), set())
    assert [text[a:b] for a, b, _ in found] == ["Police", "Anna Kowalski", "Police Scotland"]
    common = name_spans(text, 0, len(text), {"police"})
    assert [text[a:b] for a, b, _ in common] == ["Anna Kowalski", "Police Scotland"]
    assert name_spans(text, 0, len(text), set()) == found  # the first answer again
    found[1][2].append("changed")  # a caller's list is its own
    assert name_spans(text, 0, len(text), set())[1][2] == ["anna", "kowalski"]
