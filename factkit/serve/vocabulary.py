"""The review vocabulary, spelt once: a claim's review status and rating, as the archive stores
them, the API accepts and answers them (``answers``, ``api``) and the pages offer them."""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["RATINGS", "STATUSES", "Rating", "RatingFilter", "Status", "StatusFilter"]

Status = Literal["open", "checked"]
Rating = Literal["true", "false", "misleading", "unverifiable"]
# a search filter: one of the values, or "" for any
StatusFilter = Literal["", Status]
RatingFilter = Literal["", Rating]

STATUSES: tuple[Status, ...] = get_args(Status)
RATINGS: tuple[Rating, ...] = get_args(Rating)
