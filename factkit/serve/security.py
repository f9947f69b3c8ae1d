"""Request limits, the access token and the security headers, as plain ASGI middleware.

- Bodies past ``body_limit`` bytes are refused with 413 before any route reads them (by
  Content-Length when given, else while the body streams in).
- With a token, every route but ``/health`` and the static assets needs it: ``Authorization:
  Bearer <token>`` on API calls, or the ``factkit_token`` cookie the page sets after one visit to
  ``/?token=<token>`` (HttpOnly, SameSite=Strict).
- Every response carries a Content-Security-Policy that allows only factkit's own scripts, styles
  and connections (no inline script, no other origin), plus nosniff, no framing, no referrer.
"""

from __future__ import annotations

import contextlib
import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "factkit_token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
OPEN_PATHS = ("/health", "/static/")


async def _json(
    send: Send, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(h for h in SECURITY_HEADERS if h[0] not in names),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = {"error": f"request body larger than {self.limit} bytes"}
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _json(send, 400, {"error": "bad Content-Length header"})
                    return
                if declared > self.limit:
                    await _json(send, 413, too_big, [(b"connection", b"close")])
                    return
        # read the body here (bounded), then hand it on in one piece
        chunks: list[bytes] = []
        size = 0
        more = scope["method"] not in ("GET", "HEAD", "OPTIONS", "DELETE")
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _json(send, 413, too_big, [(b"connection", b"close")])
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class TokenGate:
    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    def _ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(
            given.encode(), (self.token or "").encode()
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.token is None:
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path == "/health" or path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and self._ok(auth[7:].strip()):
            await self.app(scope, receive, send)
            return
        cookie = SimpleCookie()
        with contextlib.suppress(Exception):  # a malformed Cookie header is no cookie
            cookie.load(headers.get("cookie", ""))
        if COOKIE in cookie and self._ok(cookie[COOKIE].value):
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = (query.get("token") or [None])[0]
        if scope["method"] == "GET" and not path.startswith("/api/") and self._ok(given):
            # the one visit with ?token=: set the cookie and drop the token from the address
            value = f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
            await send(
                {
                    "type": "http.response.start",
                    "status": 303,
                    "headers": [
                        (b"location", path.encode()),
                        (b"set-cookie", value.encode()),
                        (b"content-length", b"0"),
                        *SECURITY_HEADERS,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await _json(
            send,
            401,
            {
                "error": "this desk needs its token: open /?token=<token> once, "
                "or send 'Authorization: Bearer <token>'"
            },
            [(b"www-authenticate", b"Bearer")],
        )
