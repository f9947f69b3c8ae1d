"""Content spans: what a speaker said, before the cue ("C, X said") or after it ("X said that
C"), cut where a chained or coordinated report begins, joined across an interruption."""

from __future__ import annotations

import re
from itertools import islice

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.cues import CueFamily, is_chain_cue
from factkit.annotate.attribution.limits import AttributionLimits, FrameRules
from factkit.annotate.attribution.tokens import (
    ARTICLES,
    AUX,
    BE,
    CHAIN_ADVERBS,
    CLAUSE_SUBJECTS,
    CONTENT_OPENERS,
    COORDINATORS,
    INFINITIVE_LEADS,
    OBJECT_WORDS,
    POSSESSIVE_CLITICS,
    PREPOSITIONS,
    QUESTION_WORDS,
    SPEAKER_LEAD,
    TEMPORAL,
    Span,
    Tok,
    is_cap,
    is_negated,
    is_verbish,
)
from factkit.annotate.name_shapes import SPEAKER_PRONOUNS
from factkit.lang import word_set

# A closing quotation mark ending a sentence inside a span ('... “was unhinged.” She says').
QUOTE_SENTENCE_END_RE = re.compile(r"[.!?][”\"](?=\s+[A-Z“\"])|[.!?](?=\s+[“\"][A-Z])")
_WORD_RUN = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
# lower-case words opening the clause after a named addressee: "smuggling prosecutions are"
_CLAUSE_NOUNS_MAX = 3
_TAIL_START = re.compile(r"\s*(\S)")  # the first character after a quotation, spaces skipped
CONCESSIVE_OPENERS = word_set("concessive_openers")


def few_words_before(article: Article, s_start: int, boundary: int, least: int) -> bool:
    """Fewer than ``least`` words from the sentence (or its enclosing quotation) start to
    ``boundary``?"""
    return _few_words(article.text, article.quote_start_before(s_start, boundary), boundary, least)


def content_before(article: Article, s_start: int, boundary: int) -> Span | None:
    """The clause before the speaker: "C, X said" -> C (from a word start at most
    ``max_content_before_chars`` back)."""
    start = article.quote_start_before(s_start, boundary)
    if boundary - start > article.max_content_before:
        space = _SPACE.search(article.text, boundary - article.max_content_before, boundary)
        start = space.end() if space else boundary - article.max_content_before
    end = start + len(article.text[start:boundary].rstrip())
    if article.text[end - 1 : end] == ",":
        end -= 1
    return article.trim(start, end)


def content_after(
    article: Article,
    rules: FrameRules,
    family: CueFamily,
    s_end: int,
    ce: int,
    right: list[Tok],
) -> Span | None:
    """The content after a cue ending at ``ce``: "X said (on Monday) that C" -> C."""
    limits = rules.limits
    tell = family.lemma == "tell"
    k = _addressee_end(article, rules, right, tell) if family.takes_object else 0
    k = _content_start(article, right, k, limits)
    if k >= len(right) or (right[k].text in {".", "!", "?"} and k >= len(right) - 1):
        return _next_paragraph_quote(article, s_end, ce)
    start = right[k].start
    whole = _whole_quotation(article, start, s_end, limits)
    if whole is not None:
        return whole
    end = _content_end(article, rules, right, k, s_end)
    # A closing quotation mark ending a sentence inside the span ends the content too
    # (the splitter may have kept '... “was unhinged.” She says ...' together).
    m = QUOTE_SENTENCE_END_RE.search(article.text, start, end)
    if m is not None:
        end = m.end()
    return article.trim(start, end)


def _addressee_end(
    article: Article, rules: FrameRules, right: list[Tok], tell: bool = False
) -> int:
    """Index past the addressee: "told reporters (on Monday) that", "tells MSNBC’s “Morning
    Joe” that"; for "tell" (``tell``) also a noun phrase before a clause ("told the court
    he")."""
    k = 0
    for j, tok in enumerate(right[: rules.limits.addressee_window_tokens]):
        if tok.lower in rules.cues and j > 0:
            break
        if tok.lower == "that" or tok.text == ":":
            k = j
            break
        if tok.text == "," and j + 1 < len(right) and article.starts_quote(right[j + 1].start):
            k = j
            break
        if is_verbish(tok) or tok.text in {".", ";"}:
            break
    if k == 0 and right:
        j = 0
        if right[0].lower in OBJECT_WORDS:
            j = 1
        elif is_cap(right[0]) and not article.starts_quote(right[0].start):
            while j < len(right) and (is_cap(right[j]) or right[j].lower in POSSESSIVE_CLITICS):
                j += 1
        elif tell:
            window = right[: rules.limits.addressee_window_tokens]
            j = _noun_addressee_end(window) or _named_addressee_end(article, window)
        k = j
    return k


def _noun_addressee_end(right: list[Tok]) -> int:
    """Index past a noun-phrase addressee that a clause with no "that" follows: "told the
    court he had", "told the Daily Camera newspaper she avoided", "told police the woman
    was". The clause opens at a subject pronoun or a determiner after the noun phrase; 0
    where a preposition, verb or mark comes first ("told the story of the war"). A question
    word opens the clause itself ("told the court how he had")."""
    first = right[0].lower if right else ""
    if not _is_word(first) or first in PREPOSITIONS or first in CONTENT_OPENERS:
        return 0
    for j, tok in enumerate(right[1:], start=1):
        if tok.lower in CLAUSE_SUBJECTS or tok.lower in QUESTION_WORDS:
            return j
        if tok.lower in ARTICLES and _is_word(right[j - 1].text):
            return j
        if (
            not _is_word(tok.text)
            or tok.lower in PREPOSITIONS
            or tok.lower == "that"
            or is_verbish(tok)
        ):
            return 0
    return 0


def _is_word(text: str) -> bool:
    """Letters, hyphens allowed inside: "rank-and-file" ("told rank-and-file officers the")."""
    return text.replace("-", "").isalpha()


def _named_addressee_end(article: Article, right: list[Tok]) -> int:
    """Index past a named addressee after "the" that a clause with no "that" and no subject
    pronoun follows: "told the BBC smuggling prosecutions are", 'told the BBC "Syria is
    doing its best"'. The clause opens at a quotation, or at up to
    ``_CLAUSE_NOUNS_MAX`` lower-case words before an auxiliary; 0 where neither follows
    ("told the BBC News website about", "told the Sydney Morning Herald of")."""
    if not right or right[0].lower != "the":
        return 0
    j = 1
    while j < len(right) and is_cap(right[j]) and not article.starts_quote(right[j].start):
        j += 1
    if j == 1 or j >= len(right):
        return 0
    if article.starts_quote(right[j].start):
        return j
    for tok in right[j : j + _CLAUSE_NOUNS_MAX + 1]:
        if is_verbish(tok):
            return j if tok is not right[j] else 0
        if not (tok.text.isalpha() and tok.text.islower()) or tok.lower in PREPOSITIONS:
            return 0
    return 0


def _content_start(article: Article, right: list[Tok], k: int, limits: AttributionLimits) -> int:
    """Index of the content's first token: past adverbials ("said Tuesday that", "said in a
    statement:"), punctuation and "that"."""
    j = k
    while (
        j < len(right)
        and j - k < limits.adverbial_max_tokens
        and (right[j].lower in TEMPORAL or (j > k and is_cap(right[j])))
        and not article.starts_quote(right[j].start)
    ):
        j += 1
    if j < len(right) and (right[j].lower == "that" or right[j].text in {":", ","}):
        k = j
    while (k < len(right) and right[k].text in {",", ":", "-", "—", "–", "--"}) or (
        k < len(right) and right[k].lower == "that" and k < limits.that_max_index
    ):
        k += 1
    return k


def _next_paragraph_quote(article: Article, s_end: int, ce: int) -> Span | None:
    """ "X said:" closing its paragraph: the quotation (or line) opening the next one."""
    text = article.text
    if not text[ce:s_end].rstrip().endswith(":"):
        return None
    pos = s_end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    q = article.quote_at(pos)
    if q is not None and q.start == pos:
        return q.start, q.end
    eol = text.find("\n", pos)
    return article.trim(pos, len(text) if eol == -1 else eol) if pos < len(text) else None


def _whole_quotation(
    article: Article, start: int, s_end: int, limits: AttributionLimits
) -> Span | None:
    """The quotation opening at ``start`` when it is the whole content ("X said: “C.”")."""
    q = article.quote_at(start)
    if q is None or q.start != start:
        return None
    text = article.text
    inner_end = text[max(q.start, q.end - limits.mark_peek_chars) : q.end]
    after = _TAIL_START.match(text, q.end, s_end)
    if (
        q.end >= s_end - limits.end_slack_chars
        or any(ch in inner_end for ch in ",.!?:;")
        or _few_words(text, q.end, s_end, limits.quote_tail_min_words)
        or (after is not None and after.group(1) in {",", "."})
    ):
        return q.start, q.end
    return None


def _few_words(text: str, start: int, end: int, least: int) -> bool:
    """Whether ``text[start:end]`` holds fewer than ``least`` words. Counts no further than
    ``least``: splitting the rest of a long sentence for every quotation in it was quadratic
    (a 100 KB sentence of unclosed quotations)."""
    return sum(1 for _ in islice(_WORD_RUN.finditer(text, start, end), least)) < least


def _content_end(article: Article, rules: FrameRules, right: list[Tok], k: int, s_end: int) -> int:
    """Where content starting at ``right[k]`` ends: the sentence end, or a chained ("...,
    adding that") or coordinated ("..., but he said") report."""
    for j in range(k + 1, len(right)):
        tok = right[j]
        if article.inside_quote(tok.start):
            continue
        if tok.text == "," and _concession_follows(right, j + 1):
            return tok.start
        if tok.text in {",", "and", "but", ";"}:
            k_next = j + 2 if j + 2 < len(right) and right[j + 1].lower in CHAIN_ADVERBS else j + 1
            if _chain_follows(rules, right, k_next):
                return tok.start
        if j > k + rules.limits.coordinated_after_tokens:
            found = coordinated_report(rules, right, k, j)
            if found:
                return found
    return s_end


def _concession_follows(right: list[Tok], k: int) -> bool:
    """A concession opens at ``right[k]`` (", although it may take days"): the writer's words
    after the reported clause."""
    return any(" ".join(t.lower for t in right[k : k + n]) in CONCESSIVE_OPENERS for n in (1, 2))


def _chain_follows(rules: FrameRules, right: list[Tok], k: int) -> bool:
    """A chained report opens at ``right[k]``: a chain cue ("adding"), or an infinitive lead
    and a speech cue ("going on to say", "went on to warn")."""
    if k >= len(right):
        return False
    if is_chain_cue(rules.cues, right[k].text):
        return True
    for n in (2, 3):
        lead = " ".join(t.lower for t in right[k : k + n])
        if lead in INFINITIVE_LEADS and k + n < len(right):
            family = rules.cues.get(right[k + n].lower)
            return family is not None and family.speech_verb and right[k + n].text.islower()
    return False


def coordinated_report(rules: FrameRules, right: list[Tok], k: int, j: int) -> int | None:
    """Start of a coordinated new report inside a content span ("..., but he said B",
    "...; Smith said B"): the content ends there. ``right[j]`` is a candidate cue."""
    tok = right[j]
    family = rules.cues.get(tok.lower)
    if family is None or not family.speech_verb or not tok.text[:1].islower():
        return None
    if family.noun and not tok.lower.endswith(("ed", "ing")):
        return None  # "his rubble comment was"
    if j - 2 > k and right[j - 1].lower == "to" and right[j - 2].lower in BE:
        return None  # "said Democrats and the media are to blame": no new report
    if j + 1 < len(right) and right[j + 1].lower != "that" and is_verbish(right[j + 1]):
        return None  # "his rubble comment was"
    i = j
    while i > k and (right[i - 1].lower in AUX or is_negated(right[i - 1])):
        i -= 1
    n = 0
    while i > k and right[i - 1].lower not in COORDINATORS and right[i - 1].text not in {",", ";"}:
        i -= 1
        n += 1
        if n > rules.limits.coordinated_subject_max_tokens:
            return None
    if n == 0 or i <= k:
        return None
    first = right[i]
    if not (first.lower in SPEAKER_PRONOUNS or first.lower in SPEAKER_LEAD or is_cap(first)):
        return None
    boundary = right[i - 1]
    if boundary.lower in COORDINATORS and i - 2 > k and right[i - 2].text == ",":
        boundary = right[i - 2]
    return boundary.start


def interrupted(
    article: Article, rules: FrameRules, content: Span, right: list[Tok], s_end: int
) -> Span:
    """'“A,” X said, “B.”' -> one content span A..B; but '“A,” X said, adding later, “B.”'
    is two reports (PolNeAR gives the chained cue its own), so A alone."""
    if not article.starts_quote(content[0]):
        return content
    limits = rules.limits
    for k, tok in enumerate(right[: limits.interruption_window_tokens]):
        q = article.quote_at(tok.start)
        if q is not None and q.start == tok.start and q.start > content[1]:
            if k > 0 and right[k - 1].text in {",", ":"}:
                return content[0], q.end
            return content
        if tok.text in {";", "!", "?"} or (
            tok.text == "." and tok.end >= s_end - limits.end_slack_chars
        ):
            break
        if tok.text == "," and _chained_participle(rules, right, k + 1):
            break
    return content


def _chained_participle(rules: FrameRules, right: list[Tok], k: int) -> bool:
    """An -ing speech cue at ``right[k]``, a chain adverb before it skipped: ", adding later",
    ", then saying"."""
    if k < len(right) and right[k].lower in CHAIN_ADVERBS:
        k += 1
    return (
        k < len(right)
        and right[k].lower.endswith("ing")
        and is_chain_cue(rules.cues, right[k].text)
    )
