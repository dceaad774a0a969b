"""What every part of the HTTP server shares: the application keys, JSON errors and the error middleware."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.services.runtime import Runtime
from bot.store.db import OUTAGE_ERRORS

log = logging.getLogger(__name__)

RUNTIME = web.AppKey("runtime", Runtime)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "too_large", 500: "internal", 503: "unavailable"}


def json_error(status: int, detail: str | None = None) -> web.Response:
    """A JSON error with a fixed code and, for 400 only, a short detail naming the parameter."""
    body: dict[str, str] = {"error": _CODES.get(status, "error")}
    if detail is not None:
        body["detail"] = detail
    response = web.json_response(body, status=status)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure becomes a short JSON error: never a traceback, a query or a stored value."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        response = json_error(error.status)
        if isinstance(error, web.HTTPMethodNotAllowed):
            response.headers["Allow"] = ", ".join(sorted(error.allowed_methods))
        return response
    except OUTAGE_ERRORS as error:
        log.warning("database unavailable during %s %s: %s", request.method, request.path, type(error).__name__)
        return json_error(503)
    except Exception as error:
        log.error("error during %s %s: %s", request.method, request.path, type(error).__name__, exc_info=error)
        return json_error(500)
