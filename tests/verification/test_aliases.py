from factkit.verification.aliases import name_aliases


def test_an_alias_group_links_each_word_to_the_others_only() -> None:
    assert name_aliases("spurs") == {"tottenham"}
    assert name_aliases("tottenham") == {"spurs"}
    assert name_aliases("us") == {"america", "usa"}
    assert "britain" not in name_aliases("britain")


def test_a_word_of_no_alias_group_has_no_aliases() -> None:
    assert name_aliases("chelsea") == frozenset()
    assert name_aliases("reds") == frozenset()  # several clubs: no alias
