"""How the article gives a summary name: in the name's own words or in another form of them.

The name check (``names.py``) asks, for each capitalized name of a summary sentence, whether
the article gives it and where. An article may give a name in a form the summary does not
write: a clipped form ("Hibs" for "Hibernian"), an alias ("Spurs" for "Tottenham", "UK" for
"Britain"), a singular or plural ("Tory"/"Tories"), a word sharing its first five letters
("Afghan"/"Afghanistan"), its acronym ("Ulster Defence Regiment (UDR)" where the article writes
"UDR"), or the surname alone ("Howe" for the summary's "Eddie Howe"). A word many names share
("City", "Cup": ``lang/en/generic_name_words.txt``) gives no name that has a word of its own
besides: "Manchester City" is no form of "Swansea City". The readers here answer
those questions; what is read again for every summary name is kept with the article
(``ArticleIndex.given_memo``, ``clipped_memo``)."""

from __future__ import annotations

import re

from factkit.verification.aliases import aliases_of_name, name_aliases, nicknames_of_name
from factkit.verification.checks.context import name_word_match
from factkit.verification.index import ArticleIndex
from factkit.verification.names import generic_name_words, shares_only_generic
from factkit.verification.references import short_form_of
from factkit.verification.text import honorific_words, norm_word

__all__ = [
    "alias_words",
    "given_names_of_article_name",
    "given_words",
    "gives_name",
    "head_mentions",
    "known_word",
    "mentions_or_clipped",
    "name_mentions",
    "same_name",
    "shares_only_opening",
    "singular",
    "spelt_out_acronym",
    "word_mentions",
]

# a name's own acronym in brackets right after it: "Ulster Defence Regiment (UDR)"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")


def same_name(words: list[str], name: frozenset[str], src: ArticleIndex) -> bool:
    """Does the article name ``name`` (one of ``src.names``) give the summary name (one of its
    words, or a clipped form of one: "Hibs" for "Hibernian"; a two-word nickname only whole:
    "Light Blues", not "Blues", for "Rangers")?"""
    shared = given_words(words, src) & name
    if not gives_name(words, shared, name) or shares_only_opening(words, name, src):
        return False
    nicknames = _nickname_words(words)
    by_nickname = frozenset(w for k in nicknames for w in k)
    return not shared <= by_nickname or any(k <= name for k in nicknames)


def gives_name(words: list[str], given: frozenset[str], name: frozenset[str]) -> bool:
    """Does the article name ``name`` give the summary name ``words``, ``given`` being the
    article words that give its words (``given_words``): a word shared, and not only words
    many names hold (``shares_only_generic``)?"""
    shared = given & name
    return bool(shared) and not shares_only_generic(words, name, shared)


def shares_only_opening(words: list[str], name: frozenset[str], src: ArticleIndex) -> bool:
    """Are the summary name ``words`` and the article name ``name`` two names that open with
    the same words ("Real Union" and "Real Madrid", "Prince Harry" and "Prince William")? So
    when they share only the summary name's opening words, each has a word the other lacks
    (no short form: "Real" alone, "Sir Tim" for "Tim Sherwood" are not two), and the article
    gives the summary's name whole, as one of its names: then it knows the two apart."""
    opening = 0
    while opening < len(words) - 1 and words[opening] in name:
        opening += 1
    if opening == 0 or set(words[opening:]) & name:
        return False
    if given_words(words[opening:], src) & name:
        return False  # a later word in another form ("Utd" for "United")
    if not name - set(words) - honorific_words():
        return False
    whole = set(words)
    return any(whole <= n.words for n in src.names)


def _nickname_words(words: list[str]) -> list[frozenset[str]]:
    """The words of each two-word nickname of the summary name (``{"tractor", "boys"}`` for
    "Ipswich"): a nickname counts only whole, so it is matched as a set."""
    return [frozenset(a.split()) for a in nicknames_of_name(words)]


def given_words(words: list[str], src: ArticleIndex) -> frozenset[str]:
    """The words of article names that give a word of the summary name ``words``: the word
    itself, one sharing its first five letters, a clipped form. Read once per name and
    article: every summary name is compared with every article name, several times."""
    key = tuple(words)
    got = src.given_memo.get(key)
    if got is None:
        # a word that gives ``w`` shares its first three letters (a clipped form has three)
        got = frozenset(
            p
            for w in words
            for p in src.name_heads.get(w[:3], ())
            if name_word_match(w, {p}) or short_form_of(w, {p})
        )
        # "UK" where the summary says "Britain", "Rangers" for "Light Blues": the same name
        got |= {a for a in aliases_of_name(words) if a in src.name_heads.get(a[:3], ())}
        # "The Tractor Boys" where the summary says "Ipswich": a nickname counts whole
        nicknames = _nickname_words(words)
        got |= {w for n in src.names for k in nicknames if k <= n.words for w in k}
        src.given_memo[key] = got
    return got


def mentions_or_clipped(word: str, src: ArticleIndex) -> list[int]:
    """Body positions naming ``word`` or a clipped form of it, or it of them ("Hibernian" is
    mentioned where the article writes "Hibs"); read once per word and article."""
    got = src.clipped_memo.get(word)
    if got is None:
        found = set(src.mentions_of(word))
        for alias in name_aliases(word):  # "Spurs" is mentioned where the article says "Tottenham"
            found.update(src.mentions_of(alias))
        if single := singular(word):  # "Tories" is mentioned where it says "Tory"
            found.update(src.mentions_of(single))
        # a clipped form shares the first three letters (``given_words``)
        for other in src.name_word_heads.get(word[:3], ()):
            if other != word and short_form_of(word, {other}):
                found.update(src.mentions_of(other))
        got = src.clipped_memo[word] = sorted(found)
    return list(got)


def word_mentions(word: str, words: list[str], src: ArticleIndex) -> list[int]:
    """Body positions naming ``word`` of the summary name ``words`` (``mentions_or_clipped``);
    a word many names share ("City" of "Swansea City") not where it is part of another name
    only ("Manchester City"); still in lower case ("the university" for "Open University")."""
    found = mentions_or_clipped(word, src)
    generic = generic_name_words()
    if word not in generic or all(w in generic for w in words):
        return found
    holders = [n for n in src.names if word in n.words]
    own = {n.pos for n in holders if same_name(words, n.words, src)}
    others = {n.pos for n in holders} - own
    return [p for p in found if p not in others]


def name_mentions(words: list[str], src: ArticleIndex) -> list[int]:
    """Body positions naming the summary name ``words``: any of its words in a form the article
    gives (``word_mentions``), or the name under an alias ("Rangers" for "Light Blues", a
    nickname no single word of which names the club)."""
    found = {p for w in words for p in word_mentions(w, words, src)}
    found.update(p for a in aliases_of_name(words) for p in src.mentions_of(a))
    nicknames = _nickname_words(words)
    found.update(n.pos for n in src.names for k in nicknames if k <= n.words)
    return sorted(found)


def head_mentions(words: list[str], src: ArticleIndex) -> list[int]:
    """Body positions naming the last word of the summary name ``words`` (``word_mentions``)
    or, where the article never gives that word, the name under an alias ("Rangers" for the
    nickname "Light Blues", whose "Blues" names several clubs)."""
    found = word_mentions(words[-1], words, src)
    telling = [w for w in words if w not in generic_name_words()]
    if words[-1] in generic_name_words() and telling:
        # "Swansea City": where the article writes "Swansea" it names the club too
        found = sorted({*found, *mentions_or_clipped(telling[-1], src)})
    return found or sorted({p for a in aliases_of_name(words) for p in src.mentions_of(a)})


def alias_words(words: list[str], src: ArticleIndex) -> frozenset[str]:
    """The words of the summary name that name an article name by an alias of it: "Gers" where
    the article writes "Rangers", both words of "Light Blues" (a nickname named whole). An
    alias counts only when the article writes the name it stands for as a name: the pronoun
    "us" is no "US"."""
    got: set[str] = set()
    for k, word in enumerate(words):
        if _article_names_one(aliases_of_name([word]), src):
            got.add(word)
        pair = words[k : k + 2]
        if len(pair) == 2:  # a two-word nickname: aliases neither word has alone
            whole = aliases_of_name(pair) - aliases_of_name(pair[:1]) - aliases_of_name(pair[1:])
            if _article_names_one(whole, src):
                got.update(pair)
    return frozenset(got)


def _article_names_one(aliases: frozenset[str], src: ArticleIndex) -> bool:
    """Is one of the ``aliases`` a word of an article name, or written in capitals or as the
    initials of a name ("America" for "US", "U.S." or "United States")?"""
    return any(a in src.name_heads.get(a[:3], ()) or a in src.acronyms for a in aliases)


def known_word(word: str, src: ArticleIndex) -> bool:
    if word in src.words or word in src.acronyms:
        return True
    # demonyms and inflections: "Afghan"/"Afghanistan", "Britain"/"British"
    stem = word[:5]
    if len(word) >= 5 and any(w.startswith(stem) for w in src.words if len(w) >= 5):
        return True
    # a plural of an article word too short for the stem: "Tories" for "Tory", "Nazis"
    return singular(word) in src.words


def singular(word: str) -> str:
    """``word`` without a plural ending ("tories" -> "tory", "nazis" -> "nazi"); "" where
    the stem left would be under four letters ("mars" is no plural of "mar")."""
    if word.endswith("ies") and len(word) >= 6:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 5:
        return word[:-1]
    return ""


def given_names_of_article_name(words: list[str], missing: list[str], src: ArticleIndex) -> bool:
    """Are the words the article lacks given names before a surname it does give ("Eddie
    Howe" where the article says "Howe")? Not when the article gives that surname with another
    given name ("Bobby Hernandez" for a summary's "Carlos Hernandez"): a rival person."""
    surname = words[-1]
    # the article writes the surname, and never in lower case (it may only open sentences:
    # "Sidwell told BBC Radio Sussex")
    if surname in missing or surname not in src.words or surname in src.common_words:
        return False
    if words[: len(missing)] != missing:
        return False  # a missing word after a known one is no given name
    own = set(words) | honorific_words()
    return not any(
        surname in n.words and n.words - own - {surname} for n in src.names if len(n.words) > 1
    )


def spelt_out_acronym(text: str, end: int, words: list[str], src: ArticleIndex) -> str | None:
    """The acronym in brackets right after the summary name ("Ulster Defence Regiment (UDR)",
    "Police and Crime Commissioner (PCC)"), normalized, when the article gives it and the
    initials of the name's words, in order, are part of it; else None."""
    m = _ACRONYM_AFTER.match(text, end)
    if m is None:
        return None
    acronym = norm_word(m.group(1))
    if acronym not in src.acronyms and acronym not in src.words:
        return None
    letters = iter(acronym)
    return acronym if all(w[:1] in letters for w in words) else None
