"""The desk's JSON answers, written as factkit writes its JSON files (:mod:`factkit.json_text`):
Starlette's ``JSONResponse`` sent an article's DEL and C1 controls raw."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from factkit import json_text


class JSONAnswer(JSONResponse):
    def render(self, content: Any) -> bytes:
        # Starlette's own options, but DEL and C1 escaped (json_text.dumps)
        text = json_text.dumps(content, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8")
