"""Every error is ``{"error": "<one message>"}`` (plus ``"field"`` when one field is to blame),
except a 404 a browser asks for outside ``/api``: that is an HTML page linking back to the desk.

400: the body is not JSON, not an object, or lacks a required field. 404: no such article, claim
or route. 413: body too large (see :mod:`security`). 422: a field has a bad value (named).
500: a saved article whose stored report is damaged (named, with what to do), and anything
else by exception type only.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from factkit.decoding import bom_encoding, encoding_label, not_valid
from factkit.serve.json_answer import JSONAnswer
from factkit.serve.pages import not_found_page, wants_page
from factkit.serve.pool import AnalysisError
from factkit.serve.storage import DamagedArticle


def _field(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts)


def validation_response(exc: RequestValidationError) -> JSONAnswer:
    errors: list[dict[str, Any]] = [dict(e) for e in exc.errors()]
    first: dict[str, Any] = errors[0] if errors else {"type": "", "loc": (), "msg": "invalid"}
    kind = first.get("type", "")
    field = _field(first.get("loc", ()))
    if kind == "json_invalid":
        detail = (first.get("ctx") or {}).get("error", "")
        message = "the body is not valid JSON" + (f" ({detail})" if detail else "")
        return JSONAnswer({"error": message}, 400)
    if kind == "missing" and not field:
        return JSONAnswer({"error": "the body is missing (send a JSON object)"}, 400)
    if not field and kind in ("model_attributes_type", "dict_type"):
        return JSONAnswer(
            {"error": "the body must be a JSON object (Content-Type: application/json)"}, 400
        )
    if kind == "missing":
        return JSONAnswer({"error": f"missing field: {field}", "field": field}, 400)
    if kind == "extra_forbidden":
        return JSONAnswer({"error": f"{field}: unknown field", "field": field}, 422)
    message = first.get("msg", "invalid")
    if kind == "value_error" and (first.get("ctx") or {}).get("error"):
        message = str(first["ctx"]["error"])  # our own validator's words, not "Value error, ..."
    return JSONAnswer({"error": f"{field}: {message}", "field": field}, 422)


def _unparsed_body(exc: BaseException | None) -> str | None:
    """Why the body's JSON could not be read, where starlette says only "There was an error
    parsing the body" (the cause is chained): bytes that are not UTF-8, or nesting past
    Python's recursion limit. JSON itself reads UTF-16 and UTF-32 (by their byte-order mark or
    their NULs); a body cut off in one of those is named so, not "not UTF-8"."""
    if isinstance(exc, UnicodeDecodeError) and not exc.encoding.lower().startswith("utf-8"):
        mark = bom_encoding(exc.object)
        found = f" after a {encoding_label(mark)} byte-order mark" if mark else ""
        return not_valid(exc.object, exc, mark or exc.encoding) + found + "; send UTF-8"
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8: byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return None


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONAnswer:
        return validation_response(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "not found"
        if exc.status_code == 404 and wants_page(request):
            return not_found_page(message)
        elif exc.status_code == 400 and (why := _unparsed_body(exc.__cause__)):
            message = f"the body is not valid JSON ({why})"
        return JSONAnswer({"error": message}, exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONAnswer:
        # the API's error shape, not starlette's plain-text page; the details (a path, a
        # traceback) stay in the server log, where uvicorn writes them after this answer
        return JSONAnswer(
            {"error": f"internal error ({type(exc).__name__}); the server log has it"}, 500
        )

    @app.exception_handler(DamagedArticle)
    async def _damaged(_: Request, exc: DamagedArticle) -> JSONAnswer:
        return JSONAnswer({"error": str(exc)}, 500)

    @app.exception_handler(AnalysisError)
    async def _analysis(_: Request, exc: AnalysisError) -> JSONAnswer:
        body: dict[str, Any] = {"error": exc.message}
        if exc.field:
            body["field"] = exc.field
        headers = {"retry-after": "5"} if exc.status == 503 else None
        return JSONAnswer(body, exc.status, headers=headers)
