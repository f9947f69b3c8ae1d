"""Where the words around a name's list, place chain or insertion are: "for Real Madrid or
Barcelona", "in Nevill Avenue, Hove", "Wiggins, in one of his last rides, was".

A summary that drops the list's other names or the insertion keeps the name in that slot, so
the article index also reads the words around the whole chain. Kept apart from the index: it
is a reading of the punctuation between names, with its own patterns.
"""

from __future__ import annotations

import re

from factkit.verification.names import NameSpan
from factkit.verification.text import name_lists

# an insertion right after a name, closed by a comma before a lower-case word: "Wiggins, in one
# of his last rides for Team Sky, was", "Elle, 51, has"
_INSERTION = re.compile(r",\s+(?=[a-z\d])[^,;:!?()\n\"“”]{1,100}?,\s+(?=[a-z])")

# what closes a chain of names joined by commas only ("in Nevill Avenue, Hove, a ..."): a
# comma or the end of the sentence, not a verb ("After Chelsea, Arsenal moved top")
_CHAIN_CLOSE = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")


def outer_bounds(
    text: str, spans: list[NameSpan], end_of_sentence: int
) -> list[tuple[int, int] | None]:
    """Per name span: the start of the list or place chain it is in and where the words after
    that chain (and after an insertion following it) begin; None when the name stands alone
    with nothing inserted after it. A chain joined by commas only must be closed by
    punctuation ("Donaghadee, County Down."), a list by "and"/"or" need not."""
    out: list[tuple[int, int] | None] = [None] * len(spans)
    for chain in name_lists(text, spans):
        head, tail = spans[chain[0]][0], spans[chain[-1]][1]
        listed = any(text[spans[i - 1][1] : spans[i][0]].strip(" ,") for i in chain[1:])
        closed = _CHAIN_CLOSE.match(text, tail, end_of_sentence) is not None
        joined = len(chain) > 1 and (listed or closed)
        inserted = _INSERTION.match(text, tail, end_of_sentence)
        after = inserted.end() if inserted is not None else tail
        for i in chain:
            start = head if joined else spans[i][0]
            stop = after if joined or i == chain[-1] else spans[i][1]
            if (start, stop) != (spans[i][0], spans[i][1]):
                out[i] = (start, stop)
    return out
