"""factkit.serve.vocabulary: the review values, spelt once, are the ones the desk's API schema,
its search filters and its pages offer."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from factkit.serve.vocabulary import RATINGS, STATUSES
from tests.serve.conftest import save_article


def _enums(node: Any) -> list[list[str]]:
    """Every ``enum`` list in a JSON schema."""
    if isinstance(node, dict):
        found = [node["enum"]] if "enum" in node else []
        return found + [e for value in node.values() for e in _enums(value)]
    if isinstance(node, list):
        return [e for value in node for e in _enums(value)]
    return []


def test_every_review_value_list_of_the_desk_is_the_vocabularys(
    client: TestClient, seed: str
) -> None:
    enums = _enums(client.get("/openapi.json").json())
    statuses = [e for e in enums if set(e) & set(STATUSES)]
    ratings = [e for e in enums if set(e) & set(RATINGS)]
    # the answers and the review a client sends: the values; a search filter: or "" for any
    assert statuses and all(e in (list(STATUSES), ["", *STATUSES]) for e in statuses)
    assert ratings and all(e in (list(RATINGS), ["", *RATINGS]) for e in ratings)
    assert ["", *STATUSES] in statuses and ["", *RATINGS] in ratings

    search_page = client.get("/search").text
    filter_select = search_page.split('id="rstatus"')[1].split("</select>")[0]
    assert re.findall(r'<option value="([^"]*)">', filter_select) == ["", *STATUSES]
    saved = save_article(client, seed)
    article_page = client.get(f"/articles/{saved['id']}").text
    rating_select = article_page.split('<select class="rating"')[1].split("</select>")[0]
    # desk.js's keys 1-4 pick these options by position
    assert re.findall(r'<option value="([^"]*)"', rating_select) == ["", *RATINGS]
