"""A second predicate of the speaker after an object content: "has promised a veto and attempted
to make the case", "called the behavior outrageous and called for compensation".

The leading frame reads the content to the sentence end; when the cue's content is a noun
phrase (no that-clause, no verb of its own), an "and" followed by a verb in the cue's own past
form starts a second thing the speaker did, not more of what was reported. PolNeAR ends the
content before that "and"."""

from __future__ import annotations

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.tokens import (
    CLAUSE_SUBJECTS,
    Span,
    Tok,
    is_past_form,
    is_verbish,
)


def _is_past(tok: Tok) -> bool:
    """A lower-case past form: "attempted", "decided", "gave"."""
    text = tok.text
    return text.isalpha() and text.islower() and is_past_form(text)


def second_predicate_end(article: Article, form: str, right: list[Tok], content: Span) -> Span:
    """``content`` ended before "and <past verb>" when the cue (``form``) is a past form and
    the content before the "and" is a noun phrase; ``content`` as it was otherwise."""
    if not is_past_form(form.split()[0]):
        return content
    start, end = content
    inside = [t for t in right if start <= t.start < end]
    if not inside or inside[0].lower in CLAUSE_SUBJECTS:
        return content
    before = [t for t in right if t.end <= start]
    if before and (before[-1].lower == "that" or before[-1].text == ":"):
        return content  # a that-clause: its own verbs follow
    for j, tok in enumerate(inside[1:-1], start=1):
        if article.inside_quote(tok.start):
            continue
        if tok.lower == "and" and _is_past(inside[j + 1]):
            cut = article.trim(start, inside[j - 1].end)
            return cut if cut is not None else content
        if is_verbish(tok) or _is_past(tok):
            # a verb of the content's own ("unsubstantiated" too): a clause or participle
            # phrase whose "and" is its own
            return content
    return content
