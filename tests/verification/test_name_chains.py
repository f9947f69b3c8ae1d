"""factkit.verification.name_chains: the words around a name's list, chain or insertion."""

from __future__ import annotations

from factkit.annotate import Annotator
from factkit.config import Config
from factkit.document import Article
from factkit.split import split_sentences
from factkit.verification.index import IndexedName, build_index
from factkit.verification.neighbours import Neighbours
from factkit.verification.text import stem_of


def _names_of(text: str) -> dict[str, IndexedName]:
    article = Article(text=text)
    annotations = Annotator(Config()).annotate(article, split_sentences(text))
    index = build_index(annotations, Config().verify.number_context_words)
    return {text[n.start : n.end]: n for n in index.names}


def test_a_name_in_a_list_or_before_an_insertion_also_reads_the_words_around_them() -> None:
    names = _names_of(
        "He dreams of one day turning out for Real Madrid or Barcelona. "
        "Sir Bradley Wiggins, in one of his last rides for Team Sky, was one of the riders to "
        "crash. She went missing from a hospital in Nevill Avenue, Hove, police said."
    )
    barcelona, wiggins, hove = names["Barcelona"], names["Sir Bradley Wiggins"], names["Hove"]
    # the list's words before it, the insertion's after it, the place chain's before it
    assert barcelona.outer is not None and barcelona.outer.left == ("out", "for")
    assert {stem_of("dreams"), stem_of("turning")} <= barcelona.context
    assert wiggins.outer is not None and wiggins.outer.right == ("was", "one")
    assert hove.outer is not None and hove.outer.left == ("hospital", "in")
    # and still its own neighbours: the summary may keep the list
    assert barcelona.fit(Neighbours(("madrid", "or"), ())) == 2
    assert barcelona.fit(Neighbours(("out", "for"), ())) == 2


def test_names_joined_by_a_comma_before_a_verb_are_no_chain() -> None:
    names = _names_of("After beating Chelsea, Arsenal moved top of the table on Sunday.")
    assert names["Chelsea"].outer is None and names["Arsenal"].outer is None
