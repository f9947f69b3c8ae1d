"""``HEAD`` answered as ``GET`` without a body (RFC 9110 9.3.2), on every route.

Uptime monitors, link checkers and HTTP caches ask with HEAD; FastAPI routes only the methods a
route names, so a GET route answered HEAD with 405, which reads as "this is down". The request
goes on as a GET (the same status and headers, ``content-length`` included) and the body is
dropped on the way out. A path with no GET (``POST /api/verify``) still answers 405.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """ASGI middleware: a HEAD request is served as GET, its answer sent without a body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
