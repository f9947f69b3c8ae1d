"""A count the article gives as "N more" after a first one: a boat that capsized and then
"capsized two more times" capsized three times in all, as a summary may say."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factkit.document import Quantity

_NOUN_RE = re.compile(r"\s+([a-z]+)")
_MORE_RE = re.compile(r"\s+more\s+([a-z]+)")


def counted_on(summary: str, claimed: Quantity, article: str, passage: Iterable[Quantity]) -> bool:
    """Is the summary's bare count (``claimed`` in ``summary``) one more than a count of the
    passage written "N more" before the noun it counts too ("three times" for "two more
    times")? Not when the summary says "more" itself: then it changed the N."""
    if claimed.unit:
        return False
    noun = _NOUN_RE.match(summary, claimed.end)
    if noun is None or noun.group(1) == "more":
        return False
    for q in passage:
        more = _MORE_RE.match(article, q.end)
        if more and not q.unit and more.group(1) == noun.group(1) and q.value + 1 == claimed.value:
            return True
    return False
