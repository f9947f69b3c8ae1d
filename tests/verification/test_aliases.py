from factkit.verification.aliases import (
    aliases_of_name,
    name_aliases,
    nicknames_of_name,
    opens_with_nickname,
)


def test_an_alias_group_links_each_word_to_the_others_only() -> None:
    assert name_aliases("spurs") == {"tottenham"}
    assert name_aliases("tottenham") == {"spurs"}
    assert name_aliases("us") == {"america", "usa"}
    assert "britain" not in name_aliases("britain")


def test_a_word_of_no_alias_group_has_no_aliases() -> None:
    assert name_aliases("chelsea") == frozenset()
    assert name_aliases("reds") == frozenset()  # several clubs: no alias


def test_a_two_word_nickname_gives_its_club_only_whole() -> None:
    assert aliases_of_name(["light", "blues"]) == {"rangers", "gers"}
    assert aliases_of_name(["blues"]) == frozenset()  # several clubs
    assert aliases_of_name(["gers"]) == {"rangers"}  # the phrase is no one-word name


def test_a_name_opening_with_a_two_word_nickname_is_told() -> None:
    assert opens_with_nickname(["light", "blues"])
    assert opens_with_nickname(["black", "cats", "fans"])
    assert not opens_with_nickname(["blues"])
    assert not opens_with_nickname(["light", "house"])


def test_a_club_name_gives_its_two_word_nicknames() -> None:
    assert nicknames_of_name(["rangers"]) == {"light blues"}
    assert nicknames_of_name(["ipswich", "town"]) == {"tractor boys"}
    assert nicknames_of_name(["light", "blues"]) == frozenset()  # itself no other nickname
    assert nicknames_of_name(["chelsea"]) == frozenset()
