"""The desk reads a request's JSON body as factkit reads a JSON record
(:func:`factkit.json_records.load_json`): starlette's ``json.loads`` kept the last value of a key
given twice, so ``{"note": "a", "note": "b"}`` saved b while its sender may have meant a. A
repeat is refused as invalid JSON naming the key, as a record's is; so is nesting too deep."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from factkit.json_records import load_json


class _RecordReadingRequest(Request):
    async def json(self) -> Any:
        # read once per request, as starlette's own json() is (its cache is its own business)
        if not hasattr(self, "_record_json"):
            self._record_json = load_json(await self.body())
        return self._record_json


class RecordReadingRoute(APIRoute):
    """A route whose JSON body is read by ``load_json`` (FastAPI parses the body through
    ``Request.json``; a route class is its way to give the request another reader)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def read_with_load_json(request: Request) -> Response:
            return await handler(_RecordReadingRequest(request.scope, request.receive))

        return read_with_load_json
