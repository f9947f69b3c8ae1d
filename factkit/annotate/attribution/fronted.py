"""A cue inside a fronted subordinate clause: "When veterans ask for help, too many of their
calls go unanswered", "Once he has said his piece, he is ready to move on".

The leading frame reads the content to the sentence end, but here the report is the
subordinate clause's object and the main clause after its comma is the writer's own. PolNeAR
ends the content at that comma; so does :func:`fronted_clause_end`. Only a clause that opens
the sentence and holds no comma before the cue counts ("Smith said, when asked, that ..." is
not one); a comma opening a relative clause ("..., whose support appeared steady, ...") is
inside the fronted clause and does not end it."""

from __future__ import annotations

from factkit.annotate.attribution.article import Article
from factkit.annotate.attribution.tokens import (
    FRONTED_CLAUSE_OPENERS,
    FRONTED_CLAUSE_RELATIVES,
    Span,
    Tok,
    is_quote_tok,
)


def in_fronted_clause(left: list[Tok]) -> bool:
    """The cue's sentence opens with a subordinator and no comma comes before the cue."""
    words = [tok for tok in left if not is_quote_tok(tok)]
    if not words or words[0].lower not in FRONTED_CLAUSE_OPENERS:
        return False
    return all(tok.text != "," for tok in words)


def fronted_clause_end(article: Article, left: list[Tok], right: list[Tok], content: Span) -> Span:
    """``content`` cut at the comma that closes a fronted subordinate clause holding the cue;
    ``content`` as it was when the cue is in no such clause or no comma follows inside it."""
    if not in_fronted_clause(left):
        return content
    start, end = content
    for j, tok in enumerate(right):
        if tok.start <= start or tok.start >= end:
            continue
        if tok.text != "," or article.inside_quote(tok.start):
            continue
        if j + 1 < len(right) and right[j + 1].lower in FRONTED_CLAUSE_RELATIVES:
            continue  # "..., whose support appeared steady, ...": a relative clause inside
        cut = article.trim(start, tok.start)
        return cut if cut is not None else content
    return content
