"""Finding name spans (capitalized runs, lower-cased text) and telling names from common
English words that happen to be capitalized."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from factkit.lang import word_set
from factkit.verification.aliases import opens_with_nickname
from factkit.verification.text import (
    CAP_RE,
    MONTHS_DAYS,
    NAME_LINKS,
    PRONOUNS,
    STOP_WORDS,
    WORD_RE,
    norm_word,
    opens_sentence,
    word_list,
)

# a name's (start, end) in its text and its normalized words: what name_spans finds, and the
# one type every name check and slot finder passes on
NameSpan = tuple[int, int, list[str]]


def short_form(word: str, name_words: set[str]) -> bool:
    return len(word) >= 3 and any(len(n) > len(word) and n.startswith(word) for n in name_words)


def drop_opening_common(
    text: str, sentence_start: int, span: NameSpan, common_words: set[str]
) -> NameSpan:
    """A common word or a role noun opening the sentence ("Suspects Adnan Farah", "Striker
    Jason Cummings") is not part of the name, unless only words many names share would be
    left ("World Cup"); ``common_words`` are the words the article writes in lower case."""
    start, end, words = span
    first = WORD_RE.match(text, start)
    if (
        len(words) > 1
        and first is not None
        and norm_word(first.group()) == words[0]
        and (
            words[0] in common_words
            or common_english(words[0])
            or words[0] in word_set("name_roles")
        )
        and opens_sentence(text, sentence_start, start)
        and not opens_with_nickname(words)  # "Light Blues beat Raith": "Light" is the name's
        # "World Cup", "Labour Party": the rest alone ("Cup") would name any of many
        and not all(w in generic_name_words() for w in words[1:])
    ):
        rest = WORD_RE.search(text, first.end(), end)
        if rest is not None:
            return rest.start(), end, words[1:]
    return span


def proper_words(text: str, common_words: set[str]) -> set[str]:
    """Normalized words of ``text`` that look like parts of a name: capitalized, not a function
    word, not a word the article writes in lower case ("The actor", "Officials" have none)."""
    return {
        w
        for m in WORD_RE.finditer(text)
        if m.group()[:1].isupper()
        and (w := norm_word(m.group())) not in STOP_WORDS
        and w not in common_words
        and w not in PRONOUNS
    }


# a capitalized run holding a name word: (start, end, its words without function words, the
# word when the run is one word opening its sentence or a quotation, else None: the article's
# common words then decide whether it is a name)
_CapRun = tuple[int, int, tuple[str, ...], str | None]


def name_spans(
    text: str,
    start: int,
    end: int,
    common_words: set[str],
    tokens: Sequence[tuple[int, int, str]] | None = None,
) -> list[NameSpan]:
    """Capitalized name spans in ``text[start:end]``: (start, end, normalized words).

    ``common_words``: words the article writes in lower case; a lone capitalized word that
    starts the sentence and is one of them ("Police", "Officials") is not a name. ``tokens``:
    the ``WORD_RE`` words of ``text[start:end]`` (start, end, word), when the caller has read
    them already (the article index).
    """
    runs = _text_runs(text, start, end) if tokens is None else _cap_runs(text, tokens)
    return [
        (s, e, list(words))
        for s, e, words, lone in runs
        if lone is None or lone not in common_words
    ]


# a summary sentence's names are asked for by a dozen checks, each with the article's common
# words: its runs are read once (bounded; keyed by the text and range, nothing else)
@lru_cache(maxsize=2048)
def _text_runs(text: str, start: int, end: int) -> tuple[_CapRun, ...]:
    tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]
    return _cap_runs(text, tokens)


def _cap_runs(text: str, tokens: Sequence[tuple[int, int, str]]) -> tuple[_CapRun, ...]:
    """The capitalized runs of ``tokens`` (see ``_CapRun``), in order."""
    out: list[_CapRun] = []
    # each token is read once: a capitalized word, not a lone capital letter
    cap = [
        CAP_RE.fullmatch(tok) is not None and not (len(tok) == 1 and tok.isupper())
        for _, _, tok in tokens
    ]
    i = 0
    while i < len(tokens):
        s = tokens[i][0]
        if not cap[i]:
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if cap[j] and tokens[j][0] - tokens[j - 1][1] <= 1:
                j += 1
            elif tokens[j][2].lower() in NAME_LINKS and j + 1 < len(tokens) and cap[j + 1]:
                j += 2
            else:
                break
        words = [norm_word(t[2]) for t in tokens[i:j]]
        words = [w for w in words if w and w not in NAME_LINKS and w not in MONTHS_DAYS]
        gap = text[tokens[i - 1][1] : s] if i else ""
        opens = i == 0 or any(c in gap for c in ':"“‘(')
        # "Police", "Officials" opening a sentence: no name where the article writes the word
        # in lower case
        lone = words[0] if opens and j - i == 1 and words else None
        kept = tuple(w for w in words if w not in STOP_WORDS)
        if kept:
            out.append((s, tokens[j - 1][1], kept, lone))
        i = j
    return tuple(out)


@cache
def generic_name_words() -> frozenset[str]:
    """Words many names share ("City", "Cup", "Party": ``lang/en/generic_name_words.txt``)."""
    return word_set("generic_name_words")


def shares_only_generic(words: Iterable[str], name: frozenset[str], shared: frozenset[str]) -> bool:
    """Do the summary name ``words`` and the article name ``name`` share only words many names
    hold (``shared``: the article name's words that give the summary's), each name with a word
    of its own besides ("Swansea City" and "Manchester City", "World Cup" and "FA Cup")? Then
    they are two names. "City" alone may stand for either: it shares all it has."""
    generic = generic_name_words()
    return (
        shared <= generic
        and any(w not in generic for w in words)
        and any(w not in generic and w not in shared for w in name)
    )


@cache
def _clause_openers() -> frozenset[str]:
    return word_set("clause_openers")


def past_clause_opener(text: str, span: NameSpan) -> NameSpan:
    """An article name span without the conjunction opening its clause ("If Rotherham win":
    the name is "Rotherham"), so that a rival reported from it quotes the name alone."""
    start, end, words = span
    m = WORD_RE.match(text, start)
    while m is not None and m.group().lower() in _clause_openers():
        nxt = WORD_RE.search(text, m.end(), end)
        if nxt is None:
            break
        start, m = nxt.start(), nxt
    return start, end, words


@cache
def _lowercase_lexicon() -> frozenset[str]:
    """English words seen in lower case mid-sentence (NLTK's Punkt English orthographic
    statistics, shipped with the splitter)."""
    from factkit.split import english_punkt_parameters

    mid_lc = 1 << 5  # nltk.tokenize.punkt's _ORTHO_MID_LC
    ortho = english_punkt_parameters().ortho_context
    return frozenset(w for w, flags in ortho.items() if flags & mid_lc)


def common_english(word: str) -> bool:
    """Is this (normalized) word, or the base of its -s/-ed/-ing form, ordinary lower-case
    English ("suspects", "insulted")?"""
    lexicon = _lowercase_lexicon()
    forms = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""))
    return word in lexicon or any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= 3
        and word[: -len(suffix)] + base in lexicon
        for suffix, base in forms
    )


def common_capitalized(
    text: str, sentence_start: int, span: NameSpan, name_words: set[str]
) -> bool:
    """A capitalized span that is not a name: one common English word opening the sentence
    ("Thousands", "Relatives") or a shouted one ("READ:", "CLICK HERE"), unless the article
    writes it as a name (capitalized mid-sentence, never in lower case: "Turkey")."""
    start, end, words = span
    lexicon = _lowercase_lexicon()
    surface = text[start:end]
    if any(w in name_words for w in words):
        return False
    if surface.isupper() and len(surface) >= 3:
        return all(w in lexicon or w in STOP_WORDS for w in word_list(surface))
    opens = opens_sentence(text, sentence_start, start)
    return opens and len(words) == 1 and common_english(words[0])


def lower_name_spans(text: str, start: int, end: int, name_words: set[str]) -> list[NameSpan]:
    """Name spans of lower-cased text: runs of words the article writes only capitalized."""
    out: list[NameSpan] = []
    for m in WORD_RE.finditer(text, start, end):
        w = norm_word(m.group())
        if w not in name_words:
            continue
        if out and text[out[-1][1] : m.start()].strip() == "":
            out[-1] = (out[-1][0], m.end(), [*out[-1][2], w])
        else:
            out.append((m.start(), m.end(), [w]))
    return out
