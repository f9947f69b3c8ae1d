"""The article's people, read once per article: its name tables and what it tells of their sex.

Two readers need them: the speaker resolver (only when the config resolves speakers) and the
document's ``person_sexes`` (the verifier's pronoun check, whatever the config says of
speakers). The annotate stage builds one :class:`ArticlePeople` per article and hands it to
both, so the verifier's evidence does not hang on the resolver being built, and nothing is
scanned twice.
"""

from __future__ import annotations

from functools import cached_property

from factkit.annotate.mentions import ArticleNames
from factkit.annotate.speaker_genders import Genders, learn_genders
from factkit.annotations import PersonSex

__all__ = ["ArticlePeople"]


class ArticlePeople:
    """The name tables of one article's body and the genders they tell, each built on first
    use."""

    def __init__(self, text: str, body_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.body_spans = body_spans

    @cached_property
    def names(self) -> ArticleNames:
        return ArticleNames(self.text, self.body_spans)

    @cached_property
    def genders(self) -> Genders:
        return learn_genders(self.names)

    def person_sexes(self) -> tuple[PersonSex, ...]:
        """The article's people and every sex it gives them (``Genders.people``)."""
        return tuple(PersonSex(name, sexes) for name, sexes in self.genders.people.items())
