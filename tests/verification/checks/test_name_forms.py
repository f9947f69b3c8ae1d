"""factkit.verification.checks.name_forms: where and in which form the article gives a summary
name (clipped forms, aliases, plurals, five-letter stems, acronyms, a surname alone)."""

from __future__ import annotations

from factkit.verification.checks.name_forms import (
    alias_words,
    given_names_of_article_name,
    given_words,
    gives_name,
    head_mentions,
    known_word,
    mentions_or_clipped,
    name_mentions,
    same_name,
    shares_only_opening,
    singular,
    spelt_out_acronym,
    word_mentions,
)
from tests.verification.conftest import article_index


def test_summary_name_words_are_matched_to_article_names_once_per_article() -> None:
    text = "Fans saw Hibs beat Rangers at Easter Road. The Afghanistan squad trained in Kabul."
    src = article_index(text)
    names = {" ".join(sorted(n.words)): n.words for n in src.names}
    # a clipped form ("Hibs" for "Hibernian"), a five-letter prefix ("Afghan"), not a stranger
    assert same_name(["hibernian"], names["hibs"], src)
    assert same_name(["afghan"], names["afghanistan"], src)
    assert not same_name(["celtic"], names["rangers"], src)
    assert given_words(["hibernian", "fc"], src) == {"hibs"}
    assert src.given_memo[("hibernian", "fc")] == {"hibs"}  # kept with the article
    assert mentions_or_clipped("hibernian", src) == [0]


def test_two_names_the_article_gives_whole_that_open_alike_are_two_names() -> None:
    text = (
        "Real Madrid drew with Getafe on Saturday. Real Union sacked their coach. "
        "Prince Harry and Prince William watched. Real fans booed."
    )
    src = article_index(text)
    names = {" ".join(sorted(n.words)): n.words for n in src.names}
    # "Real Union" is no other form of "Real Madrid", nor "Prince Harry" of "Prince William"
    assert shares_only_opening(["real", "union"], names["madrid real"], src)
    assert not same_name(["real", "union"], names["madrid real"], src)
    assert not same_name(["prince", "harry"], names["prince william"], src)
    # a short form of the name, or the name itself, is still the same name
    assert same_name(["real", "union"], names["real"], src)
    assert same_name(["real", "madrid"], names["madrid real"], src)
    # a name the article never gives whole may be a longer form of its own ("Real Betis")
    assert same_name(["real", "betis"], names["madrid real"], src)


def test_an_alias_the_article_writes_is_the_same_name() -> None:
    text = (
        "Obesity pushed the UK down the rankings. Fans of Spurs sang all night. "
        "Rangers lost at home."
    )
    src = article_index(text)
    names = {" ".join(sorted(n.words)): n.words for n in src.names}
    # "Britain" for the article's "UK", "Tottenham" for its "Spurs": one entity, no rival
    assert same_name(["britain"], names["uk"], src)
    assert given_words(["tottenham"], src) == {"spurs"}
    assert mentions_or_clipped("tottenham", src) == [1]
    assert not same_name(["britain"], names["rangers"], src)


def test_an_alias_of_a_name_the_article_writes_is_a_mention_of_it() -> None:
    src = article_index("Rangers beat Raith Rovers. The UK team lost.")
    # "Gers" and the nickname "Light Blues" (named whole) stand for the article's "Rangers"
    assert alias_words(["gers"], src) == {"gers"}
    assert alias_words(["the", "light", "blues"], src) == {"light", "blues"}
    assert alias_words(["blues"], src) == frozenset()  # "Blues" alone names several clubs
    assert alias_words(["britain"], src) == {"britain"}  # the article's "UK"
    assert name_mentions(["light", "blues"], src) == [0]
    assert head_mentions(["light", "blues"], src) == [0]
    assert head_mentions(["raith", "rovers"], src) == [0]
    assert not alias_words(["spurs"], src)  # "Tottenham": not the article's


def test_a_club_the_article_calls_only_by_its_two_word_nickname_is_given() -> None:
    # "Rangers" where the article writes only "the Light Blues": the nickname, whole, names it
    src = article_index("Fans cheered. The Light Blues won again at home. Blues fans left.")
    names = {" ".join(sorted(n.words)): n.words for n in src.names}
    assert same_name(["rangers"], names["blues light"], src)
    assert given_words(["rangers"], src) == {"light", "blues"}
    assert name_mentions(["rangers"], src) == [1]
    # "Blues" alone names several clubs: not "Rangers"
    assert not same_name(["rangers"], names["blues"], src)


def test_a_pronoun_is_no_name_an_alias_stands_for() -> None:
    # "us" is written, but as no name: "America" is not given
    src = article_index("Rangers beat Raith Rovers. Fans of us all sang.")
    assert alias_words(["america"], src) == frozenset()


def test_an_alias_the_article_writes_in_capitals_is_given() -> None:
    # "US" and "U.S." are no names the article's name finder keeps (the pronoun "us"), but
    # written in capitals they name the country: "America" is given
    assert alias_words(["america"], article_index("The US economy grew by 3%.")) == {"america"}
    assert alias_words(["america"], article_index("The U.S. economy grew.")) == {"america"}
    assert alias_words(["america"], article_index("Sales in the United States grew."))


def test_a_word_the_article_gives_in_another_form_is_known() -> None:
    src = article_index("The Afghan army met Tory leaders and the UDR in Kabul on Monday.")
    assert known_word("afghanistan", src)  # five letters shared
    assert known_word("tories", src)  # the plural of an article word
    assert known_word("udr", src)
    assert not known_word("taliban", src)
    assert singular("tories") == "tory" and singular("nazis") == "nazi"
    assert singular("mars") == "" and singular("boss") == ""


def test_a_spelt_out_name_is_read_as_its_acronym_only_when_the_article_gives_it() -> None:
    src = article_index("The UDR patrolled the border near Newry for years.")
    text = "The Ulster Defence Regiment (UDR) patrolled the border."
    end = text.index(" (UDR)")
    assert spelt_out_acronym(text, end, ["ulster", "defence", "regiment"], src) == "udr"
    # initials out of order, or an acronym the article never writes, are no match
    assert spelt_out_acronym(text, end, ["defence", "ulster"], src) is None
    other = "The Royal Irish Rangers (RIR) patrolled the border."
    assert spelt_out_acronym(other, other.index(" (RIR)"), ["royal", "irish"], src) is None


def test_given_names_before_an_article_surname_unless_another_person_has_it() -> None:
    src = article_index("Howe praised his players. Bobby Hernandez scored twice for the visitors.")
    assert given_names_of_article_name(["eddie", "howe"], ["eddie"], src)
    assert not given_names_of_article_name(["carlos", "hernandez"], ["carlos"], src)
    assert not given_names_of_article_name(["eddie", "jones"], ["eddie", "jones"], src)


def test_a_club_sharing_only_a_generic_word_is_another_name() -> None:
    text = (
        "Manchester City beat the Swans 3-1 at the Etihad. Swansea City boss Garry Monk was "
        "angry. The city was quiet on Sunday. Germany won the World Cup in Brazil."
    )
    src = article_index(text)
    names = {" ".join(sorted(n.words)): n.words for n in src.names}
    # "Swansea City" is not "Manchester City", "FA Cup" not "World Cup": only "City" or
    # "Cup" is shared, and each has a word of its own
    assert not same_name(["swansea", "city"], names["city manchester"], src)
    assert not same_name(["fa", "cup"], names["cup world"], src)
    assert same_name(["swansea", "city"], names["city swansea"], src)
    assert same_name(["swansea"], names["swans"], src)  # an alias still names the club
    assert same_name(["city"], names["city manchester"], src)  # "City" alone may be either
    # its "City" is not mentioned where only another club's name holds it; in lower case it
    # may be the club ("the city")
    assert word_mentions("city", ["swansea", "city"], src) == [1, 2]
    assert word_mentions("city", ["manchester", "city"], src) == [0, 2]
    assert name_mentions(["swansea", "city"], src) == [0, 1, 2]  # "the Swans" at 0
    # its head is the word that tells it: where the article writes "Swans", it names it
    assert head_mentions(["swansea", "city"], src) == [0, 1, 2]
    assert head_mentions(["manchester", "city"], src) == [0, 2]
    assert gives_name(["swansea", "city"], frozenset({"city"}), names["city manchester"]) is False
