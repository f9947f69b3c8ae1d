"""Frame readers: how a frame the matchers decided cuts its draft from the sentence.

The matchers in :mod:`frames` choose the frame; a reader finds the speaker (and title) and the
content span for it:

* prepositional:  "According to X, C."  /  "C, according to X."  -> the speaker after the cue
* inverted:       "“C,” said X, a spokesman."  -> speaker and title after the cue, content before
* leading:        "X said (that) C."  -> the content after the cue
"""

from __future__ import annotations

from factkit.annotate.attribution.article import Draft
from factkit.annotate.attribution.content import content_after, content_before, interrupted
from factkit.annotate.attribution.context import CueContext
from factkit.annotate.attribution.fronted import fronted_clause_end
from factkit.annotate.attribution.predicates import second_predicate_end
from factkit.annotate.attribution.tokens import (
    APPOSITIVE_LEAD,
    ARTICLES,
    PREPOSITIONAL_LEAD,
    PREPOSITIONAL_SPEAKER_STOPS,
    SPEAKER_LEAD,
    SUBORDINATORS,
    TEMPORAL,
    Span,
    Tok,
    after_opening_tag,
    is_abbreviation,
    is_quote_tok,
    tokens,
)


def read_prepositional(c: CueContext) -> Draft | None:
    """ "According to X, C." / "C, according to X.": the speaker follows the cue."""
    sp: list[Tok] = []
    for tok in c.right:
        if (
            tok.text in {",", ";", ":", "(", ")", "—", "–", "--"}
            or is_quote_tok(tok)
            or tok.lower in PREPOSITIONAL_SPEAKER_STOPS
        ):
            break
        sp.append(tok)
        if len(sp) > c.rules.limits.prepositional_speaker_max_tokens:
            break
    while sp and sp[-1].text in {".", "’", "'"}:
        sp.pop()
    if not sp:
        return None
    speaker = (sp[0].start, sp[-1].end)
    content = _prepositional_content(c, speaker)
    if content is None:
        return None
    return Draft(speaker, None, c.cue, content)


def _prepositional_content(c: CueContext, speaker: Span) -> Span | None:
    """After the speaker when the cue opens the sentence, else the clause before the cue."""
    text, article = c.article.text, c.article
    before = text[c.s_start : c.cs]
    lead = before.strip().lower().rstrip(",")
    if not lead or lead in PREPOSITIONAL_LEAD or before.rstrip().endswith(("—", ":")):
        comma = text.find(",", speaker[1], c.s_end)
        window = c.rules.limits.prepositional_comma_window_chars
        cstart = comma + 1 if comma != -1 and comma - speaker[1] < window else speaker[1]
        return article.trim(cstart, c.s_end)
    cut_end = c.s_start + len(before.rstrip())
    if text[cut_end - 1 : cut_end] == ",":
        cut_end -= 1
    return article.trim(article.quote_start_before(c.s_start, cut_end), cut_end)


# marks a speaker after the cue stops at; "<" opens markup shown as text, no name's part ("said
# John Smith <script>alert(4)</script>." in a page that escaped it)
_INVERTED_SPEAKER_ENDS = frozenset({",", ";", ".", ":", "(", "—", "–", "--", "<"})


def read_inverted(c: CueContext, head_left: list[Tok]) -> Draft | None:
    """ "“C,” said X, a spokesman.": the speaker (and title) after the cue, content before."""
    sp: list[Tok] = []
    for tok in after_opening_tag(c.right):
        if tok.text == "." and sp and is_abbreviation(sp[-1]) and tok.end < c.s_end - 1:
            sp.append(tok)  # "said Ronald R. Fieldstone", "said Mr. Smith"
            continue
        if tok.text in _INVERTED_SPEAKER_ENDS or is_quote_tok(tok):
            break
        if tok.text in SUBORDINATORS:
            break  # "..., commented Tracy Ayre while Suzi Force believes": a new clause
        sp.append(tok)
    while sp and sp[0].lower in TEMPORAL and sp[0].lower not in SPEAKER_LEAD:
        sp.pop(0)  # "said Tuesday Smith" is rare; "said Tuesday" leaves nothing
    if not sp:
        return None
    speaker: Span = (sp[0].start, sp[-1].end)
    title = _inverted_title(c, sp[-1].end)
    boundary = head_left[-1].start if head_left[-1].text == "," else head_left[-1].end
    content = content_before(c.article, c.s_start, boundary)
    if content is None:
        return None
    content = interrupted(c.article, c.rules, content, c.right, c.s_end)
    return Draft(speaker, title, c.cue, content)


def _inverted_title(c: CueContext, speaker_end: int) -> Span | None:
    """ ", said John Smith, a spokesman for the agency.": the description after the name."""
    text = c.article.text
    if text[speaker_end : speaker_end + 1] != ",":
        return None
    title_toks: list[Tok] = []
    for tok in tokens(text, speaker_end + 1, c.s_end):
        if is_quote_tok(tok) or c.article.starts_quote(tok.start):
            break
        title_toks.append(tok)
    while title_toks and title_toks[-1].text in {",", ".", ";"}:
        title_toks.pop()
    if (title_toks and title_toks[0].lower in APPOSITIVE_LEAD | ARTICLES) or (
        title_toks and not title_toks[0].text[:1].isupper()
    ):
        return (title_toks[0].start, title_toks[-1].end)
    return None


def read_leading(c: CueContext, speaker: Span | None, title: Span | None) -> Draft | None:
    """ "X said (that) C.": the content after the cue."""
    content = content_after(c.article, c.rules, c.family, c.s_end, c.ce, c.right)
    if content is None:
        return None
    content = fronted_clause_end(c.article, c.left, c.right, content)
    content = second_predicate_end(c.article, c.form, c.right, content)
    return Draft(speaker, title, c.cue, content)
